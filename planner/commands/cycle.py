"""``planner cycle``: the yearly renewal cycles from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("cycle", help="renewal cycles: list, new, show, advance")
    actions = parser.add_subparsers(dest="cycle_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every cycle with its state and totals")
    listing.add_argument("--json", action="store_true")
    new = actions.add_parser(
        "new",
        help="open YEAR's cycle from the latest one (deadlines never before today; "
        "warns when an earlier cycle is not signed)",
    )
    new.add_argument("year", type=int)
    new.add_argument(
        "--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
        help="the day the new deadlines may not precede (default: today)",
    )
    new.add_argument(
        "--despite-missing-reports", default="", metavar="REASON",
        help="open the cycle although final reports of YEAR-2 are missing; the reason is "
        "kept on the cycle and in the audit log",
    )
    show = actions.add_parser("show", help="tasks, decisions, totals and the comparison with the year before")
    show.add_argument("year", type=int)
    show.add_argument("--json", action="store_true")
    advance = actions.add_parser("advance", help="move a cycle to another state")
    advance.add_argument("year", type=int)
    advance.add_argument("--to", required=True, choices=["draft", "consultation", "agreed", "signed"])
    advance.add_argument("--signed-on", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    advance.add_argument("--signatory-kt", default="")
    advance.add_argument("--signatory-kaist", default="")
    advance.add_argument(
        "--reason", default="",
        help="why an agreed cycle goes back to consultation (its agreement is unfrozen)",
    )
    checklist = actions.add_parser("review", help="the cycle's review checklist: who ticked what, when")
    checklist.add_argument("year", type=int)
    checklist.add_argument("--json", action="store_true")
    tick = actions.add_parser("tick", help="tick an item of the cycle's review checklist")
    tick.add_argument("year", type=int)
    tick.add_argument("item", help="the item's code (planner cycle review YEAR lists them)")
    tick.add_argument("--note", default="")
    untick = actions.add_parser("untick", help="take back the tick of a review item")
    untick.add_argument("year", type=int)
    untick.add_argument("item")
    ical = actions.add_parser(
        "ical", help="export a cycle's deadlines and its deliverables' due dates as an "
        "iCalendar (.ics) file",
    )
    ical.add_argument("year", type=int)
    ical.add_argument("-o", "--output", required=True)
    ical.add_argument("--lang", choices=["ko", "en"], default="ko")
    for sub in (listing, new, show, advance, checklist, tick, untick, ical):
        add_database_option(sub)
    parser.set_defaults(func=run)


def _cycle_json(cycle, totals) -> dict:
    """A cycle as ``cycle list`` prints it; its figures are planner.services.totals'."""
    return {
        "year": cycle.year,
        "status": cycle.status.value,
        "tasks": totals.renewals,  # every task in the cycle, concluded ones included
        "tasks_going_on": totals.tasks,
        "budget_krw": totals.budget_krw,  # of the tasks going on
        "consultation_deadline": cycle.consultation_deadline.isoformat() if cycle.consultation_deadline else None,
        "signing_target": cycle.signing_target.isoformat() if cycle.signing_target else None,
        "signed_on": cycle.signed_on.isoformat() if cycle.signed_on else None,
    }


def show_json(session, year: int) -> dict:
    from planner.errors import NotFound
    from planner.services import budget, renewals
    from planner.services.totals import cycle_totals

    cycle = renewals.cycle_by_year(session, year)
    if cycle is None:
        raise NotFound("renewal cycle", year)
    comparison = renewals.compare_with_previous(session, year)
    totals = cycle_totals(session, year)
    return {
        **_cycle_json(cycle, totals),
        "signatory_kt": cycle.signatory_kt,
        "signatory_kaist": cycle.signatory_kaist,
        "renewals": [
            {
                "task": r.task.code, "title_ko": r.task.title_ko, "title_en": r.task.title_en,
                "track": r.task.track.value, "decision": r.decision.value if r.decision else None,
                "budget_krw": r.budget_krw, "period_start": r.period_start.isoformat(),
                "period_end": r.period_end.isoformat(), "headcount": r.headcount,
                "gpu_allocation": r.gpu_allocation, "reason": r.reason,
                "budget_lines": [
                    {"category": line.category, "party": line.party,
                     "amount_krw": line.amount_krw, "override_reason": line.override_reason}
                    for line in budget.budget_lines_of(session, r.id)
                ],
            }
            for r in sorted(cycle.renewals, key=lambda r: r.task.code)
        ],
        "budget_by_category": _by_category_json(session, year, comparison.previous_year),
        "totals": [
            {"track": track.value, "tasks": t.tasks, "budget_krw": t.budget_krw,
             "headcount": t.headcount, "gpu_allocation": t.gpu_allocation}
            for track, t in totals.by_track
        ],
        "decision_counts": comparison.decision_counts,
        "comparison": {
            "previous_year": comparison.previous_year,
            "budget_before_krw": comparison.budget_before,
            "budget_after_krw": comparison.budget_after,
            "tasks": [
                {
                    "task": t.task_code, "decision": t.decision.value if t.decision else None,
                    "budget_before_krw": t.budget_before, "budget_after_krw": t.budget_after,
                    "budget_delta_krw": t.budget_delta,
                    "budget_delta_pct": None if t.budget_delta_pct is None else round(t.budget_delta_pct, 2),
                    "changes": [{"item": c.item, "before": c.before, "after": c.after} for c in t.changes],
                    "reason": t.reason,
                }
                for t in comparison.tasks
            ],
        },
    }


def _by_category_json(session, year: int, previous_year: int | None) -> dict:
    """The cycle's budget per category (비목): this year by paying party, last year, change.
    Concluded tasks count 0, so ``total_krw`` is the cycle's ``budget_krw``."""
    from planner.renewals.budget import party_sums
    from planner.services import budget

    amounts = [a for _code, _track, a in budget.cycle_amounts(session, year)]
    rows = []
    for change in budget.category_comparison(session, year):
        code = change.category.code
        parties = party_sums(a for a in amounts if a.category == code)
        rows.append({
            "category": code, "name_ko": change.category.name_ko,
            "name_en": change.category.name_en,
            "kt_krw": parties.get("kt", 0), "kaist_krw": parties.get("kaist", 0),
            "budget_krw": change.after_krw, "budget_before_krw": change.before_krw,
            "budget_delta_krw": change.delta_krw,
        })  # fmt: skip
    parties = party_sums(amounts)
    return {
        "previous_year": previous_year,
        "categories": rows,
        "kt_krw": parties.get("kt", 0),
        "kaist_krw": parties.get("kaist", 0),
        "total_krw": sum(parties.values()),
    }


def run(args: argparse.Namespace) -> int:
    from planner.errors import NotFound
    from planner.services import renewals
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.cycle_action == "list":
            from planner.services.totals import all_cycle_totals

            with db.sessions() as s:
                totals = all_cycle_totals(s)
                rows = [_cycle_json(c, totals[c.year]) for c in renewals.list_cycles(s)]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    print(
                        f"{row['year']}  {row['status']:13} {row['tasks']:3} tasks "
                        f"({row['tasks_going_on']} going on)  {row['budget_krw']:>16,} KRW"
                    )
        elif args.cycle_action == "new":
            import sys

            with db.sessions() as s, s.begin():
                unsigned = renewals.unsigned_before(s, args.year)
                cycle = renewals.open_next_cycle(
                    s, args.year, today=args.today,
                    despite_missing_reports=args.despite_missing_reports,
                )
                print(f"Opened the {cycle.year} cycle with {len(cycle.renewals)} tasks (draft).")
                deadlines = [
                    f"{label} {day.isoformat()}"
                    for label, day in (
                        ("consultation deadline", cycle.consultation_deadline),
                        ("signing target", cycle.signing_target),
                    )
                    if day is not None
                ]
                if deadlines:
                    print("Deadlines: " + ", ".join(deadlines) + ".")
            for earlier, status in unsigned:
                print(
                    f"warning: the {earlier} cycle is not signed yet ({status.value}); "
                    f"{args.year} was opened beside it",
                    file=sys.stderr,
                )
        elif args.cycle_action == "show":
            with db.sessions() as s:
                data = show_json(s, args.year)
            if args.json:
                print(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                print(f"{data['year']} cycle — {data['status']}")
                for r in data["renewals"]:
                    print(f"  {r['task']:6} {r['decision'] or '-':9} {r['budget_krw']:>14,}  {r['title_ko']}")
        elif args.cycle_action in ("review", "tick", "untick"):
            from planner.commands.review_cmd import run_cycle_review

            run_cycle_review(db, args)
        elif args.cycle_action == "ical":
            from planner.fileio import write_atomically
            from planner.renewals.calendar import deadlines_calendar

            with db.sessions() as s:
                deadlines = renewals.cycle_deadlines(s, args.year)
                stamp = renewals.cycle_by_year(s, args.year).created_at
            write_atomically(args.output, deadlines_calendar(deadlines, stamp, args.lang))
            print(f"{len(deadlines)} deadline(s) written to {args.output}")
        elif args.cycle_action == "advance":
            with db.sessions() as s, s.begin():
                cycle = renewals.cycle_by_year(s, args.year)
                if cycle is None:
                    raise NotFound("renewal cycle", args.year)
                renewals.advance_cycle(s, cycle.id, args.to, signed_on=args.signed_on,
                                       signatory_kt=args.signatory_kt, signatory_kaist=args.signatory_kaist,
                                       reason=args.reason)
                print(f"The {args.year} cycle is now {args.to}.")
    finally:
        db.close()
    return 0
