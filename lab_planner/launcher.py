"""``planner``: the window when no subcommand is given, otherwise the headless CLI.

The CLI (:func:`planner.cli.main`) parses the arguments and guards every run with its exit
codes; this module only adds the window's options and the way to open it, importing Qt in that
branch alone so that the subcommands never pay for it.
"""

from __future__ import annotations

import argparse
import time

# The start-up probe (PLANNER_STARTUP_PROBE, benchmarks/startup.py) reports first paint and
# first rows in milliseconds since the program started, i.e. since this module was imported.
STARTED_AT = time.perf_counter()


def add_window_options(parser: argparse.ArgumentParser) -> None:
    window = parser.add_argument_group("the window (planner without a command)")
    window.add_argument("--demo", action="store_true", help="open the window on the demo institute")
    window.add_argument(
        "--lang",
        choices=["ko", "en"],
        help="language of the window (default: saved setting, Korean)",
    )


def open_window(args: argparse.Namespace) -> int:
    from ui.app import run_window  # noqa: PLC0415 - Qt only when a window is wanted

    return run_window(database=args.database, demo=args.demo, lang=args.lang, started_at=STARTED_AT)


def main(argv: list[str] | None = None) -> int:
    from planner.cli import Frontend
    from planner.cli import main as run_cli

    return run_cli(argv, Frontend(add_arguments=add_window_options, run=open_window))
