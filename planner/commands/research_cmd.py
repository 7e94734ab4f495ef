"""``planner participant``, ``planner kpi``, ``planner ip``: research administration of the
tasks' years from the command line (participating researchers, KPIs, IP disclosures).

JSON shapes (``--json``): ``participant list`` a list of {year, task, person, name_ko, name_en,
email, role, rate_pct, period_start, period_end, is_pi, year_total_pct}; ``kpi list`` a list of
{year, task, name, unit, target, actual, last_target, last_actual}; ``ip list`` a list of {id,
title, title_en, disclosed_on, inventors, tasks, kt_share_pct, kaist_share_pct, filing_no,
state}. A refused change (a rate over the cap, shares not adding up to 100 %) exits with 3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

ROLES = ["lead", "co", "member", "student"]
STATES = ["disclosed", "filed", "registered", "abandoned"]


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    subs = []
    part = subparsers.add_parser("participant", help="participating researchers of a task's year")
    actions = part.add_subparsers(dest="participant_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="participants with role, rate and period")
    listing.add_argument("--year", type=int)
    listing.add_argument("--task")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser(
        "add", help="add PERSON (e-mail or name) to TASK in YEAR at --rate %% (refused past the cap)"
    )
    for sub in (add,):
        sub.add_argument("task")
        sub.add_argument("year", type=int)
        sub.add_argument("person")
    add.add_argument("--rate", type=int, required=True, help="participation rate in %%")
    add.add_argument("--role", choices=ROLES, default="member")
    add.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    add.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    change = actions.add_parser("set", help="change a participant's rate, role or period")
    change.add_argument("task")
    change.add_argument("year", type=int)
    change.add_argument("person")
    change.add_argument("--rate", type=int)
    change.add_argument("--role", choices=ROLES)
    change.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    change.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    remove = actions.add_parser("remove", help="remove a participant from a task's year")
    remove.add_argument("task")
    remove.add_argument("year", type=int)
    remove.add_argument("person")
    subs += [listing, add, change, remove, *_io_parsers(actions, "participants")]
    part.set_defaults(func=run_participant)

    kpi = subparsers.add_parser("kpi", help="performance indicators of a task's year")
    actions = kpi.add_subparsers(dest="kpi_action", metavar="ACTION", required=True)
    klist = actions.add_parser("list", help="KPIs with last year's target and actual")
    klist.add_argument("--year", type=int)
    klist.add_argument("--task")
    klist.add_argument("--json", action="store_true")
    kset = actions.add_parser("set", help="add or change TASK's KPI NAME in YEAR")
    kset.add_argument("task")
    kset.add_argument("year", type=int)
    kset.add_argument("name")
    kset.add_argument("--target", type=float)
    kset.add_argument("--actual", type=float)
    kset.add_argument("--unit")
    kset.add_argument("--name-en", help="the KPI's name in the English agreement")
    kset.add_argument("--unit-en")
    kremove = actions.add_parser("remove", help="remove TASK's KPI NAME in YEAR")
    kremove.add_argument("task")
    kremove.add_argument("year", type=int)
    kremove.add_argument("name")
    subs += [klist, kset, kremove, *_io_parsers(actions, "kpis")]
    kpi.set_defaults(func=run_kpi)

    ip = subparsers.add_parser("ip", help="IP disclosures: the register")
    actions = ip.add_subparsers(dest="ip_action", metavar="ACTION", required=True)
    ilist = actions.add_parser("list", help="every disclosure with inventors, shares and state")
    ilist.add_argument("--task")
    ilist.add_argument("--json", action="store_true")
    iadd = actions.add_parser("add", help="record a disclosure (KT and KAIST shares add up to 100)")
    iadd.add_argument("title")
    iadd.add_argument("--title-en", default="")
    iadd.add_argument("--date", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    iadd.add_argument("--kt", type=int, required=True, help="KT's share in %%")
    iadd.add_argument("--kaist", type=int, required=True, help="KAIST's share in %%")
    iadd.add_argument("--inventor", action="append", required=True, help="e-mail or name; repeat")
    iadd.add_argument("--task", action="append", default=[], help="task code; repeat")
    iadd.add_argument("--filing-no")
    iadd.add_argument("--state", choices=STATES, default="disclosed")
    subs += [ilist, iadd, *_io_parsers(actions, "ip")]
    ip.set_defaults(func=run_ip)
    for sub in subs:
        add_database_option(sub)


def _io_parsers(actions, kind: str) -> list:
    export = actions.add_parser("export", help=f"{kind} to XLSX or CSV (Korean headers)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    if kind != "ip":
        export.add_argument("--year", type=int)
    export.set_defaults(io_kind=kind)
    load = actions.add_parser(
        "import", help=f"{kind} from XLSX or CSV: adds what is new, changes what differs, "
        "all or nothing"
    )
    load.add_argument("file", metavar="FILE")
    load.set_defaults(io_kind=kind)
    report = actions.add_parser(
        "report", help={"participants": "the participants of a year as PDF",
                        "kpis": "the KPIs of a year, beside last year's, as PDF",
                        "ip": "the IP register (지식재산 관리대장) as PDF"}[kind],
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    if kind != "ip":
        report.add_argument("--year", type=int, required=True)
    report.set_defaults(io_kind=kind)
    return [export, load, report]


def report_bytes(session, kind: str, year: int | None, created: dt.date) -> bytes:
    """The PDF of ``kind`` (participants / kpis / ip): the same rows as the lists."""
    from planner.export.reports import research
    from planner.services import ip, kpis, participants

    if kind == "participants":
        rows = participants.participant_rows(session, year)
        totals = {p: participants.person_load(session, p, year) for p in {r.person_id for r in rows}}
        return research.build_participants_report(
            year, rows, totals, participants.problems(session, year), created=created)
    if kind == "kpis":
        return research.build_kpi_report(year, kpis.kpi_rows(session, year), created=created)
    return research.build_ip_register(ip.ip_rows(session), created=created)


def run_io(db, args: argparse.Namespace, action: str) -> int:
    from planner.io import research_io

    if action == "report":
        from planner.fileio import write_atomically

        with db.sessions() as s:
            data = report_bytes(s, args.io_kind, getattr(args, "year", None), dt.date.today())
        write_atomically(args.output, data)
        print(f"{args.io_kind} report written to {args.output}")
        return 0
    if action == "export":
        with db.sessions() as s:
            count = research_io.export(s, args.io_kind, args.output, getattr(args, "year", None))
        print(f"{count} row(s) written to {args.output}")
        return 0
    with db.sessions() as s, s.begin():
        result = research_io.import_file(s, args.io_kind, args.file)
    print(f"{result.added} added, {result.changed} changed, {result.unchanged} unchanged.")
    return 0


def _person(session, query: str):
    from planner.errors import NotFound
    from planner.services.people import find_person

    person = find_person(session, query)
    if person is None:
        raise NotFound("person", query)
    return person


def participant_json(session, year: int | None, task: str | None) -> list[dict]:
    from planner.services.participants import participant_rows, person_load

    rows = participant_rows(session, year, task_code=task.upper() if task else None)
    loads: dict[tuple[int, int], int] = {}
    out = []
    for r in rows:
        key = (r.person_id, r.year)
        if key not in loads:
            loads[key] = person_load(session, r.person_id, r.year)
        out.append({
            "year": r.year, "task": r.task_code, "person": r.person_id, "name_ko": r.name_ko,
            "name_en": r.name_en, "email": r.email, "role": r.role.value, "rate_pct": r.rate_pct,
            "period_start": r.period_start.isoformat(), "period_end": r.period_end.isoformat(),
            "is_pi": r.is_pi, "year_total_pct": loads[key],
        })
    return out


def _participant(session, task: str, year: int, person):
    from sqlalchemy import select

    from planner.errors import NotFound
    from planner.models import TaskParticipant
    from planner.services.participants import renewal_of

    renewal = renewal_of(session, task, year)
    row = session.scalars(select(TaskParticipant).where(
        TaskParticipant.renewal_id == renewal.id, TaskParticipant.person_id == person.id)).first()
    if row is None:
        raise NotFound("participant", f"{person.name_ko} in {task} {year}")
    return row


def run_participant(args: argparse.Namespace) -> int:
    from planner.services import participants
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.participant_action in ("export", "import", "report"):
            return run_io(db, args, args.participant_action)
        if args.participant_action == "list":
            with db.sessions() as s:
                rows = participant_json(s, args.year, args.task)
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            for r in [] if args.json else rows:
                print(f"{r['year']} {r['task']:6} {r['role']:7} {r['rate_pct']:>3} %  "
                      f"(year {r['year_total_pct']:>3} %)  {r['name_ko']}  "
                      f"{r['period_start']} – {r['period_end']}")
        elif args.participant_action == "add":
            with db.sessions() as s, s.begin():
                person = _person(s, args.person)
                renewal = participants.renewal_of(s, args.task, args.year)
                participants.add_participant(s, renewal.id, person.id, role=args.role,
                                             rate_pct=args.rate, period_start=args.start,
                                             period_end=args.end)
                total = participants.person_load(s, person.id, args.year)
            print(f"{person.name_ko} takes part in {args.task.upper()} {args.year} at {args.rate} % "
                  f"({total} % in {args.year}).")
        elif args.participant_action == "set":
            with db.sessions() as s, s.begin():
                person = _person(s, args.person)
                row = _participant(s, args.task, args.year, person)
                values = {key: value for key, value in (
                    ("rate_pct", args.rate), ("role", args.role), ("period_start", args.start),
                    ("period_end", args.end)) if value is not None}
                participants.update_participant(s, row.id, **values)
            print(f"Changed {person.name_ko} in {args.task.upper()} {args.year}.")
        elif args.participant_action == "remove":
            with db.sessions() as s, s.begin():
                person = _person(s, args.person)
                participants.remove_participant(s, _participant(s, args.task, args.year, person).id)
            print(f"Removed {person.name_ko} from {args.task.upper()} {args.year}.")
    finally:
        db.close()
    return 0


def kpi_json(session, year: int | None, task: str | None) -> list[dict]:
    from planner.services.kpis import kpi_rows

    return [
        {"year": r.year, "task": r.task_code, "name": r.name, "name_en": r.name_en, "unit": r.unit,
         "unit_en": r.unit_en, "target": r.target,
         "actual": r.actual, "last_target": r.last_target, "last_actual": r.last_actual}
        for r in kpi_rows(session, year, task_code=task.upper() if task else None)
    ]


def run_kpi(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from planner.models import TaskKpi
    from planner.services import kpis
    from planner.services.participants import renewal_of
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.kpi_action in ("export", "import", "report"):
            return run_io(db, args, args.kpi_action)
        if args.kpi_action == "list":
            with db.sessions() as s:
                rows = kpi_json(s, args.year, args.task)
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            for r in [] if args.json else rows:
                actual = "-" if r["actual"] is None else f"{r['actual']:g}"
                print(f"{r['year']} {r['task']:6} {r['name']}: {actual} / {r['target']:g} {r['unit']}")
            return 0
        with db.sessions() as s, s.begin():
            renewal = renewal_of(s, args.task, args.year)
            kpi = s.scalars(select(TaskKpi).where(TaskKpi.renewal_id == renewal.id,
                                                  TaskKpi.name == args.name.strip())).first()
            if args.kpi_action == "remove":
                from planner.errors import NotFound

                if kpi is None:
                    raise NotFound("KPI", f"{args.task} {args.year} {args.name}")
                kpis.remove_kpi(s, kpi.id)
                print(f"Removed the KPI {args.name} of {args.task.upper()} {args.year}.")
                return 0
            values = {key: value for key, value in (
                ("target", args.target), ("actual", args.actual), ("unit", args.unit),
                ("name_en", args.name_en), ("unit_en", args.unit_en))
                if value is not None}
            if kpi is None:
                kpis.add_kpi(s, renewal.id, name=args.name, **values)
            else:
                kpis.update_kpi(s, kpi.id, **values)
        print(f"Saved the KPI {args.name} of {args.task.upper()} {args.year}.")
    finally:
        db.close()
    return 0


def ip_json(session, task: str | None) -> list[dict]:
    from planner.services.ip import ip_rows

    return [
        {"id": r.id, "title": r.title, "title_en": r.title_en,
         "disclosed_on": r.disclosed_on.isoformat(), "inventors": list(r.inventors),
         "tasks": list(r.task_codes), "kt_share_pct": r.kt_share_pct,
         "kaist_share_pct": r.kaist_share_pct, "filing_no": r.filing_no, "state": r.state.value}
        for r in ip_rows(session, task_code=task.upper() if task else None)
    ]


def run_ip(args: argparse.Namespace) -> int:
    from planner.services import ip
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.ip_action in ("export", "import", "report"):
            return run_io(db, args, args.ip_action)
        if args.ip_action == "list":
            with db.sessions() as s:
                rows = ip_json(s, args.task)
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            for r in [] if args.json else rows:
                print(f"{r['disclosed_on']}  {r['state']:10} KT {r['kt_share_pct']} % / KAIST "
                      f"{r['kaist_share_pct']} %  {','.join(r['tasks']) or '-'}  {r['title']}")
        elif args.ip_action == "add":
            with db.sessions() as s, s.begin():
                inventors = [_person(s, query).id for query in args.inventor]
                tasks = ip.task_ids(s, args.task)
                row = ip.add_disclosure(
                    s, inventor_ids=inventors, task_ids=tasks, title=args.title,
                    title_en=args.title_en, disclosed_on=args.date, kt_share_pct=args.kt,
                    kaist_share_pct=args.kaist, filing_no=args.filing_no, state=args.state,
                )
                print(f"Recorded the IP disclosure {row.title} (no. {row.id}).")
    finally:
        db.close()
    return 0
