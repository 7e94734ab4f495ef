"""Copy every row of one Lab Planner database into another, empty one, and prove it.

Used by ``planner db copy`` (a single-user SQLite file to a shared server and back) and by
backups of a server (a copy into an SQLite file is a logical dump that restores into an empty
database). After the copy, row counts and a checksum of every table are compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select, text

import planner.models  # noqa: F401 - fills the metadata
from planner import budget_guards, frozen_guards, review_guards
from planner.db import Base
from planner.errors import DatabaseProblem
from planner.storage import Database

CHUNK = 2000


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _canonical(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(round(value, 9))
    if hasattr(value, "value"):  # enums
        return value.value  # type: ignore[attr-defined]
    return value


def table_check(connection: Connection, table: Table) -> TableCheck:
    digest = hashlib.sha256()
    rows = 0
    order = list(table.primary_key.columns)
    for row in connection.execute(select(table).order_by(*order)):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False, default=str).encode())
        rows += 1
    return TableCheck(table.name, rows, digest.hexdigest())


def _rows(connection: Connection, table: Table) -> Iterator[list[dict]]:
    order = list(table.primary_key.columns)
    result = connection.execute(select(table).order_by(*order)).mappings()
    while batch := result.fetchmany(CHUNK):
        yield [dict(row) for row in batch]


# Tables a new, empty database already has rows in: the audit chain's head, at its start; the
# default budget categories and indirect rates (planner.budget_guards.seed_statements); the
# review checklist's first items (planner.models.deliverables).
_STARTED_EMPTY = frozenset(
    {"audit_chain_head", "budget_category", "indirect_rate", "review_item"}
)


def copy_database(
    source: Database, target: Database, progress: Callable[[str], None] | None = None
) -> list[TableCheck]:
    """Copy all rows in one transaction on the target; raise DatabaseProblem on any mismatch."""
    say = progress or (lambda _m: None)
    with target.engine.connect() as probe:
        for table in tables():
            if table.name in _STARTED_EMPTY:
                continue
            if probe.execute(select(func.count()).select_from(table)).scalar():
                raise DatabaseProblem(
                    f"The target database is not empty (table {table.name} has rows); "
                    "copy only into a new, empty database."
                )
    with source.engine.connect() as src, target.engine.begin() as dst:
        # The guards of frozen agreements refuse any row added to an agreed cycle: right for
        # an edit, wrong for a copy of rows that were valid where they come from. They are
        # dropped for the copy and made again in the same transaction (the checksums below
        # still compare every row).
        frozen_guards.uninstall(dst)
        budget_guards.uninstall(dst)  # the same for budget lines (the totals come as they are)
        review_guards.uninstall(dst)  # the same for the ticks of an agreed cycle's review
        for table in tables():
            copied = 0
            if table.name in _STARTED_EMPTY:
                dst.execute(table.delete())  # the new database's own start, replaced
            for batch in _rows(src, table):
                dst.execute(table.insert(), batch)
                copied += len(batch)
            say(f"{table.name}: {copied}")
        if dst.dialect.name == "postgresql":
            for table in tables():
                if "id" in table.c and table.c.id.autoincrement:
                    dst.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    ))
        frozen_guards.install(dst)
        budget_guards.install(dst)
        review_guards.install(dst)
        expected = [table_check(src, t) for t in tables()]
        actual = [table_check(dst, t) for t in tables()]
        if expected != actual:
            bad = [e.table for e, a in zip(expected, actual, strict=True) if e != a]
            raise DatabaseProblem(f"The copy differs from the source in {', '.join(bad)}; nothing was kept.")
    return actual
