"""Tasks & Renewals 연구과제·갱신: the yearly renewal workspace and the task catalogue.

The renewal workspace (ui.renewals) is built when the page is first shown; it shares the
window's undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.models.enums import TaskStatus, Track
from planner.services.listings import (
    PersonListing,
    TaskListing,
    cycle_listing,
    people_listing,
    task_listing,
)
from planner.services.tasks import list_tasks
from ui.accessibility import name_widget
from ui.errors import show_error
from ui.i18n import fill
from ui.labels import label
from ui.models.base import ROW_ROLE, Index, RowTableModel, SearchProxyModel
from ui.models.tasks import CycleTableModel, TaskTableModel
from ui.pages.base import Page, SearchField, Today, fit_columns, make_table_view
from ui.tasks.commands import (
    CreateTaskCommand,
    DeleteTaskCommand,
    EditTaskCommand,
    TaskValues,
    read_task,
    run_and_push,
)
from ui.tasks.task_dialog import TaskDialog


class TaskFilterProxy(SearchProxyModel):
    """The search field, plus exact filters on track, status and start year (None: any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filters: dict[str, Any] = {"track": None, "status": None, "year": None}
        self._years: dict[int, int] = {}

    def set_start_years(self, years: dict[int, int]) -> None:
        """task id -> start year (the listing rows do not carry it)."""
        self.beginFilterChange()
        self._years = dict(years)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, name: str, value: Any) -> None:
        if self._filters[name] != value:
            self.beginFilterChange()
            self._filters[name] = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if isinstance(model, RowTableModel) and not source_parent.isValid():
            row: TaskListing = model.row_at(source_row)
            track, status, year = (self._filters[k] for k in ("track", "status", "year"))
            if track is not None and row.track != track:
                return False
            if status is not None and row.status != status:
                return False
            if year is not None and self._years.get(row.task_id) != year:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class TasksPage(Page):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(sessions, today, parent, undo_stack)
        self.workspace: QWidget | None = None
        self.research: Any = None  # ui.research.participation.ResearchTabs, built with the workspace
        self.task_model = TaskTableModel(self)
        self.task_proxy = TaskFilterProxy(self)
        self.task_proxy.setSourceModel(self.task_model)
        self.cycle_model = CycleTableModel(self)
        self.cycle_proxy = SearchProxyModel(self)
        self.cycle_proxy.setSourceModel(self.cycle_model)

        self.search = SearchField(self.task_proxy)
        self.count_label = QLabel()
        self.task_view = make_table_view(self.task_proxy)
        self.cycle_view = make_table_view(self.cycle_proxy)
        self.cycle_view.sortByColumn(CycleTableModel.COL_YEAR, Qt.SortOrder.DescendingOrder)

        self.track_combo = QComboBox()
        self.status_combo = QComboBox()
        self.year_combo = QComboBox()
        for combo in (self.track_combo, self.status_combo, self.year_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.track_combo.addItem("", None)
        for track in Track:
            self.track_combo.addItem("", track.value)
        self.status_combo.addItem("", None)
        for status in TaskStatus:
            self.status_combo.addItem("", status.value)
        self.year_combo.addItem("", None)
        self.track_combo.currentIndexChanged.connect(
            lambda: self.task_proxy.set_filter("track", self.track_combo.currentData())
        )
        self.status_combo.currentIndexChanged.connect(
            lambda: self.task_proxy.set_filter("status", self.status_combo.currentData())
        )
        self.year_combo.currentIndexChanged.connect(
            lambda: self.task_proxy.set_filter("year", self.year_combo.currentData())
        )
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.floor_button = QPushButton()
        self.new_button.clicked.connect(self.new_task)
        self.edit_button.clicked.connect(self.edit_task)
        self.delete_button.clicked.connect(self.delete_task)
        self.floor_button.clicked.connect(self.show_members_on_floor_plan)
        self.task_view.doubleClicked.connect(lambda _index: self.edit_task())
        self.task_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.tasks_box = QGroupBox()
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.track_combo)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.floor_button):
            actions.addWidget(button)
        actions.addStretch(1)
        tasks_layout = QVBoxLayout(self.tasks_box)
        tasks_layout.addLayout(bar)
        tasks_layout.addLayout(actions)
        tasks_layout.addWidget(self.task_view)
        self.cycles_box = QGroupBox()
        QVBoxLayout(self.cycles_box).addWidget(self.cycle_view)

        self.catalogue = QSplitter(Qt.Orientation.Vertical)
        self.catalogue.addWidget(self.tasks_box)
        self.catalogue.addWidget(self.cycles_box)
        self.catalogue.setStretchFactor(0, 3)
        self.catalogue.setStretchFactor(1, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.catalogue, "")
        QVBoxLayout(self).addWidget(self.tabs)

        for signal in (
            self.task_proxy.rowsInserted,
            self.task_proxy.rowsRemoved,
            self.task_proxy.modelReset,
            self.task_proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
            signal.connect(self._update_buttons)
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        return [self.task_model, self.cycle_model]

    def load(self) -> None:
        first = not self.task_model.rows()
        self._load_catalogue()
        if first:
            fit_columns(self.task_view, self.task_model, maximum=320)
            fit_columns(self.cycle_view, self.cycle_model)
        if self.workspace is None and self.undo_stack is not None:
            from ui.renewals.workspace import RenewalWorkspace  # noqa: PLC0415 - heavy, lazily

            self.workspace = RenewalWorkspace(self.sessions, self.undo_stack, today=self.today)
            self.tabs.insertTab(0, self.workspace, self.tr("Renewals"))
            self.tabs.setCurrentIndex(0)
            self.undo_stack.indexChanged.connect(self._data_changed)
            from ui.research.participation import ResearchTabs  # noqa: PLC0415 - with the workspace

            self.research = ResearchTabs(self.sessions, self.undo_stack, self.today, self.tabs)
        elif self.workspace is not None:
            self.workspace.refresh()
            if self.research is not None:
                self.research.refresh()

    def _data_changed(self, _index: int) -> None:
        self._load_catalogue()

    def _load_catalogue(self) -> None:
        with self.sessions() as session:
            tasks = task_listing(session)
            cycles = cycle_listing(session)
            years = {task.id: task.start_year for task in list_tasks(session)}
        self.task_proxy.set_start_years(years)
        self.task_model.set_rows(tasks)
        self.cycle_model.set_rows(cycles)
        self._fill_years(sorted(set(years.values()), reverse=True))

    def _fill_years(self, years: list[int]) -> None:
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        while self.year_combo.count() > 1:
            self.year_combo.removeItem(1)
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(chosen), 0))
        self.year_combo.blockSignals(False)
        self.task_proxy.set_filter("year", self.year_combo.currentData())

    # -- the catalogue's actions --------------------------------------------------------------
    def selected_task(self) -> TaskListing | None:
        rows = self.task_view.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return rows[0].data(ROW_ROLE)

    def _update_buttons(self, *_args) -> None:
        one = self.selected_task() is not None
        for button in (self.edit_button, self.delete_button, self.floor_button):
            button.setEnabled(one)

    def _show_error(self, error: PlannerError) -> None:
        show_error(self, error)

    def _people(self) -> list[PersonListing]:
        with self.sessions() as session:
            return people_listing(session, self.today())

    def _read(self, task_id: int) -> TaskValues | None:
        try:
            with self.sessions() as session:
                return read_task(session, task_id)
        except PlannerError as error:
            show_error(self, error)
            return None

    def _run(self, command) -> bool:
        return run_and_push(self.undo_stack, command)

    def new_task(self) -> bool:
        dialog = TaskDialog(self._people(), default_year=self.today().year, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.create_task(dialog.values())

    def create_task(self, values: TaskValues) -> bool:
        return self._run(CreateTaskCommand(self.sessions, values, on_error=self._show_error))

    def edit_task(self) -> bool:
        row = self.selected_task()
        if row is None:
            return False
        before = self._read(row.task_id)
        if before is None:
            return False
        dialog = TaskDialog(self._people(), before, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        after = dialog.values()
        if after == before:
            return False
        command = EditTaskCommand(
            self.sessions, row.task_id, before, after, on_error=self._show_error
        )
        return self._run(command)

    def delete_task(self) -> bool:
        row = self.selected_task()
        values = self._read(row.task_id) if row is not None else None
        if row is None or values is None:
            return False
        command = DeleteTaskCommand(self.sessions, row.task_id, values, on_error=self._show_error)
        return self._run(command)

    def show_members_on_floor_plan(self) -> bool:
        """Switch to the Seating page's floor plan and find the first member with a desk."""
        row = self.selected_task()
        values = self._read(row.task_id) if row is not None else None
        if row is None or values is None:
            return False
        members = set(values.member_ids)
        seated = [p for p in self._people() if p.person_id in members and p.desk_code]
        if not seated:
            QMessageBox.information(
                self, self.tr("Lab Planner"), self.tr("No member of this task has a desk today.")
            )
            return False
        window = self.window()
        show_page, page = getattr(window, "show_page", None), getattr(window, "page", None)
        if show_page is None or page is None:
            return False
        try:
            show_page("seating")
            seating = page("seating")
        except (KeyError, StopIteration):
            return False
        seating.ensure_loaded()
        floor_page = getattr(seating, "floor_page", None)
        if floor_page is None or not hasattr(floor_page, "find"):
            return False
        # Colour the plan by research task: every member's desk shows in the team's colour
        # (named in the legend), and the view centres on the first of them.
        from ui.floorplan.colours import ColourMode  # noqa: PLC0415 - the plan is loaded by now

        mode_combo = getattr(floor_page, "mode_combo", None)
        if mode_combo is not None:
            index = mode_combo.findData(ColourMode.TASK)
            if index >= 0:
                mode_combo.setCurrentIndex(index)
        first = seated[0]
        return floor_page.find(first.email or first.name_ko) is not None

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue), self.tr("Task catalogue"))
        if self.workspace is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.workspace), self.tr("Renewals"))
        if self.research is not None:
            self.research.retranslate()
        self.tasks_box.setTitle(self.tr("Research tasks"))
        self.cycles_box.setTitle(self.tr("Renewal cycles"))
        name_widget(self.track_combo, self.tr("Filter by track"))
        name_widget(self.status_combo, self.tr("Filter by status"))
        name_widget(self.year_combo, self.tr("Filter by start year"))
        name_widget(self.task_view, self.tasks_box.title())
        name_widget(self.cycle_view, self.cycles_box.title())
        self.search.setPlaceholderText(self.tr("Search by code, title, area or person"))
        self.track_combo.setItemText(0, self.tr("All tracks"))
        for index in range(1, self.track_combo.count()):
            self.track_combo.setItemText(index, label(Track, self.track_combo.itemData(index)))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, label(TaskStatus, self.status_combo.itemData(index))
            )
        self.year_combo.setItemText(0, self.tr("All start years"))
        self.new_button.setText(self.tr("New task…"))
        self.edit_button.setText(self.tr("Edit task…"))
        self.delete_button.setText(self.tr("Delete task"))
        self.floor_button.setText(self.tr("Show members on the floor plan"))
        self._update_buttons()
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.task_proxy.rowCount(), self.task_model.rowCount()
        text = self.tr("%1 tasks") if shown == total else self.tr("%1 of %2 tasks")
        self.count_label.setText(fill(text, shown, total))
