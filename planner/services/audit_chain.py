"""The audit log's hash chain: linking a transaction's entries, and checking the whole chain.

Entries are linked when their transaction commits (a ``before_commit`` hook of every
Session, installed by :mod:`planner.services.audit`): the chain head is locked, this
transaction's entries — those still without a ``chain_no`` — get the next numbers in id
order, each the sha256 of its content and of the entry before it. Linking at commit rather
than at each INSERT keeps the head's lock to the last few statements of a transaction, after
every other lock it takes, so two writers never wait on each other in a circle (a deadlock
the user would see) and the chain follows the order of commits.

The hashed content is fixed (:func:`entry_hash`): changing it would break every chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from planner.models.audit import GENESIS, AuditChainHead, AuditEntry

_audit = cast(Table, AuditEntry.__table__)
_head = cast(Table, AuditChainHead.__table__)
_CONTENT = (
    _audit.c.id,
    _audit.c.at,
    _audit.c.actor,
    _audit.c.action,
    _audit.c.entity,
    _audit.c.entity_id,
    _audit.c.field,
    _audit.c.old_value,
    _audit.c.new_value,
)


def entry_hash(
    chain_no: int,
    prev_hash: str,
    at: dt.datetime | str | None,
    actor: str | None,
    action: str | None,
    entity: str | None,
    entity_id: int | None,
    field: str | None,
    old_value: str | None,
    new_value: str | None,
) -> str:
    """sha256 (hex) of one entry's content and its predecessor's hash. ``at`` as the driver
    gives it: a datetime, or SQLite's text of one (the same instant hashes the same)."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    stamp = at.isoformat(sep=" ", timespec="microseconds") if at is not None else None
    content = [
        chain_no,
        prev_hash,
        stamp,
        actor,
        action,
        entity,
        entity_id,
        field,
        old_value,
        new_value,
    ]
    payload = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Run on the driver's own cursor: a commit that wrote to the log runs these four, and
# SQLAlchemy's statement machinery costs ~5× the statements themselves (benchmarks/db.py:
# assign_desk's commit p99 must stay under 1 ms). "?" becomes "%s" for psycopg.
_LOCK_HEAD = "SELECT last_no, last_hash FROM audit_chain_head WHERE id = 1"
_PENDING = (
    "SELECT id, at, actor, action, entity, entity_id, field, old_value, new_value "
    "FROM audit_entry WHERE chain_no IS NULL ORDER BY id"
)
_LINK = "UPDATE audit_entry SET chain_no = ?, prev_hash = ?, entry_hash = ? WHERE id = ?"
_MOVE_HEAD = "UPDATE audit_chain_head SET last_no = ?, last_hash = ? WHERE id = 1"
_START_HEAD = "INSERT INTO audit_chain_head (id, last_no, last_hash) VALUES (1, 0, ?)"


def link_pending(connection: Connection) -> int:
    """Link every entry not yet in the chain; returns how many. Call inside the transaction
    that wrote them, last: the head stays locked until that transaction ends."""
    postgres = connection.dialect.name == "postgresql"

    def sql(statement: str) -> str:
        return statement.replace("?", "%s") if postgres else statement

    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        # FOR UPDATE: writers queue here on PostgreSQL; SQLite's BEGIN IMMEDIATE did already.
        cursor.execute(_LOCK_HEAD + (" FOR UPDATE" if postgres else ""))
        head = cursor.fetchone()
        if head is None:  # a schema made without its first row: start the chain
            cursor.execute(sql(_START_HEAD), (GENESIS,))
            head = (0, GENESIS)
        last_no, last_hash = head
        cursor.execute(_PENDING)
        pending = cursor.fetchall()
        if not pending:
            return 0
        links = []
        for entry_id, *content in pending:
            last_no += 1
            digest = entry_hash(last_no, last_hash, *content)
            links.append((last_no, last_hash, digest, entry_id))
            last_hash = digest
        cursor.executemany(sql(_LINK), links)
        cursor.execute(sql(_MOVE_HEAD), (last_no, last_hash))
        return len(links)
    finally:
        cursor.close()


@dataclass(frozen=True)
class BrokenLink:
    """Where the chain first breaks: the entry found there (None: past the last one)."""

    entry_id: int | None
    chain_no: int
    problem: str  # changed / missing / relinked / unlinked / truncated
    message: str


@dataclass(frozen=True)
class ChainReport:
    entries: int  # entries checked
    broken: BrokenLink | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain from its first entry and report the first broken link."""
    connection = session.connection()
    rows = connection.execution_options(yield_per=batch).execute(
        select(_audit.c.chain_no, _audit.c.prev_hash, _audit.c.entry_hash, *_CONTENT)
        .where(_audit.c.chain_no.is_not(None))
        .order_by(_audit.c.chain_no)
    )
    broken, count, expected_no, previous, previous_id = None, 0, 1, GENESIS, None
    for chain_no, prev_hash, stored_hash, entry_id, *content in rows:
        broken = _first_problem(
            entry_id, chain_no, prev_hash, stored_hash, content, expected_no, previous, previous_id
        )
        if broken is not None:
            break
        count, expected_no, previous, previous_id = count + 1, chain_no + 1, stored_hash, entry_id
    rows.close()
    if broken is None:
        broken = _tail_problem(connection, expected_no - 1, previous, previous_id)
    if broken is None:
        broken = _unlinked(connection)
    return ChainReport(count, broken)


def _first_problem(
    entry_id: int,
    chain_no: int,
    prev_hash: str | None,
    stored_hash: str | None,
    content: Iterable[object],
    expected_no: int,
    previous: str,
    previous_id: int | None,
) -> BrokenLink | None:
    after = f"after entry {previous_id}" if previous_id is not None else "at the start"
    if chain_no != expected_no:
        if chain_no == expected_no + 1:
            what = f"chain entry {expected_no} is missing"
        else:
            what = f"chain entries {expected_no}–{chain_no - 1} are missing"
        return BrokenLink(
            entry_id,
            expected_no,
            "missing",
            f"{what} {after} and before entry {entry_id}: removed from the log",
        )
    if prev_hash != previous:
        return BrokenLink(
            entry_id,
            chain_no,
            "relinked",
            f"entry {entry_id} (chain {chain_no}) does not follow the entry {after}: "
            "the entry before it was changed or replaced",
        )
    if entry_hash(chain_no, previous, *content) != stored_hash:  # type: ignore[arg-type]
        return BrokenLink(
            entry_id,
            chain_no,
            "changed",
            f"entry {entry_id} (chain {chain_no}) was changed after it was written",
        )
    return None


def _tail_problem(
    connection: Connection, last_no: int, last_hash: str, last_id: int | None
) -> BrokenLink | None:
    head = connection.execute(select(_head.c.last_no, _head.c.last_hash)).one_or_none()
    if head is None or tuple(head) == (last_no, last_hash):
        return None
    after = f"entry {last_id}" if last_id is not None else "the start"
    return BrokenLink(
        None,
        last_no + 1,
        "truncated",
        f"the chain ends at {after} (chain {last_no}) but was {head[0]} entries long: "
        "the newest entries were removed",
    )


def _unlinked(connection: Connection) -> BrokenLink | None:
    entry_id = connection.execute(
        select(_audit.c.id).where(_audit.c.chain_no.is_(None)).order_by(_audit.c.id).limit(1)
    ).scalar()
    if entry_id is None:
        return None
    return BrokenLink(
        entry_id,
        0,
        "unlinked",
        f"entry {entry_id} is not in the chain: it was written past the program",
    )
