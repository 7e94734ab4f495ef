"""The occupancy report's months: occupied / idle / out of use / vacant desks per month as
stacked columns (reportlab graphics) and a table, from
:func:`planner.services.occupancy_months.occupancy_by_month` — the window's chart numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.export.fonts import register_fonts
from planner.export.layout import MM
from planner.palette import BLOCKED_BAR, IDLE_BAR, OCCUPIED_BAR, VACANT_BAR

# (attribute, Korean label, colour), bottom of the column first — as the window's chart.
SERIES = (
    ("occupied", "사용", OCCUPIED_BAR),
    ("idle", "휴직·연구년 (비어 있지 않음)", IDLE_BAR),
    ("blocked", "사용 중지", BLOCKED_BAR),
    ("vacant", "빈 좌석", VACANT_BAR),
)


def month_chart(months: Sequence[Any], width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    height = 70 * MM
    drawing = Drawing(width, height)
    drawing.initialFontName = sans
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * MM, 18 * MM
    chart.width, chart.height = width - 16 * MM, height - 22 * MM
    chart.data = [[round(getattr(m, attribute), 2) for m in months] for attribute, _l, _c in SERIES]
    chart.categoryAxis.categoryNames = [m.label[2:] for m in months]  # 26-01: fits a year
    chart.categoryAxis.style = "stacked"
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = sans
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max((m.seats for m in months), default=1) or 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.85, 0.85, 0.88)
    for index, (_attribute, _label, colour) in enumerate(SERIES):
        chart.bars[index].fillColor = Color(*(c / 255 for c in colour))
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, 6 * MM
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 38 * MM
    legend.fontName, legend.fontSize = sans, 7.5
    legend.colorNamePairs = [(chart.bars[i].fillColor, label) for i, (_a, label, _c) in enumerate(SERIES)]
    legend.boxAnchor = "sw"
    drawing.add(legend)
    return drawing


def month_rows(months: Sequence[Any]) -> list[list[object]]:
    """One row per month: month, seats, then the four figures with one decimal."""
    return [
        [m.label, m.seats, *(f"{getattr(m, attribute):.1f}" for attribute, _l, _c in SERIES)]
        for m in months
    ]
