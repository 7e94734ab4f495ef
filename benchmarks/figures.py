"""One row per figure, whatever script measured it: the summary table of ``python -m benchmarks``.

Each benchmark script writes its own JSON document (its shape suits what it measures); the
readers below turn each into :class:`Figure` rows with the same columns. A script whose
document has a ``figures`` list of such rows already (benchmarks/db.py) needs no reader; a
document a reader does not understand (someone changed the script) still yields every entry
that says whether a target was met, so no figure silently drops out of the summary.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass

COLUMNS = (
    "benchmark",
    "figure",
    "median",
    "p95",
    "peak memory",
    "baseline",
    "ratio",
    "target",
    "met",
)
MET, NOT_MET = "✔", "✘"


@dataclass
class Figure:
    benchmark: str
    figure: str
    median: str = ""
    p95: str = ""
    peak_memory: str = ""
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None  # None: a figure for information, without a target

    def cells(self) -> dict[str, str]:
        mark = "" if self.met is None else (MET if self.met else NOT_MET)
        values = asdict(self) | {"met": mark, "peak memory": self.peak_memory}
        return {column: str(values.get(column, "")) for column in COLUMNS}

    def as_json(self) -> dict:
        return asdict(self)


def ms(seconds: float | None) -> str:
    return (
        "" if seconds is None else f"{seconds * 1e3:.3g} ms" if seconds < 1 else f"{seconds:.2f} s"
    )


def mb(value: float | None) -> str:
    return "" if value is None else f"{value:.0f} MB"


def times(value: float | None) -> str:
    return "" if value is None else f"{value:.2f} ×"


def _p95(values: list[float]) -> float:
    ordered = sorted(v for v in values if v == v)  # NaN (a run without the mark) left out
    return (
        ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        if ordered
        else float("nan")
    )


def startup(doc: dict) -> list[Figure]:
    window, bare = doc["window_median_ms"] / 1e3, doc["bare_median_ms"] / 1e3
    return [
        Figure(
            "startup",
            "window first paint (offscreen, demo)",
            ms(window),
            ms(_p95(doc["window_first_paint_ms"]) / 1e3),
            baseline=f"bare PySide6 window {ms(bare)}",
            ratio=times(window / bare),
            target=f"≤ bare + {doc['budget_ms']:.0f} ms",
            met=bool(doc["within_budget"]),
        ),
        Figure(
            "startup",
            "first page with its rows (demo)",
            ms(doc["ready_median_ms"] / 1e3),
            ms(_p95(doc["window_ready_ms"]) / 1e3),
            baseline=f"bare PySide6 window {ms(bare)}",
            ratio=times(doc["ready_median_ms"] / 1e3 / bare),
            target=f"≤ bare + {doc.get('ready_budget_ms', 250):.0f} ms",
            met=doc.get("ready_within_budget"),
        ),
    ] + (
        [
            Figure(
                "startup",
                f"first page with its rows ({doc['campus_scale']:,}-desk campus)",
                ms(doc["campus_ready_median_ms"] / 1e3),
                ms(_p95(doc["campus_ready_ms"]) / 1e3),
                baseline=f"bare PySide6 window {ms(bare)}",
                ratio=times(doc["campus_ready_median_ms"] / 1e3 / bare),
                target=f"≤ bare + {doc['campus_ready_budget_ms']:.0f} ms",
                met=bool(doc["campus_ready_within_budget"]),
            )
        ]
        if "campus_ready_median_ms" in doc
        else []
    )


# (label, key of the median column, key of the p95 column, key the target applies to, scale
# to seconds, target as shown)
FLOORPLAN = (
    ("build the scene, 50,000 desks (best of 3)", "build_s", None, "build_s", 1.0, "≤ 0.5 s"),
    ("fit-all frame, 50,000 desks", "fit_ms", None, "fit_ms", 1e-3, "≤ 16 ms"),
    (
        "pan at 1:1, frame (target on p95)",
        "pan_median_ms",
        "pan_p95_ms",
        "pan_p95_ms",
        1e-3,
        "p95 ≤ 8 ms",
    ),
    ("hit test of a click (mean)", "hit_ms", None, "hit_ms", 1e-3, "≤ 1 ms"),
)


def floorplan(doc: dict) -> list[Figure]:
    mine, base, targets = doc["batched"], doc["rects"], doc["targets"]
    rows = []
    for label, median_key, p95_key, target_key, scale, target in FLOORPLAN:
        value, baseline = mine[target_key] * scale, base.get(target_key)
        baseline = baseline * scale if baseline is not None else None
        rows.append(
            Figure(
                "floorplan",
                label,
                ms(mine[median_key] * scale),
                ms(mine[p95_key] * scale) if p95_key else "",
                peak_memory=mb(mine.get("rss_peak_mb")),
                baseline=f"QGraphicsRectItem {ms(baseline)}" if baseline is not None else "",
                ratio=times(value / baseline) if baseline else "",
                target=target,
                met=mine[target_key] <= targets[target_key],
            )
        )
    for label, page, limit in (
        ("FloorPage, campus", doc["page_campus"], 400.0),
        ("FloorPage, demo institute", doc["page_demo"], 200.0),
    ):
        rows.append(
            Figure(
                "floorplan",
                f"peak RSS, {label}",
                mb(page["rss_peak_mb"]),
                peak_memory=mb(page["rss_peak_mb"]),
                target=f"≤ {limit:.0f} MB",
                met=page["rss_peak_mb"] <= limit,
            )
        )
    return rows


def placement(doc: dict) -> list[Figure]:
    by_case: dict[str, list[dict]] = {}
    for row in doc["rows"]:
        by_case.setdefault(row["case"], []).append(row)
    figures = []
    for case, rows in by_case.items():
        scores = [r["engine_pct"] for r in rows]
        seconds = [r["seconds"] for r in rows]
        met = sum(bool(r["met"]) for r in rows)
        figures.append(
            Figure(
                "placement",
                f"{case} ({len(rows)} seed{'s' if len(rows) > 1 else ''})",
                f"{statistics.median(scores):.1f} % in {statistics.median(seconds):.1f} s",
                f"worst {min(scores):.1f} % / {max(seconds):.1f} s",
                baseline=f"snake fill {statistics.median(r['baseline_pct'] for r in rows):.1f} %",
                target=f"≥ {rows[0]['target_pct']:g} % in {rows[0]['budget_s']:g} s ({met} of {len(rows)})",
                met=met == len(rows),
            )
        )
    return figures


def osa(doc: dict) -> list[Figure]:
    by_instance: dict[str, list[dict]] = {}
    for row in doc["rows"]:
        by_instance.setdefault(row["instance"], []).append(row)
    figures = []
    for name, rows in by_instance.items():
        objectives = [r["objective"] for r in rows]
        met = sum(bool(r["met"]) for r in rows)
        greedy = rows[0]["greedy_objective"]
        figures.append(
            Figure(
                "osa",
                f"zone allocation {name}",
                f"{statistics.median(objectives):g} in {statistics.median(r['seconds'] for r in rows):.0f} s",
                f"worst {max(objectives):g}" if len(rows) > 1 else "",
                baseline=f"greedy {greedy:g}{'' if rows[0]['greedy_feasible'] else ' (infeasible)'}",
                ratio=times(statistics.median(objectives) / greedy) if greedy else "",
                target=f"{rows[0]['target']} ({met} of {len(rows)})",
                met=met == len(rows),
            )
        )
        figures.extend(osa_gap(name, rows))
    return figures


GAP_TARGETS = {"nott1b": 0.5, "nott1c": 0.5}  # issue #23: aim, stated whatever it is


def osa_gap(name: str, rows: list[dict]) -> list[Figure]:
    """How far the result may be from optimal: the gap to the best proven lower bound."""
    if rows[0].get("lower_bound") is None:
        return []
    worst = max(r["gap"] for r in rows)
    aim = GAP_TARGETS.get(name)
    return [
        Figure(
            "osa",
            f"gap to the proven lower bound, {name}",
            f"{statistics.median(r['gap'] for r in rows):.1%}",
            f"worst {worst:.1%}" if len(rows) > 1 else "",
            baseline=f"bound {rows[0]['lower_bound']:g}: {rows[0]['bound_source']}",
            target="" if aim is None else f"≤ {aim:.0%}",
            met=None if aim is None else worst <= aim,
        )
    ]


def pdf(doc: dict) -> list[Figure]:
    figures = []
    for r in doc["results"]:
        baseline = r.get("baseline")
        base_s = r.get("baseline_median_s")
        figures.append(
            Figure(
                "pdf",
                r["name"],
                ms(r["median_s"]),
                ms(r.get("p95_s")),
                baseline=f"{baseline} {ms(base_s)}".strip()
                if baseline or base_s is not None
                else "",
                ratio=times(r.get("ratio")),
                target=str(r.get("target") or ""),
                met=None if r.get("met") is None else bool(r["met"]),
            )
        )
    return figures


def spreadsheets(doc: dict) -> list[Figure]:
    figures = []
    for r in doc["results"]:
        target = r.get("target_s")
        figures.append(
            Figure(
                "spreadsheets",
                f"import {r['people']:,} people, {r['format']}",
                ms(r["median_s"]),
                ms(_p95(r.get("runs") or r.get("times")))
                if r.get("runs") or r.get("times")
                else "",
                baseline=f"reading alone {ms(r['read_only_s'])}, bare insert {ms(r['bare_insert_s'])}",
                ratio=times(r["median_s"] / r["read_only_s"]) if r.get("read_only_s") else "",
                target=f"≤ {target:g} s" if target else "",
                met=bool(r["met"]) if target else None,
            )
        )
    return figures


READERS: dict[str, Callable[[dict], list[Figure]]] = {
    "startup": startup,
    "floorplan": floorplan,
    "placement": placement,
    "osa": osa,
    "pdf": pdf,
    "spreadsheets": spreadsheets,
}
LABELS = ("figure", "measure", "case", "instance", "name", "file", "what", "format")


def _anything_with_met(name: str, document: object, found: list[Figure], context: str = "") -> None:
    if isinstance(document, dict):
        if document.get("met") not in ("", None):
            label = next((str(document[k]) for k in LABELS if k in document), context or name)
            met = document["met"] in (True, "yes", MET)
            found.append(
                Figure(name, f"{label} (raw)", target=str(document.get("target", "")), met=met)
            )
        for key, value in document.items():
            _anything_with_met(name, value, found, context or str(key))
    elif isinstance(document, list):
        for item in document:
            _anything_with_met(name, item, found, context)


def figures_of(name: str, document: object, peak_memory_mb: float | None = None) -> list[Figure]:
    """The summary rows of one script's document; the script's peak RSS fills the memory column
    where the figure has no memory figure of its own."""
    rows: list[Figure]
    if isinstance(document, dict) and isinstance(document.get("figures"), list):
        rows = [Figure(**{"benchmark": name, **row}) for row in document["figures"]]
    elif isinstance(document, dict) and name in READERS:
        try:
            rows = READERS[name](document)
        except (KeyError, TypeError, ValueError, ZeroDivisionError, statistics.StatisticsError):
            rows = []
            _anything_with_met(name, document, rows)
    else:
        rows = []
        _anything_with_met(name, document, rows)
    for row in rows:
        if not row.peak_memory:
            row.peak_memory = mb(peak_memory_mb)
    return rows


def format_table(rows: list[Figure]) -> str:
    cells = [row.cells() for row in rows]
    widths = {c: max(len(c), *(len(r[c]) for r in cells)) if cells else len(c) for c in COLUMNS}
    lines = [
        "  ".join(c.ljust(widths[c]) for c in COLUMNS),
        "  ".join("-" * widths[c] for c in COLUMNS),
    ]
    lines += ["  ".join(r[c].ljust(widths[c]) for c in COLUMNS).rstrip() for r in cells]
    return "\n".join(lines)


def markdown_table(rows: list[Figure]) -> str:
    """The same table for the README."""
    cells = [row.cells() for row in rows]
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(r[c].replace("|", "\\|") for c in COLUMNS) + " |" for r in cells]
    return "\n".join(lines)
