"""Start-up of the bundled window (packaging/build) against the same program from its sources.

    python -m benchmarks.bundle [--runs 7] [--bundle dist/lab-planner] [--json OUT]

Each run is a fresh process, bundle and sources alternating, both on the same demo institute
and measured as benchmarks/startup.py measures (wall-clock from spawn to the first paint, and
to the first page's rows, printed by PLANNER_STARTUP_PROBE). The bundle unpacks nothing at
start (one folder), so the goal is to stay within 1.5 × the sources' first paint. Without a
built bundle the figure says so and is not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import percentile, print_figures, write_json
from benchmarks.startup import child_env, run_child

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "lab-planner"
RATIO_TARGET = 1.5


def _why_not_measurable(executable: Path) -> str | None:
    """Why the bundle cannot open a demo made by these sources, if it cannot."""
    if not executable.exists():
        return f"no {executable} (run packaging/build)"
    from planner.migrate import SCHEMA_HEAD

    shown = subprocess.run([str(executable), "--version"], capture_output=True, text=True)
    if f"Database schema {SCHEMA_HEAD}" not in shown.stdout:
        return f"{executable} is older than the sources (run packaging/build)"
    return None


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = parser.parse_args(argv)

    executable = args.bundle / ("planner.exe" if sys.platform == "win32" else "planner")
    stale = _why_not_measurable(executable)
    if stale:
        figures = [{"figure": f"bundled window first paint: not measured, {stale}", "met": None}]
        print(figures[0]["figure"])
        write_json(args.json, {"figures": figures})
        return {"figures": figures}

    from planner.demo.create import create_demo

    with tempfile.TemporaryDirectory(prefix="planner-bundle-") as folder:
        tmp = Path(folder)
        database = str(tmp / "demo.sqlite3")
        create_demo(database)
        env = child_env(tmp)
        # The bundle carries its own Python: nothing of the sources' environment may reach it.
        bundle_env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}
        source = [sys.executable, "-m", "lab_planner", "--database", database, "--lang", "ko"]
        bundled = [str(executable), "--database", database, "--lang", "ko"]
        for _warm_up in range(2):  # file cache and bytecode, not counted
            run_child(source, env)
            run_child(bundled, bundle_env)
        marks: dict[str, list[dict[str, float]]] = {"source": [], "bundle": []}
        for run in range(args.runs):
            marks["source"].append(run_child(source, env))
            marks["bundle"].append(run_child(bundled, bundle_env))
            print(
                f"run {run + 1}: sources {marks['source'][-1]['first-paint']:7.1f} ms   "
                f"bundle {marks['bundle'][-1]['first-paint']:7.1f} ms",
                file=sys.stderr,
            )

    def series(kind: str, mark: str) -> list[float]:
        return [m.get(mark, float("nan")) for m in marks[kind]]

    paint = {kind: statistics.median(series(kind, "first-paint")) for kind in marks}
    ready = {kind: statistics.median(series(kind, "ready")) for kind in marks}
    figures = [
        {
            "figure": "bundled window first paint (offscreen, demo)",
            "median": f"{paint['bundle']:.0f} ms",
            "p95": f"{percentile(series('bundle', 'first-paint'), 95):.0f} ms",
            "baseline": f"from the sources {paint['source']:.0f} ms",
            "ratio": f"{paint['bundle'] / paint['source']:.2f} ×",
            "target": f"≤ {RATIO_TARGET} × the sources",
            "met": paint["bundle"] <= RATIO_TARGET * paint["source"],
        },
        {
            "figure": "bundled window, first page with its rows",
            "median": f"{ready['bundle']:.0f} ms",
            "baseline": f"from the sources {ready['source']:.0f} ms",
            "ratio": f"{ready['bundle'] / ready['source']:.2f} ×",
            "met": None,
        },
    ]
    print_figures(figures)
    result = {
        "figures": figures,
        "runs": args.runs,
        "bundle": str(args.bundle),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "marks_ms": marks,
    }
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
    raise SystemExit(0)
