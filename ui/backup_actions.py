"""File ▸ Back up now… and File ▸ Restore a backup…, for the database the window shows.

A backup is a consistent copy taken while the database is in use (planner.dbtools.backup:
SQLite's online backup, or a logical copy of a server database into one SQLite file), written
to a temporary name and renamed when complete. Restoring replaces the open SQLite file with a
checked copy of the backup; the replaced file is kept beside it, and the window opens the
restored one. A server database is restored with ``planner db restore`` into an empty one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.db import sqlite_path
from ui.accessibility import name_widget
from ui.background import Pool, run_in_background
from ui.errors import show_error
from ui.i18n import fill
from ui.recovery import BackupRow, backups_table
from ui.settings import LAST_BACKUP_FOLDER, Settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

CONTEXT = "BackupActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def back_up_now(window: MainWindow, settings: Settings, pool: Pool | None = None) -> bool:
    """Ask where, then write the copy in the background; the status bar says where it went."""
    from planner.dbtools.backup import backup_database  # noqa: PLC0415 - after the first paint

    database = window.database
    if database is None:
        return False
    file = sqlite_path(database.url)
    stem = file.stem if file else (database.engine.url.database or "server")
    folder = settings.get(LAST_BACKUP_FOLDER) or str(file.parent if file else Path.home())
    suggested = Path(folder) / f"{stem}-{dt.datetime.now():%Y%m%d-%H%M}.sqlite3"
    chosen, _filter = QFileDialog.getSaveFileName(
        window, _tr("Back up the database"), str(suggested), _tr("Lab Planner backups (*.sqlite3)")
    )
    if not chosen:
        return False
    target = Path(chosen)
    if file is not None and target.resolve() == file.resolve():
        QMessageBox.warning(
            window,
            _tr("Back up the database"),
            _tr("Choose another file than the database itself."),
        )
        return False
    settings.set(LAST_BACKUP_FOLDER, str(target.parent))

    busy = QProgressDialog(_tr("Writing the backup…"), "", 0, 0, window)
    busy.setCancelButton(None)  # a copy is short and all-or-nothing: nothing to cancel halfway
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(400)

    def work():
        yield None
        return backup_database(database, target)

    def done(path: Path) -> None:
        window.statusBar().showMessage(fill(_tr("Backup written to %1"), str(path)), 10000)

    run_in_background(
        work,
        on_result=done,
        on_error=lambda error: show_error(window, error, _tr("No backup was written")),
        on_finished=busy.close,
        pool=pool,
    )
    return True


class RestoreDialog(QDialog):
    """The automatic backups of the open file, newest first, or another backup file."""

    def __init__(
        self, backups: list[BackupRow], settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The database is replaced by the backup you choose; the current file is kept "
                "beside it, so nothing is lost. Automatic backups of this file (one is made "
                "each time it is opened):"
            )
        )
        intro.setWordWrap(True)
        self.model, self.proxy, self.view = backups_table(backups, self)
        self.view.doubleClicked.connect(lambda _index: self._restore_selected())
        name_widget(self.view, self.tr("Backups"))
        self.other_button = QPushButton(self.tr("Another backup &file…"))
        self.other_button.clicked.connect(self._other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.row_at(self.proxy.mapToSource(rows[0]).row()).path
            self.accept()

    def _other_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            self.settings.get(LAST_BACKUP_FOLDER),
            self.tr("Lab Planner backups (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.settings.set(LAST_BACKUP_FOLDER, str(Path(path).parent))
            self.chosen = Path(path)
            self.accept()


def restore_backup(window: MainWindow, settings: Settings) -> bool:
    """Choose a backup, confirm, and show the restored database; on any failure the file is as
    it was and the window shows it again."""
    from planner.dbtools.backup import put_backup_in_place, verify_backup  # noqa: PLC0415
    from planner.errors import PlannerError  # noqa: PLC0415
    from ui.opening import open_location  # noqa: PLC0415 - after the first paint
    from ui.recovery_flow import _backups_of  # noqa: PLC0415

    database = window.database
    file = sqlite_path(database.url) if database is not None else None
    if database is None or file is None:
        QMessageBox.information(
            window,
            _tr("Restore a backup"),
            _tr(
                "A server database is restored with 'planner db restore FILE' into an empty "
                "database."
            ),
        )
        return False
    dialog = RestoreDialog(_backups_of(file), settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    backup = dialog.chosen
    try:
        verify_backup(backup)  # before anything is closed: a bad file changes nothing
    except PlannerError as error:
        show_error(window, error, _tr("Nothing was restored"))
        return False
    answer = QMessageBox.question(
        window,
        _tr("Restore a backup"),
        fill(
            _tr("Replace the data in %1 with the backup %2? The current file is kept beside it."),
            file.name,
            backup.name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    database.close()  # no connection of ours may hold the file while it is replaced
    kept = None
    try:
        kept = put_backup_in_place(backup, file)
    except (OSError, PlannerError) as error:
        show_error(window, error, _tr("Nothing was restored"))
    opened = open_location(window, settings, str(file))
    if opened and kept is not None:
        window.statusBar().showMessage(
            fill(_tr("Restored %1; the replaced file is kept as %2"), backup.name, kept.name),
            15000,
        )
    return opened and kept is not None
