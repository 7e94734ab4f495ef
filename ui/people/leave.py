"""A person's leave and sabbaticals, edited from the person form: a list with Add and Remove,
each change one undoable command (the desk stays theirs and shows idle on those days)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services import availability
from planner.services.availability import LeaveRow
from ui.accessibility import name_widget
from ui.action_command import ActionCommand, run_and_push
from ui.errors import error_message
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.models.base import RowTableModel
from ui.pages.base import make_table_view

CONTEXT = "Leave"
KINDS = {
    "leave": QT_TRANSLATE_NOOP("Leave", "Leave"),
    "sabbatical": QT_TRANSLATE_NOOP("Leave", "Sabbatical"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class AddLeaveCommand(ActionCommand):
    def __init__(self, sessions, person_id: int, who: str, start: dt.date, end: dt.date,
                 kind: str, note: str = "", **kw) -> None:
        super().__init__(sessions, fill(_tr("Leave of %1"), who), **kw)
        self.person_id, self.start, self.end = person_id, start, end
        self.kind, self.note = kind, note
        self.leave_id: int | None = None

    def apply(self, session: Session) -> None:
        row = availability.add_leave(session, self.person_id, self.start, self.end, kind=self.kind,
                                     note=self.note, leave_id=self.leave_id)
        self.leave_id = row.id

    def revert(self, session: Session) -> None:
        if self.leave_id is not None:
            availability.remove_leave(session, self.leave_id)


class RemoveLeaveCommand(ActionCommand):
    def __init__(self, sessions, row: LeaveRow, who: str, **kw) -> None:
        super().__init__(sessions, fill(_tr("Remove leave of %1"), who), **kw)
        self.row = row

    def apply(self, session: Session) -> None:
        availability.remove_leave(session, self.row.id)

    def revert(self, session: Session) -> None:
        r = self.row
        availability.add_leave(session, r.person_id, r.start, r.end, kind=r.kind, note=r.note,
                               leave_id=r.id)


class LeaveModel(RowTableModel):
    COL_FROM, COL_TO, COL_KIND, COL_NOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("LeaveModel", "From"),
        QT_TRANSLATE_NOOP("LeaveModel", "To"),
        QT_TRANSLATE_NOOP("LeaveModel", "Kind"),
        QT_TRANSLATE_NOOP("LeaveModel", "Note"),
    )

    def display(self, row: LeaveRow, column: int) -> str:
        if column == self.COL_FROM:
            return row.start.isoformat()
        if column == self.COL_TO:
            return row.end.isoformat()
        if column == self.COL_KIND:
            return _tr(KINDS[row.kind])
        return row.note

    def sort_value(self, row: LeaveRow, column: int) -> Any:
        return (row.start, row.end, row.kind, row.note)[column]


class LeaveForm(QDialog):
    """One leave: from, to, kind, a note."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Add leave"))
        self.start = QDateEdit(QDate(today))
        self.end = QDateEdit(QDate(today + dt.timedelta(days=30)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind, text in KINDS.items():
            self.kind.addItem(_tr(text), kind)
        self.note = QLineEdit()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_tr("&From:"), self.start)
        form.addRow(_tr("&To (last day):"), self.end)
        form.addRow(_tr("&Kind:"), self.kind)
        form.addRow(_tr("&Note:"), self.note)
        form.addRow(buttons)

    def values(self) -> tuple[dt.date, dt.date, str, str]:
        return (self.start.date().toPython(), self.end.date().toPython(),
                self.kind.currentData(), self.note.text().strip())


class LeaveDialog(QDialog):
    """The person's leave periods; Add and Remove are undoable on the page's undo stack."""

    def __init__(self, sessions: sessionmaker[Session], undo_stack: QUndoStack | None,
                 person_id: int, who: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions, self.undo_stack = sessions, undo_stack
        self.person_id, self.who, self.today = person_id, who, today
        self.setWindowTitle(fill(_tr("Leave and sabbaticals of %1"), who))
        self.model = LeaveModel(self)
        self.view = make_table_view(self.model, stretch_last=True)
        name_widget(self.view, _tr("Leave periods"))
        self.add_button = QPushButton(_tr("&Add…"))
        self.remove_button = QPushButton(_tr("&Remove"))
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 300)
        self.reload()

    def reload(self) -> None:
        with self.sessions() as session:
            self.model.set_rows(availability.leaves_of(session, self.person_id))
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def _error(self, error) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_message(error))

    def _push(self, command: ActionCommand) -> bool:
        command.on_error = self._error
        done = run_and_push(self.undo_stack, command)
        self.reload()
        return done

    def add(self, start: dt.date, end: dt.date, kind: str = "leave", note: str = "") -> bool:
        return self._push(AddLeaveCommand(self.sessions, self.person_id, self.who, start, end,
                                          kind, note))

    def ask_add(self) -> None:
        form = LeaveForm(self.today, self)
        if form.exec():
            self.add(*form.values())

    def remove_selected(self) -> bool:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None and self.model.rowCount():
            row = self.model.row_at(0)
        if row is None:
            return False
        return self._push(RemoveLeaveCommand(self.sessions, row, self.who))


__all__ = ["AddLeaveCommand", "LeaveDialog", "RemoveLeaveCommand", "Qt"]
