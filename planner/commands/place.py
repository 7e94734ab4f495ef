"""``planner place``: seat people at desks so that research teams sit together.

Standalone mode works on two CSV files and touches no database:

    planner place --desks desks.csv --people people.csv --json [--time-limit S] [--seed N]

Database mode (``--unseated``, ``--task``, ``--allow-moves``, ``--apply``) is parsed
already, but not wired yet. The engine and numpy-free helpers are imported inside
`run`, so registering the command costs nothing at start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from planner.cli import add_database_option

    parser = subparsers.add_parser(
        "place",
        help="auto-place people at desks so that research teams sit together",
        description="Auto-place people at free desks, each research team on adjacent desks.",
    )
    parser.add_argument(
        "--desks", type=Path, metavar="CSV", help="desks: code,floor,zone,x,y,kind,features"
    )
    parser.add_argument(
        "--people",
        type=Path,
        metavar="CSV",
        help="people: name_ko,name_en,email,organisation,role,task (with --desks: standalone mode)",
    )
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="S",
        help="seconds to improve (default: 1 per 200 people, 1-30)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="random seed of the improvement phase (default 0)"
    )
    parser.add_argument(
        "--adjacency-m",
        type=float,
        default=2.0,
        metavar="M",
        help="desks this close in one zone are neighbours (default 2.0)",
    )
    parser.add_argument(
        "--unseated", action="store_true", help="database mode: place everyone without a desk"
    )
    parser.add_argument("--task", metavar="CODE", help="only the members of this research task")
    parser.add_argument(
        "--allow-moves",
        type=int,
        default=0,
        metavar="N",
        help="at most N already-seated people may move",
    )
    parser.add_argument(
        "--apply", action="store_true", help="database mode: save the plan as assignments"
    )
    add_database_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.desks is None:
        print(
            "planner place: database mode is not available yet; use --desks FILE --people FILE",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.people is None:
        print("planner place: --desks needs --people FILE", file=sys.stderr)
        return EXIT_USAGE
    problem = _check_numbers(args)
    if problem:
        print(f"planner place: {problem}", file=sys.stderr)
        return EXIT_USAGE

    from planner.placement.desk import PlacementOptions, place_people
    from planner.placement.desk.csv_input import read_desks, read_people
    from planner.placement.desk.explain import summary_line

    try:
        desks = read_desks(args.desks)
        people = read_people(args.people)
        if args.task:
            people = [person for person in people if person.task == args.task]
        if args.unseated:
            people = [person for person in people if not person.current_desk]
        options = PlacementOptions(
            adjacency_m=args.adjacency_m,
            allow_moves=args.allow_moves,
            time_limit_s=args.time_limit
            if args.time_limit is not None
            else min(30.0, max(1.0, len(people) / 200)),
            seed=args.seed,
        )
        result = place_people(desks, people, options)
    except ValueError as error:
        print(f"planner place: {error}", file=sys.stderr)
        return EXIT_USAGE

    if args.json:
        document = {
            "assignments": [
                {"email": key, "desk": desk} for key, desk in result.assignments.items()
            ],
            "unplaced": [{"email": item.key, "reason": item.reason} for item in result.unplaced],
            "seconds": round(result.seconds, 3),
        }
        print(json.dumps(document, ensure_ascii=False))
        return 0
    for key, desk in result.assignments.items():
        print(f"{desk}\t{key}")
    for item in result.unplaced:
        print(f"-\t{item.key}\t{item.reason}")
    for team in result.teams:
        print(summary_line(team), file=sys.stderr)
    print(
        f"{result.pairs} of {result.bound} possible adjacent pairs ({result.score:.1f} %) "
        f"in {result.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


def _check_numbers(args: argparse.Namespace) -> str | None:
    if args.time_limit is not None and not args.time_limit >= 0:
        return "--time-limit must be 0 or more seconds"
    if not args.adjacency_m > 0:
        return "--adjacency-m must be more than 0"
    if args.allow_moves < 0:
        return "--allow-moves must be 0 or more"
    return None
