"""The read model and the undo inverse, without Qt (they live in planner/)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from planner.errors import ConcurrentEdit
from planner.models import Assignment, Desk, Floor, Person
from planner.services import floorplan, seating
from planner.services.seating_undo import capture, difference, revert
from tests.ui.floorplan.conftest import TODAY


def _count_queries(engine):
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    return statements, lambda: event.remove(engine, "before_cursor_execute", before)


def test_load_floor_is_a_handful_of_queries(db):
    with db.sessions() as s:
        floor_id = s.scalars(select(Floor.id).order_by(Floor.level)).all()[1]
        statements, stop = _count_queries(db.engine)
        snapshot = floorplan.load_floor(s, floor_id, TODAY)
        stop()
        desks = s.scalars(select(Desk).where(Desk.floor_id == floor_id)).all()
    # floor, zones, desks, occupants, their tasks (members, participants) and where the ones whose
    # seat ends sit next (a move is not a move-out): one each per floor, never one per desk
    assert len(statements) <= 7
    assert {d.id for d in snapshot.desks} == {d.id for d in desks}
    assert snapshot.zones and all(len(z.polygon) >= 3 for z in snapshot.zones)
    occupied = [d for d in snapshot.desks if d.occupant]
    assert occupied and all(
        o.organisation and o.start <= TODAY for d in occupied for o in d.occupants
    )
    assert any(d.occupant.task_codes for d in occupied)


def test_load_floor_as_of_other_days(db):
    with db.sessions() as s:
        gone = s.scalars(select(Assignment).where(Assignment.end_date < TODAY)).first()
        floor_id = s.get(Desk, gone.desk_id).floor_id
        person_id, desk_id, start = gone.person_id, gone.desk_id, gone.start_date
        then = floorplan.load_floor(s, floor_id, start)
        now = floorplan.load_floor(s, floor_id, TODAY)
    assert person_id in [o.person_id for d in then.desks if d.id == desk_id for o in d.occupants]
    assert person_id not in [o.person_id for d in now.desks for o in d.occupants]


def test_find_in_site_by_names_email_and_code(db):
    with db.sessions() as s:
        a = s.scalars(
            select(Assignment).where(Assignment.start_date <= TODAY, Assignment.end_date.is_(None))
        ).first()
        person, desk = s.get(Person, a.person_id), s.get(Desk, a.desk_id)
        for query in (person.name_ko, person.name_en.upper(), person.email, person.name_ko[1:]):
            hits = floorplan.find_in_site(s, query, TODAY)
            assert any(
                h.person_id == person.id and h.desk_id == desk.id and h.floor_id == desk.floor_id
                for h in hits
            ), query
        hits = floorplan.find_in_site(s, desk.code.lower(), TODAY)
        assert hits[0].kind == "desk" and hits[0].desk_id == desk.id
        assert floorplan.find_in_site(s, "   ") == []
        assert floorplan.find_in_site(s, "%") == [] or all(
            "%" in h.label for h in floorplan.find_in_site(s, "%")
        )


def test_revert_takes_back_a_move_exactly(db):
    with db.sessions() as s, s.begin():
        a = s.scalars(
            select(Assignment).where(Assignment.start_date < TODAY, Assignment.end_date.is_(None))
        ).first()
        person = a.person_id
        booked = select(Assignment.desk_id).where(
            (Assignment.end_date.is_(None)) | (Assignment.end_date >= TODAY)
        )
        target = s.scalars(
            select(Desk).where(Desk.id.not_in(booked), Desk.active.is_(True), Desk.kind == "fixed")
        ).first()
        before = capture(s, [person])
        seating.move_person(s, person, target.id, TODAY)
        diff = difference(before, capture(s, [person]))
    assert diff.desk_ids == {a.desk_id, target.id}
    with db.sessions() as s, s.begin():
        revert(s, diff)
    with db.sessions() as s:
        assert capture(s, [person]) == before


def test_revert_refuses_when_someone_changed_the_rows_since(db):
    with db.sessions() as s, s.begin():
        a = s.scalars(
            select(Assignment).where(Assignment.start_date < TODAY, Assignment.end_date.is_(None))
        ).first()
        before = capture(s, [a.person_id])
        seating.set_move_out(s, a.person_id, TODAY + dt.timedelta(days=5), TODAY)
        diff = difference(before, capture(s, [a.person_id]))
    with db.sessions() as s, s.begin():
        seating.set_move_out(s, a.person_id, TODAY + dt.timedelta(days=9), TODAY)  # someone else
    with pytest.raises(ConcurrentEdit), db.sessions() as s, s.begin():
        revert(s, diff)
    with db.sessions() as s:
        assert s.get(Assignment, a.id).end_date == TODAY + dt.timedelta(days=9)  # untouched


def test_people_on_marks_seated_and_unseated(db):
    from planner.models import Person

    with db.sessions() as s:
        everyone = floorplan.people_on(s, TODAY)
        unseated = floorplan.people_on(s, TODAY, unseated_only=True)
        gone = set(s.scalars(select(Person.id).where(Person.stay_end < TODAY)))
    assert gone  # the demo has alumni: they are not waiting for a desk
    assert {p.id for p in unseated} == {p.id for p in everyone if p.desk_id is None} - gone
    assert any(p.desk_code for p in everyone)
