"""People 인원: everyone at the institute, searchable by name, organisation, task or e-mail."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.services.listings import people_listing
from ui.i18n import fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.models.people import PeopleTableModel
from ui.pages.base import Page, SearchField, Today, fit_columns, make_table_view


class PeoplePage(Page):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(sessions, today, parent, undo_stack)
        self.model = PeopleTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = SearchField(self.proxy)
        self.count_label = QLabel()
        self.view = make_table_view(self.proxy)

        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

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

    def load(self) -> None:
        with self.sessions() as session:
            rows = people_listing(session, self.today())
        first = not self.model.rows()
        self.model.set_rows(rows)
        if first:
            fit_columns(self.view, self.model)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, organisation, task or e-mail"))
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(fill(self.tr("%1 people"), total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 people"), shown, total))
