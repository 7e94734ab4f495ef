"""``planner demo``: create the demo institute (or a large campus with ``--scale``)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from planner.demo.create import create_demo


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("demo", help="create the demo institute database")
    add_database_option(parser)
    parser.add_argument("--scale", type=int, metavar="N", help="instead, a campus with about N desks")
    parser.add_argument("--replace", action="store_true", help="replace an existing SQLite file")
    parser.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="reference day for dates in the demo (default: today)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.storage import resolve_url

    result = create_demo(args.database, scale=args.scale, replace=args.replace, today=args.today,
                         progress=lambda msg: print(f"  {msg}", file=sys.stderr))
    print(f"Demo database written to {resolve_url(args.database)} {result}")
    return 0
