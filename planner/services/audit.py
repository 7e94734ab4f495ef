"""Writing and reading the audit log.

Whatever a session writes here is linked into the log's hash chain when the session commits
(planner.services.audit_chain); a rolled-back transaction leaves nothing to link.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from typing import cast

from sqlalchemy import Connection, Table, event, insert, select
from sqlalchemy.orm import Session

from planner.db import actor_of
from planner.models.audit import AuditEntry
from planner.models.seating import utcnow
from planner.services.audit_chain import link_pending

_UNLINKED = "audit_unlinked"  # in Session.info: this transaction wrote entries to link


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
    session.info[_UNLINKED] = True
    return entry


# Told of entries written as plain INSERTs (record_many), with the connection that wrote them;
# entries added as objects (record) are seen through the ORM's after_insert event instead.
# planner.live uses both to know its own window's changes from other people's.
WrittenListener = Callable[[Connection, Sequence[int]], None]
_written_listeners: list[WrittenListener] = []


def listen_written(listener: WrittenListener) -> None:
    _written_listeners.append(listener)


def stop_listening_written(listener: WrittenListener) -> None:
    if listener in _written_listeners:
        _written_listeners.remove(listener)


_ENTRIES = cast(Table, AuditEntry.__table__)
_INSERT_ENTRY = insert(_ENTRIES).returning(_ENTRIES.c.id)  # built once: no cache-key walk per call


def record_many(
    session: Session,
    action: str,
    entity: str,
    field: str,
    changes: Iterable[tuple[int, object, object]],
) -> None:
    """Entries of one kind as one plain INSERT (entity id, old, new each): for the bulk writes
    of an import, and for the one entry of a seat assignment, where an ORM object per entry
    would cost more than the write itself."""
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
    if not rows:
        return
    session.info[_UNLINKED] = True
    connection = session.connection()
    if len(rows) == 1:
        # One entry (a seat assignment): a plain single-row INSERT … RETURNING, which skips
        # the batching machinery of an executemany (about a fifth of an assignment's cost).
        ids = [connection.execute(_INSERT_ENTRY, rows[0]).scalar_one()]
    else:
        ids = connection.execute(_INSERT_ENTRY, rows).scalars().all()
    for listener in list(_written_listeners):
        listener(connection, ids)


def list_audit(
    session: Session, entity: str | None = None, entity_id: int | None = None, limit: int = 1000
) -> Sequence[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    return session.scalars(query).all()


@event.listens_for(Session, "before_commit")
def _link_on_commit(session: Session) -> None:
    if not session.info.pop(_UNLINKED, False):
        return  # nothing written to the log: no lock, no statement
    session.flush()  # entries added as objects are INSERTed now, before they are linked
    link_pending(session.connection())


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_UNLINKED, None)
