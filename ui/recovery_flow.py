"""What each way out of the recovery dialog does, and the read-only sign in the status bar.

Nothing here writes to the file that could not be opened: a backup is copied in full beside
it before the damaged file is moved aside (kept, never deleted), read-only opening uses
SQLite's ``mode=ro``, and another file is opened like any other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from planner.errors import PlannerError
from ui.recovery import BackupRow, RecoveryDialog, WayOut, read_only_helps
from ui.settings import KEEP_BACKUPS, LAST_FOLDER, Settings

if TYPE_CHECKING:
    from planner.storage import Database

CONTEXT = "Recovery"


def _backups_of(file: Path | None) -> list[BackupRow]:
    if file is None:
        return []
    from planner.dbtools.snapshots import automatic_backups  # noqa: PLC0415 - after the first paint

    rows = []
    for taken, path in automatic_backups(file):
        try:
            rows.append(BackupRow(taken, path, path.stat().st_size))
        except OSError:
            continue  # pruned meanwhile
    return rows


def _file_of(location: str | None) -> Path | None:
    from planner.db import sqlite_path  # noqa: PLC0415
    from planner.storage import resolve_url  # noqa: PLC0415

    return sqlite_path(resolve_url(location))


def choose_database_file(parent: QWidget | None, settings: Settings) -> str | None:
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate(CONTEXT, "Open database"),
        settings.get(LAST_FOLDER),
        QCoreApplication.translate(
            CONTEXT, "Lab Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)"
        ),
    )
    if not path:
        return None
    settings.set(LAST_FOLDER, str(Path(path).resolve().parent))
    return path


def recover(
    parent: QWidget | None,
    settings: Settings,
    error: BaseException,
    location: str | None,
    *,
    at_startup: bool,
) -> Database | None:
    """Show what went wrong and carry out the way out the user picks, until a database is open
    (returned) or the user leaves (None). A way out that fails too shows its own problem."""
    from planner.dbtools.backup import put_backup_in_place  # noqa: PLC0415
    from planner.storage import create_database, open_database, open_read_only  # noqa: PLC0415

    while True:
        file = _file_of(location)
        shown = str(file) if file is not None else str(location)
        dialog = RecoveryDialog(
            error,
            shown,
            _backups_of(file),
            can_read_only=file is not None and file.is_file() and read_only_helps(error),
            at_startup=at_startup,
            parent=parent,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice, backup = dialog.choice, dialog.selected_backup()
        dialog.deleteLater()
        if not accepted or choice is WayOut.LEAVE:
            return None
        try:
            if choice is WayOut.RESTORE_BACKUP and backup is not None and file is not None:
                put_backup_in_place(backup.path, file)
                # No automatic backup now: it would push an older good copy out of the list.
                return open_database(file)
            if choice is WayOut.NEW_DATABASE and file is not None:
                create_database(file)
                return open_database(file)
            if choice is WayOut.READ_ONLY:
                return open_read_only(location)
            if choice is WayOut.OTHER_FILE:
                path = choose_database_file(parent, settings)
                if path is None:
                    continue
                location = path
                return open_database(path, keep_backups=settings.get(KEEP_BACKUPS))
        except PlannerError as problem:
            error = problem
        except OSError as problem:  # copying a backup into a read-only or full folder
            from planner.errors import DatabaseProblem  # noqa: PLC0415

            error = DatabaseProblem(str(problem))


class ReadOnlyIndicator(QLabel):
    """In the status bar while the shown database is open read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_indicator")
        self.setStyleSheet("QLabel { color: white; background: #b3261e; padding: 1px 8px; }")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Read-only"))
        self.setToolTip(
            self.tr("This database is open read-only: you can look and print, but not change it.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_access_mode(window: QMainWindow) -> None:
    """Show or hide the read-only sign for the window's current database."""
    database = getattr(window, "database", None)
    indicator = window.statusBar().findChild(ReadOnlyIndicator, "read_only_indicator")
    if indicator is None:
        indicator = ReadOnlyIndicator()
        window.statusBar().addPermanentWidget(indicator)
    indicator.setVisible(bool(database is not None and database.read_only))
