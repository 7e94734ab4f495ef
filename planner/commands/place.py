"""``planner place``: seat people at desks so that research teams sit together.

Standalone mode works on two CSV files and touches no database:

    planner place --desks desks.csv --people people.csv --json [--time-limit S] [--seed N]

Database mode (without ``--desks``) seats people of the database and saves the result
as a draft move plan, or applies it with ``--apply``:

    planner place --unseated | --task CODE | --people FILE [--allow-moves N] [--on DATE]
                  [--time-limit S] [--seed N] [--apply] [--plan-name NAME] --json --database DB

Its JSON has the standalone keys (``assignments`` lists only the changes: new seats and
moves) plus ``plan_id``, ``applied``, ``moved`` and ``teams``. The engine and the
database are imported inside `run`, so registering the command costs nothing at start-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "place",
        help="auto-place people at desks so that research teams sit together",
        description="Auto-place people at free desks, each research team on adjacent desks.",
    )
    parser.add_argument(
        "--desks", type=Path, metavar="CSV", help="desks: code,floor,zone,x,y,kind,features"
    )
    parser.add_argument(
        "--people",
        type=Path,
        metavar="CSV",
        help="with --desks: people CSV (name_ko,name_en,email,organisation,role,task); "
        "without: the people to place, e-mails one per line or a CSV with an email column",
    )
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="S",
        help="seconds to improve (default: 1 per 200 people, 1-30)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="random seed of the improvement phase (default 0)"
    )
    parser.add_argument(
        "--adjacency-m",
        type=float,
        default=2.0,
        metavar="M",
        help="desks this close in one zone are neighbours (default 2.0)",
    )
    parser.add_argument(
        "--unseated", action="store_true", help="database mode: place everyone without a desk"
    )
    parser.add_argument("--task", metavar="CODE", help="only the members of this research task")
    parser.add_argument(
        "--allow-moves",
        type=int,
        default=0,
        metavar="N",
        help="at most N already-seated people may move",
    )
    parser.add_argument(
        "--apply", action="store_true", help="database mode: save the plan as assignments"
    )
    parser.add_argument(
        "--on",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="database mode: the day the new seats start (default: today)",
    )
    parser.add_argument(
        "--plan-name",
        metavar="NAME",
        help="database mode: name of the move plan (default: 자동 배치 YYYY-MM-DD)",
    )
    add_database_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.desks is None:
        return _run_database(args)
    if args.people is None:
        print("planner place: --desks needs --people FILE", file=sys.stderr)
        return EXIT_USAGE
    problem = _check_numbers(args)
    if problem:
        print(f"planner place: {problem}", file=sys.stderr)
        return EXIT_USAGE

    from planner.placement.desk import PlacementOptions, place_people
    from planner.placement.desk.csv_input import read_desks, read_people
    from planner.placement.desk.explain import summary_line

    try:
        desks = read_desks(args.desks)
        people = read_people(args.people)
        if args.task:
            people = [person for person in people if person.task == args.task]
        if args.unseated:
            people = [person for person in people if not person.current_desk]
        options = PlacementOptions(
            adjacency_m=args.adjacency_m,
            allow_moves=args.allow_moves,
            time_limit_s=args.time_limit
            if args.time_limit is not None
            else min(30.0, max(1.0, len(people) / 200)),
            seed=args.seed,
        )
        result = place_people(desks, people, options)
    except ValueError as error:
        print(f"planner place: {error}", file=sys.stderr)
        return EXIT_USAGE

    if args.json:
        document = {
            "assignments": [
                {"email": key, "desk": desk} for key, desk in result.assignments.items()
            ],
            "unplaced": [{"email": item.key, "reason": item.reason} for item in result.unplaced],
            "seconds": round(result.seconds, 3),
        }
        print(json.dumps(document, ensure_ascii=False))
        return 0
    for key, desk in result.assignments.items():
        print(f"{desk}\t{key}")
    for item in result.unplaced:
        print(f"-\t{item.key}\t{item.reason}")
    for team in result.teams:
        print(summary_line(team), file=sys.stderr)
    print(
        f"{result.pairs} of {result.bound} possible adjacent pairs ({result.score:.1f} %) "
        f"in {result.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


def _check_numbers(args: argparse.Namespace) -> str | None:
    if args.time_limit is not None and not args.time_limit >= 0:
        return "--time-limit must be 0 or more seconds"
    if not args.adjacency_m > 0:
        return "--adjacency-m must be more than 0"
    if args.allow_moves < 0:
        return "--allow-moves must be 0 or more"
    return None


def _run_database(args: argparse.Namespace) -> int:
    """Plan in a short read, solve with no transaction open (SQLite writers would wait),
    then save (and apply) the plan in one write transaction: all or nothing."""
    chosen = [args.unseated, args.task is not None, args.people is not None]
    if sum(chosen) != 1:
        print(
            "planner place: choose one of --unseated, --task CODE or --people FILE "
            "(or --desks FILE --people FILE for standalone mode)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    problem = _check_numbers(args)
    if problem:
        print(f"planner place: {problem}", file=sys.stderr)
        return EXIT_USAGE
    emails = None
    if args.people is not None:
        try:
            emails = read_emails(args.people)
        except ValueError as error:
            print(f"planner place: {error}", file=sys.stderr)
            return EXIT_USAGE

    from dataclasses import replace

    from planner.services import move_plans
    from planner.services.move_plan_checks import past_date_problem
    from planner.services.placement import (
        gather_placement,
        save_proposal_as_plan,
        solve_placement,
        within,
    )
    from planner.storage import open_database

    on = args.on or dt.date.today()
    # A day before today rewrites past seating: applied as asked (a script's choice), and said.
    past = past_date_problem(on, dt.date.today()) if args.apply else None
    who = "unseated" if args.unseated else "task" if args.task is not None else "people"
    db = open_database(args.database)
    try:
        started = time.perf_counter()
        with db.sessions() as session, session.begin():
            inputs = gather_placement(
                session,
                who=who,
                task_code=args.task,
                emails=emails,
                on=on,
                allow_moves=args.allow_moves,
                time_limit=args.time_limit,
                seed=args.seed,
                adjacency_m=args.adjacency_m,
            )
        proposal = solve_placement(within(inputs, started))
        # Reading the database is part of the work the user waits for; opening it is not.
        proposal = replace(proposal, seconds=time.perf_counter() - started)
        plan_id = None
        if proposal.assignments:
            with db.sessions() as session, session.begin():
                name = args.plan_name if args.plan_name is not None else f"자동 배치 {on}"
                plan = save_proposal_as_plan(session, proposal, name, on)
                if args.apply:
                    move_plans.apply_move_plan(session, plan.id)
                plan_id = plan.id
    finally:
        db.close()

    if args.json:
        document = {
            "assignments": [
                {
                    "email": seat.email,
                    "desk": seat.to_desk,
                    "from": seat.start.isoformat() if seat.start else on.isoformat(),
                    "until": seat.end.isoformat() if seat.end else None,
                }
                for seat in proposal.assignments
            ],
            "unplaced": [
                {"email": item.email, "reason": item.reason} for item in proposal.unplaced
            ],
            "seconds": round(proposal.seconds, 3),
            "plan_id": plan_id,
            "applied": bool(args.apply and plan_id is not None),
            "past_days": int(past.detail.split()[1]) if past and plan_id is not None else 0,
            "moved": proposal.moved,
            "teams": [
                {
                    "task": team.task,
                    "seated": team.size,
                    "unplaced": team.unplaced,
                    "pairs": team.pairs,
                    "bound": team.bound,
                    "zones": list(team.zones),
                }
                for team in proposal.teams
            ],
        }
        print(json.dumps(document, ensure_ascii=False))
        return 0
    for seat in proposal.assignments:
        was = f"\t(from {seat.from_desk})" if seat.from_desk else ""
        # Someone who arrives after the day is seated from their arrival.
        later = f"\tfrom {seat.start}" if seat.start and seat.start != on else ""
        print(f"{seat.to_desk}\t{seat.email or seat.name}{was}{later}")
    for item in proposal.unplaced:
        print(f"-\t{item.email or item.name}\t{item.reason}")
    for line in proposal.explanation:
        print(line, file=sys.stderr)
    if past is not None and plan_id is not None:
        print(f"warning: {past.message}", file=sys.stderr)
    if plan_id is None:
        print("nothing to place: no move plan saved", file=sys.stderr)
    else:
        state = "applied" if args.apply else "saved as a draft"
        print(
            f"move plan {plan_id} {state}: {len(proposal.assignments)} seat(s), "
            f"{proposal.moved} moved, {len(proposal.unplaced)} without a desk, "
            f"{proposal.seconds:.1f} s",
            file=sys.stderr,
        )
    return 0


def read_emails(path: Path) -> list[str]:
    """E-mail addresses from a file: one per line, or a CSV file with an ``email`` column.
    Lines starting with '#' are comments. Raises ValueError naming the file."""
    from planner.placement.desk.csv_input import read_rows, read_text

    text = read_text(path)
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines:
        raise ValueError(f"{path}: no e-mail addresses")
    header = [cell.strip().lower() for cell in lines[0].split(",")]
    if "email" in header:
        emails = [row["email"] for _, row in read_rows(path, ("email",)) if row.get("email")]
    else:
        emails = lines
    bad = next((email for email in emails if "@" not in email or "," in email), None)
    if bad is not None:
        raise ValueError(f"{path}: {bad!r} is not an e-mail address")
    return emails
