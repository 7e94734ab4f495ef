"""점유 현황 Occupancy: seats, occupied, vacant and move-outs per floor, zone, organisation or
research task on a day, as a sortable table beside a stacked bar chart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services.queries import occupancy
from ui.accessibility import name_widget
from ui.flow_layout import FlowLayout
from ui.i18n import fill, in_language
from ui.models.base import SearchProxyModel
from ui.occupancy.chart import OccupancyChart
from ui.occupancy.over_time import OccupancyOverTime
from ui.occupancy.model import (
    CONTEXT,
    COUNT_TITLES,
    DESK_GROUPS,
    GROUP_TITLES,
    OccupancyGroupModel,
    counts_of,
)
from ui.pages.base import SearchField, fit_columns, make_table_view

GROUPINGS = ("floor", "zone", "organisation", "task")


class OccupancyTab(QWidget):
    def __init__(
        self, sessions: sessionmaker[Session], day: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.loaded = False
        self.model = OccupancyGroupModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, stretch_last=False)
        self.search = SearchField(self.proxy)
        self.group_label, self.group_combo = QLabel(), QComboBox()
        for grouping in GROUPINGS:
            self.group_combo.addItem("", grouping)
        self.day_label, self.day_edit = QLabel(), QDateEdit(QDate(day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.group_label.setBuddy(self.group_combo)
        self.day_label.setBuddy(self.day_edit)
        self.totals = QLabel()
        self.chart = OccupancyChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)

        bar = FlowLayout()  # wraps on a narrow screen
        for widget in (
            self.group_label,
            self.group_combo,
            self.day_label,
            self.day_edit,
            self.search,
        ):
            bar.addWidget(widget)
        bar.add_stretch()
        bar.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setSizes([700, 500])
        # Under the day's figures: the months of a period (ui.occupancy.over_time).
        self.over_time = OccupancyOverTime(sessions, day)
        days_and_months = QSplitter(Qt.Orientation.Vertical)
        days_and_months.addWidget(splitter)
        days_and_months.addWidget(self.over_time)
        days_and_months.setSizes([400, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(days_and_months, 1)

        # Loaded when first shown (refresh); after that every change of the inputs reloads.
        self.group_combo.currentIndexChanged.connect(self._inputs_changed)
        self.day_edit.dateChanged.connect(self._inputs_changed)
        self.retranslate()

    def models(self) -> list:
        return [self.model]

    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self.day_edit.setDate(QDate(day))  # reloads (once loaded) when it differs

    def grouping(self) -> str:
        return self.group_combo.currentData()

    def set_grouping(self, grouping: str) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(grouping))

    def _inputs_changed(self, *_args) -> None:
        if self.loaded:
            self.refresh()

    def refresh(self) -> None:
        with self.sessions() as session:
            rows = occupancy(session, self.day(), self.grouping())
        self.model.set_grouping(self.grouping(), rows)
        fit_columns(self.view, self.model)
        self.loaded = True
        self._show_chart()
        self.over_time.refresh()

    def _show_chart(self) -> None:
        rows = self.model.rows()
        groups = [(in_language(r.label, r.label_en), *counts_of(r)[1:]) for r in rows]
        titles = COUNT_TITLES[0 if self.grouping() in DESK_GROUPS else 1]
        self.chart.show_groups(
            groups,
            QCoreApplication.translate(CONTEXT, titles[1]),
            QCoreApplication.translate(CONTEXT, titles[2]),
            [r.blocked for r in rows],
            QCoreApplication.translate(CONTEXT, "Out of use"),
        )
        self.chart.set_title(
            fill(
                self.tr("%1 on %2"),
                QCoreApplication.translate(CONTEXT, GROUP_TITLES[self.grouping()]),
                self.day().isoformat(),
            )
        )
        capacity = sum(counts_of(r)[0] for r in rows)
        taken = sum(counts_of(r)[1] for r in rows)
        free = sum(counts_of(r)[2] for r in rows)
        if self.grouping() in DESK_GROUPS:
            text = self.tr("%1 seats, %2 occupied, %3 vacant")
            blocked = sum(r.blocked for r in rows)
            idle = sum(r.idle for r in rows)
            extra = ""
            if blocked:
                extra += ", " + fill(self.tr("%1 out of use"), blocked)
            if idle:
                extra += ", " + fill(self.tr("%1 idle (on leave)"), idle)
            self.totals.setText(fill(text, capacity, taken, free) + extra)
            return
        text = self.tr("%1 people, %2 seated, %3 without a desk")
        self.totals.setText(fill(text, capacity, taken, max(capacity - taken, 0)))

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("&Group by:"))
        self.day_label.setText(self.tr("&Day:"))
        names = {
            "floor": self.tr("Floor"),
            "zone": self.tr("Zone"),
            "organisation": self.tr("Organisation"),
            "task": self.tr("Research task"),
        }
        for n in range(self.group_combo.count()):
            self.group_combo.setItemText(n, names[self.group_combo.itemData(n)])
        self.search.setPlaceholderText(self.tr("Search groups"))
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.chart, self.tr("Occupancy chart"))
        name_widget(self.view, self.tr("Occupancy by group"))
        self.model.retranslate()
        if self.loaded:
            self._show_chart()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
