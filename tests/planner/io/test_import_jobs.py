"""Imports as background work: progress while checking, and a cancel that writes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from planner.io import import_jobs
from planner.io.columns import recognise_people_columns
from planner.io.import_jobs import CHECKING, PEOPLE, WRITING, import_steps, preview_steps
from planner.io.read_table import read_table
from planner.models import Person

from .conftest import KOREAN_HEADERS, PEOPLE_ROWS, write_csv


def _drive(generator):
    """Run a generator to its end: (the progress it yielded, its result)."""
    steps = []
    try:
        while True:
            steps.append(next(generator))
    except StopIteration as stop:
        return steps, stop.value


def _people(factory) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_preview_reports_progress_per_chunk(institute_sessions, tmp_path, monkeypatch):
    factory, _institute = institute_sessions
    monkeypatch.setattr(import_jobs, "CHUNK_ROWS", 2)
    table = read_table(write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS]))
    mapping = recognise_people_columns(table.headers)
    steps, preview = _drive(preview_steps(factory, PEOPLE, table, mapping))
    total = len(table.rows)
    assert [(s.stage, s.done) for s in steps] == [
        (CHECKING, done) for done in [*range(0, total, 2), total]
    ]
    assert preview.ok and preview.would_add == total


def test_import_writes_everything_or_nothing_when_cancelled(institute_sessions, tmp_path):
    factory, _institute = institute_sessions
    table = read_table(write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS]))
    mapping = recognise_people_columns(table.headers)
    _, preview = _drive(preview_steps(factory, PEOPLE, table, mapping))
    before = _people(factory)

    cancelled = import_steps(factory, PEOPLE, preview)
    assert next(cancelled).stage == WRITING
    assert next(cancelled).done == len(table.rows)  # written, not yet committed
    cancelled.close()  # what BackgroundJob does on cancel
    assert _people(factory) == before

    steps, summary = _drive(import_steps(factory, PEOPLE, preview))
    assert len(summary.added) == len(table.rows)
    assert _people(factory) == before + len(table.rows)
