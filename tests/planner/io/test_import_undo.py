"""Undoing an import puts back exactly what was there; it refuses when others built on it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner.errors import InUse
from planner.io.columns import recognise_desk_columns
from planner.io.desks_import import import_desks, preview_desks
from planner.io.read_table import read_table
from planner.models import Desk, Person, Zone
from planner.services import seating, sites
from planner.services.import_undo import undo_import

from .conftest import KOREAN_HEADERS, PEOPLE_ROWS, write_csv
from .test_people_import import run_import, stored


def _undo(factory, summary) -> None:
    with factory() as session, session.begin():
        undo_import(session, summary.undo)


def test_undo_of_a_people_import_restores_fields_tasks_and_removes_the_added(
    institute_sessions, tmp_path
):
    factory, _institute = institute_sessions
    run_import(factory, write_csv(tmp_path / "first.csv", [KOREAN_HEADERS, *PEOPLE_ROWS[:2]]))
    before = stored(factory)
    changed = list(PEOPLE_ROWS[0])
    changed[5], changed[8] = "010-9999-0000", "F-02"  # phone and tasks of 김민수
    rows = [KOREAN_HEADERS, changed, *PEOPLE_ROWS[1:]]
    _, summary = run_import(factory, write_csv(tmp_path / "second.csv", rows), create=True)
    assert summary.changed == ("김민수",) and len(summary.added) == len(PEOPLE_ROWS) - 2
    assert stored(factory) != before

    _undo(factory, summary)
    assert stored(factory) == before


def test_undo_is_refused_once_an_added_person_has_a_desk(institute_sessions, tmp_path):
    factory, institute = institute_sessions
    _, summary = run_import(factory, write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS]))
    with factory() as session, session.begin():
        person = session.scalars(select(Person).where(Person.name_ko == "김민수")).one()
        desk = sites.create_desk(session, institute.floor_id, code="3F-A-001", x=1, y=1)
        seating.assign_desk(session, person.id, desk.id, start=person.stay_start)
    after = stored(factory)
    with pytest.raises(InUse, match="1 desk assignment"):
        _undo(factory, summary)
    assert stored(factory) == after


def test_undo_of_a_desk_import_removes_new_desks_and_zones_and_restores_moved_ones(
    institute_sessions, tmp_path
):
    factory, institute = institute_sessions
    with factory() as session, session.begin():
        sites.create_desk(session, institute.floor_id, code="3F-A-001", x=1, y=1)

    def desks():
        with factory() as session:
            return {
                d.code: (d.x, d.y, d.zone_id) for d in session.scalars(select(Desk))
            }, sorted(session.scalars(select(Zone.name)))

    before = desks()
    existing = "3F-A-001"
    path = write_csv(
        tmp_path / "d.csv",
        [
            ("code", "floor", "zone", "x", "y"),
            (existing, "3", "", 7.5, 7.5),
            ("3F-Z-001", "3", "새 구역", 30, 30),
            ("3F-Z-002", "3", "새 구역", 32, 30),
        ],
    )
    table = read_table(path)
    with factory() as session, session.begin():
        preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        assert preview.ok, preview.errors
        summary = import_desks(session, preview)
    assert desks() != before
    _undo(factory, summary)
    assert desks() == before
