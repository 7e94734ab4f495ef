"""Occupied against vacant per group as horizontal stacked bars (QtCharts).

QtCharts draws with its own fonts unless told: every label, the legend and the title get the
application font, which is the bundled NanumGothic, so Korean group names are legible.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from planner.palette import BLOCKED_BAR, OCCUPIED_BAR, VACANT_BAR

# The occupancy report's chart has the same two colours.
TAKEN_COLOUR = QColor(*OCCUPIED_BAR)
FREE_COLOUR = QColor(*VACANT_BAR)
BLOCKED_COLOUR = QColor(*BLOCKED_BAR)
LABEL_CHARS = 28  # longer group names are shortened on the axis (the table has them in full)
ROW_PIXELS = 26  # height per bar, so that labels never overlap


def _axis_label(text: str, taken: set[str]) -> str:
    short = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
    # A category axis merges equal labels: keep each group's bar apart.
    while short in taken:
        short += " "
    taken.add(short)
    return short


class OccupancyChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.series: QHorizontalStackedBarSeries | None = None
        self.categories: list[str] = []

    def show_groups(
        self,
        groups: Sequence[tuple[str, int, int]],
        taken_label: str,
        free_label: str,
        blocked: Sequence[int] = (),
        blocked_label: str = "",
    ) -> None:
        """``groups``: (name, taken, free), first on top; ``blocked``: desks out of use per
        group, a third segment when any (planner.services.availability_days)."""
        # A fresh chart each time: removing a category axis from a chart left its labels drawn.
        title = self.chart().title()
        old = self.chart()
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(title)
        self.setChart(chart)
        old.deleteLater()
        font = QFont(QApplication.font())
        taken_set, free_set = QBarSet(taken_label), QBarSet(free_label)
        taken_set.setColor(TAKEN_COLOUR)
        free_set.setColor(FREE_COLOUR)
        used: set[str] = set()
        ordered = list(reversed(groups))  # the axis draws its first category at the bottom
        self.categories = [_axis_label(name, used) for name, _t, _f in ordered]
        taken_set.append([float(t) for _n, t, _f in ordered])
        free_set.append([float(f) for _n, _t, f in ordered])
        self.series = QHorizontalStackedBarSeries()
        self.series.append(taken_set)
        self.series.append(free_set)
        if any(blocked):
            blocked_set = QBarSet(blocked_label)
            blocked_set.setColor(BLOCKED_COLOUR)
            blocked_set.append([float(b) for b in reversed(list(blocked))])
            self.series.append(blocked_set)
        chart.addSeries(self.series)
        names = QBarCategoryAxis()
        names.append(self.categories)
        names.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(font)
        top = max((t + f for _n, t, f in groups), default=0) + max(blocked, default=0)
        values.setRange(0, max(top, 1))
        values.applyNiceNumbers()
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(names)
        self.series.attachAxis(values)
        chart.legend().setFont(font)
        chart.setTitleFont(font)
        self.setMinimumHeight(120 + ROW_PIXELS * len(groups))

    def set_title(self, title: str) -> None:
        self.chart().setTitle(title)
