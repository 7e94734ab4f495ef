"""``planner demo``: create the demo institute (or a large campus with ``--scale``)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path


def register(subparsers) -> None:
    from planner.cli import add_database_option

    parser = subparsers.add_parser("demo", help="create the demo institute database")
    add_database_option(parser)
    parser.add_argument("--scale", type=int, metavar="N", help="instead, a campus with about N desks")
    parser.add_argument("--replace", action="store_true", help="replace an existing SQLite file")
    parser.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="reference day for dates in the demo (default: today)")
    parser.set_defaults(func=run)


def create_demo(database: str | Path | None, *, scale: int | None = None, replace: bool = False,
                today: dt.date | None = None, progress=None) -> dict:
    """Build the demo into a temporary file and move it into place only when complete."""
    from planner.db import sqlite_path
    from planner.errors import ValidationError
    from planner.storage import open_database, resolve_url

    url = resolve_url(database)
    target = sqlite_path(url)
    if scale is not None and not 1 <= scale <= 1_000_000:
        raise ValidationError.from_template("scale", "must be between 1 and 1,000,000 desks")
    if target is not None:
        if target.exists() and not replace:
            raise ValidationError.from_template(
                "database", "%1 already exists; add --replace to overwrite it", target
            )
        partial = target.with_name(target.name + ".part")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        db = open_database(partial)
    else:
        db = open_database(url)
    try:
        with db.sessions() as session, session.begin():
            if scale:
                from planner.demo.campus import build_campus

                result = build_campus(session, scale, today=today, progress=progress)
            else:
                from planner.demo.institute import build_institute

                result = build_institute(session, today=today)
    finally:
        db.close()
    if target is not None:
        os.replace(partial, target)
    return result


def run(args: argparse.Namespace) -> int:
    from planner.storage import resolve_url

    result = create_demo(args.database, scale=args.scale, replace=args.replace, today=args.today,
                         progress=lambda msg: print(f"  {msg}", file=sys.stderr))
    print(f"Demo database written to {resolve_url(args.database)} {result}")
    return 0
