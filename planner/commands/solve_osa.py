"""``planner solve-osa FILE``: solve a zone-level office-space-allocation instance.

Reads the public OSA text format (see :mod:`planner.placement.osa.instance`), searches for
``--time-limit`` seconds and prints the best assignment.  Ctrl-C stops the search early and still
prints the best assignment found so far.  The solver is imported inside :func:`run` so that
registering the command costs nothing at start-up.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

EXIT_BAD_INPUT = 2


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "solve-osa",
        help="solve an office-space-allocation instance (text format of the public benchmarks)",
    )
    parser.add_argument("file", metavar="FILE", help="instance file")
    parser.add_argument("--time-limit", type=_seconds, default=60.0, metavar="SECONDS",
                        help="search time (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--json", action="store_true",
                        help="print {objective, feasible, assignment, seconds} as JSON")
    parser.set_defaults(func=run)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds >= 0: {text}")
    return value


def run(args: argparse.Namespace) -> int:
    from planner.placement.osa.instance import OsaFormatError, load_instance
    from planner.placement.osa.solver import solve

    try:
        instance = load_instance(args.file)
    except OsaFormatError as error:
        print(f"planner solve-osa: {args.file}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with _interrupt_flag() as interrupted:
        solution = solve(instance, args.time_limit, seed=args.seed, cancel=interrupted.is_set)
    if args.json:
        print(json.dumps({
            "objective": solution.objective,
            "feasible": solution.feasible,
            "assignment": list(solution.assignment),
            "seconds": round(solution.seconds, 3),
        }))
    else:
        state = "feasible" if solution.feasible else (
            f"INFEASIBLE ({solution.hard_violations} hard constraints violated)")
        print(f"{instance.name}: objective {solution.objective:g}, {state}; "
              f"{len(instance.entities)} entities in {len(instance.rooms)} rooms; "
              f"{solution.seconds:.1f} s, stopped by {solution.stopped_by}")
    return 0


class _interrupt_flag:
    """Turn Ctrl-C into a cancel request while solving (main thread only; elsewhere a no-op)."""

    def __enter__(self) -> threading.Event:
        self.event = threading.Event()
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, lambda *_: self.event.set())
        return self.event

    def __exit__(self, *exc_info: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
