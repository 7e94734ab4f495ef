"""``planner info``: counts of what the database holds."""

from __future__ import annotations

import argparse
import datetime as dt
import json


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("info", help="print counts (people, desks, tasks, cycles, …)")
    add_database_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--on", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="day for occupancy")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.services.stats import institute_counts
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        with db.sessions() as session:
            counts = institute_counts(session, args.on or dt.date.today())
    finally:
        db.close()
    counts["database"] = db.location
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        for key, value in counts.items():
            print(f"{key:22} {value}")
    return 0
