"""Start-up time of the window: time to first paint against a bare PySide6 window.

    python3 -m benchmarks.startup [--runs 7] [--database PATH] [--lang ko] [--json OUT]

Each run is a fresh process; bare and real runs alternate so that machine load affects both
alike. The time is wall-clock from process spawn to the line the child prints in its first
paint event (interpreter start and imports included): the bare window prints it from a
QLabel's paintEvent; the real program (``python -m lab_planner --database …``, which is what
``planner`` runs, with PLANNER_STARTUP_PROBE=1) prints ``first-paint`` from the main window's first paintEvent and
then ``ready`` once the first page shows its rows. Goals: first paint ≤ bare + 250 ms; the
first page with its rows (``ready``) ≤ bare + 250 ms on the demo institute and ≤ bare + 600 ms
on a 10,000-desk campus (``--campus-scale``, 0 to leave it out).
The children's settings go to a temporary folder, so the user's saved page and language do
not change what is measured. Without a database, a demo institute is built in a temp folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MS = 250.0
READY_BUDGET_MS = 250.0  # the demo institute's first page with its rows
CAMPUS_READY_BUDGET_MS = 600.0  # the same on a 10,000-desk campus

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])

class Label(QLabel):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)

label = Label("Lab Planner")
label.resize(400, 200)
label.show()
app.exec()
"""


def run_child(command: list[str], env: dict[str, str], timeout: float = 60.0) -> dict[str, float]:
    """Spawn ``command``; returns ms since spawn at which each marker line appeared."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    marks: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split()[0] if line.split() else ""
        if word in ("first-paint", "ready"):
            marks[word] = 1000 * (time.perf_counter() - started)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    if "first-paint" not in marks:
        raise RuntimeError(
            f"{command[:3]} never painted:\n{process.stderr.read() if process.stderr else ''}"
        )
    return marks


def child_env(tmp_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp_dir / "config")  # QSettings of the children
    # An installed program has its bytecode compiled; without this, every run would compile
    # the sources (PYTHONDONTWRITEBYTECODE in some environments). The cache stays in tmp.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_dir / "pycache")
    env["PLANNER_STARTUP_PROBE"] = "1"
    if "DISPLAY" not in env and "WAYLAND_DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", help="SQLite file to open (default: a fresh demo institute)")
    parser.add_argument("--lang", default="ko", choices=["ko", "en"])
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    parser.add_argument(
        "--campus-scale",
        type=int,
        default=10_000,
        help="desks of the campus whose first page is timed too (0: leave it out)",
    )
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="planner-startup-") as tmp:
        tmp_dir = Path(tmp)
        database = args.database
        if database is None:
            from planner.demo.create import create_demo

            database = str(tmp_dir / "demo.sqlite3")
            create_demo(database)
        env = child_env(tmp_dir)
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        real_cmd = [
            sys.executable,
            "-m",
            "lab_planner",
            "--database",
            database,
            "--lang",
            args.lang,
        ]

        for _warm_up in range(2):  # file cache and bytecode for both, not counted
            run_child(bare_cmd, env)
            run_child(real_cmd, env)
        campus_cmd = None
        if args.campus_scale:
            from planner.demo.create import create_demo

            campus = str(tmp_dir / "campus.sqlite3")
            create_demo(campus, scale=args.campus_scale)
            campus_cmd = [*real_cmd[:4], campus, *real_cmd[5:]]
            run_child(campus_cmd, env)  # warm-up
        bare, real_paint, real_ready, campus_ready = [], [], [], []
        for i in range(args.runs):
            bare.append(run_child(bare_cmd, env)["first-paint"])
            marks = run_child(real_cmd, env)
            real_paint.append(marks["first-paint"])
            real_ready.append(marks.get("ready", float("nan")))
            if campus_cmd is not None:
                campus_ready.append(run_child(campus_cmd, env).get("ready", float("nan")))
            print(
                f"run {i + 1}: bare {bare[-1]:7.1f} ms   window first paint "
                f"{real_paint[-1]:7.1f} ms   rows shown {real_ready[-1]:7.1f} ms"
                + (f"   campus rows shown {campus_ready[-1]:7.1f} ms" if campus_ready else ""),
                file=sys.stderr,
            )

    result = {
        "runs": args.runs,
        "platform": os.environ.get("QT_QPA_PLATFORM")
        or ("xcb" if "DISPLAY" in os.environ else "offscreen"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        # Other work on the machine shifts both medians; the figures mean little above ~1.
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "bare_first_paint_ms": bare,
        "window_first_paint_ms": real_paint,
        "window_ready_ms": real_ready,
        "bare_median_ms": statistics.median(bare),
        "window_median_ms": statistics.median(real_paint),
        "ready_median_ms": statistics.median(real_ready),
    }
    result["difference_ms"] = result["window_median_ms"] - result["bare_median_ms"]
    result["budget_ms"] = BUDGET_MS
    result["within_budget"] = result["difference_ms"] <= BUDGET_MS
    result["ready_budget_ms"] = READY_BUDGET_MS
    result["ready_within_budget"] = (
        result["ready_median_ms"] - result["bare_median_ms"] <= READY_BUDGET_MS
    )
    if campus_ready:
        result["campus_scale"] = args.campus_scale
        result["campus_ready_ms"] = campus_ready
        result["campus_ready_median_ms"] = statistics.median(campus_ready)
        result["campus_ready_budget_ms"] = CAMPUS_READY_BUDGET_MS
        result["campus_ready_within_budget"] = (
            result["campus_ready_median_ms"] - result["bare_median_ms"] <= CAMPUS_READY_BUDGET_MS
        )
    print(f"bare PySide6 window, first paint   median {result['bare_median_ms']:7.1f} ms")
    print(f"Lab Planner window, first paint    median {result['window_median_ms']:7.1f} ms")
    print(
        f"difference                                {result['difference_ms']:+7.1f} ms "
        f"({'within' if result['within_budget'] else 'OVER'} the {BUDGET_MS:.0f} ms budget)"
    )
    print(
        f"Lab Planner, first page with rows  median {result['ready_median_ms']:7.1f} ms "
        f"({'within' if result['ready_within_budget'] else 'OVER'} bare + "
        f"{READY_BUDGET_MS:.0f} ms)"
    )
    if campus_ready:
        print(
            f"{args.campus_scale:,}-desk campus, rows  median "
            f"{result['campus_ready_median_ms']:7.1f} ms "
            f"({'within' if result['campus_ready_within_budget'] else 'OVER'} bare + "
            f"{CAMPUS_READY_BUDGET_MS:.0f} ms)"
        )
    print(f"load average (1 min) before/after: {result['load_average_1min']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    met = result["within_budget"] and result["ready_within_budget"]
    return 0 if met and result.get("campus_ready_within_budget", True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
