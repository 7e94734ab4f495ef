"""Opening the database a user chose (File ▸ Open, a restored backup) and showing it.

Below ui.app and ui.backup_actions, which both open databases, so that neither imports the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from planner.errors import DatabaseProblem, PlannerError
from ui.settings import KEEP_BACKUPS, LAST_FOLDER, Settings

if TYPE_CHECKING:
    from planner.storage import Database
    from ui.main_window import MainWindow


def show_database(window: MainWindow, database: Database) -> None:
    from ui.recovery_flow import show_access_mode  # noqa: PLC0415 - after the first paint

    window.attach_database(database)
    show_access_mode(window)


def open_location(window: MainWindow, settings: Settings, location: str) -> bool:
    """Open the database the user chose and show it. A file that cannot be opened leads to the
    recovery dialog (ui.recovery); leaving it keeps the database shown before."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - Qt enums only after the first paint

    from planner.storage import open_database  # noqa: PLC0415 - heavy; after the first paint
    from ui.recovery_flow import recover  # noqa: PLC0415

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        database = open_database(location, keep_backups=settings.get(KEEP_BACKUPS))
    except DatabaseProblem as error:
        QGuiApplication.restoreOverrideCursor()
        recovered = recover(window, settings, error, location, at_startup=False)
        if recovered is None:
            return False
        database = recovered
    except PlannerError as error:
        from ui.errors import show_error  # noqa: PLC0415 - it imports the models: not at start-up

        QGuiApplication.restoreOverrideCursor()
        show_error(window, error)
        return False
    else:
        QGuiApplication.restoreOverrideCursor()
    show_database(window, database)
    settings.remember_database(database.location)
    from planner.db import sqlite_path  # noqa: PLC0415

    file = sqlite_path(database.url)
    if file is not None:
        settings.set(LAST_FOLDER, str(file.parent))
    return True
