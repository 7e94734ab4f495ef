"""The renewal summary of a year: decisions, totals by track and area, budget over the years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.export.agreement_data import DECISION_LABELS, TRACK_LABELS
from planner.export.fonts import register_fonts
from planner.export.korean import date_ko, thousand_won
from planner.export.layout import MM, PageFurniture, build_pdf, styles
from planner.export.reports.tables import report_table, section_heading
from planner.models.enums import CycleStatus, Decision, Track
from planner.renewals.budget import CategoryChange
from planner.renewals.compare import Comparison, Figures
from planner.renewals.totals import CycleTotals, totals_of

STATUS_LABELS = {
    CycleStatus.DRAFT: "초안",
    CycleStatus.CONSULTATION: "협의 중",
    CycleStatus.AGREED: "합의 완료",
    CycleStatus.SIGNED: "서명 완료",
}
TRACK_COLOURS = {Track.FOUNDATIONAL: (0.33, 0.47, 0.72), Track.INDUSTRIAL: (0.93, 0.6, 0.35)}


@dataclass(frozen=True)
class YearBudget:
    year: int
    status: CycleStatus
    by_track: dict[Track, int]  # KRW, concluded tasks left out


@dataclass(frozen=True)
class RenewalSummary:
    year: int
    status: CycleStatus
    consultation_deadline: dt.date | None
    signing_target: dt.date | None
    signed_on: dt.date | None
    figures: Sequence[Figures]
    comparison: Comparison
    history: Sequence[YearBudget]
    totals: CycleTotals | None = None  # planner.services.totals'; from the figures when None
    # Last year and this year per budget category (planner.services.budget); empty: no lines.
    by_category: Sequence[CategoryChange] = ()
    due: Any = None  # planner.services.deliverables.DueList: overdue and coming deliverables

    @property
    def cycle_totals(self) -> CycleTotals:
        return self.totals or totals_of(self.year, self.figures)


def _signed(amount: int) -> str:
    """A change in 천원 with its sign, as the percentage beside it has one: +250,000, -100,000
    (a hyphen-minus: the report's NanumGothic has no U+2212, which printed as nothing)."""
    if amount > 0:
        return f"+{thousand_won(amount)}"
    return f"-{thousand_won(-amount)}" if amount < 0 else "0"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}%"


def _history_chart(history: Sequence[YearBudget], width: float) -> Any:
    """Research funds per year in 억원, stacked by track."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    height = 58 * MM
    drawing = Drawing(width, height)
    drawing.initialFontName = sans  # else the renderer starts in Times-Roman, an unembedded font
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * MM, 9 * MM, width - 55 * MM, height - 14 * MM
    chart.data = [[h.by_track.get(track, 0) / 100_000_000 for h in history] for track in Track]
    chart.categoryAxis.categoryNames = [f"{h.year}" for h in history]
    chart.categoryAxis.style = "stacked"
    chart.barWidth = 16
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = sans
        axis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}억" if value else "0"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.88)
    chart.bars.strokeColor = None
    for index, track in enumerate(Track):
        chart.bars[index].fillColor = Color(*TRACK_COLOURS[track])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + 8 * MM, chart.y + chart.height - 4
    legend.fontName, legend.fontSize, legend.boxAnchor = sans, 8, "nw"
    legend.colorNamePairs = [
        (chart.bars[i].fillColor, TRACK_LABELS["ko"][t]) for i, t in enumerate(Track)
    ]
    drawing.add(legend)
    return drawing


def _category_section(changes: Sequence[CategoryChange]) -> list[Any]:
    """Last year and this year per budget category (비목), with the change: its total line is
    the cycle's total, as above."""
    rows: list[list[Any]] = [
        [
            c.category.name_ko,
            thousand_won(c.before_krw),
            thousand_won(c.after_krw),
            _signed(c.delta_krw),
            _percent(100.0 * c.delta_krw / c.before_krw if c.before_krw else None),
        ]
        for c in changes
    ]
    before = sum(c.before_krw for c in changes)
    after = sum(c.after_krw for c in changes)
    rows.append([
        "합계", thousand_won(before), thousand_won(after), _signed(after - before),
        _percent(100.0 * (after - before) / before if before else None),
    ])  # fmt: skip
    return [
        *section_heading("비목별 연구비", "(단위: 천원, 종료 과제 제외)"),
        report_table(
            ["비목", "전년 연구비", "금년 연구비", "증감", "증감률"],
            rows,
            [50, 32, 32, 28, 20],
            numeric=range(1, 5),
            total_row=True,
        ),
    ]


def build_renewal_summary(summary: RenewalSummary, *, site: str = "") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    width = A4[0] - 40 * MM
    comparison = summary.comparison
    totals = summary.cycle_totals
    total = totals.budget_krw
    delta = total - comparison.budget_before
    pct = 100.0 * delta / comparison.budget_before if comparison.budget_before else None
    title = f"{summary.year}년도 연구과제 갱신 요약"
    dates = [
        f"협의 마감 {date_ko(summary.consultation_deadline)}"
        if summary.consultation_deadline
        else "",
        f"서명 목표 {date_ko(summary.signing_target)}" if summary.signing_target else "",
        f"서명일 {date_ko(summary.signed_on)}" if summary.signed_on else "",
    ]
    since = f"{comparison.previous_year}년 대비" if comparison.previous_year else "전년 자료 없음"
    story: list[Any] = [
        Paragraph(
            f"{title} <font size=9 color='#6b6b73'>상태: {STATUS_LABELS[summary.status]}</font>",
            s.annex_title,
        ),
        Paragraph(
            f"연구과제 {totals.tasks}개, 연구비 총 {thousand_won(total)}천원 "
            f"({since} {'+' if delta >= 0 else '-'}{thousand_won(abs(delta))}천원, "
            f"{_percent(pct)}). " + " · ".join(d for d in dates if d),
            s.report_text,
        ),
    ]
    counts = comparison.decision_counts
    order = [Decision.CONTINUE, Decision.MODIFY, Decision.NEW, Decision.CONCLUDE]
    decision_row = [counts.get(d.value, 0) for d in order] + [counts.get("undecided", 0)]
    story += section_heading("결정별 과제 수")
    story.append(
        report_table(
            [DECISION_LABELS["ko"][d] for d in order] + ["미정", "합계"],
            [[*decision_row, sum(decision_row)]],
            [24] * 6,
            numeric=range(6),
        )
    )
    track_rows = [
        [
            TRACK_LABELS["ko"][t.track],
            f"{t.tasks_before} → {t.tasks_after}",
            thousand_won(t.budget_before),
            thousand_won(t.budget_after),
            _signed(t.budget_delta),
            _percent(t.budget_delta_pct),
            f"{t.headcount_after}",
            f"{t.gpu_after}",
        ]
        for t in comparison.totals
    ]
    track_rows.append(
        [
            "합계",
            f"{sum(t.tasks_before for t in comparison.totals)} → "
            f"{sum(t.tasks_after for t in comparison.totals)}",
            thousand_won(comparison.budget_before),
            thousand_won(total),
            _signed(delta),
            _percent(pct),
            f"{sum(t.headcount_after for t in comparison.totals)}",
            f"{sum(t.gpu_after for t in comparison.totals)}",
        ]
    )
    story += section_heading("구분별 합계", "(단위: 천원)")
    story.append(
        report_table(
            ["구분", "과제 수", "전년 연구비", "금년 연구비", "증감", "증감률", "참여 인원", "GPU"],
            track_rows,
            [26, 20, 27, 27, 24, 17, 15, 14],
            numeric=range(1, 8),
            total_row=True,
        )
    )
    area_rows = [
        [
            area or "기타",
            TRACK_LABELS["ko"][track],
            t.tasks,
            thousand_won(t.budget_krw),
            f"{100.0 * t.budget_krw / total:.1f}%" if total else "–",
        ]
        for track, area, t in totals.by_area
    ]
    story += section_heading("세부 분야별 연구비", "(단위: 천원)")
    story.append(
        report_table(
            ["세부 분야", "구분", "과제 수", "연구비", "비중"],
            area_rows,
            [50, 30, 22, 40, 28],
            numeric=(2, 3, 4),
        )
    )
    if summary.by_category:
        story += _category_section(summary.by_category)
    story += section_heading("연도별 연구비", "(단위: 억원, 종료 과제 제외)")
    story += [Spacer(1, 1 * MM), _history_chart(summary.history, width)]
    changed = [t for t in comparison.tasks if t.decision != Decision.CONTINUE or t.budget_delta]
    change_rows = [
        [
            t.task_code,
            t.title_ko,
            DECISION_LABELS["ko"][t.decision],
            # A new task had no funds last year and a concluded one has none this year: a dash,
            # not a 0 that reads like a cut to nothing.
            thousand_won(t.budget_before) if t.previous is not None else "–",
            "–" if t.decision == Decision.CONCLUDE else thousand_won(t.budget_after),
            t.reason or "–",
        ]
        for t in changed
    ]
    story += section_heading("변경·신규·종료 과제", "(단위: 천원)")
    story.append(
        report_table(
            ["과제", "과제명", "결정", "전년", "금년", "사유"],
            change_rows or [["–", "변경된 과제 없음", "", "", "", ""]],
            [14, 50, 13, 21, 21, 51],
            numeric=(3, 4),
        )
    )
    if summary.due is not None:
        story += _due_sections(summary.due)
    furniture = PageFurniture(
        header_left=f"{site} · {title}" if site else title,
        header_right=f"상태: {STATUS_LABELS[summary.status]}",
    )
    created = summary.signed_on or summary.signing_target or dt.date(summary.year, 1, 1)
    return build_pdf(story, furniture=furniture, created=created, title=title)


def _due_sections(due: Any) -> list[Any]:
    """Deliverables overdue and due within the coming days, as the Renewals page lists them."""
    from planner.io.labels import DELIVERABLE_KIND_LABELS, DELIVERABLE_STATE_LABELS

    def rows(found, late: bool) -> list[list[str]]:
        return [
            [
                r.task_code, DELIVERABLE_KIND_LABELS[r.kind].ko, r.title, date_ko(r.due_date),
                f"{r.days_late(due.today)}일 경과" if late else f"{-r.days_late(due.today)}일 남음",
                DELIVERABLE_STATE_LABELS[r.state].ko,
            ]
            for r in found
        ]

    headers = ["과제", "구분", "산출물", "제출기한", "경과", "상태"]
    widths = [14, 22, 64, 32, 22, 16]
    story: list[Any] = section_heading("제출 기한이 지난 산출물", f"({date_ko(due.today)} 기준)")
    story.append(report_table(headers, rows(due.overdue, True) or
                              [["–", "", "기한이 지난 산출물 없음", "", "", ""]], widths))
    story += section_heading(f"{due.days}일 안에 제출할 산출물", f"({date_ko(due.today)} 기준)")
    story.append(report_table(headers, rows(due.upcoming, False) or
                              [["–", "", "다가오는 제출 기한 없음", "", "", ""]], widths))
    return story
