"""Proven lower bounds for the public OSA instances, computed once and kept in osa_bounds.json.

    python3 -m benchmarks.osa_bounds [--instances DIR] [--only NAME ...] [--iterations N]

A solver's objective means little without a bound that no allocation can beat: the OSA
benchmark prints, next to each result, the best proven bound and the gap
``(result − bound) / result``.  Two kinds of bound are kept per instance, each with how it was
obtained:

- ``lagrangian``: computed here by :mod:`planner.placement.osa.bound` (a Lagrangian relaxation
  whose room subproblems are solved exactly), with its iterations, seconds and date;
- ``cpsat``: OR-Tools CP-SAT's own best bound as published beside the instances
  (../shared/benchmarks/osa/README.md: 2 workers, the time stated), or its proof of optimality.

The bound used is the larger of the two.  Computing takes minutes (several hundred exact knapsack
passes per instance), so it is not part of ``python -m benchmarks``; the file records the
instance's sha256 and the benchmark refuses a stored bound for a file that has changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from planner.placement.osa.bound import lower_bound
from planner.placement.osa.instance import load_instance

BOUNDS_FILE = Path(__file__).resolve().parent / "osa_bounds.json"

# CP-SAT 9.15, 2 workers, on a 2-core machine, as published with the instances.
PUBLISHED_CPSAT = {
    "nott1d": {"bound": 201.55, "how": "CP-SAT 9.15, proven optimal in ~16 s"},
    "nott1e": {"bound": 177.7, "how": "CP-SAT 9.15, proven optimal in ~26 s"},
    "nott1b": {"bound": 88.65, "how": "CP-SAT 9.15 best bound after 240 s"},
    "nott1c": {"bound": 173.5, "how": "CP-SAT 9.15 best bound after 240 s"},
    "s000_v000": {"bound": 0.0, "how": "CP-SAT 9.15 best bound after 120 s"},
    "s100_v100": {"bound": 78.6, "how": "CP-SAT 9.15 best bound after 120 s"},
    "p000_n000": {"bound": 0.0, "how": "CP-SAT 9.15 best bound after 120 s"},
}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_bounds(path: Path = BOUNDS_FILE) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def best_bound(name: str, instance_file: Path, bounds: dict[str, dict]) -> tuple[float, str] | None:
    """(bound, how it was obtained) for an instance, or None when none is known for this file."""
    entry = bounds.get(name)
    if entry is None or entry.get("instance_sha256") != sha256_of(instance_file):
        return None
    candidates = [(entry["cpsat"]["bound"], entry["cpsat"]["how"])]
    if "lagrangian" in entry:
        lagrangian = entry["lagrangian"]
        candidates.append(
            (lagrangian["bound"], f"Lagrangian relaxation, {lagrangian['iterations']} iterations "
             f"in {lagrangian['seconds']:.0f} s ({lagrangian['computed']})")
        )
    return max(candidates, key=lambda c: c[0])


def main(argv: list[str] | None = None) -> int:
    from benchmarks.osa import CASES, DEFAULT_INSTANCES  # noqa: PLC0415 - osa reads this module

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instances", type=Path, default=DEFAULT_INSTANCES, metavar="DIR")
    parser.add_argument("--only", nargs="+", metavar="NAME")
    parser.add_argument("--iterations", type=int, default=800)
    parser.add_argument("--seconds", type=float, default=600.0, help="per instance")
    args = parser.parse_args(argv)
    bounds = stored_bounds()
    for case in CASES:
        if args.only and case.name not in args.only:
            continue
        path = args.instances / f"{case.name}.txt"
        result = lower_bound(load_instance(path), target=case.reference, iterations=args.iterations,
                             seconds=args.seconds)
        bounds[case.name] = {
            "instance_sha256": sha256_of(path),
            "lagrangian": {
                "bound": round(result.bound, 4),
                "iterations": result.iterations,
                "seconds": round(result.seconds, 1),
                "computed": dt.date.today().isoformat(),
                "method": result.method,
            },
            "cpsat": PUBLISHED_CPSAT[case.name],
        }
        print(f"{case.name}: Lagrangian bound {result.bound:.4f} after {result.iterations} "
              f"iterations in {result.seconds:.0f} s; CP-SAT's {PUBLISHED_CPSAT[case.name]['bound']}",
              file=sys.stderr, flush=True)
        BOUNDS_FILE.write_text(json.dumps(bounds, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
