"""``planner export people|desks|assignments|tasks|cycles|budget -o FILE``: XLSX or CSV by
suffix (``budget``: the budget lines by category, every year or ``--year``);
``planner export agreement`` and ``planner export comparison`` have modules of their own."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

EXPORT_KINDS = ("people", "desks", "assignments", "tasks", "cycles", "budget")


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "export",
        help="export people, desks, assignments, tasks, cycles or budget lines to XLSX/CSV, or the "
        "agreement as PDF",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="WHAT", required=True)
    for kind in EXPORT_KINDS:
        sub = kinds.add_parser(kind, help=f"{kind} to XLSX or CSV")
        sub.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            metavar="FILE",
            help="file to write; .xlsx or .csv (UTF-8 with BOM for Korean Excel)",
        )
        sub.add_argument(
            "--on",
            type=dt.date.fromisoformat,
            metavar="YYYY-MM-DD",
            help="day for desks and occupants (default: today)",
        )
        if kind == "budget":
            sub.add_argument("--year", type=int, help="only this cycle's lines (default: every year)")
        if kind in ("people", "desks"):
            sub.add_argument(
                "--lang",
                choices=("ko", "en"),
                default="ko",
                help="titles and labels (roles, desk kinds, features) in Korean (default) or "
                "English; both import back",
            )
        add_database_option(sub)
        sub.set_defaults(func=run)

    from planner.commands.agreement_cmd import add_agreement_parser, run_agreement

    add_agreement_parser(kinds).set_defaults(func=run_agreement)

    from planner.commands.comparison_cmd import add_comparison_parser

    add_comparison_parser(kinds)


def run(args: argparse.Namespace) -> int:
    from planner.io.errors import SpreadsheetError
    from planner.io.export_data import export_kind
    from planner.storage import open_database

    if args.output.suffix.lower() not in (".xlsx", ".csv"):
        raise SpreadsheetError(
            f"Cannot tell the format of {args.output.name}: name it .xlsx or .csv."
        )
    db = open_database(args.database)
    try:
        with db.sessions() as session:
            if args.kind == "budget":
                from planner.io.budget_io import export_budget

                rows = export_budget(session, args.output, getattr(args, "year", None))
                print(f"{rows} row(s) written to {args.output}")
                return 0
            rows = export_kind(
                session, args.kind, args.output, on=args.on, language=getattr(args, "lang", "ko")
            )
    finally:
        db.close()
    print(f"{rows} row(s) written to {args.output}")
    return 0
