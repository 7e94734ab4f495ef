"""An import that changes stays cuts the seating to them, says so in the preview and in its
output, and its undo puts every seat back (issue #14, case 2: on main the desk stayed, so
the person "held" it before arriving or after leaving)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from planner import cli
from planner.io.columns import recognise_people_columns
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import read_table
from planner.models import Assignment, Person
from planner.services import people, seating, sites
from planner.services.import_undo import undo_import
from planner.services.seating_undo import capture
from planner.storage import open_database

from .conftest import build_institute, write_csv

D = dt.date
HEADERS = ("성명", "소속", "이메일", "입주일", "퇴거일")


def _seat_someone(session, institute) -> tuple[int, int]:
    desk = sites.create_desk(session, institute.floor_id, code="3F-A-001", x=2, y=2)
    person = people.create_person(
        session,
        name_ko="정하늘",
        organisation_id=institute.kaist_id,
        role="researcher",
        email="haneul@kaist.ac.kr",
        stay_start=D(2024, 3, 1),
    )
    seating.assign_desk(session, person.id, desk.id, D(2024, 3, 1))
    return person.id, desk.id


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    with db.sessions() as session, session.begin():
        institute = build_institute(session)
        person_id, desk_id = _seat_someone(session, institute)
    db.close()
    return str(path), person_id, desk_id


def _seats(database: str, person_id: int):
    db = open_database(database)
    try:
        with db.sessions() as s:
            return [
                (a.start_date, a.end_date)
                for a in s.scalars(select(Assignment).where(Assignment.person_id == person_id))
            ]
    finally:
        db.close()


def test_cli_import_moving_the_stay_start_into_the_future(database, tmp_path, capsys):
    path_, person_id, _ = database
    csv = write_csv(
        tmp_path / "p.csv", [HEADERS, ("정하늘", "KAIST", "haneul@kaist.ac.kr", "2027-01-04", "")]
    )
    assert cli.main(["import", "people", str(csv), "--dry-run", "--json", "--database", path_]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["would_change"] == 1
    assert {
        "row": 2,
        "column": "입주일",
        "field": "stay_start",
        "message": "desk 3F-A-001 held from 2027-01-04 (the stay starts then)",
    } in preview["warnings"]
    assert _seats(path_, person_id) == [(D(2024, 3, 1), None)]  # a dry run writes nothing

    assert cli.main(["import", "people", str(csv), "--database", path_]) == 0
    out = capsys.readouterr().out
    assert "seating: 정하늘: desk 3F-A-001 held from 2027-01-04 (the stay starts then)" in out
    # She no longer holds the desk before she arrives.
    assert _seats(path_, person_id) == [(D(2027, 1, 4), None)]


def test_import_setting_a_stay_end_releases_the_desk_and_undo_brings_it_back(database, tmp_path):
    path_, person_id, desk_id = database
    csv = write_csv(
        tmp_path / "p.csv",
        [HEADERS, ("정하늘", "KAIST", "haneul@kaist.ac.kr", "", "2026-01-03")],
    )
    table = read_table(csv)
    mapping = recognise_people_columns(table.headers)
    db = open_database(path_)
    try:
        with db.sessions() as s, s.begin():
            before = capture(s, [person_id])
            preview = preview_people(s, table, mapping)
            assert [w.message for w in preview.warnings] == [
                "desk 3F-A-001 released from 2026-01-04"
            ]
            summary = import_people(s, preview, create_missing_organisations=False)
            assert [t.message for t in summary.seating_trims] == [
                "desk 3F-A-001 released from 2026-01-04"
            ]
            assert summary.as_dict()["seating_changes"] == [
                {
                    "person": "정하늘",
                    "desk": "3F-A-001",
                    "change": "desk 3F-A-001 released from 2026-01-04",
                }
            ]
        with db.sessions() as s:
            assert seating.occupants_on(s, desk_id, D(2026, 1, 4)) == []
            assert seating.assignment_on(s, person_id, D(2026, 1, 3)) is not None
        with db.sessions() as s, s.begin():
            undo_import(s, summary.undo)
        with db.sessions() as s:
            assert capture(s, [person_id]) == before
            assert s.get(Person, person_id).stay_end is None
    finally:
        db.close()
