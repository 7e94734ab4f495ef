"""The headless ``planner`` command line: every subcommand, no window.

Each subcommand lives in its own module under :mod:`planner.commands` with
``register(subparsers)``; heavy libraries are imported inside the command that needs them, so
``planner --help`` starts fast. Every module in :data:`COMMANDS` is imported when the parser is
built: one that cannot be imported (a broken installation, a bundle missing a module) stops the
program with its name and the error, instead of the command quietly disappearing.

Every way a command can fail ends in one line on stderr and an exit code (README, *Exit
codes*): a :class:`PlannerError` by :func:`planner.errors.exit_code`; an error of the database
driver is first said as one (:func:`planner.errors.from_database_error`: the role that may not,
the server that went away, …); anything else is a crash: the traceback goes to a crash report
file (:mod:`planner.crash`) and the line names it.

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
from planner.errors import (
    EXIT_CONNECTION,
    EXIT_DATABASE,
    EXIT_NOT_ALLOWED,
    EXIT_RULE,
    NotPermitted,
    PlannerError,
    exit_code,
)

__all__ = [
    "COMMANDS",
    "EXIT_CONNECTION",
    "EXIT_DATABASE",
    "EXIT_NOT_ALLOWED",
    "EXIT_RULE",
    "CommandUnavailable",
    "Frontend",
    "add_database_option",
    "command_paths",
    "main",
]

COMMANDS = [
    "planner.commands.demo",
    "planner.commands.info",
    "planner.commands.cycle",
    "planner.commands.db",
    "planner.commands.seating_cmd",
    "planner.commands.block_cmd",
    "planner.commands.report_cmd",
    "planner.commands.import_cmd",
    "planner.commands.export_cmd",
    "planner.commands.solve_osa",
    "planner.commands.place",
    "planner.commands.audit_cmd",
    "planner.commands.template_cmd",
    "planner.commands.sign_cmd",
    "planner.commands.budget_cmd",
    "planner.commands.deliverable_cmd",
    "planner.commands.review_cmd",
    "planner.commands.research_cmd",
]

EXIT_USAGE = 2  # as argparse
EXIT_INSTALLATION = 70  # EX_SOFTWARE (sysexits.h): the program itself is incomplete
EXIT_CRASH = 70  # EX_SOFTWARE too: an error the program did not expect (see the crash report)


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
    except NotPermitted as error:  # raised as such (opening a database): name role and command
        words = sys.argv[1:] if argv is None else list(argv)
        return _refuse(_with_role(error, parser, words, args))
    except PlannerError as error:
        return _refuse(error)
    except BrokenPipeError:
        # `planner … | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("planner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, a report
        return _unexpected(error, parser, sys.argv[1:] if argv is None else list(argv), args)


def _refuse(error: PlannerError) -> int:
    from planner.refusals import cli_language, sentence  # noqa: PLC0415

    print(f"planner: {sentence(error, cli_language())}", file=sys.stderr)
    return exit_code(error)


def _unexpected(
    error: Exception, parser: argparse.ArgumentParser, argv: list[str], args: argparse.Namespace
) -> int:
    """A database driver's error said as a refusal; anything else written to a crash report."""
    from planner.connection import server_label  # noqa: PLC0415
    from planner.errors import from_database_error  # noqa: PLC0415

    url = _database_url(args)
    refusal = from_database_error(error, server=server_label(url))
    if isinstance(refusal, NotPermitted):
        refusal = _with_role(refusal, parser, argv, args)
    if refusal is not None:
        return _refuse(refusal)
    return _crashed(error, argv)


def _with_role(
    error: NotPermitted, parser: argparse.ArgumentParser, argv: list[str], args: argparse.Namespace
) -> NotPermitted:
    """The refusal naming the command ("planner cycle advance") and the user's role."""
    what = " ".join(["planner", *_command_path(parser, argv)])
    url = _database_url(args)
    role = error.role if error.role is not None or not url else _role_at(url)
    return NotPermitted(what, role, detail=error.detail)


def _crashed(error: Exception, argv: list[str]) -> int:
    from planner.crash import write_crash_report  # noqa: PLC0415
    from planner.refusals import (  # noqa: PLC0415
        CRASHED,
        CRASHED_NO_REPORT,
        cli_language,
        one_line,
        say,
    )

    kind = one_line(f"{type(error).__name__}: {error}", limit=200)
    try:
        line = say(CRASHED, (kind, write_crash_report(error, argv)), cli_language())
    except Exception as failure:  # noqa: BLE001 - even then: one line
        line = say(CRASHED_NO_REPORT, (kind, one_line(failure, 200)), cli_language())
    print(f"planner: {line}", file=sys.stderr)
    return EXIT_CRASH


def _database_url(args: argparse.Namespace) -> str | None:
    try:
        from planner.storage import resolve_url  # noqa: PLC0415

        return resolve_url(getattr(args, "database", None))
    except Exception:  # noqa: BLE001 - only for naming the server in a message
        return None


def _role_at(url: str) -> str | None:
    from planner.db import make_engine  # noqa: PLC0415
    from planner.sharing import server_role  # noqa: PLC0415

    try:
        engine = make_engine(url, connect_args={"connect_timeout": 5})
    except Exception:  # noqa: BLE001 - the refusal is then said without the role
        return None
    try:
        return server_role(engine)
    finally:
        engine.dispose()


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subparsers nowhere else
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _command_path(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """The subcommand words of ``argv`` ("cycle", "advance"), as the parser reads them."""
    path: list[str] = []
    choices = _subcommands(parser)
    for token in argv:
        if token in choices:
            path.append(token)
            choices = _subcommands(choices[token])
            if not choices:
                break
    return path


def command_paths(parser: argparse.ArgumentParser | None = None) -> list[tuple[str, ...]]:
    """Every command the CLI has, as its words (("assign",), ("cycle", "advance"), …): what a
    test walks to cover each command, new ones included."""
    found: list[tuple[str, ...]] = []

    def walk(node: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        children = _subcommands(node)
        if not children and prefix:
            found.append(prefix)
        for name, child in children.items():
            if child is not node:
                walk(child, (*prefix, name))

    walk(parser or build_parser(), ())
    return found
