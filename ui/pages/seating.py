"""Seating 좌석: the desks on a chosen day, by floor, with their occupants.

The interactive floor plan (ui.floorplan) is the first tab, built when the page is first
shown; the list is the second and follows the plan's day. Every seating change goes through
the shared undo stack, whose changes also refresh the list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services.queries import seating_on
from ui.i18n import fill
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel
from ui.models.seating import SeatingTableModel
from ui.pages.base import Page, SearchField, Today, fit_columns, make_table_view

ALL_FLOORS = None


class SeatingPage(Page):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(sessions, today, parent, undo_stack)
        self.floor_page: QWidget | None = None
        self.model = SeatingTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.day_label = QLabel()
        self.day_edit = QDateEdit(_qdate(today()))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_label.setBuddy(self.day_edit)
        self.floor_label = QLabel()
        self.floor_combo = QComboBox()
        self.floor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.floor_label.setBuddy(self.floor_combo)
        self.search = SearchField(self.proxy)
        self.count_label = QLabel()
        self.view = make_table_view(self.proxy)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.floor_plan_placeholder = QLabel()
        self.floor_plan_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.floor_plan_placeholder.setEnabled(False)
        self.tabs.addTab(self.floor_plan_placeholder, "")

        # The list's own controls live in its tab: the plan has its own day and floor.
        bar = QHBoxLayout()
        for widget in (
            self.day_label,
            self.day_edit,
            self.floor_label,
            self.floor_combo,
            self.search,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.list_tab = QWidget()
        list_layout = QVBoxLayout(self.list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.view)
        self.tabs.addTab(self.list_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.day_edit.dateChanged.connect(self._day_changed)
        self.floor_combo.currentIndexChanged.connect(self._floor_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        return [self.model]

    def day(self) -> dt.date:
        day = self.day_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_day(self, day: dt.date) -> None:
        self.day_edit.setDate(_qdate(day))

    def set_floor_plan(self, widget: QWidget) -> None:
        """Put the interactive floor plan in its tab."""
        index = self.tabs.indexOf(self.floor_plan_placeholder)
        self.tabs.removeTab(index)
        self.floor_plan_placeholder.deleteLater()
        self.tabs.insertTab(index, widget, self.tr("Floor plan"))
        self.tabs.setCurrentIndex(index)
        self.floor_page = widget

    def load(self) -> None:
        with self.sessions() as session:
            rows = seating_on(session, self.day())
        first = not self.model.rows()
        self.model.set_rows(rows)
        self._fill_floors()
        if first:
            fit_columns(self.view, self.model)
        if self.floor_page is None and self.undo_stack is not None:
            self._build_floor_plan()

    def _build_floor_plan(self) -> None:
        from ui.floorplan.floor_page import FloorPage  # noqa: PLC0415 - the plan is heavy

        page = FloorPage(self.sessions, self.undo_stack, today=self.today)
        page.set_day(self.day())
        page.day_changed.connect(self._plan_day_changed)
        self.undo_stack.indexChanged.connect(self._seating_changed)
        self.set_floor_plan(page)
        # Fit once the tab has its real size (constructed before the page was laid out).
        QTimer.singleShot(0, page.view.fit_floor)

    def _plan_day_changed(self, day: dt.date) -> None:
        if day != self.day():
            self.set_day(day)  # reloads the list through _day_changed

    def _seating_changed(self, _index: int) -> None:
        if self.is_loaded:
            with self.sessions() as session:
                self.model.set_rows(seating_on(session, self.day()))

    def _fill_floors(self) -> None:
        chosen = self.floor_combo.currentData()
        self.floor_combo.blockSignals(True)
        self.floor_combo.clear()
        self.floor_combo.addItem(self.tr("All floors"), ALL_FLOORS)
        for floor_id, name in self.model.floors():
            self.floor_combo.addItem(name, floor_id)
        index = self.floor_combo.findData(chosen) if chosen is not None else 0
        self.floor_combo.setCurrentIndex(max(index, 0))
        self.floor_combo.blockSignals(False)
        self.proxy.set_key(self.floor_combo.currentData())

    def _day_changed(self, _date: QDate) -> None:
        if self.is_loaded:
            self.reload()
        if self.floor_page is not None and self.floor_page.day() != self.day():
            self.floor_page.set_day(self.day())

    def _floor_changed(self, _index: int) -> None:
        self.proxy.set_key(self.floor_combo.currentData())

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.floor_label.setText(self.tr("&Floor:"))
        if self.floor_combo.count():
            self.floor_combo.setItemText(0, self.tr("All floors"))
        self.search.setPlaceholderText(self.tr("Search desk, zone, person or organisation"))
        self.tabs.setTabText(self.tabs.indexOf(self.list_tab), self.tr("Desk list"))
        plan = self.floor_page if self.floor_page is not None else self.floor_plan_placeholder
        self.tabs.setTabText(self.tabs.indexOf(plan), self.tr("Floor plan"))
        if self.floor_page is None:
            self.floor_plan_placeholder.setText(self.tr("Loading the floor plan…"))
        self._update_count()

    def _update_count(self, *_args) -> None:
        # Hot desks appear once per user: count desks, not rows.
        desks: set[int] = set()
        occupied: set[int] = set()
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            desks.add(row.desk_id)
            if row.person_id is not None:
                occupied.add(row.desk_id)
        self.count_label.setText(fill(self.tr("%1 desks, %2 occupied"), len(desks), len(occupied)))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
