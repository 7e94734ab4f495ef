"""Seating 좌석: the desks on a chosen day, by floor, with their occupants.

The interactive floor plan (ui.floorplan) is the first tab, built when the page is first
shown; the list is the second and follows the plan's day. Every seating change goes through
the shared undo stack, whose changes also refresh the list. The move plans tab
(ui.moveplans) and the occupancy tab (ui.occupancy) load when first shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QMainWindow,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services.queries import seating_on
from ui.accessibility import name_widget
from ui.flow_layout import FlowLayout
from ui.i18n import fill
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel
from ui.models.seating import SeatingTableModel
from ui.moveplans.tab import MovePlansTab
from ui.occupancy.tab import OccupancyTab
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
        bar = FlowLayout()  # wraps on a narrow screen
        for widget in (
            self.day_label,
            self.day_edit,
            self.floor_label,
            self.floor_combo,
            self.search,
        ):
            bar.addWidget(widget)
        bar.add_stretch()
        bar.addWidget(self.count_label)
        self.list_tab = QWidget()
        list_layout = QVBoxLayout(self.list_tab)
        list_layout.setContentsMargins(0, 6, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.view)
        self.tabs.addTab(self.list_tab, "")
        self.plans_tab = MovePlansTab(sessions, undo_stack, self.day, today=self.today)
        self.tabs.addTab(self.plans_tab, "")
        self.occupancy_tab = OccupancyTab(sessions, today())
        self.tabs.addTab(self.occupancy_tab, "")
        self._plans_loaded = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.day_edit.dateChanged.connect(self._day_changed)
        self.floor_combo.currentIndexChanged.connect(self._floor_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.plans_tab.show_on_floor.connect(self.show_plan_on_floor)
        self.view.doubleClicked.connect(self._show_row_on_floor)
        self.plans_tab.changed.connect(self._plans_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        # The move-plan and occupancy tabs fill their models when first shown.
        models: list[RowTableModel] = [self.model]
        if self._plans_loaded:
            models += self.plans_tab.models()
        if self.occupancy_tab.loaded:
            models += self.occupancy_tab.models()
        return models

    def day(self) -> dt.date:
        day = self.day_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_day(self, day: dt.date) -> None:
        self.day_edit.setDate(_qdate(day))

    def _show_row_on_floor(self, index) -> None:
        """A double-clicked desk of the list, found on the floor plan on the list's day."""
        row = index.data(ROW_ROLE)
        if row is None or self.floor_page is None:
            return
        self.floor_page.set_day(self.day())
        self.tabs.setCurrentWidget(self.floor_page)
        self.floor_page.go_to_desk(row.floor_id, row.desk_id)

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
        from ui.placement.hook import add_auto_place_button  # noqa: PLC0415 - with the plan

        add_auto_place_button(page)
        page.day_changed.connect(self._plan_day_changed)
        page.seating_notice.connect(self._show_notice)
        self.undo_stack.indexChanged.connect(self._seating_changed)
        self.set_floor_plan(page)
        # Fit once the tab has its real size (constructed before the page was laid out).
        QTimer.singleShot(0, page.view.fit_floor)

    def _show_notice(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def _plan_day_changed(self, day: dt.date) -> None:
        if day != self.day():
            self.set_day(day)  # reloads the list through _day_changed

    def _seating_changed(self, _index: int) -> None:
        if self.is_loaded:
            with self.sessions() as session:
                self.model.set_rows(seating_on(session, self.day()))
        # Plans staged on the floor plan, and seats changed anywhere, show in the other tabs.
        if self._plans_loaded:
            self.plans_tab.refresh()
        if self.occupancy_tab.loaded:
            self.occupancy_tab.refresh()

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.plans_tab and not self._plans_loaded:
            self._plans_loaded = True
            self.plans_tab.refresh()
        elif widget is self.occupancy_tab and not self.occupancy_tab.loaded:
            self.occupancy_tab.refresh()

    def show_plans(self) -> MovePlansTab:
        """Switch to the move plans tab (loading it)."""
        self.tabs.setCurrentWidget(self.plans_tab)
        return self.plans_tab

    def show_occupancy(self) -> OccupancyTab:
        self.tabs.setCurrentWidget(self.occupancy_tab)
        return self.occupancy_tab

    def show_plan_on_floor(self, plan_id: int) -> None:
        """The Floor plan tab, with this draft plan chosen in its "Move plan" combo."""
        if self.floor_page is None:
            return
        self.floor_page.set_plan(plan_id)
        self.tabs.setCurrentWidget(self.floor_page)

    def _plans_changed(self, seating) -> None:
        """A move plan command ran (either way): the floor plan's plans, and its desks if the
        seating changed (applying a plan, or undoing that)."""
        if self.floor_page is None:
            return
        self.floor_page.refresh_plans()
        if seating is not None:
            self.floor_page.refresh_desks(seating.desk_ids, seating.person_ids)

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
        self.occupancy_tab.set_day(self.day())
        if self.floor_page is not None and self.floor_page.day() != self.day():
            self.floor_page.set_day(self.day())

    def _floor_changed(self, _index: int) -> None:
        self.proxy.set_key(self.floor_combo.currentData())

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.floor_label.setText(self.tr("Fl&oor:"))
        if self.floor_combo.count():
            self.floor_combo.setItemText(0, self.tr("All floors"))
        self.search.setPlaceholderText(self.tr("Search desk, zone, person or organisation"))
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.view, self.tr("Desk list"))
        self.view.setToolTip(self.tr("Double-click a desk to show it on the floor plan"))
        self.tabs.setTabText(self.tabs.indexOf(self.list_tab), self.tr("Desk list"))
        self.tabs.setTabText(self.tabs.indexOf(self.plans_tab), self.tr("Move plans"))
        self.tabs.setTabText(self.tabs.indexOf(self.occupancy_tab), self.tr("Occupancy"))
        plan = self.floor_page if self.floor_page is not None else self.floor_plan_placeholder
        self.tabs.setTabText(self.tabs.indexOf(plan), self.tr("Floor plan"))
        if self.floor_page is None:
            self.floor_plan_placeholder.setText(self.tr("Loading the floor plan…"))
        self._update_count()

    def _update_count(self, *_args) -> None:
        # Hot desks appear once per user: count desks, not rows.
        desks: set[int] = set()
        occupied: set[int] = set()
        for row in self.proxy.shown_rows():
            desks.add(row.desk_id)
            if row.person_id is not None:
                occupied.add(row.desk_id)
        self.count_label.setText(fill(self.tr("%1 desks, %2 occupied"), len(desks), len(occupied)))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
