"""Tasks & Renewals 연구과제·갱신: the task catalogue and the yearly renewal cycles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.services.listings import cycle_listing, task_listing
from ui.i18n import fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.models.tasks import CycleTableModel, TaskTableModel
from ui.pages.base import Page, SearchField, Today, fit_columns, make_table_view


class TasksPage(Page):
    def __init__(
        self, sessions: sessionmaker[Session], today: Today, parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, today, parent)
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

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tasks_box)
        splitter.addWidget(self.cycles_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

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

    def retranslate(self) -> None:
        self.tasks_box.setTitle(self.tr("Research tasks"))
        self.cycles_box.setTitle(self.tr("Renewal cycles"))
        self.search.setPlaceholderText(self.tr("Search by code, title, area or person"))
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.task_proxy.rowCount(), self.task_model.rowCount()
        text = self.tr("%1 tasks") if shown == total else self.tr("%1 of %2 tasks")
        self.count_label.setText(fill(text, shown, total))
