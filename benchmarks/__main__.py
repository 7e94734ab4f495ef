"""Every performance figure of the project in one command.

    python -m benchmarks [--quick] [--only NAME …] [--json OUT]

Runs each benchmark script in its own process (so peak memory is its own), shows its table,
then a summary of every figure that has a target: met or not. The JSON holds each script's
own JSON document under its name.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, print_table

SCRIPTS = {
    "startup": ["benchmarks.startup"],
    "floorplan": ["benchmarks.floorplan"],
    "placement": ["benchmarks.placement"],
    "osa": ["benchmarks.osa"],
    "pdf": ["benchmarks.pdf"],
    "spreadsheets": ["benchmarks.spreadsheets"],
    "db": ["benchmarks.db"],
}
QUICK = {"placement": ["--quick"], "pdf": ["--quick"], "spreadsheets": ["--runs", "1"], "db": ["--commits", "500"]}
LABELS = ("figure", "measure", "case", "instance", "name", "file", "what")


def _targets(document: object, found: list[dict], context: str = "") -> None:
    """Every dict in the document that says whether a target was met."""
    if isinstance(document, dict):
        if "met" in document and document["met"] not in ("", None):
            label = next((str(document[k]) for k in LABELS if k in document), context)
            found.append({"figure": label, "met": document["met"]})
        for key, value in document.items():
            _targets(value, found, context or str(key))
    elif isinstance(document, list):
        for item in document:
            _targets(item, found, context)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and the smaller cases only")
    parser.add_argument("--only", nargs="+", choices=sorted(SCRIPTS), metavar="NAME")
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    results: dict[str, object] = {}
    summary: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, module in SCRIPTS.items():
            if args.only and name not in args.only:
                continue
            out = Path(tmp) / f"{name}.json"
            command = [sys.executable, "-m", *module, "--json", str(out), *(QUICK.get(name, []) if args.quick else [])]
            print(f"\n=== {name}: {' '.join(command[2:])}", flush=True)
            started = time.perf_counter()
            code = subprocess.call(command)
            seconds = time.perf_counter() - started
            document = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
            results[name] = {"exit_code": code, "seconds": round(seconds, 1), "figures": document}
            found: list[dict] = []
            _targets(document, found)
            if code != 0 and not found:
                found.append({"figure": f"(exit code {code})", "met": False})
            for item in found:
                met = item["met"]
                summary.append({"benchmark": name, "figure": item["figure"],
                                "met": "yes" if met in (True, "yes") else "no"})
    print(f"\n=== summary ({machine()})")
    print_table(summary, ["benchmark", "figure", "met"])
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "benchmarks": results, "summary": summary},
                                        indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if all(row["met"] == "yes" for row in summary) else 1


if __name__ == "__main__":
    raise SystemExit(main())
