"""The three tabs of research administration on the Tasks & Renewals page.

``ResearchTabs(sessions, undo_stack, today, tabs)`` adds "Participants", "KPIs" and "IP" to the
page's tab widget; each lists its records in a sortable table (search field, filters by year
and task) and changes them through undoable commands (ui.research.participation.commands) on the window's
undo stack. ``refresh()`` re-reads after any change; ``retranslate()`` after a language switch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.models import CycleStatus, RenewalCycle, ResearchTask, TaskRenewal
from planner.services import ip, kpis, participants
from planner.services.listings import people_listing
from ui.accessibility import name_widget
from ui.errors import show_error
from ui.i18n import fill
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel
from ui.pages.base import SearchField, fit_columns, make_table_view
from ui.renewals.commands import run_and_push
from ui.research.participation import commands as cmd
from ui.research.participation.dialogs import IpDialog, KpiDialog, ParticipantDialog
from ui.research.participation.models import IpTableModel, KpiTableModel, ParticipantTableModel


@dataclass
class YearData:
    year: int | None = None
    years: list[int] = field(default_factory=list)
    editable: bool = False
    status: CycleStatus | None = None
    renewals: list[tuple[str, int, dt.date, dt.date]] = field(default_factory=list)
    participants: list = field(default_factory=list)
    totals: dict[int, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    kpis: list = field(default_factory=list)
    ip: list = field(default_factory=list)
    tasks: list[tuple[str, int]] = field(default_factory=list)  # every task: code, id


def load(session: Session, year: int | None) -> YearData:
    cycles = session.scalars(select(RenewalCycle).order_by(RenewalCycle.year.desc())).all()
    data = YearData(years=[c.year for c in cycles])
    data.tasks = [(t.code, t.id) for t in session.scalars(select(ResearchTask).order_by(ResearchTask.code))]
    data.ip = ip.ip_rows(session)
    cycle = next((c for c in cycles if c.year == year), None) or (cycles[0] if cycles else None)
    if cycle is None:
        return data
    data.year, data.status = cycle.year, cycle.status
    data.editable = cycle.status in (CycleStatus.DRAFT, CycleStatus.CONSULTATION)
    data.renewals = [
        (code, renewal_id, start, end)
        for code, renewal_id, start, end in session.execute(
            select(ResearchTask.code, TaskRenewal.id, TaskRenewal.period_start, TaskRenewal.period_end)
            .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
            .where(TaskRenewal.cycle_id == cycle.id)
            .order_by(ResearchTask.code)
        )
    ]
    data.participants = participants.participant_rows(session, cycle.year)
    data.totals = {
        person: participants.person_load(session, person, cycle.year)
        for person in {row.person_id for row in data.participants}
    }
    data.problems = participants.problems(session, cycle.year)
    data.kpis = kpis.kpi_rows(session, cycle.year)
    return data


class ListTab(QWidget):
    """A search field, a year and a task filter, Add / Change / Remove, and the table."""

    def __init__(self, model: RowTableModel, with_year: bool = True,
                 proxy: type[SearchProxyModel] = SearchProxyModel, stretch_last: bool = True,
                 parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy(self)
        self.proxy.setSourceModel(model)
        self.view: QTableView = make_table_view(self.proxy, stretch_last=stretch_last)
        self.search = SearchField(self.proxy)
        self.year_combo = QComboBox()
        if not with_year:  # (showing a widget before it has a parent would open a window)
            self.year_combo.hide()
        self.task_combo = QComboBox()
        self.task_combo.addItem("", None)
        self.task_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_key(self.task_combo.currentData())
        )
        self.count_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        bar = QHBoxLayout()
        for widget in (self.search, self.year_combo, self.task_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        # A role that may not edit has the button hidden (ui.connection.role_gate).
        self.view.doubleClicked.connect(
            lambda _index: None if self.edit_button.isHidden() else self.edit_button.click()
        )
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(self.update_count)
        self.editable = True

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if len(rows) == 1 else None

    def update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self.editable)
        one = self.selected() is not None
        self.edit_button.setEnabled(self.editable and one)
        self.remove_button.setEnabled(self.editable and one)

    def update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 rows") if shown == total else self.tr("%1 of %2 rows")
        self.count_label.setText(fill(text, shown, total))

    def set_tasks(self, codes: list[str]) -> None:
        chosen = self.task_combo.currentData()
        self.task_combo.blockSignals(True)
        while self.task_combo.count() > 1:
            self.task_combo.removeItem(1)
        for code in codes:
            self.task_combo.addItem(code, code)
        self.task_combo.setCurrentIndex(max(self.task_combo.findData(chosen), 0))
        self.task_combo.blockSignals(False)
        self.proxy.set_key(self.task_combo.currentData())

    def set_years(self, years: list[int], current: int | None) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.year_combo.blockSignals(False)


class IpKeyProxy(SearchProxyModel):
    """A disclosure matches a task filter when it names the task among its tasks."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._task: str | None = None

    def set_key(self, key) -> None:
        if key != self._task:
            self.beginFilterChange()
            self._task = key
            self.endFilterChange(SearchProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802
        if self._task is not None:
            row = self.sourceModel().row_at(source_row)
            if self._task not in row.task_codes:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class ResearchTabs(QObject):
    def __init__(self, sessions: sessionmaker[Session], undo_stack: QUndoStack,
                 today: Callable[[], dt.date], tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.sessions, self.undo_stack, self.today, self.tabs = sessions, undo_stack, today, tabs
        self.data = YearData()
        self.participants = ListTab(ParticipantTableModel(self))
        self.kpis = ListTab(KpiTableModel(self), stretch_last=False)
        self.ip = ListTab(IpTableModel(self), with_year=False, proxy=IpKeyProxy)
        for tab in (self.participants, self.kpis, self.ip):
            tabs.addTab(tab, "")
            tab.year_combo.currentIndexChanged.connect(
                lambda _i, tab=tab: self.refresh(tab.year_combo.currentData())
            )
        self.participants.add_button.clicked.connect(lambda: self.add_participant())
        self.participants.edit_button.clicked.connect(lambda: self.edit_participant())
        self.participants.remove_button.clicked.connect(lambda: self.remove_participant())
        self.kpis.add_button.clicked.connect(lambda: self.add_kpi())
        self.kpis.edit_button.clicked.connect(lambda: self.edit_kpi())
        self.kpis.remove_button.clicked.connect(lambda: self.remove_kpi())
        self.ip.add_button.clicked.connect(lambda: self.add_ip())
        self.ip.edit_button.clicked.connect(lambda: self.edit_ip())
        self.ip.remove_button.clicked.connect(lambda: self.remove_ip())
        self.retranslate()
        self.refresh()
        for tab in (self.participants, self.kpis, self.ip):
            fit_columns(tab.view, tab.model, maximum=320)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self, year: int | None = None) -> None:
        wanted = year if year is not None else self.data.year
        try:
            with self.sessions() as session:
                self.data = data = load(session, wanted)
        except PlannerError as error:
            show_error(self.tabs, error)
            return
        self.participants.model.set_data(data.participants, data.totals)
        self.kpis.model.set_rows(data.kpis)
        self.ip.model.set_rows(data.ip)
        codes = [code for code, *_rest in data.renewals]
        for tab in (self.participants, self.kpis):
            tab.set_years(data.years, data.year)
            tab.set_tasks(codes)
            tab.editable = data.editable and bool(data.renewals)
            tab.update_buttons()
            tab.update_count()
        self.ip.set_tasks([code for code, _id in data.tasks])
        self.ip.editable = True
        self.ip.update_buttons()
        self.ip.update_count()
        self._notes()

    def _notes(self) -> None:
        data = self.data
        lines = []
        if data.year is not None and not data.editable:
            lines.append(fill(self.tr("The %1 cycle is agreed or signed: its participants and KPIs "
                                      "can no longer be changed."), data.year))
        lines += [self._problem_text(p) for p in data.problems]
        for tab in (self.participants, self.kpis):
            text = "\n".join(lines if tab is self.participants else lines[:1])
            tab.note.setText(text)
            tab.note.setVisible(bool(text))

    def _problem_text(self, problem: str) -> str:
        code, _, rest = problem.partition(": the PI ")
        name = rest.removesuffix(" is not a participant.")
        return fill(self.tr("%1: the PI %2 is not a participant."), code, name)

    # -- changing ------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        def changed(year: int) -> None:
            if shiboken6.isValid(self.tabs):
                self.refresh(year)

        def failed(error: PlannerError, lead: str) -> None:
            if shiboken6.isValid(self.tabs):
                show_error(self.tabs, error, lead or None)

        command.on_changed, command.on_error = changed, failed
        return run_and_push(self.undo_stack, command)

    def _people(self):
        with self.sessions() as session:
            return people_listing(session, self.today())

    def _read(self, kind: cmd.Kind, key: int):
        with self.sessions() as session:
            return kind.read(session, key)

    def add_participant(self, values: dict | None = None) -> bool:
        if values is None:
            dialog = ParticipantDialog(self.data.renewals, self._people(), parent=self.tabs)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        code = next((c for c, r, *_ in self.data.renewals if r == values["renewal_id"]), "")
        name = next((p.name_ko for p in self._people() if p.person_id == values["person_id"]), "")
        return self._push(cmd.AddCommand(self.sessions, cmd.PARTICIPANT, cmd.add_participant_text(name, code),
                                         self.data.year or 0, values))

    def edit_participant(self, after: dict | None = None) -> bool:
        row = self.participants.selected()
        if row is None:
            return False
        before = self._read(cmd.PARTICIPANT, row.id)
        if after is None:
            dialog = ParticipantDialog(self.data.renewals, self._people(), before, parent=self.tabs)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            after = dialog.values()
        after = {**before, **after}
        if after == before:
            return False
        return self._push(cmd.EditCommand(self.sessions, cmd.PARTICIPANT,
                                          cmd.edit_participant_text(row.name_ko, row.task_code),
                                          row.year, row.id, before, after))

    def remove_participant(self) -> bool:
        row = self.participants.selected()
        if row is None:
            return False
        return self._push(cmd.RemoveCommand(self.sessions, cmd.PARTICIPANT,
                                            cmd.remove_participant_text(row.name_ko, row.task_code),
                                            row.year, row.id))

    def _kpi_tasks(self) -> list[tuple[str, int]]:
        return [(code, renewal) for code, renewal, *_rest in self.data.renewals]

    def add_kpi(self, values: dict | None = None) -> bool:
        if values is None:
            dialog = KpiDialog(self._kpi_tasks(), parent=self.tabs)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        code = next((c for c, r in self._kpi_tasks() if r == values["renewal_id"]), "")
        return self._push(cmd.AddCommand(self.sessions, cmd.KPI, cmd.kpi_text("add", values["name"], code),
                                         self.data.year or 0, values))

    def edit_kpi(self, after: dict | None = None) -> bool:
        row = self.kpis.selected()
        if row is None:
            return False
        before = self._read(cmd.KPI, row.id)
        if after is None:
            dialog = KpiDialog(self._kpi_tasks(), before, parent=self.tabs)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            after = dialog.values()
        after = {**before, **after}
        if after == before:
            return False
        return self._push(cmd.EditCommand(self.sessions, cmd.KPI, cmd.kpi_text("edit", row.name, row.task_code),
                                          row.year, row.id, before, after))

    def remove_kpi(self) -> bool:
        row = self.kpis.selected()
        if row is None:
            return False
        return self._push(cmd.RemoveCommand(self.sessions, cmd.KPI,
                                            cmd.kpi_text("remove", row.name, row.task_code), row.year, row.id))

    def add_ip(self, values: dict | None = None) -> bool:
        if values is None:
            dialog = IpDialog(self.data.tasks, self._people(), parent=self.tabs, today=self.today())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        return self._push(cmd.AddCommand(self.sessions, cmd.IP, cmd.ip_text("add", values["title"]),
                                         self.data.year or 0, values))

    def edit_ip(self, after: dict | None = None) -> bool:
        row = self.ip.selected()
        if row is None:
            return False
        before = self._read(cmd.IP, row.id)
        if after is None:
            dialog = IpDialog(self.data.tasks, self._people(), before, parent=self.tabs)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            after = dialog.values()
        after = {**before, **after}
        if after == before:
            return False
        return self._push(cmd.EditCommand(self.sessions, cmd.IP, cmd.ip_text("edit", row.title),
                                          self.data.year or 0, row.id, before, after))

    def remove_ip(self) -> bool:
        row = self.ip.selected()
        if row is None:
            return False
        return self._push(cmd.RemoveCommand(self.sessions, cmd.IP, cmd.ip_text("remove", row.title),
                                            self.data.year or 0, row.id))

    # -- words ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = ((self.participants, self.tr("Participants")), (self.kpis, self.tr("KPIs")),
                  (self.ip, self.tr("IP disclosures")))
        for tab, title in titles:
            self.tabs.setTabText(self.tabs.indexOf(tab), title)
            tab.model.retranslate()
            name_widget(tab.view, title)
            name_widget(tab.year_combo, self.tr("Year"))
            name_widget(tab.task_combo, self.tr("Filter by task"))
            tab.task_combo.setItemText(0, self.tr("All tasks"))
            tab.update_count()
        self.participants.search.setPlaceholderText(self.tr("Search by task, name or organisation"))
        self.kpis.search.setPlaceholderText(self.tr("Search by task or KPI"))
        self.ip.search.setPlaceholderText(self.tr("Search by title, inventor or filing no."))
        for tab in (self.participants, self.kpis, self.ip):
            name_widget(tab.search, tab.search.placeholderText())
        self.participants.add_button.setText(self.tr("Add participant…"))
        self.participants.edit_button.setText(self.tr("Change participant…"))
        self.participants.remove_button.setText(self.tr("Remove participant"))
        self.kpis.add_button.setText(self.tr("Add KPI…"))
        self.kpis.edit_button.setText(self.tr("Change KPI…"))
        self.kpis.remove_button.setText(self.tr("Remove KPI"))
        self.ip.add_button.setText(self.tr("Record disclosure…"))
        self.ip.edit_button.setText(self.tr("Change disclosure…"))
        self.ip.remove_button.setText(self.tr("Remove disclosure"))
        self._notes()
