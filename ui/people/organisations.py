"""People ▸ Organisations…: the organisations people belong to, added, renamed, re-kinded and
(when nobody belongs to one any more) removed; each change one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.models.enums import OrganisationKind
from planner.services.listings import OrganisationListing, organisation_listing
from ui.accessibility import name_widget
from ui.action_command import run_and_push
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel
from ui.pages.base import SearchField, make_table_view, select_row_where
from ui.people.commands import (
    AddOrganisationCommand,
    EditOrganisationCommand,
    PeopleCommand,
    RemoveOrganisationCommand,
)
from ui.people.dialog import OrganisationForm
from ui.screen_fit import fit_to_screen


class OrganisationsTableModel(RowTableModel):
    COL_NAME, COL_NAME_EN, COL_KIND, COL_PEOPLE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Name"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "English name"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("OrganisationsTableModel", "People"),
    )
    NUMERIC_COLUMNS = frozenset({COL_PEOPLE})

    def display(self, row: OrganisationListing, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_NAME_EN:
            return row.name_en
        if column == self.COL_KIND:
            return label(OrganisationKind, row.kind)
        return str(row.people)

    def sort_value(self, row: OrganisationListing, column: int) -> Any:
        return row.people if column == self.COL_PEOPLE else self.display(row, column)


class OrganisationsDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack: QUndoStack | None,
        on_changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.undo_stack, self.on_changed = sessions, undo_stack, on_changed
        self.setWindowTitle(self.tr("Organisations"))
        fit_to_screen(self, 640, 420)
        self.model = OrganisationsTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = SearchField(self.proxy)
        self.search.setPlaceholderText(self.tr("Search organisations"))
        self.view = make_table_view(self.proxy, stretch_last=False)
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.view, self.tr("Organisations"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            OrganisationsTableModel.COL_NAME_EN, QHeaderView.ResizeMode.Stretch
        )
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Only an organisation nobody belongs to any more"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.load()

    def load(self, select: int | None = None) -> None:
        with self.sessions() as session:
            self.model.set_rows(organisation_listing(session))
        select_row_where(self.view, lambda row: row.organisation_id == select)
        self._selection_changed()

    def selected(self) -> OrganisationListing | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if len(rows) == 1 else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and row.people == 0)

    def add(self) -> bool:
        form = OrganisationForm(parent=self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return False
        command = AddOrganisationCommand(self.sessions, form.values())
        return self._push(command, lambda: command.organisation_id)

    def edit(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        before = {"name": row.name, "name_en": row.name_en, "kind": row.kind}
        form = OrganisationForm(before, self)
        if form.exec() != QDialog.DialogCode.Accepted or form.values() == before:
            return False
        command = EditOrganisationCommand(self.sessions, row.organisation_id, before, form.values())
        return self._push(command, lambda: row.organisation_id)

    def remove(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        values = {"name": row.name, "name_en": row.name_en, "kind": row.kind}
        return self._push(
            RemoveOrganisationCommand(self.sessions, row.organisation_id, values), lambda: None
        )

    def _push(self, command: PeopleCommand, chosen: Callable[[], int | None]) -> bool:
        def changed(_selected: int | None) -> None:
            self.load(chosen())
            if self.on_changed is not None:
                self.on_changed()

        command.on_changed = changed
        command.on_error = lambda error: show_error(
            self, error, self.tr("Organisation not changed")
        )
        return run_and_push(self.undo_stack, command)
