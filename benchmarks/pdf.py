"""Benchmark of the PDF documents.

    python3 -m benchmarks.pdf [--quick] [--json OUT]

Measures, each against its target:

- the renewal agreement (Korean) built from its data: median ≤ 150 ms;
- the same long Korean story set in NanumMyeongjo and a Latin story of the same number of
  characters in Helvetica, built alternately in the same run: Korean ≤ 1.3 × Helvetica.
  Each font is used as the product uses it: the Nanum font registered by
  ``planner.export.fonts`` (embedded as a subset), Helvetica as reportlab's standard font.
  An informative row shuffles the words of every paragraph (both languages alike), so that no
  two lines repeat and no cache of whole lines could help;
- the roster with 50,000 rows against the roster with 5,000: ≤ 11 × (it must stay linear).

Font registration is a one-time cost per process (about a second: the TrueType files are
parsed), so it is measured on its own in fresh interpreters and kept out of the others.
The fonts also cache text widths across documents; every timed build starts with those caches
emptied (``forget_widths``), so each document is measured as if it were the first.
Times are CPU seconds of this process (``time.process_time``): other work on a shared machine
then disturbs the figures much less than wall-clock time would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

TODAY = dt.date(2025, 11, 25)
KOREAN = (
    "제2조(연구과제) 양 기관이 2025년도에 공동으로 수행하는 연구과제는 "
    "원천기술 분야 14개, 산업AI 분야 5개 등 총 19개 과제로 하며, "
    "과제별 명칭, 연구책임자, 연구기간 및 연구비는 별표 1과 같다. "
)
LATIN = (
    "Article 2 (Research tasks) The research tasks the parties carry out jointly in 2025 are "
    "nineteen tasks in total, fourteen in foundational technology and five in industrial AI. "
)


@dataclass(frozen=True)
class Result:
    name: str
    median_s: float
    p95_s: float
    runs: int
    baseline: str = ""
    baseline_median_s: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def _times(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return times


def _cold(action: Callable[[], object]) -> Callable[[], object]:
    """``action`` after emptying the fonts' width caches, which outlive a document."""
    from planner.export.fastfont import forget_widths

    def run() -> object:
        forget_widths()
        return action()

    return run


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def font_registration(runs: int) -> Result:
    code = (
        "import time; t = time.perf_counter(); from planner.export.fonts import register_fonts; "
        "register_fonts(); print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parent.parent
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return Result(
        "font registration (fresh process, wall clock, once per process)",
        statistics.median(times),
        _p95(times),
        runs,
        target="informative",
    )


def agreement(runs: int) -> list[Result]:
    from planner.demo.create import create_demo
    from planner.export.agreement import Issue, build_agreement
    from planner.export.fonts import register_fonts
    from planner.services.agreements import live_data
    from planner.storage import open_database

    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        create_demo(path, today=TODAY)
        db = open_database(path)
        try:
            with db.sessions() as session:
                gather = _times(lambda: live_data(session, 2025, today=TODAY), max(3, runs // 3))
                data = live_data(session, 2025, today=TODAY)
        finally:
            db.close()
    results = [
        Result(
            "agreement data from the database (informative)",
            statistics.median(gather),
            _p95(gather),
            len(gather),
            target="informative",
        )
    ]
    for lang in ("ko", "en", "both"):
        draft = Issue(draft=True)
        build_agreement(data, lang, draft)  # warm: first use of each glyph and style
        times = _times(_cold(lambda lang=lang: build_agreement(data, lang, draft)), runs)
        median = statistics.median(times)
        results.append(
            Result(
                f"agreement PDF ({lang})",
                median,
                _p95(times),
                runs,
                target="≤ 0.150 s",
                met=median <= 0.150 if lang == "ko" else None,
            )
        )
    return results


def _story(text: str | list[str], font: str, paragraphs: int) -> bytes:
    """``paragraphs`` paragraphs of ``text * 4``; or the paragraphs given as a list."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, initialFontName=font)
    style = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17)
    texts = text if isinstance(text, list) else [text * 4] * paragraphs
    doc.build([Paragraph(paragraph, style) for paragraph in texts])
    return buffer.getvalue()


def _shuffled(text: str, paragraphs: int) -> list[str]:
    """Every paragraph the words of ``text * 4`` in another order (the same orders per language)."""
    result = []
    for index in range(paragraphs):
        words = (text * 4).split()
        random.Random(index).shuffle(words)
        result.append(" ".join(words))
    return result


def korean_against_helvetica(runs: int) -> list[Result]:
    from planner.export.fonts import register_fonts

    _, serif = register_fonts()
    latin = (LATIN * 3)[: len(KOREAN)]  # the same number of characters
    korean_times, latin_times = [], []
    _story(KOREAN, serif, 120)
    _story(latin, "Helvetica", 120)
    for _ in range(runs):  # alternately, so that both see the same machine
        korean_times += _times(_cold(lambda: _story(KOREAN, serif, 120)), 1)
        latin_times += _times(lambda: _story(latin, "Helvetica", 120), 1)
    korean, helvetica = statistics.median(korean_times), statistics.median(latin_times)
    return [
        Result(
            "Korean story in NanumMyeongjo (120 paragraphs)",
            korean,
            _p95(korean_times),
            runs,
            baseline="the same length in Helvetica",
            baseline_median_s=helvetica,
            ratio=korean / helvetica,
            target="≤ 1.3 ×",
            met=korean / helvetica <= 1.3,
        ),
        _shuffled_words(serif, latin, runs),
        _same_width(serif, runs),
    ]


def _shuffled_words(serif: str, latin: str, runs: int) -> Result:
    korean_story, latin_story = _shuffled(KOREAN, 120), _shuffled(latin, 120)
    korean_times, latin_times = [], []
    for _ in range(runs):
        korean_times += _times(_cold(lambda: _story(korean_story, serif, 120)), 1)
        latin_times += _times(lambda: _story(latin_story, "Helvetica", 120), 1)
    korean, helvetica = statistics.median(korean_times), statistics.median(latin_times)
    return Result(
        "Korean story, words shuffled in every paragraph",
        korean,
        _p95(korean_times),
        runs,
        baseline="Helvetica, shuffled alike",
        baseline_median_s=helvetica,
        ratio=korean / helvetica,
        target="informative",
    )


def _same_width(serif: str, runs: int) -> Result:
    """Informative: the Latin story as wide as the Korean one (the same number of lines).

    Hangul is about twice as wide as Latin at the same size, so a story of the same number of
    characters fills about twice the lines and pages; this row compares equal pages instead.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    wide = stringWidth(KOREAN, serif, 10.5)
    latin = LATIN * 6
    while stringWidth(latin, "Helvetica", 10.5) > wide:
        latin = latin[:-1]
    korean_times, latin_times = [], []
    for _ in range(runs):
        korean_times += _times(_cold(lambda: _story(KOREAN, serif, 120)), 1)
        latin_times += _times(lambda: _story(latin, "Helvetica", 120), 1)
    korean, helvetica = statistics.median(korean_times), statistics.median(latin_times)
    return Result(
        "Korean story against Latin of the same printed width",
        korean,
        _p95(korean_times),
        runs,
        baseline="Helvetica, same lines",
        baseline_median_s=helvetica,
        ratio=korean / helvetica,
        target="informative",
    )


def roster_rows(count: int) -> list:
    from planner.export.reports.roster import RosterRow

    rng = random.Random(11)
    surnames, given = (
        "김이박최정강조윤장임",
        ["민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우"],
    )
    return [
        RosterRow(
            f"{i // 2000 + 1}층",
            i // 2000,
            f"구역 {i // 40 % 50:02d}",
            f"B-{i:06d}",
            rng.choice(surnames) + rng.choice(given),
            "Min-jun Kim",
            rng.choice(["KT", "KAIST", "딥보이스랩", "비전웨이브"]),
            TODAY - dt.timedelta(days=i % 900),
            None if i % 4 else TODAY + dt.timedelta(days=i % 120),
        )
        for i in range(count)
    ]


def roster(quick: bool) -> list[Result]:
    from planner.export.fonts import register_fonts
    from planner.export.reports.roster import build_roster

    register_fonts()
    small, large = roster_rows(5_000), roster_rows(50_000)
    build_roster(small, TODAY)

    # Both cold: warm caches would favour the small roster, built again and again.
    small_times = _times(_cold(lambda: build_roster(small, TODAY)), 3 if quick else 5)
    large_times = _times(_cold(lambda: build_roster(large, TODAY)), 1 if quick else 3)
    base, big = statistics.median(small_times), statistics.median(large_times)
    return [
        Result(
            "roster, 5,000 rows", base, _p95(small_times), len(small_times), target="informative"
        ),
        Result(
            "roster, 50,000 rows",
            big,
            _p95(large_times),
            len(large_times),
            baseline="roster, 5,000 rows",
            baseline_median_s=base,
            ratio=big / base,
            target="≤ 11 ×",
            met=big / base <= 11,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the results as JSON")
    args = parser.parse_args(argv)
    runs = 5 if args.quick else 15
    results = [
        font_registration(2 if args.quick else 3),
        *agreement(runs),
        *korean_against_helvetica(runs),
        *roster(args.quick),
    ]
    print(f"{'measure':58} {'median':>9} {'p95':>9}  {'baseline':>9} {'ratio':>7}  target      met")
    for r in results:
        base = f"{r.baseline_median_s:9.3f}" if r.baseline_median_s is not None else " " * 9
        ratio = f"{r.ratio:6.2f}×" if r.ratio is not None else " " * 7
        met = {None: "", True: "yes", False: "NO"}[r.met]
        print(
            f"{r.name:58} {r.median_s:8.3f}s {r.p95_s:8.3f}s  {base} {ratio}  {r.target:11} {met}"
        )
    if args.json:
        payload = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "clock": "process CPU seconds (font registration: wall clock)",
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
