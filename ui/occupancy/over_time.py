"""Occupancy over time: occupied / idle / out of use / vacant desks per month as stacked
columns (QtCharts), for a chosen period and floor, from
:func:`planner.services.occupancy_months.occupancy_by_month` — the numbers the occupancy
report prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.palette import BLOCKED_BAR, IDLE_BAR, OCCUPIED_BAR, VACANT_BAR
from planner.services.floorplan import list_floors
from planner.services.occupancy_months import MonthOccupancy, default_period, occupancy_by_month
from ui.accessibility import name_widget
from ui.flow_layout import FlowLayout
from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "OccupancyOverTime"
# (attribute of MonthOccupancy, legend label, colour), bottom of the column first.
SERIES = (
    ("occupied", QT_TRANSLATE_NOOP("OccupancyOverTime", "Occupied"), OCCUPIED_BAR),
    ("idle", QT_TRANSLATE_NOOP("OccupancyOverTime", "Idle (on leave)"), IDLE_BAR),
    ("blocked", QT_TRANSLATE_NOOP("OccupancyOverTime", "Out of use"), BLOCKED_BAR),
    ("vacant", QT_TRANSLATE_NOOP("OccupancyOverTime", "Vacant"), VACANT_BAR),
)


class MonthChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.sets: dict[str, QBarSet] = {}
        self.categories: list[str] = []
        self.setMinimumHeight(240)

    def show_months(self, months: Sequence[MonthOccupancy], title: str) -> None:
        old = self.chart()
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(title)
        self.setChart(chart)
        old.deleteLater()
        font = QFont(QApplication.font())
        series = QStackedBarSeries()
        self.sets = {}
        for attribute, label, colour in SERIES:
            bar = QBarSet(QCoreApplication.translate(CONTEXT, label))
            bar.setColor(QColor(*colour))
            bar.append([round(getattr(m, attribute), 2) for m in months])
            series.append(bar)
            self.sets[attribute] = bar
        chart.addSeries(series)
        self.categories = [m.label for m in months]
        names = QBarCategoryAxis()
        names.append(self.categories)
        names.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(font)
        values.setRange(0, max((m.seats for m in months), default=1) or 1)
        values.applyNiceNumbers()
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(values)
        chart.legend().setFont(font)
        chart.setTitleFont(font)

    def values(self, attribute: str) -> list[float]:
        bar = self.sets[attribute]
        return [bar.at(i) for i in range(bar.count())]


class OccupancyOverTime(QWidget):
    """The period (first and last month), the floor (or all) and the chart."""

    def __init__(self, sessions: sessionmaker[Session], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.loaded = False
        self.months: list[MonthOccupancy] = []
        first, last = default_period(today)
        self.from_label, self.from_edit = QLabel(), QDateEdit(QDate(first))
        self.to_label, self.to_edit = QLabel(), QDateEdit(QDate(last))
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("yyyy-MM")
            edit.setCalendarPopup(True)
        self.floor_label, self.floor_combo = QLabel(), QComboBox()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.floor_label.setBuddy(self.floor_combo)
        self.chart = MonthChart()
        bar = FlowLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit,
                       self.floor_label, self.floor_combo):
            bar.addWidget(widget)
        bar.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.chart, 1)
        self.from_edit.dateChanged.connect(self._inputs_changed)
        self.to_edit.dateChanged.connect(self._inputs_changed)
        self.floor_combo.currentIndexChanged.connect(self._inputs_changed)
        self.retranslate()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, first: dt.date, last: dt.date) -> None:
        self.from_edit.setDate(QDate(first))
        self.to_edit.setDate(QDate(last))

    def _inputs_changed(self, *_args) -> None:
        if self.loaded:
            self.refresh()

    def refresh(self) -> None:
        first, last = self.period()
        if last < first:
            last = first
        with self.sessions() as session:
            if self.floor_combo.count() == 0:
                self.floor_combo.blockSignals(True)
                self.floor_combo.addItem(self.tr("All floors"), None)
                for floor in list_floors(session):
                    self.floor_combo.addItem(floor.label, floor.id)
                self.floor_combo.blockSignals(False)
            self.months = occupancy_by_month(session, first, last, self.floor_combo.currentData())
        self.loaded = True
        self._show()

    def _show(self) -> None:
        first, last = self.period()
        title = fill(self.tr("Desks per month, %1 – %2 (average per day)"),
                     f"{first.year}-{first.month:02d}", f"{last.year}-{last.month:02d}")
        self.chart.show_months(self.months, title)

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("Fro&m month:"))
        self.to_label.setText(self.tr("T&o month:"))
        self.floor_label.setText(self.tr("F&loor:"))
        if self.floor_combo.count():
            self.floor_combo.setItemText(0, self.tr("All floors"))
        name_widget(self.chart, self.tr("Occupancy over time chart"))
        if self.loaded:
            self._show()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
