"""Telling a client what other clients changed, so its views refresh within seconds.

PostgreSQL: statement-level triggers NOTIFY ``planner_changes`` with the table, the operation
and up to 200 row ids; a :class:`ChangeFeed` LISTENs on its own connection.
SQLite: ``PRAGMA data_version`` changes when another connection commits; the feed then reads
the audit log past the last entry it saw to name the entities.

A window already shows what it changed itself, so by default the feed leaves out its own
engine's changes: on PostgreSQL by the notifying backend's process id (each NOTIFY carries
it), on SQLite by the audit entries its engine wrote. Otherwise every own edit would come
back as a reload.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy import event as sqlalchemy_event

CHANNEL = "planner_changes"
WATCHED = ["site", "building", "floor", "zone", "desk", "organisation", "person", "assignment",
           "move_plan", "planned_move", "research_task", "task_member", "renewal_cycle", "task_renewal",
           "agreement_document", "floor_background", "agreement_snapshot", "agreement_template",
           "agreement_party", "agreement_signature", "budget_category", "budget_line", "indirect_rate",
           "deliverable", "deliverable_evidence", "review_item", "review_tick",
           # research administration (revision 0011)
           "participation_cap", "task_participant", "task_kpi", "ip_disclosure", "ip_inventor", "ip_task",
           # desks and zones out of use, leave (revision 0012)
           "out_of_use", "leave"]
_KEY = {"task_member": "task_id", "planned_move": "plan_id", "floor_background": "floor_id",
        "deliverable_evidence": "deliverable_id", "participation_cap": "role",
        "ip_inventor": "disclosure_id", "ip_task": "disclosure_id"}


@dataclass(frozen=True)
class Change:
    entity: str
    ids: tuple[int, ...]  # empty: "some rows" (too many to list, or unknown)


def postgres_statements(tables: Sequence[str] = WATCHED, functions: bool = True) -> list[str]:
    """The notify functions (``functions``) and a trigger per event on each of ``tables``.
    Migrations pass the tables of their own revision, so later tables never leak into them."""
    statements = []
    for event, rows in (("insert", "new_rows"), ("update", "new_rows"), ("delete", "old_rows")):
        if not functions:
            break
        statements.append(f"""CREATE OR REPLACE FUNCTION planner_notify_{event}() RETURNS trigger AS $$
        DECLARE ids text;
        BEGIN
          EXECUTE format('SELECT string_agg(k::text, '','') FROM (SELECT %I AS k FROM {rows} LIMIT 200) s',
                         TG_ARGV[0]) INTO ids;
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || coalesce(ids, ''));
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    for table in tables:
        key = _KEY.get(table, "id")
        for event, clause in (("insert", "NEW TABLE AS new_rows"), ("update", "NEW TABLE AS new_rows"),
                              ("delete", "OLD TABLE AS old_rows")):
            statements.append(
                f"CREATE TRIGGER {table}_notify_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {clause} FOR EACH STATEMENT EXECUTE FUNCTION planner_notify_{event}('{key}')"
            )
    return statements


def postgres_drop_statements(tables: Sequence[str] = WATCHED, functions: bool = True) -> list[str]:
    drops = [f"DROP TRIGGER IF EXISTS {t}_notify_{e} ON {t}" for t in tables for e in ("insert", "update", "delete")]
    if not functions:
        return drops
    return drops + [f"DROP FUNCTION IF EXISTS planner_notify_{e}()" for e in ("insert", "update", "delete")]


def parse(payload: str) -> Change:
    entity, _, ids = payload.partition(":")
    return Change(entity, tuple(int(i) for i in ids.split(",") if i.isdigit()))


class ChangeFeed:
    """Changes committed by *other* connections since the feed started or was last polled."""

    def __init__(self, engine: Engine, ignore_own: bool = True) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.ignore_own = ignore_own
        self._connection = None
        self._version: int | None = None
        self._last_audit = 0
        self._own_pids: set[int] = set()
        self._own_audit: set[int] = set()
        # Kept as attributes: event.remove needs the very callables that were registered.
        self._on_checkout = self._remember_pid
        self._on_audit = self._remember_audit
        self._on_audit_rows = self._remember_audit_rows
        self._open()
        self._authors_mark = self._max_audit()
        if ignore_own:
            from planner.models.audit import AuditEntry  # noqa: PLC0415 - models import this module
            from planner.services import audit  # noqa: PLC0415

            sqlalchemy_event.listen(AuditEntry, "after_insert", self._on_audit)
            audit.listen_written(self._on_audit_rows)
            if self.dialect == "postgresql":
                sqlalchemy_event.listen(engine, "checkout", self._on_checkout)

    def _remember_pid(self, dbapi_connection, _record, _proxy) -> None:
        self._own_pids.add(dbapi_connection.info.backend_pid)

    def _remember_audit(self, _mapper, connection, target) -> None:
        if connection.engine.pool is self.engine.pool:
            self._own_audit.add(target.id)

    def _remember_audit_rows(self, connection, ids) -> None:
        if connection.engine.pool is self.engine.pool:
            self._own_audit.update(ids)

    def _open(self) -> None:
        if self.dialect == "postgresql":
            # A connection of the engine's own (same server, user and search_path), kept out
            # of the pool for as long as the feed lives; LISTEN needs autocommit.
            self._raw = self.engine.raw_connection()
            self._connection = self._raw.driver_connection
            self._connection.autocommit = True
            self._connection.execute(f"LISTEN {CHANNEL}")
        else:
            self._connection = self.engine.raw_connection()
            self._version = self._data_version()
            self._last_audit = self._max_audit()

    def _data_version(self) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def _max_audit(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).scalar() or 0

    def poll(self, timeout: float = 0.0) -> list[Change]:
        """Wait up to ``timeout`` seconds for changes; returns them merged per entity."""
        if self.dialect == "postgresql":
            notes = list(self._connection.notifies(timeout=timeout, stop_after=1))
            # Drain what came with it; poll(0) (the window's timer) must never block.
            notes += list(self._connection.notifies(timeout=0.01 if timeout else 0))
            return _merge([parse(n.payload) for n in notes if n.pid not in self._own_pids])
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return self._from_audit()
            if time.monotonic() >= deadline:
                return []
            time.sleep(min(0.2, max(deadline - time.monotonic(), 0)))

    def _from_audit(self) -> list[Change]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT id, entity, entity_id FROM audit_entry WHERE id > :last ORDER BY id"),
                {"last": self._last_audit},
            ).all()
        if not rows:
            return [Change("*", ())]  # a commit that left no audit line: say "something"
        self._last_audit = rows[-1][0]
        changes = [Change(entity, (entity_id,) if entity_id is not None else ())
                   for entry_id, entity, entity_id in rows if entry_id not in self._own_audit]
        return _merge(changes)

    def authors(self) -> list[str]:
        """Who wrote the audit entries that appeared since the last call (others only)."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT id, actor FROM audit_entry WHERE id > :mark ORDER BY id"),
                {"mark": self._authors_mark},
            ).all()
        if rows:
            self._authors_mark = rows[-1][0]
        names: list[str] = []
        for entry_id, actor in rows:
            if entry_id not in self._own_audit and actor not in names:
                names.append(actor)
        return names

    def close(self) -> None:
        if self._connection is None:
            return
        if self.ignore_own:
            from planner.models.audit import AuditEntry  # noqa: PLC0415
            from planner.services import audit  # noqa: PLC0415

            sqlalchemy_event.remove(AuditEntry, "after_insert", self._on_audit)
            audit.stop_listening_written(self._on_audit_rows)
            if self.dialect == "postgresql":
                sqlalchemy_event.remove(self.engine, "checkout", self._on_checkout)
        if self.dialect == "postgresql":
            self._raw.invalidate()  # never hand a LISTENing autocommit connection back to the pool
        else:
            self._connection.close()
        self._connection = None


def _merge(changes: list[Change]) -> list[Change]:
    merged: dict[str, set[int]] = {}
    for change in changes:
        merged.setdefault(change.entity, set()).update(change.ids)
    return [Change(entity, tuple(sorted(ids))) for entity, ids in sorted(merged.items())]
