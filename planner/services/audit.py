"""Writing and reading the audit log."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from planner.db import actor_of
from planner.models.audit import AuditEntry
from planner.models.seating import utcnow


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    field: str = "",
    old: object = None,
    new: object = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor_of(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=_as_text(old),
        new_value=_as_text(new),
    )
    session.add(entry)
    return entry


def record_many(
    session: Session,
    action: str,
    entity: str,
    field: str,
    changes: Iterable[tuple[int, object, object]],
) -> None:
    """Many entries of one kind in one statement (entity id, old, new each): for the bulk
    writes of an import, where an ORM object per entry would cost more than the write."""
    actor, now = actor_of(session), utcnow()
    rows = [
        {
            "at": now,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "field": field,
            "old_value": _as_text(old),
            "new_value": _as_text(new),
        }
        for entity_id, old, new in changes
    ]
    if rows:
        session.execute(insert(cast(Table, AuditEntry.__table__)), rows)


def list_audit(
    session: Session, entity: str | None = None, entity_id: int | None = None, limit: int = 1000
) -> Sequence[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    return session.scalars(query).all()
