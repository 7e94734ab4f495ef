"""The headless ``planner`` command line: every subcommand, no window.

Each subcommand lives in its own module under :mod:`planner.commands` with
``register(subparsers)``; heavy libraries are imported inside the command that needs them, so
``planner --help`` starts fast. Every module in :data:`COMMANDS` is imported when the parser is
built: one that cannot be imported (a broken installation, a bundle missing a module) stops the
program with its name and the error, instead of the command quietly disappearing.

The ``planner`` console script is :mod:`lab_planner.launcher`, above this package and ``ui``:
it passes a :class:`Frontend` that adds the window's options and opens the window when no
subcommand is given. ``python -m planner`` is this CLI alone.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from planner.commands.options import DATABASE_HELP, add_database_option
from planner.errors import EXIT_RULE, DatabaseProblem, PlannerError

__all__ = ["COMMANDS", "CommandUnavailable", "Frontend", "add_database_option", "main"]

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
    "planner.commands.audit_cmd",
    "planner.commands.template_cmd",
    "planner.commands.sign_cmd",
]

EXIT_USAGE = 2  # as argparse
EXIT_DATABASE = 4
EXIT_INSTALLATION = 70  # EX_SOFTWARE (sysexits.h): the program itself is incomplete


class CommandUnavailable(Exception):
    """A command module could not be imported: the installation is broken, not the input."""

    def __init__(self, module: str, error: BaseException) -> None:
        super().__init__(
            f"the command module {module} cannot be imported "
            f"({type(error).__name__}: {error}); the installation is incomplete"
        )
        self.module = module


class Frontend:
    """What ``planner`` does without a subcommand (given by the launcher: open the window).

    A plain class: a dataclass would import ``inspect`` and ``ast``, 10 ms of every
    ``planner --help`` (benchmarks/cli.py)."""

    def __init__(
        self,
        add_arguments: Callable[[argparse.ArgumentParser], None],
        run: Callable[[argparse.Namespace], int],
    ) -> None:
        self.add_arguments = add_arguments
        self.run = run


class _Version(argparse.Action):
    """``--version``: imports SQLAlchemy for the schema revision, so only when asked."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from planner.about import version_lines  # noqa: PLC0415

        print("\n".join(version_lines()))
        parser.exit()


def import_command(name: str):
    try:
        return importlib.import_module(name)
    except Exception as error:  # any failure here means the program is incomplete
        raise CommandUnavailable(name, error) from error


def build_parser(frontend: Frontend | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand; :class:`CommandUnavailable` if one cannot be loaded."""
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Lab Planner — seating and research-task renewals for the KT–KAIST AI·SW institute.",
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help="print the versions of the program, Python, Qt, "
        "SQLite and the database schema, and exit",
    )
    # Also accepted before the subcommand; a subcommand's own --database wins.
    parser.add_argument(
        "--database", dest="global_database", metavar="PATH|URL", help=DATABASE_HELP
    )
    if frontend is not None:
        frontend.add_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_command(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None, frontend: Frontend | None = None) -> int:
    try:
        parser = build_parser(frontend)
    except CommandUnavailable as error:
        print(f"planner: {error}", file=sys.stderr)
        return EXIT_INSTALLATION
    args = parser.parse_args(argv)
    if getattr(args, "database", None) is None:
        args.database = args.global_database
    if args.command is None:
        if frontend is None:
            parser.print_usage(sys.stderr)
            print(
                "planner: give a command (planner --help lists them); the window opens "
                "with `planner` alone",
                file=sys.stderr,
            )
            return EXIT_USAGE
        args.func = frontend.run
    try:
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
