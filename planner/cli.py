"""The ``planner`` command.

``planner`` alone opens the window; subcommands work headless. Each subcommand lives in its own
module under :mod:`planner.commands` with ``register(subparsers)``; heavy libraries are imported
inside the command that needs them, so ``planner --help`` and the window start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

from planner.errors import EXIT_RULE, DatabaseProblem, PlannerError

COMMANDS = [
    "planner.commands.demo",
    "planner.commands.info",
    "planner.commands.cycle",
    "planner.commands.db",
    "planner.commands.seating_cmd",
    "planner.commands.report_cmd",
    "planner.commands.import_cmd",
    "planner.commands.export_cmd",
    "planner.commands.solve_osa",
    "planner.commands.place",
]

EXIT_DATABASE = 4
STARTED_AT = time.perf_counter()  # start-up benchmark: ui.app reports first paint since then


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        help="SQLite file or database URL (postgresql+psycopg://user@host/db); "
        "default: $PLANNER_DATABASE_URL or the file in your user data folder",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Lab Planner — seating and research-task renewals for the KT–KAIST AI·SW institute.",
    )
    parser.add_argument("--demo", action="store_true", help="open the window on the demo institute")
    parser.add_argument("--lang", choices=["ko", "en"], help="language of the window (default: saved setting, Korean)")
    # Also accepted before the subcommand; a subcommand's own --database wins.
    parser.add_argument(
        "--database", dest="global_database", metavar="PATH|URL",
        help="SQLite file or database URL (postgresql+psycopg://user@host/db); default: "
        "$PLANNER_DATABASE_URL or the file in your user data folder",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue  # a command still being built is simply not offered
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "database", None) is None:
        args.database = args.global_database
    try:
        if args.command is None:
            from ui.app import run_window  # noqa: PLC0415 - Qt only when a window is wanted

            return run_window(database=args.database, demo=args.demo, lang=args.lang)
        return int(args.func(args) or 0)
    except DatabaseProblem as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_DATABASE
    except PlannerError as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_RULE
    except BrokenPipeError:
        # `planner … | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("planner: interrupted", file=sys.stderr)
        return 130
