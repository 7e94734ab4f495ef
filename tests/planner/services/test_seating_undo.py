"""Undoing a change after somebody else changed the seating (found by the stateful test,
tests/ui/test_seating_state_machine.py): the undo is refused with the reason a user can act on,
and nothing is written. Before the fix the database's guards refused these undos, so the window
said "database problem: desk_overlap" or "violates a rule of the database
(assignment_outside_stay)" — or, for a stay edit made in the person form, the undo silently
cut the seating made since."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.errors import DeskAlreadyTaken, OutsideStay, PersonAlreadySeated
from planner.io.columns import recognise_people_columns
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import Row, Table
from planner.models import Assignment, Person
from planner.services import move_plans, people, seating
from planner.services.import_undo import undo_import
from planner.services.seating_undo import capture, difference, revert
from tests.planner.factories import person, small_site

D = dt.date


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=2)
        first = person(s, site.org_id, "가람", "a@lab.kr")
        second = person(s, site.org_id, "나래", "b@lab.kr")
        seating.assign_desk(s, first, site.desks[0], D(2026, 3, 1))
    return sessions, site, first, second


def _release(sessions, person_id, on):
    with sessions() as s, s.begin():
        before = capture(s, [person_id])
        seating.release_desk(s, person_id, on)
        return difference(before, capture(s, [person_id]))


def _table(sessions):
    with sessions() as s:
        return [
            (a.id, a.person_id, a.desk_id, a.start_date, a.end_date)
            for a in s.scalars(select(Assignment).order_by(Assignment.id))
        ]


def test_undo_of_a_release_is_refused_when_someone_took_the_desk_since(world):
    sessions, site, first, second = world
    released = _release(sessions, first, D(2026, 3, 10))
    with sessions() as s, s.begin():  # another client seats 나래 at the freed desk
        seating.assign_desk(s, second, site.desks[0], D(2026, 3, 12), D(2026, 3, 20))
    rows = _table(sessions)
    with pytest.raises(DeskAlreadyTaken) as refused, sessions() as s, s.begin():
        revert(s, released)
    assert "3F-A-001" in str(refused.value) and "나래" in str(refused.value)
    assert _table(sessions) == rows


def test_undo_of_a_release_is_refused_when_the_person_was_seated_elsewhere_since(world):
    sessions, site, first, _second = world
    released = _release(sessions, first, D(2026, 3, 10))
    with sessions() as s, s.begin():
        seating.assign_desk(s, first, site.desks[1], D(2026, 3, 15))
    rows = _table(sessions)
    with pytest.raises(PersonAlreadySeated), sessions() as s, s.begin():
        revert(s, released)
    assert _table(sessions) == rows


def test_undo_of_a_release_is_refused_when_the_stay_ended_since(world):
    sessions, _site, first, _second = world
    released = _release(sessions, first, D(2026, 3, 10))
    with sessions() as s, s.begin():
        people.update_person(s, first, stay_end=D(2026, 3, 20))
    rows = _table(sessions)
    with pytest.raises(OutsideStay), sessions() as s, s.begin():
        revert(s, released)
    assert _table(sessions) == rows


def test_undo_of_a_release_still_brings_the_desk_back_when_nothing_stands_in_the_way(world):
    sessions, site, first, _second = world
    rows = _table(sessions)
    released = _release(sessions, first, D(2026, 3, 10))
    with sessions() as s, s.begin():
        revert(s, released)
    assert _table(sessions) == rows


def _import_stay(sessions, name, email, start):
    """The spreadsheet row of one person with a new stay start, imported in one transaction."""
    table = Table(("성명", "소속", "이메일", "입주일"), (Row(2, (name, "KAIST", email, start)),), "p.csv")
    with sessions() as s, s.begin():
        preview = preview_people(s, table, recognise_people_columns(table.headers))
        return import_people(s, preview, create_missing_organisations=False)


def test_undo_of_an_import_that_moved_a_stay_start_earlier_keeps_seating_made_since(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=2)
        late = person(s, site.org_id, "나래", "b@lab.kr", stay_start=D(2026, 3, 7))
    summary = _import_stay(sessions, "나래", "b@lab.kr", "2026-03-01")
    with sessions() as s, s.begin():  # seated in the days the import added to her stay
        seating.assign_desk(s, late, site.desks[1], D(2026, 3, 4), D(2026, 3, 6))
    rows = _table(sessions)
    # On main the database refused it: "violates a rule of the database (assignment_outside_stay)".
    with pytest.raises(OutsideStay) as refused, sessions() as s, s.begin():
        undo_import(s, summary.undo)
    assert "3F-A-002 2026-03-04 – 2026-03-06" in str(refused.value)
    assert _table(sessions) == rows
    with sessions() as s:
        assert s.get(Person, late).stay_start == D(2026, 3, 1)


def test_undo_of_an_import_puts_the_stay_back_when_nothing_was_seated_since(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=2)
        late = person(s, site.org_id, "나래", "b@lab.kr", stay_start=D(2026, 3, 7))
    summary = _import_stay(sessions, "나래", "b@lab.kr", "2026-03-01")
    with sessions() as s, s.begin():
        undo_import(s, summary.undo)
    with sessions() as s:
        assert s.get(Person, late).stay_start == D(2026, 3, 7)


def test_putting_an_old_stay_back_for_undo_refuses_to_cut_seating_made_since(world):
    sessions, site, _first, second = world
    with sessions() as s, s.begin():
        people.update_person(s, second, stay_start=D(2026, 3, 7))
        before = people.person_values(s, second)
        people.update_person(s, second, stay_start=D(2026, 3, 1))  # the edit to undo
        seating.assign_desk(s, second, site.desks[1], D(2026, 3, 4), D(2026, 3, 6))  # since
    rows = _table(sessions)
    with pytest.raises(OutsideStay), sessions() as s, s.begin():
        people.update_person(s, second, keep_seating=True, **before)
    assert _table(sessions) == rows
    with sessions() as s, s.begin():  # an ordinary edit still trims, as the form announces
        people.update_person(s, second, **before)
    assert len(_table(sessions)) == len(rows) - 1


def test_undo_of_a_plan_that_removed_a_seat_not_yet_begun_restores_every_row(sessions):
    """SQLite gives a new row the id of the highest row deleted before it: the plan deletes
    나래's seat (it begins on the plan's date) and writes 가람's new one under its id. Before
    the fix the undo took that for 나래's row changed and gave it back to 가람 as well:
    "database problem: person_overlap" (found by the stateful seating test)."""
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        first = person(s, site.org_id, "가람", "a@lab.kr")
        second = person(s, site.org_id, "나래", "b@lab.kr")
        seating.assign_desk(s, first, site.desks[0], D(2026, 3, 1))
        seating.assign_desk(s, second, site.desks[1], D(2026, 3, 10))
        plan = move_plans.create_move_plan(s, "3월 이동", D(2026, 3, 10))
        move_plans.stage_move(s, plan.id, first, site.desks[2])
        move_plans.stage_move(s, plan.id, second, site.desks[3])
    rows = _table(sessions)
    with sessions() as s, s.begin():
        applied = move_plans.apply_move_plan_for_undo(s, plan.id)
    with sessions() as s, s.begin():
        move_plans.revert_move_plan(s, plan.id, applied.rows)
    assert _table(sessions) == rows
