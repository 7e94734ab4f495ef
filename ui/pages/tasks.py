"""Tasks & Renewals 연구과제·갱신: the yearly renewal workspace and the task catalogue.

The renewal workspace (ui.renewals) is built when the page is first shown; it shares the
window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services.listings import cycle_listing, task_listing
from ui.i18n import fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.models.tasks import CycleTableModel, TaskTableModel
from ui.pages.base import Page, SearchField, Today, fit_columns, make_table_view


class TasksPage(Page):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(sessions, today, parent)
        self.undo_stack = undo_stack
        self.workspace: QWidget | None = None
        self.task_model = TaskTableModel(self)
        self.task_proxy = SearchProxyModel(self)
        self.task_proxy.setSourceModel(self.task_model)
        self.cycle_model = CycleTableModel(self)
        self.cycle_proxy = SearchProxyModel(self)
        self.cycle_proxy.setSourceModel(self.cycle_model)

        self.search = SearchField(self.task_proxy)
        self.count_label = QLabel()
        self.task_view = make_table_view(self.task_proxy)
        self.cycle_view = make_table_view(self.cycle_proxy)
        self.cycle_view.sortByColumn(CycleTableModel.COL_YEAR, Qt.SortOrder.DescendingOrder)

        self.tasks_box = QGroupBox()
        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        tasks_layout = QVBoxLayout(self.tasks_box)
        tasks_layout.addLayout(bar)
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
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        return [self.task_model, self.cycle_model]

    def load(self) -> None:
        with self.sessions() as session:
            tasks = task_listing(session)
            cycles = cycle_listing(session)
        first = not self.task_model.rows()
        self.task_model.set_rows(tasks)
        self.cycle_model.set_rows(cycles)
        if first:
            fit_columns(self.task_view, self.task_model, maximum=320)
            fit_columns(self.cycle_view, self.cycle_model)
        if self.workspace is None and self.undo_stack is not None:
            from ui.renewals.workspace import RenewalWorkspace  # noqa: PLC0415 - heavy, lazily

            self.workspace = RenewalWorkspace(self.sessions, self.undo_stack, today=self.today)
            self.tabs.insertTab(0, self.workspace, self.tr("Renewals"))
            self.tabs.setCurrentIndex(0)
            self.undo_stack.indexChanged.connect(self._data_changed)
        elif self.workspace is not None:
            self.workspace.refresh()

    def _data_changed(self, _index: int) -> None:
        with self.sessions() as session:
            self.task_model.set_rows(task_listing(session))
            self.cycle_model.set_rows(cycle_listing(session))

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.catalogue), self.tr("Task catalogue"))
        if self.workspace is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.workspace), self.tr("Renewals"))
        self.tasks_box.setTitle(self.tr("Research tasks"))
        self.cycles_box.setTitle(self.tr("Renewal cycles"))
        self.search.setPlaceholderText(self.tr("Search by code, title, area or person"))
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.task_proxy.rowCount(), self.task_model.rowCount()
        text = self.tr("%1 tasks") if shown == total else self.tr("%1 of %2 tasks")
        self.count_label.setText(fill(text, shown, total))
