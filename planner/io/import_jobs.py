"""Imports as background work: generators that yield :class:`Progress` and return the result.

``ui.background.run_in_background`` runs them off the main thread; a cancel stops them at the
next ``yield``. Each opens its own Session. :func:`import_steps` writes in ONE transaction and
yields once more after the writing, before the commit: a cancel that late still rolls back,
so an import is either complete or absent (and so is the problems file of one that skips
rows). :func:`import_rows` is the writing itself, for callers with their own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from planner.io.columns import ColumnMapping
from planner.io.import_problems import ProblemsFile, kept_if_committed
from planner.io.preview import ImportPreview, ImportSummary, Issue
from planner.io.read_table import Row, Table

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
    parse: Callable[[Sequence[Row], ColumnMapping], tuple[list[Any], list[Issue]]]
    if kind == PEOPLE:
        from planner.io.people_import import parse_people as parse
    else:
        from planner.io.desks_import import parse_desks as parse
    rows = table.rows
    parsed: list[Any] = []
    issues: list[Issue] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        yield Progress(CHECKING, start, len(rows))
        chunk, chunk_issues = parse(rows[start : start + CHUNK_ROWS], mapping)
        parsed += chunk
        issues += chunk_issues
    yield Progress(CHECKING, len(rows), len(rows))
    with sessions() as session:
        if kind == PEOPLE:
            from planner.io.people_import import plan_people

            return plan_people(session, parsed, issues, mapping, create_missing_organisations)
        from planner.io.desks_import import plan_desks

        return plan_desks(session, parsed, issues, mapping)


def import_rows(
    session: Session,
    kind: str,
    preview: ImportPreview[Any],
    *,
    create_missing_organisations: bool = False,
    skip_invalid: bool = False,
) -> ImportSummary:
    """Write a preview of people or desks in the caller's transaction (re-checked against the
    data of now): all or nothing, or with ``skip_invalid`` every row without an error."""
    if kind == PEOPLE:
        from planner.io.people_import import import_people

        return import_people(
            session,
            preview,
            create_missing_organisations=create_missing_organisations,
            skip_invalid=skip_invalid,
        )
    from planner.io.desks_import import import_desks

    return import_desks(session, preview, skip_invalid=skip_invalid)


def import_steps(
    sessions: sessionmaker[Session],
    kind: str,
    preview: ImportPreview[Any],
    create_missing_organisations: bool = False,
    *,
    skip_invalid: bool = False,
    problems: ProblemsFile | None = None,
) -> Generator[Progress, None, ImportSummary]:
    """Write a preview in ONE transaction: all or nothing, or — ``skip_invalid`` — the rows
    without errors, the others going to ``problems`` (written before the commit, removed
    again if the import is cancelled or fails after all)."""
    total = len(preview.rows)
    with kept_if_committed() as written, sessions() as session, session.begin():
        yield Progress(WRITING, 0, total)
        summary = import_rows(
            session,
            kind,
            preview,
            create_missing_organisations=create_missing_organisations,
            skip_invalid=skip_invalid,
        )
        if summary.skipped and problems is not None:
            written.append(problems.write())
        yield Progress(WRITING, total, total)  # the last moment a cancel rolls everything back
    return summary
