"""The dialog shown when a database cannot be opened: what is wrong, and the ways out.

A damaged file, one from a newer version, a read-only file or folder, a full disk: each gets
a sentence in the user's language and the same four ways out — put one of the automatic
backups (listed with their dates) in its place, open the file read-only, choose another
file, or quit (at start-up) / keep the current database (File ▸ Open). An empty (0-byte) file
has a fifth: start a new database in its place. The dialog only asks;
ui.recovery_flow does what was chosen.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import errors
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.models.base import RowTableModel, SearchProxyModel

CONTEXT = "Recovery"


class WayOut(enum.Enum):
    RESTORE_BACKUP = "restore"
    READ_ONLY = "read_only"
    OTHER_FILE = "other_file"
    NEW_DATABASE = "new_database"  # only for an empty file: a new database in its place
    LEAVE = "leave"  # quit at start-up; keep the current database on File ▸ Open


@dataclass(frozen=True)
class BackupRow:
    taken: dt.datetime
    path: Path
    size: int


class BackupsModel(RowTableModel):
    """The automatic backups of the file, newest first."""

    COL_TAKEN, COL_SIZE, COL_FILE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )
    NUMERIC_COLUMNS = frozenset({COL_SIZE})

    def display(self, row: BackupRow, column: int) -> str:
        if column == self.COL_TAKEN:
            return row.taken.strftime("%Y-%m-%d %H:%M:%S")
        if column == self.COL_SIZE:
            return f"{max(1, round(row.size / 1024)):,} KB"
        return row.path.name

    def sort_value(self, row: BackupRow, column: int) -> object:
        if column == self.COL_TAKEN:
            return row.taken.isoformat()
        if column == self.COL_SIZE:
            return row.size
        return row.path.name


def backups_table(
    backups: list[BackupRow], parent: QWidget
) -> tuple[BackupsModel, SearchProxyModel, QTableView]:
    """The list of backups both the recovery and the restore dialogs show: newest first, one
    row chosen at a time, the newest chosen."""
    model = BackupsModel(parent)
    model.set_rows(backups)
    proxy = SearchProxyModel(parent)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(BackupsModel.COL_TAKEN, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(BackupsModel.COL_TAKEN, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(BackupsModel.COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(BackupsModel.COL_FILE, QHeaderView.ResizeMode.Stretch)
    if backups:  # the newest is the likeliest choice
        view.selectionModel().select(
            proxy.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    return model, proxy, view


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_sentence(error: BaseException, location: str) -> str:
    """What is wrong, in plain words, and that the file was left as it was."""
    if isinstance(error, errors.DatabaseEmpty):
        text = _tr(
            "The file %1 is empty (0 bytes): whatever it held is gone, perhaps through a disk "
            "fault. It has not been changed. Put one of its backups in its place, or start a "
            "new database there."
        )
    elif isinstance(error, errors.DatabaseForeign):
        text = _tr(
            "The file %1 is a database of another application, not of Lab Planner. It has not "
            "been changed."
        )
    elif isinstance(error, errors.DatabaseDamaged) and getattr(error, "index", None):
        text = _tr(
            "The file %1 is damaged: an index (a list kept to find rows quickly) cannot be "
            "read, so its data cannot be trusted. It has not been changed; put one of its "
            "backups in its place."
        )
    elif isinstance(error, errors.DatabaseDamaged):
        text = _tr(
            "The file %1 is damaged or is not a Lab Planner database. It has not been changed."
        )
    elif isinstance(error, errors.DatabaseTooNew):
        text = _tr(
            "The file %1 was saved by a newer version of Lab Planner. Update the application "
            "to work on it; the file has not been changed."
        )
    elif isinstance(error, errors.DatabaseReadOnly):
        text = _tr(
            "The file %1 or its folder is read-only, so no change could be saved. You can "
            "open it read-only to look at it and print from it."
        )
    elif isinstance(error, errors.DiskFull):
        text = _tr(
            "The disk is full, so %1 cannot be opened safely. Free some space and try again, "
            "or open the file read-only. Nothing has been changed."
        )
    else:
        text = _tr("The database %1 cannot be used. It has not been changed.")
    return fill(text, location)


def read_only_helps(error: BaseException) -> bool:
    """A damaged or newer file cannot be read safely either; the others can."""
    return not isinstance(error, errors.DatabaseDamaged | errors.DatabaseTooNew)


class RecoveryDialog(QDialog):
    def __init__(
        self,
        error: BaseException,
        location: str,
        backups: list[BackupRow],
        *,
        can_read_only: bool,
        at_startup: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = WayOut.LEAVE
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setMinimumWidth(560)

        self.message = QLabel(problem_sentence(error, location))
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        # The technical reason as SQLite or the check gave it, for whoever helps the user.
        self.details = QLabel(fill(self.tr("Details: %1"), str(error)))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setToolTip(str(getattr(error, "details", "") or ""))  # SQLite's own report

        self.backups_label = QLabel(
            self.tr("Automatic backups of this file (one is made each time it is opened):")
            if backups
            else self.tr("There is no automatic backup of this file.")
        )
        self.backups_label.setWordWrap(True)
        self.model, self.proxy, self.backups = backups_table(backups, self)
        self.backups.setVisible(bool(backups))
        self.backups.doubleClicked.connect(lambda _index: self._choose(WayOut.RESTORE_BACKUP))

        self.restore_button = QPushButton(self.tr("&Restore the selected backup"))
        self.read_only_button = QPushButton(self.tr("Open read-&only"))
        self.other_button = QPushButton(self.tr("&Choose another file…"))
        self.new_button = QPushButton(self.tr("&Start a new database here"))
        self.new_button.setVisible(isinstance(error, errors.DatabaseEmpty))
        self.new_button.clicked.connect(lambda: self._choose(WayOut.NEW_DATABASE))
        self.leave_button = QPushButton(
            self.tr("&Quit") if at_startup else self.tr("&Keep the current database")
        )
        self.restore_button.setVisible(bool(backups))
        self.read_only_button.setEnabled(can_read_only)
        self.restore_button.clicked.connect(lambda: self._choose(WayOut.RESTORE_BACKUP))
        self.read_only_button.clicked.connect(lambda: self._choose(WayOut.READ_ONLY))
        self.other_button.clicked.connect(lambda: self._choose(WayOut.OTHER_FILE))
        self.leave_button.clicked.connect(lambda: self._choose(WayOut.LEAVE))

        buttons = QHBoxLayout()
        for button in (
            self.restore_button,
            self.read_only_button,
            self.other_button,
            self.new_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(self.backups_label)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)

        if backups:
            self.restore_button.setDefault(True)
        self.backups.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def selected_backup(self) -> BackupRow | None:
        rows = self.backups.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_backup(self, path: Path) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).path == path:
                self.backups.selectRow(row)
                return
        raise KeyError(path)

    def _selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _choose(self, way: WayOut) -> None:
        if way is WayOut.RESTORE_BACKUP and self.selected_backup() is None:
            return
        self.choice = way
        self.accept()

    def reject(self) -> None:  # Escape or the window's close button
        self.choice = WayOut.LEAVE
        super().reject()
