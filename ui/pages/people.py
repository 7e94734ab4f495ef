"""People 인원: everyone at the institute, searchable by name, organisation, task or e-mail;
added, edited (double-click) and removed (only someone entered by mistake) with undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services import people
from planner.services.listings import people_listing
from ui.accessibility import name_widget
from ui.action_command import run_and_push
from ui.errors import show_error
from ui.i18n import fill, in_language
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel
from ui.models.people import PeopleTableModel
from ui.pages.base import (
    Page,
    SearchField,
    Today,
    fit_columns,
    make_table_view,
    select_row_where,
)
from ui.people.commands import (
    AddPersonCommand,
    EditPersonCommand,
    PeopleCommand,
    RemovePersonCommand,
)


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
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.organisations_button = QPushButton()
        # Seating from the list, without the plan or a mouse (ui.floorplan.keyboard_seating):
        # the button's menu, the Menu key or Shift+F10 on the list.
        self.seating_button = QPushButton()
        self.seating_menu = QMenu(self)
        self.seating_button.setMenu(self.seating_menu)
        self.seating_menu.aboutToShow.connect(self._fill_seating_menu)
        self._seating = None  # PersonSeating, made when first used
        self._organisations = None  # the dialog, made when first asked for and kept

        bar = QHBoxLayout()
        bar.addWidget(self.search)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        bar.addWidget(self.seating_button)
        bar.addWidget(self.organisations_button)
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
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.organisations_button.clicked.connect(self.show_organisations)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            menu_key = QShortcut(keys, self.view)
            menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            menu_key.activated.connect(self._seating_menu_at_row)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self._seating_menu_at_row(self.view.viewport().mapToGlobal(pos))
        )
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_person)
        self._selection_changed()
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
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.view, self.tr("People"))
        self.add_button.setText(self.tr("Add person…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.organisations_button.setText(self.tr("Organisations…"))
        self.seating_button.setText(self.tr("Seating"))
        self.seating_button.setToolTip(
            self.tr("Assign, move, swap or release the selected person's desk (Menu key)")
        )
        self.remove_button.setToolTip(
            self.tr("Remove someone entered by mistake. Someone who has had a desk or a task keeps "
                    "their history: set the end of their stay instead.")
        )
        self._update_count()

    # -- editing ------------------------------------------------------------------------------
    def may_edit(self) -> bool:
        """False when the role gate (or a read-only file) took the buttons away."""
        return not self.add_button.isHidden()

    def selected_person(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).person_id if len(rows) == 1 else None

    def _selection_changed(self, *_args) -> None:
        one = self.selected_person() is not None
        self.edit_button.setEnabled(one)
        self.remove_button.setEnabled(one)
        self.seating_button.setEnabled(one and self.may_edit())

    def add_person(self) -> bool:
        if not self.may_edit():
            return False
        return self._ask_and_run(None, lambda values: AddPersonCommand(self.sessions, values))

    def edit_person(self) -> bool:
        person_id = self.selected_person()
        if person_id is None or not self.may_edit():
            return False
        with self.sessions() as session:
            before = people.person_values(session, person_id)
        return self._ask_and_run(
            before,
            lambda values: EditPersonCommand(self.sessions, person_id, before, values),
            person_id,
        )

    def remove_person(self) -> bool:
        person_id = self.selected_person()
        if person_id is None or not self.may_edit():
            return False
        with self.sessions() as session:
            values = people.person_values(session, person_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove person"),
            fill(self.tr("Remove %1 from the institute's people?"), values["name_ko"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._push(RemovePersonCommand(self.sessions, person_id, values))

    def show_organisations(self):
        from ui.people.organisations import OrganisationsDialog  # noqa: PLC0415 - when asked for

        if self._organisations is None:
            # Kept (not deleted on close): an undo from the Edit menu later refreshes it.
            self._organisations = OrganisationsDialog(
                self.sessions, self.undo_stack, self.reload, self
            )
        else:
            self._organisations.load()
        self._organisations.exec()
        return self._organisations

    def _ask_and_run(
        self, values: dict[str, Any] | None, make_command, person_id: int | None = None
    ) -> bool:
        """The form until the service takes what it says, or the user cancels; a refusal
        brings the form back with everything as typed."""
        from ui.people.dialog import PersonDialog  # noqa: PLC0415 - only when editing

        editing = values is not None
        consequences = None
        edit_leave = None
        if person_id is not None:

            def edit_leave(parent) -> None:
                from ui.people.leave import LeaveDialog  # noqa: PLC0415 - when asked

                who = (values or {}).get("name_ko", "")
                dialog = LeaveDialog(self.sessions, self.undo_stack, person_id, who, self.today(),
                                     parent)
                self.last_leave_dialog = dialog
                dialog.exec()
                self._changed(person_id)

            def consequences(start, end):
                with self.sessions() as session:
                    return people.stay_consequences(session, person_id, start, end)

        while True:
            with self.sessions() as session:
                organisations = [
                    (o.id, in_language(o.name, o.name_en))
                    for o in people.list_organisations(session)
                ]
            dialog = PersonDialog(
                organisations,
                values,
                self.today(),
                self,
                editing=editing,
                consequences=consequences,
                edit_leave=edit_leave,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
            if self._push(make_command(values)):
                return True

    # -- seating ----------------------------------------------------------------------------
    def person_seating(self):
        from ui.floorplan.keyboard_seating import PersonSeating  # noqa: PLC0415 - when used

        if self._seating is None:
            self._seating = PersonSeating(
                self.sessions,
                self.undo_stack,
                self,
                self.today,
                on_changed=lambda _desks, people: self._changed(next(iter(people), None)),
                on_error=lambda error: show_error(self, error, self.tr("Seating not changed")),
            )
        return self._seating

    def _fill_seating_menu(self) -> None:
        self.seating_menu.clear()
        person_id = self.selected_person()
        if person_id is None:
            return
        source = self.person_seating().menu(person_id, self.seating_menu)
        for action in source.actions():
            self.seating_menu.addAction(action)
        if getattr(self, "_seating_source", None) is not None:
            self._seating_source.deleteLater()
        self._seating_source = source  # owns the actions shown

    def _seating_menu_at_row(self, where=None) -> None:
        person_id = self.selected_person()
        if person_id is None or not self.may_edit():
            return
        if where is None:
            rect = self.view.visualRect(self.view.currentIndex())
            where = self.view.viewport().mapToGlobal(rect.bottomLeft())
        self.person_seating().menu(person_id, self).exec(where)

    def _push(self, command: PeopleCommand) -> bool:
        command.on_changed = self._changed
        command.on_error = lambda error: show_error(self, error, self.tr("Person not changed"))
        return run_and_push(self.undo_stack, command)

    def _changed(self, person_id: int | None) -> None:
        self.reload()
        if person_id is not None:
            select_row_where(self.view, lambda row: row.person_id == person_id)

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(fill(self.tr("%1 people"), total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 people"), shown, total))
