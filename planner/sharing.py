"""What can go wrong when several people share one server, named for the user.

* someone else saved a newer version of the row being edited (``version_id_col`` gives a
  StaleDataError): :class:`ChangedByOther` names who, from the audit log;
* the server refused because of the user's role (SQLSTATE 42501): :class:`NotPermitted`;
* two transactions collided (serialisation failure 40001, deadlock 40P01): worth a retry.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planner.errors import ConcurrentEdit, NotPermitted

__all__ = ["NotPermitted"]  # its home is planner.errors; reached here by older callers

if TYPE_CHECKING:  # the window shows these errors from its first paint: no SQLAlchemy import
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    from planner.models.audit import AuditEntry

RETRYABLE_STATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
PERMISSION_DENIED = "42501"  # insufficient_privilege


class ChangedByOther(ConcurrentEdit):
    """A stale edit, with who saved the newer version and when (None when the log is silent)."""

    def __init__(self, what: str, actor: str | None = None, at: dt.datetime | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.actor = actor
        self.at = at
        if actor:
            when = f" at {at:%Y-%m-%d %H:%M} UTC" if at else ""
            self.args = (
                f"{what}: {actor} changed this meanwhile{when}. Nothing of yours was saved; "
                "the view shows their version now.",
            )


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of the driver error a SQLAlchemy DBAPIError wraps (None: not a server's)."""
    return getattr(getattr(error, "orig", None), "sqlstate", None)


def is_retryable(error: BaseException) -> bool:
    return sqlstate(error) in RETRYABLE_STATES


def is_permission_denied(error: BaseException) -> bool:
    return sqlstate(error) == PERMISSION_DENIED


_STALE_TABLE = re.compile(r"on table '([A-Za-z_][A-Za-z0-9_]*)'")


def stale_table(error: StaleDataError) -> str | None:
    """The table SQLAlchemy names in its message ("UPDATE statement on table 'x' expected …")."""
    found = _STALE_TABLE.search(str(error))
    return found.group(1) if found else None


def last_change(session: Session, entity: str, entity_ids: list[int]) -> AuditEntry | None:
    """The newest audit entry about one of these rows (a table name is its audit entity)."""
    from sqlalchemy import select  # noqa: PLC0415 - see TYPE_CHECKING above

    from planner.models.audit import AuditEntry  # noqa: PLC0415

    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if entity_ids:
        query = query.where(AuditEntry.entity_id.in_(entity_ids))
    return session.scalars(query).first()


def server_role(engine: Engine) -> str | None:
    """The connected user's Lab Planner role on a server ("viewer", "coordinator", …;
    planner.errors.ROLE_NONE when it has none), asked on a connection of its own — the one a
    refusal came from is aborted; None for a file, a superuser, or a server that does not
    answer (the refusal is then said without the role)."""
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415 - see TYPE_CHECKING above

    from planner.dbtools.roles import current_permissions, group_names  # noqa: PLC0415
    from planner.errors import ROLE_NONE  # noqa: PLC0415

    if engine.dialect.name != "postgresql":
        return None
    try:
        with engine.connect() as connection:
            superuser, schema = connection.exec_driver_sql(
                "SELECT rolsuper, to_regclass('assignment') IS NOT NULL "
                "FROM pg_roles WHERE rolname = current_user"
            ).one()
            if superuser:
                return None  # a member of every role, but not a planner role
            if not schema:  # an empty database (before `planner db upgrade`): by membership
                return next(
                    (role for role, group in group_names().items()
                     if connection.exec_driver_sql(
                         "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                         "WHERE rolname = %(g)s", {"g": group}).scalar()),
                    ROLE_NONE,
                )
            permissions = current_permissions(connection)
            reads = connection.exec_driver_sql(
                "SELECT has_table_privilege('assignment', 'SELECT')"
            ).scalar()
    except SQLAlchemyError:
        return None
    if permissions.role:
        return permissions.role
    # Group roles under another prefix (a test's): the privileges say which role it amounts to.
    if permissions.may_seat:
        return "admin" if permissions.may_edit_tasks else "coordinator"
    if permissions.may_edit_tasks:
        return "partnership"
    return "viewer" if reads else ROLE_NONE
