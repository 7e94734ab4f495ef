"""Shared helpers for the benchmark scripts: timing, statistics, tables, JSON output."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def measure(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "n": len(values)}


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_details() -> dict:
    """What a figure was measured on: CPU model, cores, load, Python, Qt."""
    import os

    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        qt = "no Qt"
    details = {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "qt": qt,
        "system": f"{platform.system()} {platform.release()}",
    }
    details["summary"] = (f"{details['cpu']}, {details['cores']} cores, Python {details['python']}, "
                          f"{qt}, load {details['load_average'][0]}")
    return details


def print_table(rows: list[dict], columns: list[str]) -> None:
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True)))


def print_figures(figures: list[dict]) -> None:
    """A script's figures (the rows of ``python -m benchmarks``'s table) as a table."""
    print_table(
        [{**f, "met": {None: "", True: "✔", False: "✘"}[f.get("met")]} for f in figures],
        ["figure", "median", "p95", "baseline", "ratio", "target", "met"],
    )


def write_json(path: str | Path | None, payload: dict) -> None:
    if path:
        Path(path).write_text(json.dumps({"machine": machine(), **payload}, indent=2, ensure_ascii=False))
