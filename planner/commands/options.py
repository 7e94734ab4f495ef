"""Options several commands share (kept here, below planner.cli, so that commands never import
the CLI that imports them)."""

from __future__ import annotations

import argparse

DATABASE_HELP = (
    "SQLite file or database URL (postgresql+psycopg://user@host/db); "
    "default: $PLANNER_DATABASE_URL or the file in your user data folder"
)


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="PATH|URL", help=DATABASE_HELP)
