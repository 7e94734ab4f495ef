"""Assign, release, move and swap through the services, with the rules' messages."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.errors import (
    DeskAlreadyTaken,
    DeskInactive,
    NeedsNotMet,
    NotSeated,
    PersonAlreadySeated,
    ZoneOverCapacity,
)
from planner.models import Assignment, AuditEntry, DeskFeature, DeskKind
from planner.services import queries, seating, sites
from tests.planner.factories import person, small_site

D = dt.date


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        a = person(s, site.org_id, "김민준", "minjun@kaist.ac.kr")
        b = person(s, site.org_id, "이서연", "seoyeon@kaist.ac.kr")
        c = person(s, site.org_id, "박지훈", "jihoon@kaist.ac.kr")
    return sessions, site, a, b, c


def _counts(s):
    return (s.scalar(select(func.count(Assignment.id))), s.scalar(select(func.count(AuditEntry.id))))


def desk_code(s, person_id, day):
    desk = queries.desk_of(s, person_id, day)
    return desk.code if desk else None


def test_assign_then_the_desk_is_taken_with_a_clear_message(world):
    sessions, site, a, b, _ = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1))
    with sessions() as s:
        before = _counts(s)
    with pytest.raises(DeskAlreadyTaken, match=r"3F-A-001 is already taken by 김민준 \(2025-03-01"):
        with sessions() as s, s.begin():
            seating.assign_desk(s, b, site.desks[0], D(2025, 4, 1))
    with sessions() as s:
        assert _counts(s) == before  # nothing half-saved, not even an audit line


def test_a_person_cannot_hold_two_desks(world):
    sessions, site, a, _b, _c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1), D(2025, 12, 31))
    with pytest.raises(PersonAlreadySeated, match="김민준 already has a desk at 3F-A-001"):
        with sessions() as s, s.begin():
            seating.assign_desk(s, a, site.desks[1], D(2025, 12, 31))
    with sessions() as s, s.begin():  # from the next year on it is fine
        seating.assign_desk(s, a, site.desks[1], D(2026, 1, 1))
    with sessions() as s:
        assert desk_code(s, a, D(2025, 6, 1)) == "3F-A-001"
        assert desk_code(s, a, D(2026, 6, 1)) == "3F-A-002"


def test_inactive_desk_needs_and_zone_capacity(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3, capacity=1)
        a = person(s, site.org_id, "김민준", "a@x.kr", needs=DeskFeature.ACCESSIBLE)
        b = person(s, site.org_id, "이서연", "b@x.kr")
        c = person(s, site.org_id, "박지훈", "c@x.kr")
        sites.update_desk(s, site.desks[0], active=False)
        sites.update_desk(s, site.desks[2], features="accessible;monitor")
    with pytest.raises(DeskInactive), sessions() as s, s.begin():
        seating.assign_desk(s, b, site.desks[0], D(2025, 3, 1))
    with pytest.raises(NeedsNotMet, match="accessible"), sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[1], D(2025, 3, 1))
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[2], D(2025, 3, 1))
    with pytest.raises(ZoneOverCapacity, match="full"), sessions() as s, s.begin():
        seating.assign_desk(s, c, site.desks[1], D(2025, 3, 1))


def test_release_ends_the_day_before_and_removes_later_bookings(world):
    sessions, site, a, _b, _c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1), D(2025, 6, 30))
        seating.assign_desk(s, a, site.desks[1], D(2025, 7, 1))
        change = seating.release_desk(s, a, D(2025, 5, 1))
    assert change.desk_ids == {site.desks[0], site.desks[1]}
    with sessions() as s:
        rows = s.execute(select(Assignment.desk_id, Assignment.start_date, Assignment.end_date)).all()
        assert rows == [(site.desks[0], D(2025, 3, 1), D(2025, 4, 30))]
    with pytest.raises(NotSeated), sessions() as s, s.begin():
        seating.release_desk(s, a, D(2025, 5, 1))


def test_move_keeps_the_move_out_date_and_the_history(world):
    sessions, site, a, _b, _c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1), D(2026, 2, 28))
        seating.move_person(s, a, site.desks[3], D(2025, 9, 1))
    with sessions() as s:
        assert desk_code(s, a, D(2025, 8, 31)) == "3F-A-001"
        assert desk_code(s, a, D(2025, 9, 1)) == "3F-A-004"
        assert desk_code(s, a, D(2026, 3, 1)) is None


def test_swap_exchanges_desks_from_the_day(world):
    sessions, site, a, b, _c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1))
        seating.assign_desk(s, b, site.desks[1], D(2025, 3, 1), D(2025, 12, 31))
        seating.swap_people(s, a, b, D(2025, 10, 1))
    with sessions() as s:
        assert (desk_code(s, a, D(2025, 10, 1)), desk_code(s, b, D(2025, 10, 1))) == ("3F-A-002", "3F-A-001")
        assert (desk_code(s, a, D(2025, 9, 30)), desk_code(s, b, D(2025, 9, 30))) == ("3F-A-001", "3F-A-002")
        assert desk_code(s, b, D(2026, 1, 1)) is None  # b kept their own move-out date
        assert desk_code(s, a, D(2030, 1, 1)) == "3F-A-002"


def test_swap_with_someone_unseated_changes_nothing(world):
    sessions, site, a, _b, c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1))
    with pytest.raises(NotSeated, match="박지훈"), sessions() as s, s.begin():
        seating.swap_people(s, a, c, D(2025, 10, 1))
    with sessions() as s:
        assert s.scalars(select(Assignment.end_date)).all() == [None]


def test_set_move_out_cannot_extend_into_the_next_occupant(world):
    sessions, site, a, b, _c = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1), D(2025, 6, 30))
        seating.assign_desk(s, b, site.desks[0], D(2025, 8, 1))
        seating.set_move_out(s, a, D(2025, 7, 31), on=D(2025, 4, 1))
    with pytest.raises(DeskAlreadyTaken), sessions() as s, s.begin():
        seating.set_move_out(s, a, D(2025, 8, 15), on=D(2025, 4, 1))


def test_hot_desk_is_shared(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1, kinds=[DeskKind.HOT])
        a = person(s, site.org_id, "김민준", "a@x.kr")
        b = person(s, site.org_id, "이서연", "b@x.kr")
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1))
        seating.assign_desk(s, b, site.desks[0], D(2025, 3, 1))
    with sessions() as s:
        assert len(seating.occupants_on(s, site.desks[0], D(2025, 3, 2))) == 2
