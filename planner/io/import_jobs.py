"""Imports as background work: generators that yield :class:`Progress` and return the result.

``ui.background.run_in_background`` runs them off the main thread; a cancel stops them at the
next ``yield``. Each opens its own Session. :func:`import_steps` writes in ONE transaction and
yields once more after the writing, before the commit: a cancel that late still rolls back,
so an import is either complete or absent.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from planner.io.columns import ColumnMapping
from planner.io.preview import ImportPreview, ImportSummary, Issue
from planner.io.read_table import Table

PEOPLE, DESKS = "people", "desks"
CHECKING, WRITING = "checking", "writing"
# Rows parsed between two yields: a cancel is noticed within ~0.1 s, the yields cost nothing.
CHUNK_ROWS = 2000


@dataclass(frozen=True)
class Progress:
    stage: str  # CHECKING or WRITING
    done: int
    total: int


def preview_steps(
    sessions: sessionmaker[Session],
    kind: str,
    table: Table,
    mapping: ColumnMapping,
    create_missing_organisations: bool = False,
) -> Generator[Progress, None, ImportPreview[Any]]:
    """Parse the rows chunk by chunk, then compare them with the database; writes nothing."""
    if kind == PEOPLE:
        from planner.io.people_import import parse_person as parse
    else:
        from planner.io.desks_import import parse_desk as parse
    rows = table.rows
    parsed: list[Any] = []
    issues: list[Issue] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        yield Progress(CHECKING, start, len(rows))
        for row in rows[start : start + CHUNK_ROWS]:
            item, row_issues = parse(row, mapping)
            parsed.append(item)
            issues += row_issues
    yield Progress(CHECKING, len(rows), len(rows))
    with sessions() as session:
        if kind == PEOPLE:
            from planner.io.people_import import plan_people

            return plan_people(session, parsed, issues, mapping, create_missing_organisations)
        from planner.io.desks_import import plan_desks

        return plan_desks(session, parsed, issues, mapping)


def import_steps(
    sessions: sessionmaker[Session],
    kind: str,
    preview: ImportPreview[Any],
    create_missing_organisations: bool = False,
) -> Generator[Progress, None, ImportSummary]:
    """Write a clean preview all-or-nothing (it is re-checked against the data of now)."""
    total = len(preview.rows)
    with sessions() as session, session.begin():
        yield Progress(WRITING, 0, total)
        if kind == PEOPLE:
            from planner.io.people_import import import_people

            summary = import_people(
                session, preview, create_missing_organisations=create_missing_organisations
            )
        else:
            from planner.io.desks_import import import_desks

            summary = import_desks(session, preview)
        yield Progress(WRITING, total, total)  # the last moment a cancel rolls everything back
    return summary
