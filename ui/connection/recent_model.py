"""The recent server connections in the connection dialog (never with a password)."""

from __future__ import annotations

from planner.connection import ServerConnection
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.base import RowTableModel


class RecentServersModel(RowTableModel):
    COL_SERVER = 0
    COL_DATABASE = 1
    COL_USER = 2
    COL_TLS = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("RecentServersModel", "Server"),
        QT_TRANSLATE_NOOP("RecentServersModel", "Database"),
        QT_TRANSLATE_NOOP("RecentServersModel", "User"),
        QT_TRANSLATE_NOOP("RecentServersModel", "TLS"),
    )

    def display(self, row: ServerConnection, column: int) -> str:
        if column == self.COL_SERVER:
            return f"{row.host}:{row.port}"
        if column == self.COL_DATABASE:
            return row.database
        if column == self.COL_USER:
            return row.user
        if column == self.COL_TLS:
            return row.tls
        return ""

    def search_text(self, row: ServerConnection) -> str:
        return row.label()
