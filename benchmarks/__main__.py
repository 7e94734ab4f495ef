"""Every performance figure of the project in one command.

    python -m benchmarks [--quick] [--only NAME …] [--json OUT] [--markdown OUT]

Runs each benchmark script in its own process (so its peak memory is its own, read from the
kernel when it ends), shows the script's own table as it goes, then ONE table of every figure:
median, p95, peak memory, the baseline measured in the same run, the ratio to it, the target
and whether it is met (✔/✘). The same rows, with the machine they were taken on and each
script's own document, go to the JSON file (default benchmarks/results/latest.json).

``--quick`` skips the long runs (the OSA instances, the 5,000-person placement, most repeats);
the default runs everything, which takes a quarter of an hour.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine_details
from benchmarks.figures import Figure, figures_of, format_table, markdown_table

SCRIPTS = (
    "startup", "bundle", "cli", "floorplan", "placement", "osa", "pdf", "spreadsheets", "db", "load",
    "floor_import",
)
QUICK_ARGUMENTS = {
    "startup": ["--runs", "3"],
    "cli": ["--runs", "3"],
    "bundle": ["--runs", "3"],
    "placement": ["--quick", "--seeds", "1", "2", "3"],
    "pdf": ["--quick"],
    "spreadsheets": ["--runs", "1"],
    "db": ["--quick"],
    "load": ["--ops", "100"],
    "floor_import": ["--runs", "3"],
}
SKIPPED_WHEN_QUICK = ("osa",)  # minutes of solver time per instance
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "latest.json"  # git ignores results/


def run_script(name: str, arguments: list[str], out: Path) -> tuple[int, float, float | None]:
    """(exit code, seconds, peak RSS in MB) of one script run in a child process."""
    command = [sys.executable, "-m", f"benchmarks.{name}", "--json", str(out), *arguments]
    print(f"\n=== {name}: {' '.join(command[2:])}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command)
    # wait4 gives this child's own resource usage, so each script's peak memory stays apart.
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, time.perf_counter() - started, usage.ru_maxrss / 1024.0


def collect(names: list[str], quick: bool) -> tuple[list[Figure], dict[str, dict]]:
    figures: list[Figure] = []
    documents: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="planner-benchmarks-") as tmp:
        for name in names:
            out = Path(tmp) / f"{name}.json"
            code, seconds, peak = run_script(
                name, QUICK_ARGUMENTS.get(name, []) if quick else [], out
            )
            document = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
            documents[name] = {
                "exit_code": code,
                "seconds": round(seconds, 1),
                "peak_memory_mb": round(peak, 1) if peak else None,
                "document": document,
            }
            rows = figures_of(name, document, peak)
            if not rows or (code != 0 and document is None):
                rows.append(Figure(name, f"(the script failed: exit code {code})", met=False))
            figures += rows
    return figures, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="skip the long runs (OSA), fewer repeats"
    )
    parser.add_argument(
        "--only", nargs="+", choices=SCRIPTS, metavar="NAME", help=f"some of: {', '.join(SCRIPTS)}"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=DEFAULT_JSON,
        metavar="OUT",
        help="where the figures go as JSON (default benchmarks/results/latest.json)",
    )
    parser.add_argument(
        "--markdown", type=Path, metavar="OUT", help="also write the table as Markdown"
    )
    args = parser.parse_args(argv)
    names = [
        n
        for n in SCRIPTS
        if (not args.only or n in args.only)
        and not (args.quick and n in SKIPPED_WHEN_QUICK and not args.only)
    ]
    started = dt.datetime.now(dt.UTC)
    figures, documents = collect(names, args.quick)
    finished = dt.datetime.now(dt.UTC)
    machine = machine_details()

    print(
        f"\n=== every figure — {machine['summary']}, {finished:%Y-%m-%d %H:%M} UTC"
        f"{' (quick)' if args.quick else ''}"
    )
    print(format_table(figures))
    targeted = [f for f in figures if f.met is not None]
    print(f"{sum(bool(f.met) for f in targeted)} of {len(targeted)} targets met")
    payload = {
        "machine": machine,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "quick": args.quick,
        "figures": [f.as_json() for f in figures],
        "scripts": documents,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    if args.markdown:
        args.markdown.write_text(markdown_table(figures) + "\n", encoding="utf-8")
    return 0 if all(f.met for f in targeted) else 1


if __name__ == "__main__":
    raise SystemExit(main())
