"""Stays bound seating (issue #14, case 2): nobody holds a desk on a day outside their stay —
not by assigning, not by changing a stay, not by a write that bypasses the services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from planner.errors import DuplicateValue, OutsideStay
from planner.models import Assignment, AuditEntry, Person
from planner.services import people, seating
from planner.services.seating_undo import capture
from planner.services.stays import LATER, RELEASED, REMOVED, bound_to_stay
from tests.planner.factories import person, small_site

D = dt.date


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3)
        intern = person(s, site.org_id, "박인턴", "intern@kaist.ac.kr", stay_end=D(2027, 2, 26))
        resident = person(s, site.org_id, "김연구", "res@kaist.ac.kr")
    return sessions, site, intern, resident


def _rows(s, person_id):
    return [
        (a.desk_id, a.start_date, a.end_date)
        for a in s.scalars(
            select(Assignment)
            .where(Assignment.person_id == person_id)
            .order_by(Assignment.start_date)
        )
    ]


def test_bound_to_stay():
    assert bound_to_stay(D(2026, 1, 1), None, None, None) == (D(2026, 1, 1), None)
    assert bound_to_stay(D(2026, 1, 1), None, D(2026, 3, 2), D(2027, 2, 26)) == (
        D(2026, 3, 2),
        D(2027, 2, 26),
    )
    assert bound_to_stay(D(2026, 1, 1), D(2026, 1, 31), D(2026, 3, 2), None) is None
    assert bound_to_stay(D(2027, 3, 1), None, None, D(2027, 2, 26)) is None


def test_seating_someone_whose_stay_ends_ends_with_the_stay(world):
    """The intern seated on 2026-12-14 without an end no longer holds the desk on
    2027-03-01 (on main the assignment was open-ended)."""
    sessions, site, intern, _ = world
    with sessions() as s, s.begin():
        made = seating.assign_desk(s, intern, site.desks[0], D(2026, 12, 14))
        assert (made.start_date, made.end_date) == (D(2026, 12, 14), D(2027, 2, 26))
    with sessions() as s:
        assert seating.assignment_on(s, intern, D(2027, 2, 26)) is not None
        assert seating.assignment_on(s, intern, D(2027, 3, 1)) is None
        assert seating.occupants_on(s, site.desks[0], D(2027, 3, 1)) == []


def test_seating_someone_who_arrives_later_starts_on_arrival(world):
    sessions, site, _, resident = world
    with sessions() as s, s.begin():
        people.update_person(s, resident, stay_start=D(2027, 1, 4))
        made = seating.assign_desk(s, resident, site.desks[1], D(2026, 12, 14))
        assert made.start_date == D(2027, 1, 4)
    with sessions() as s, s.begin(), pytest.raises(OutsideStay):
        seating.assign_desk(s, resident, site.desks[2], D(2026, 1, 1), D(2026, 12, 31))


def test_move_out_cannot_run_past_the_stay_and_clearing_it_ends_with_the_stay(world):
    sessions, site, intern, _ = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, intern, site.desks[0], D(2026, 12, 14), D(2027, 1, 31))
    with sessions() as s, s.begin(), pytest.raises(OutsideStay):
        seating.set_move_out(s, intern, D(2027, 6, 30), D(2027, 1, 1))
    with sessions() as s, s.begin():
        seating.set_move_out(s, intern, None, D(2027, 1, 1))
    with sessions() as s:
        assert _rows(s, intern) == [(site.desks[0], D(2026, 12, 14), D(2027, 2, 26))]


def test_a_stay_edit_trims_the_seating_in_the_same_transaction(world):
    """A stay start moved into the future leaves no desk before arrival; a stay end releases
    the desk from the next day; what lies wholly outside goes. The form is told first."""
    sessions, site, _, resident = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, resident, site.desks[0], D(2025, 3, 1), D(2025, 12, 31))
        seating.assign_desk(s, resident, site.desks[1], D(2026, 1, 1))
    with sessions() as s:
        told = people.stay_consequences(s, resident, D(2026, 3, 2), D(2027, 1, 3))
        assert [(t.desk_code, t.changes) for t in told] == [
            ("3F-A-001", ((REMOVED, D(2025, 3, 1)),)),
            ("3F-A-002", ((LATER, D(2026, 3, 2)), (RELEASED, D(2027, 1, 4)))),
        ]
        assert told[1].message == (
            "desk 3F-A-002 held from 2026-03-02 (the stay starts then); "
            "desk 3F-A-002 released from 2027-01-04"
        )
        assert len(_rows(s, resident)) == 2  # telling changed nothing
    with sessions() as s, s.begin():
        people.update_person(s, resident, stay_start=D(2026, 3, 2), stay_end=D(2027, 1, 3))
    with sessions() as s:
        assert _rows(s, resident) == [(site.desks[1], D(2026, 3, 2), D(2027, 1, 3))]
        audited = s.scalars(
            select(AuditEntry.field)
            .where(AuditEntry.entity == "assignment")
            .order_by(AuditEntry.id)
        ).all()
        assert audited[-3:] == ["desk", "start_date", "end_date"]


def test_a_failed_stay_edit_changes_no_seat(world):
    """The seats are cut before the person is written; when that write is refused (another
    person's e-mail), the cut goes with it."""
    sessions, site, _, resident = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, resident, site.desks[0], D(2025, 3, 1))
        before = capture(s, [resident])
    with pytest.raises(DuplicateValue), sessions() as s, s.begin():
        people.update_person(s, resident, stay_end=D(2026, 1, 31), email="intern@kaist.ac.kr")
    with sessions() as s:
        assert capture(s, [resident]) == before


def _raw_assign(s, person_id, desk_id, start, end=None):
    s.execute(
        insert(Assignment).values(
            person_id=person_id,
            desk_id=desk_id,
            start_date=start,
            end_date=end,
            desk_shared=False,
            version=1,
            created_at=dt.datetime(2025, 1, 1),
        )
    )


def test_the_database_refuses_a_desk_outside_the_stay(world):
    """Writes that bypass the services: an INSERT, an UPDATE of the dates, a stay UPDATE."""
    sessions, site, intern, resident = world
    with pytest.raises(IntegrityError, match="assignment_outside_stay"), sessions() as s, s.begin():
        _raw_assign(s, intern, site.desks[0], D(2026, 12, 14))  # open-ended past the stay
    with sessions() as s, s.begin():
        _raw_assign(s, intern, site.desks[0], D(2026, 12, 14), D(2027, 2, 26))
        _raw_assign(s, resident, site.desks[1], D(2025, 3, 1))
    with pytest.raises(IntegrityError, match="assignment_outside_stay"), sessions() as s, s.begin():
        s.execute(
            update(Assignment).where(Assignment.person_id == intern).values(end_date=D(2027, 3, 1))
        )
    with pytest.raises(IntegrityError, match="assignment_outside_stay"), sessions() as s, s.begin():
        s.execute(update(Person).where(Person.id == resident).values(stay_start=D(2025, 6, 1)))
    with pytest.raises(IntegrityError, match="assignment_outside_stay"), sessions() as s, s.begin():
        s.execute(update(Person).where(Person.id == intern).values(stay_end=D(2027, 1, 31)))
    with sessions() as s, s.begin():  # a stay that still covers every desk is fine
        s.execute(update(Person).where(Person.id == resident).values(stay_start=D(2025, 3, 1)))
    with sessions() as s:
        assert _rows(s, intern) == [(site.desks[0], D(2026, 12, 14), D(2027, 2, 26))]
        assert s.get(Person, resident).stay_start == D(2025, 3, 1)
