"""Benchmark of a floor's DXF import (issue #21): 40 rooms, 240 desk blocks, R2000 in CP949.

    python3 -m benchmarks.floor_import [--runs 5] [--json OUT]

Each run starts from a fresh SQLite file holding one empty floor and times the import as
``planner import floor`` runs it: read and check the file → lay it out → compare with the floor
→ write zones, desks and the vector background → commit. The median is compared with the 1 s
target and with a baseline measured in the same run on the same machine: ``ezdxf.readfile``
of the same file alone (parsing only), so a slow machine shows as a slow baseline, not as a
failed import.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.0


def _database(folder: Path, n: int):
    from planner.storage import open_database
    from tests.planner.factories import small_site

    db = open_database(folder / f"bench-{n}.sqlite3")
    with db.sessions() as session, session.begin():
        small = small_site(session, desks=0)
    return db, small.floor_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    import ezdxf

    from benchmarks.common import machine_details
    from benchmarks.figures import Figure, ms, times
    from planner.io.dxf_floor import read_dxf
    from planner.services.floor_import import import_floor
    from tests.planner.io.dxf_drawings import write_floor

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        drawing_path = folder / "floor.dxf"
        write_floor(drawing_path)
        imports, baselines, cpu = [], [], []
        for n in range(args.runs + 1):  # the first run warms imports and caches up
            db, floor_id = _database(folder, n)
            started, started_cpu = time.perf_counter(), time.process_time()
            with db.sessions() as session, session.begin():
                result = import_floor(session, floor_id, read_dxf(drawing_path))
            elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
            db.close()
            started = time.perf_counter()
            ezdxf.readfile(drawing_path)
            baseline = time.perf_counter() - started
            if n:
                imports.append(elapsed)
                cpu.append(elapsed_cpu)
                baselines.append(baseline)
        counts = result.plan.counts
    median, base = statistics.median(imports), statistics.median(baselines)
    print(f"floor import: {counts['zones']} zones, {counts['desks']} desks, {args.runs} runs")
    print(f"{'':28}{'median':>10}{'p95':>10}")
    print(f"{'import (read → commit)':28}{ms(median):>10}{ms(max(imports)):>10}"
          f"   cpu {ms(statistics.median(cpu))}")
    print(f"{'baseline: ezdxf.readfile':28}{ms(base):>10}{ms(max(baselines)):>10}")
    print(f"ratio {median / base:.2f} ×; target < {TARGET_S:g} s: "
          f"{'met' if median < TARGET_S else 'NOT met'}")
    figure = Figure(
        "floor_import",
        "DXF floor, 40 rooms + 240 desks (read → commit)",
        ms(median),
        ms(sorted(imports)[min(len(imports) - 1, round(0.95 * (len(imports) - 1)))]),
        "",
        ms(base),
        times(median / base),
        f"< {ms(TARGET_S)}",
        median < TARGET_S,
    )
    document = {
        "machine": machine_details(),
        "import_s": imports,
        "baseline_readfile_s": baselines,
        "cpu_s": cpu,
        "figures": [figure.as_json()],
    }
    if args.json:
        args.json.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
