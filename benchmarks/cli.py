"""Cold command-line runs: each `planner …` a fresh process, as a script calling it runs it.

    python -m benchmarks.cli [--runs 11] [--json OUT]

Wall-clock from spawn to exit of ``python -m lab_planner ARGS`` (what the ``planner`` script
runs) next to ``python -c pass`` — the interpreter alone, the floor no command can go below —
measured alternately in the same run, so machine load weighs on both alike. Targets (issue
#23): ``--help`` ≤ 150 ms, ``info --json`` ≤ 300 ms, ``export agreement --lang both`` ≤ 600 ms
on the demo institute.

As an installed program does, the children keep compiled bytecode (in a temp folder, not
the sources') and their font cache (a temp user cache folder): two unmeasured runs fill both.
The agreement's first run with an empty font cache is given for information.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import percentile, print_figures, write_json

TARGETS_MS = {"help": 150.0, "info": 300.0, "agreement": 600.0}


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env["XDG_CACHE_HOME"] = str(tmp / "cache")
    env["XDG_DATA_HOME"] = str(tmp / "data")
    env.pop("PLANNER_DATABASE_URL", None)
    return env


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; a failing command stops the benchmark with its output."""
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[2:])} failed:\n{result.stdout}{result.stderr}")
    return seconds


def latest_year(database: Path, env: dict[str, str]) -> int:
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "lab_planner",
            "cycle",
            "list",
            "--json",
            "--database",
            str(database),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return max(cycle["year"] for cycle in json.loads(listed.stdout))


def figure(name: str, label: str, times: list[float], baseline: list[float]) -> dict:
    median, base = statistics.median(times), statistics.median(baseline)
    target = TARGETS_MS[name] / 1e3
    return {
        "figure": label,
        "median": f"{median * 1e3:.0f} ms",
        "p95": f"{percentile(times, 95) * 1e3:.0f} ms",
        "baseline": f"python -c pass {base * 1e3:.0f} ms",
        "ratio": f"{median / base:.2f} ×",
        "target": f"≤ {TARGETS_MS[name]:.0f} ms",
        "met": median <= target,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = parser.parse_args(argv)

    from planner.demo.create import create_demo

    with tempfile.TemporaryDirectory(prefix="planner-cli-") as folder:
        tmp = Path(folder)
        env = child_env(tmp)
        database = tmp / "demo.sqlite3"
        create_demo(database)
        year = latest_year(database, env)
        planner = [sys.executable, "-m", "lab_planner"]
        pdf = tmp / "agreement.pdf"
        commands = {
            "baseline": [sys.executable, "-c", "pass"],
            "help": [*planner, "--help"],
            "info": [*planner, "info", "--json", "--database", str(database)],
            "agreement": [
                *planner,
                "export",
                "agreement",
                "--year",
                str(year),
                "--lang",
                "both",
                "-o",
                str(pdf),
                "--database",
                str(database),
            ],
        }
        first_agreement = timed(commands["agreement"], env)  # bytecode and font cache empty
        for _warm_up in range(2):
            for command in commands.values():
                timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
            print(
                f"run {run + 1}: "
                + "  ".join(f"{name} {times[name][-1] * 1e3:6.0f} ms" for name in commands),
                file=sys.stderr,
            )

    baseline = times["baseline"]
    figures = [
        figure("help", "planner --help (fresh process)", times["help"], baseline),
        figure("info", "planner info --json, demo (fresh process)", times["info"], baseline),
        figure(
            "agreement",
            "planner export agreement --lang both, demo (fresh process)",
            times["agreement"],
            baseline,
        ),
        {
            "figure": "… its first run: bytecode and font cache empty (informative)",
            "median": f"{first_agreement * 1e3:.0f} ms",
            "met": None,
        },
    ]
    print_figures(figures)
    result = {
        "figures": figures,
        "runs": args.runs,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "seconds": {name: values for name, values in times.items()},
    }
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
    raise SystemExit(0)
