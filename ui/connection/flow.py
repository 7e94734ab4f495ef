"""From the connection dialog (or a recent server) to the server's database in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from planner import passwords
from planner.connection import ServerConnection, is_server_location
from planner.errors import PlannerError
from planner.storage import open_database
from ui.connection.dialog import ConnectionDialog
from ui.errors import show_error
from ui.settings import Settings

__all__ = ["ask_and_connect", "is_server_location", "open_server", "reconnect"]


def ask_and_connect(window, settings: Settings, initial: ServerConnection | None = None) -> bool:
    dialog = ConnectionDialog(settings, window, initial=initial)
    window.connection_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.connection is None:
        return False
    return open_server(window, settings, dialog.connection, dialog.password)


def reconnect(window, settings: Settings, location: str) -> bool:
    """One click on a recent server: its stored password, else the dialog asks."""
    try:
        connection = ServerConnection.from_url(location)
    except PlannerError as error:
        show_error(window, error)
        return False
    password = passwords.stored_password(connection)
    if password is None:
        return ask_and_connect(window, settings, connection)
    return open_server(window, settings, connection, password)


def open_server(
    window, settings: Settings, connection: ServerConnection, password: str | None
) -> bool:
    """Open (upgrading when the user asked to prepare it) and show; remember it without password."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        database = open_database(connection.url(password))
    except PlannerError as error:
        QGuiApplication.restoreOverrideCursor()
        show_error(window, error)
        return False
    QGuiApplication.restoreOverrideCursor()
    window.attach_database(database)
    settings.remember_database(connection.location())
    return True
