"""Telling a client what other clients changed, so its views refresh within seconds.

PostgreSQL: statement-level triggers NOTIFY ``planner_changes`` with the table, the operation
and up to 200 row ids; a :class:`ChangeFeed` LISTENs on its own connection.
SQLite: ``PRAGMA data_version`` changes when another connection commits; the feed then reads
the audit log past the last entry it saw to name the entities.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import Engine, text

CHANNEL = "planner_changes"
WATCHED = ["site", "building", "floor", "zone", "desk", "organisation", "person", "assignment",
           "move_plan", "planned_move", "research_task", "task_member", "renewal_cycle", "task_renewal",
           "agreement_document"]
_KEY = {"task_member": "task_id", "planned_move": "plan_id"}


@dataclass(frozen=True)
class Change:
    entity: str
    ids: tuple[int, ...]  # empty: "some rows" (too many to list, or unknown)


def postgres_statements() -> list[str]:
    statements = []
    for event, rows in (("insert", "new_rows"), ("update", "new_rows"), ("delete", "old_rows")):
        statements.append(f"""CREATE OR REPLACE FUNCTION planner_notify_{event}() RETURNS trigger AS $$
        DECLARE ids text;
        BEGIN
          EXECUTE format('SELECT string_agg(k::text, '','') FROM (SELECT %I AS k FROM {rows} LIMIT 200) s',
                         TG_ARGV[0]) INTO ids;
          PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || coalesce(ids, ''));
          RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    for table in WATCHED:
        key = _KEY.get(table, "id")
        for event, clause in (("insert", "NEW TABLE AS new_rows"), ("update", "NEW TABLE AS new_rows"),
                              ("delete", "OLD TABLE AS old_rows")):
            statements.append(
                f"CREATE TRIGGER {table}_notify_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {clause} FOR EACH STATEMENT EXECUTE FUNCTION planner_notify_{event}('{key}')"
            )
    return statements


def postgres_drop_statements() -> list[str]:
    drops = [f"DROP TRIGGER IF EXISTS {t}_notify_{e} ON {t}" for t in WATCHED for e in ("insert", "update", "delete")]
    return drops + [f"DROP FUNCTION IF EXISTS planner_notify_{e}()" for e in ("insert", "update", "delete")]


def parse(payload: str) -> Change:
    entity, _, ids = payload.partition(":")
    return Change(entity, tuple(int(i) for i in ids.split(",") if i.isdigit()))


class ChangeFeed:
    """Changes committed by *other* connections since the feed started or was last polled."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._connection = None
        self._version: int | None = None
        self._last_audit = 0
        self._open()

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
            found = [parse(n.payload) for n in self._connection.notifies(timeout=timeout, stop_after=1)]
            found += [parse(n.payload) for n in self._connection.notifies(timeout=0.01)]
            return _merge(found)
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
        if rows:
            self._last_audit = rows[-1][0]
        changes = [Change(entity, (entity_id,) if entity_id is not None else ()) for _id, entity, entity_id in rows]
        return _merge(changes) or [Change("*", ())]

    def close(self) -> None:
        if self._connection is None:
            return
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
