"""Running one reader on one hostile file in a child process held to 1 GB and 10 seconds.

The child limits its own address space (RLIMIT_AS) before importing anything, reads the file
with the reader named, and prints one JSON line: what happened ("read" or "refused" with the
message), how long it took, and the peak resident memory of itself and of any process it
started (the workbook reader runs in one). A reader that crashes, exceeds the limit or hangs
fails the test that asked, with what the child printed.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 2**30  # 1 GB: the bar of issue #16
TIME_LIMIT_S = 10.0

_CHILD = r"""
import json, resource, sys, time
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
reader, path = sys.argv[1], sys.argv[2]
started = time.monotonic()
from planner.errors import PlannerError
try:
    if reader == "table":
        from planner.io.read_table import read_table
        table = read_table(path)
        answer = {"outcome": "read", "headers": list(table.headers),
                  "rows": [[repr(c) for c in row.cells] for row in table.rows[:5]],
                  "row_count": len(table.rows), "sheet": table.sheet}
    elif reader == "sheets":
        from planner.io.read_table import list_sheets
        answer = {"outcome": "read", "sheets": [c.name for c in list_sheets(path)]}
    elif reader == "background":
        from planner.services.background_files import inspect_background
        with open(path, "rb") as handle:
            facts = inspect_background(handle.read())
        answer = {"outcome": "read", "media_type": facts.media_type,
                  "size": [facts.width, facts.height]}
    elif reader == "dxf":
        from planner.io.dxf_floor import read_dxf
        from planner.io.dxf_layout import LayoutChoice, lay_out
        from pathlib import Path
        layout = lay_out(read_dxf(Path(path)), LayoutChoice())
        answer = {"outcome": "read", "zones": len(layout.zones), "desks": len(layout.desks)}
    elif reader == "render":
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication([])
        from ui.floorplan.background_image import decode
        with open(path, "rb") as handle:
            data = handle.read()
        decoded = decode(data, sys.argv[4])
        answer = {"outcome": "read" if decoded else "refused", "message": "not drawable",
                  "size": [decoded[0].width(), decoded[0].height()] if decoded else None}
    else:
        raise SystemExit(f"unknown reader {reader}")
except PlannerError as error:
    answer = {"outcome": "refused", "message": str(error), "kind": type(error).__name__}
answer["seconds"] = time.monotonic() - started
# VmHWM is this process's own peak (ru_maxrss would carry the test runner's from before exec);
# a child's ru_maxrss is an upper bound of its peak (it counts this process's size at fork).
with open("/proc/self/status") as status:
    own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
answer["peak_kb"] = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps(answer))
"""


@dataclass(frozen=True)
class Outcome:
    outcome: str  # "read" or "refused"
    message: str
    seconds: float
    peak_mb: float
    answer: dict


def run_reader(
    reader: str, path: Path, *extra: str, address_space: int = MEMORY_LIMIT
) -> Outcome:
    """The reader's verdict on ``path``, asserting the limits on the way.

    ``address_space`` bounds the child's virtual memory; QtPdf (pdfium) reserves gigabytes
    of addresses it never touches and stops at once under 1 GB, so its readers get more room
    while their resident peak is still held to MEMORY_LIMIT below."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    before = folder_state(path.parent)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, reader, str(path), str(address_space), *extra],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT_S + 5,  # the child's own start-up is not the reader's time
            env=env,
            cwd=path.parent,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(
            f"{reader} on {path.name}: no answer within {TIME_LIMIT_S} s"
        ) from None
    assert done.returncode == 0, (
        f"{reader} on {path.name} ended with {done.returncode}:\n{done.stderr[-3000:]}"
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["seconds"] <= TIME_LIMIT_S, f"{path.name}: {answer['seconds']:.1f} s"
    peak_mb = answer["peak_kb"] / 1024
    assert peak_mb <= MEMORY_LIMIT / 2**20, f"{path.name}: peak {peak_mb:.0f} MB"
    assert folder_state(path.parent) == before, f"reading {path.name} wrote beside it"
    return Outcome(answer["outcome"], answer.get("message", ""), answer["seconds"], peak_mb, answer)


def folder_state(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file in ``folder`` with its size, modification time and (small files) digest."""
    state = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_file():
            stat = entry.stat()
            digest = hashlib.sha256(entry.read_bytes()).hexdigest() if stat.st_size < 2**24 else ""
            state[entry.name] = (stat.st_size, stat.st_mtime_ns, digest)
    return state
