"""The Summary tab: decisions counted, totals by track and area, budget over the years.

QtCharts is imported when the tab is first shown, never at start-up: loading it costs
noticeable time and most sessions never open this tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.models import Decision, Track
from planner.renewals.compare import Comparison
from planner.renewals.totals import CycleTotals
from ui.accessibility import name_widget
from ui.labels import label
from planner.renewals.budget import CategoryChange
from ui.renewals.budget_model import CategoryChangeModel
from ui.renewals.comparison_models import GroupTotalsModel, group_totals
from ui.renewals.data import UNDECIDED, YearBudget
from ui.renewals.views import fit_columns, table_view

if TYPE_CHECKING:
    from PySide6.QtCharts import QChartView

MILLION = 1_000_000


class SummaryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.counts_box = QGroupBox()
        counts = QGridLayout(self.counts_box)
        for column, key in enumerate([d.value for d in Decision] + [UNDECIDED]):
            number, caption = QLabel("0"), QLabel()
            number.setStyleSheet("font-size: 22pt; font-weight: bold;")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(number, 0, column)
            counts.addWidget(caption, 1, column)
            self.count_labels[key] = (number, caption)

        self.totals_model = GroupTotalsModel(self)
        self.totals_view = table_view(self.totals_model, sortable=False)
        self.totals_box = QGroupBox()
        QVBoxLayout(self.totals_box).addWidget(self.totals_view)
        self.chart_box = QGroupBox()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_view: QChartView | None = None  # once the tab has been shown

        self.category_model = CategoryChangeModel(self)
        self.category_view = table_view(self.category_model, sortable=False)
        self.category_box = QGroupBox()
        QVBoxLayout(self.category_box).addWidget(self.category_view)
        left = QVBoxLayout()
        left.addWidget(self.totals_box, 1)
        left.addWidget(self.category_box, 1)
        lower = QHBoxLayout()
        lower.addLayout(left, 1)
        lower.addWidget(self.chart_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.counts_box)
        layout.addLayout(lower, 1)
        self._budgets: tuple[YearBudget, ...] = ()
        self._year: int | None = None
        self.retranslate()

    def set_data(
        self,
        comparison: Comparison | None,
        totals: CycleTotals | None,
        budgets: Sequence[YearBudget],
        by_category: Sequence[CategoryChange] = (),
    ) -> None:
        counts = comparison.decision_counts if comparison else {}
        for key, (number, caption) in self.count_labels.items():
            number.setText(str(counts.get(key, 0)))
            # "Undecided" only takes room when there is something undecided.
            visible = key != UNDECIDED or bool(counts.get(key))
            number.setVisible(visible)
            caption.setVisible(visible)
        first = not self.totals_model.rows()
        self.totals_model.set_rows(group_totals(totals) if totals else [])
        if first and self.totals_model.rows():
            fit_columns(self.totals_view, maximum=180, padding=12)
        first = not self.category_model.rows()
        self.category_model.set_rows(by_category)
        if first and self.category_model.rows():
            fit_columns(self.category_view, maximum=180, padding=12)
        self._budgets = tuple(budgets)
        self._year = comparison.year if comparison else None
        self._fill_chart()

    def retranslate(self) -> None:
        for key, (_number, caption) in self.count_labels.items():
            caption.setText(self.tr("Undecided") if key == UNDECIDED else label(Decision, key))
        self.counts_box.setTitle(self.tr("Decisions in this cycle"))
        self.totals_box.setTitle(self.tr("Tasks going on, by track and by area"))
        name_widget(self.totals_view, self.totals_box.title())
        self.chart_box.setTitle(self.tr("Budget of the tasks going on, by year (million KRW)"))
        self.category_box.setTitle(self.tr("Budget by category: last year and this year"))
        name_widget(self.category_view, self.category_box.title())
        self.category_model.retranslate()
        self.totals_model.retranslate()
        self._fill_chart()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.chart_view is None:
            self._create_chart()

    def _create_chart(self) -> None:
        from PySide6.QtCharts import QChartView  # noqa: PLC0415 - see the module docstring

        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # 160: the window keeps fitting 1920×1080 at 150 % (720 pixels high in Qt's units).
        self.chart_view.setMinimumHeight(160)
        self.chart_layout.addWidget(self.chart_view)
        self._fill_chart()

    def _fill_chart(self) -> None:
        if self.chart_view is None:
            return
        from PySide6.QtCharts import (  # noqa: PLC0415
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QStackedBarSeries,
            QValueAxis,
        )

        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(0, 0, 0, 0))
        series = QStackedBarSeries()
        for track in Track:
            bars = QBarSet(label(Track, track))
            for budget in self._budgets:
                bars.append(dict(budget.by_track).get(track, 0) / MILLION)
            series.append(bars)
        # Each track's amount written in its bar: the axis alone is too coarse to read 7,100 off.
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QStackedBarSeries.LabelsPosition.LabelsCenter)
        chart.addSeries(series)
        years = QBarCategoryAxis()
        years.append([str(b.year) for b in self._budgets])
        amounts = QValueAxis()
        amounts.setLabelFormat("%.0f")
        amounts.setMin(0)
        top = max((sum(v for _t, v in b.by_track) for b in self._budgets), default=0) / MILLION
        amounts.setMax(max(top * 1.1, 1))
        amounts.applyNiceNumbers()
        chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years)
        series.attachAxis(amounts)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)  # the view takes the new chart; the old one goes
        if old is not None:
            old.deleteLater()
