"""Benchmark of the desk auto-placement engine against a greedy snake fill.

    python3 -m benchmarks.placement [--quick] [--seeds 1 2 3] [--json OUT]

For each case and seed it generates a realistic institute (`layout_gen`: zones of 12-24
desks separated by corridors, rows and pods at 1.4-1.9 m pitch, teams of 3-25 with some
larger than any zone), seats it with the snake-fill baseline and with the engine, and
prints adjacent same-team pairs as a percentage of the bound sum(2s - ceil(2*sqrt(s))).
The engine gets 90 % of the case's time budget as its limit; "met" needs both the score
target and the whole run (construction, annealing, explanation) within the budget.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from planner.placement.desk import PlacementOptions, place_people
from planner.placement.desk.adjacency import neighbour_lists
from planner.placement.desk.baseline import snake_fill
from planner.placement.desk.explain import explain_teams
from planner.placement.desk.layout_gen import LayoutSpec, generate_desks, generate_people


@dataclass(frozen=True)
class Case:
    name: str
    people: int
    teams: int
    desks: int
    budget_s: float
    target: float


CASES = (
    Case("200 people / 20 teams / 240 desks", 200, 20, 240, 1.0, 97.0),
    Case("5,000 people / 400 teams / 6,000 desks", 5000, 400, 6000, 30.0, 95.0),
)


@dataclass(frozen=True)
class Row:
    case: str
    seed: int
    baseline_pct: float
    engine_pct: float
    target_pct: float
    seconds: float
    budget_s: float
    met: bool
    unplaced: int


def run_case(case: Case, seed: int) -> Row:
    desks = generate_desks(LayoutSpec(desks=case.desks), seed=seed)
    people = generate_people(case.people, case.teams, seed=seed)
    neighbours = neighbour_lists(desks, 2.0)
    baseline = explain_teams(desks, neighbours, people, snake_fill(desks, people))
    baseline_pct = 100.0 * sum(t.pairs for t in baseline) / sum(t.bound for t in baseline)

    started = time.perf_counter()
    result = place_people(
        desks, people, PlacementOptions(time_limit_s=0.9 * case.budget_s, seed=seed)
    )
    seconds = time.perf_counter() - started
    return Row(
        case=case.name,
        seed=seed,
        baseline_pct=round(baseline_pct, 2),
        engine_pct=round(result.score, 2),
        target_pct=case.target,
        seconds=round(seconds, 2),
        budget_s=case.budget_s,
        met=result.score >= case.target and seconds <= case.budget_s,
        unplaced=len(result.unplaced),
    )


def print_table(rows: list[Row]) -> None:
    header = (
        f"{'case':40} {'seed':>4} {'baseline %':>10} {'engine %':>9} {'target':>7} "
        f"{'seconds':>8} {'met':>4}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.case:40} {row.seed:>4} {row.baseline_pct:>10.2f} {row.engine_pct:>9.2f} "
            f"{row.target_pct:>6.0f}% {row.seconds:>5.2f}/{row.budget_s:<2.0f} "
            f"{'yes' if row.met else 'NO':>4}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        default=list(range(1, 11)),
        help="layout seeds for the 200-person case (default 1-10)",
    )
    parser.add_argument(
        "--large-seeds", type=int, nargs="+", default=[1], help="seeds for the 5,000 case"
    )
    parser.add_argument("--quick", action="store_true", help="skip the 5,000-person case")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args(argv)

    rows = [run_case(CASES[0], seed) for seed in args.seeds]
    if not args.quick:
        rows += [run_case(CASES[1], seed) for seed in args.large_seeds]
    print_table(rows)
    met = sum(row.met for row in rows)
    print(f"met on {met} of {len(rows)} runs")
    if args.json:
        document = {
            "python": sys.version.split()[0],
            "machine": platform.machine(),
            "rows": [asdict(row) for row in rows],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
