"""``planner deliverable``: the research tasks' deliverables and milestones per year."""

from __future__ import annotations

import argparse
import datetime as dt
import json

KINDS = ["interim_report", "final_report", "paper", "patent", "software", "dataset", "demo"]
STATES = ["planned", "submitted", "accepted", "waived"]


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "deliverable", help="deliverables per task and year: list, add, set, evidence, due, export, import"
    )
    actions = parser.add_subparsers(dest="deliverable_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="deliverables, by year and task")
    listing.add_argument("--year", type=int)
    listing.add_argument("--task", help="a task code (F-01)")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="a new deliverable of a task")
    add.add_argument("task", help="the task's code (F-01)")
    add.add_argument("--year", type=int, required=True)
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--due", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--state", choices=STATES, default="planned")
    add.add_argument("--reason", default="", help="why it is waived (required with waived)")
    add.add_argument("--link", default="", help="evidence: an http(s) address")
    change = actions.add_parser("set", help="change a deliverable (state, title, due date, link)")
    change.add_argument("id", type=int)
    change.add_argument("--title")
    change.add_argument("--due", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    change.add_argument("--state", choices=STATES)
    change.add_argument("--reason", help="why it is waived (required with waived)")
    change.add_argument("--link")
    evidence = actions.add_parser("evidence", help="store a file as a deliverable's evidence")
    evidence.add_argument("id", type=int)
    evidence.add_argument("file")
    due = actions.add_parser("due", help="overdue deliverables and those due soon")
    due.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    due.add_argument("--days", type=int, default=30, help="how far ahead (default 30 days)")
    due.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="deliverables to XLSX or CSV (Korean headers)")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=".xlsx or .csv")
    export.add_argument("--year", type=int)
    load = actions.add_parser(
        "import", help="add or change deliverables from XLSX/CSV (all rows or none)"
    )
    load.add_argument("file", metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    load.add_argument("--json", action="store_true")
    for sub in (listing, add, change, evidence, due, export, load):
        add_database_option(sub)
    parser.set_defaults(func=run)


def row_json(row) -> dict:
    return {
        "id": row.id, "task": row.task_code, "year": row.year, "kind": row.kind.value,
        "title": row.title, "due_date": row.due_date.isoformat(), "state": row.state.value,
        "waived_reason": row.waived_reason, "evidence_link": row.evidence_link,
        "evidence_file": row.evidence_name or None,
    }


def _print_rows(rows) -> None:
    for r in rows:
        print(f"{r.id:5} {r.task_code:6} {r.year} {r.kind.value:15} {r.due_date} {r.state.value:9} {r.title}")


def _task_id(session, code: str) -> int:
    from sqlalchemy import select

    from planner.errors import NotFound
    from planner.models import ResearchTask

    found = session.scalar(select(ResearchTask.id).where(ResearchTask.code == code))
    if found is None:
        raise NotFound("research task", code)
    return found


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from planner.services import deliverables as svc
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        action = args.deliverable_action
        if action == "list":
            with db.sessions() as s:
                rows = svc.list_deliverables(s, year=args.year, task_code=args.task)
            if args.json:
                print(json.dumps([row_json(r) for r in rows], ensure_ascii=False, indent=2))
            else:
                _print_rows(rows)
        elif action == "add":
            with db.sessions() as s, s.begin():
                d = svc.add_deliverable(
                    s, _task_id(s, args.task), year=args.year, kind=args.kind, title=args.title,
                    due_date=args.due, state=args.state, waived_reason=args.reason,
                    evidence_link=args.link,
                )
                print(f"Deliverable {d.id} added to {args.task}.")
        elif action == "set":
            values = {
                key: value for key, value in (
                    ("title", args.title), ("due_date", args.due), ("state", args.state),
                    ("waived_reason", args.reason), ("evidence_link", args.link),
                ) if value is not None
            }
            with db.sessions() as s, s.begin():
                svc.update_deliverable(s, args.id, **values)
                print(f"Deliverable {args.id} changed.")
        elif action == "evidence":
            from planner.errors import ValidationError

            path = Path(args.file)
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ValidationError.from_template(
                    "evidence", "%1 cannot be read (%2)", path, error.strerror or error
                ) from None
            with db.sessions() as s, s.begin():
                stored = svc.set_evidence_file(s, args.id, data, path.name)
                print(f"{stored.file_name} stored for deliverable {args.id} (sha256 {stored.sha256}).")
        elif action == "export":
            from planner.io.deliverables_io import export_deliverables
            from planner.io.errors import SpreadsheetError

            if Path(args.output).suffix.lower() not in (".xlsx", ".csv"):
                raise SpreadsheetError(
                    f"Cannot tell the format of {Path(args.output).name}: name it .xlsx or .csv."
                )
            with db.sessions() as s:
                count = export_deliverables(s, args.output, args.year)
            print(f"{count} row(s) written to {args.output}")
        elif action == "import":
            from planner.io.deliverables_io import import_deliverables

            with db.sessions() as s, s.begin():
                result = import_deliverables(s, args.file, dry_run=args.dry_run)
            counts = {"added": result.added, "changed": result.changed,
                      "unchanged": result.unchanged, "dry_run": args.dry_run}
            if args.json:
                print(json.dumps(counts))
            else:
                verb = "would be" if args.dry_run else "were"
                print(f"{result.added} deliverable(s) {verb} added, {result.changed} changed, "
                      f"{result.unchanged} unchanged.")
        else:
            with db.sessions() as s:
                due = svc.deliverables_due(s, args.today or dt.date.today(), args.days)
            if args.json:
                print(json.dumps({
                    "today": due.today.isoformat(), "days": due.days,
                    "overdue": [row_json(r) for r in due.overdue],
                    "upcoming": [row_json(r) for r in due.upcoming],
                }, ensure_ascii=False, indent=2))
            else:
                print(f"Overdue on {due.today} ({len(due.overdue)}):")
                _print_rows(due.overdue)
                print(f"Due in the next {due.days} days ({len(due.upcoming)}):")
                _print_rows(due.upcoming)
    finally:
        db.close()
    return 0
