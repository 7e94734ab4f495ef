"""The user's database role, read once per opened database and named in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from planner.dbtools.roles import FULL, Permissions, current_permissions
from planner.storage import Database
from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "ConnectionRoles"

ROLE_NAMES = {
    "viewer": QT_TRANSLATE_NOOP("ConnectionRoles", "viewer (read only)"),
    "coordinator": QT_TRANSLATE_NOOP("ConnectionRoles", "facility coordinator"),
    "partnership": QT_TRANSLATE_NOOP("ConnectionRoles", "partnership staff"),
    "admin": QT_TRANSLATE_NOOP("ConnectionRoles", "administrator"),
}


# A file opened read-only (the way out of a damaged or unwritable file): nothing to change,
# so the window hides every edit as it does for a viewer.
NOTHING = Permissions(None, False, False)


def read_permissions(database: Database) -> Permissions:
    if getattr(database, "read_only", False):
        return NOTHING
    if database.engine.dialect.name != "postgresql":
        return FULL
    try:
        with database.engine.connect() as connection:
            return current_permissions(connection)
    except SQLAlchemyError:
        return FULL  # cannot ask: the server still refuses what the role may not do


def role_text(permissions: Permissions) -> str:
    """ "Role: …" for a planner role; a read-only note for a user without one; else empty."""
    if permissions.role in ROLE_NAMES:
        name = QCoreApplication.translate(CONTEXT, ROLE_NAMES[permissions.role])
        return fill(QCoreApplication.translate(CONTEXT, "Role: %1"), name)
    if permissions.read_only and permissions is not NOTHING:
        # (A read-only file has its own sign in the status bar, ui.recovery_flow.)
        return QCoreApplication.translate(CONTEXT, "Read only")
    return ""
