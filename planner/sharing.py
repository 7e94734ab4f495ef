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

from planner.errors import ConcurrentEdit, PlannerError

if TYPE_CHECKING:  # the window shows these errors from its first paint: no SQLAlchemy import
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    from planner.models.audit import AuditEntry

RETRYABLE_STATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
PERMISSION_DENIED = "42501"  # insufficient_privilege


class NotPermitted(PlannerError):
    """The server refused: the user's database role may not make this change."""

    code = "not_permitted"

    def __init__(self, what: str) -> None:
        super().__init__(f"Your role may not do this: {what}. Nothing was changed.")
        self.what = what


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
