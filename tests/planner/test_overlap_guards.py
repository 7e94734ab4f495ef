"""The overlap rules hold in the database itself, on SQLite and on PostgreSQL — even for
writes that bypass the services' friendly checks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from planner.models import Assignment, Desk, DeskKind
from tests.planner.factories import person, small_site

D = dt.date


def _raw_assign(session, person_id, desk_id, start, end=None):
    session.execute(insert(Assignment).values(
        person_id=person_id, desk_id=desk_id, start_date=start, end_date=end, desk_shared=False, version=1,
        created_at=dt.datetime(2025, 1, 1),
    ))


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3, kinds=[DeskKind.FIXED, DeskKind.FIXED, DeskKind.HOT])
        a = person(s, site.org_id, "김민준", "a@kaist.ac.kr")
        b = person(s, site.org_id, "이서연", "b@kaist.ac.kr")
    return sessions, site, a, b


def test_second_occupant_of_a_fixed_desk_is_refused(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2025, 3, 1), D(2025, 8, 31))
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        _raw_assign(s, b, site.desks[0], D(2025, 8, 31))
    with sessions() as s:
        assert s.scalars(select(Assignment.person_id)).all() == [a]


def test_consecutive_occupants_and_open_ended_ranges(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2025, 3, 1), D(2025, 8, 31))
        _raw_assign(s, b, site.desks[0], D(2025, 9, 1))  # the day after: allowed
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2030, 1, 1))  # inside b's open-ended stay


def test_hot_desk_takes_several_people_but_a_person_one_desk(world):
    sessions, site, a, b = world
    hot = site.desks[2]
    with sessions() as s, s.begin():
        _raw_assign(s, a, hot, D(2025, 3, 1))
        _raw_assign(s, b, hot, D(2025, 3, 1))
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2025, 6, 1), D(2025, 6, 2))
    with sessions() as s:
        assert s.scalars(select(Assignment.desk_shared)).all() == [True, True]


def test_update_into_an_overlap_is_refused(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2025, 3, 1), D(2025, 5, 31))
        _raw_assign(s, b, site.desks[0], D(2025, 6, 1))
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(update(Assignment).where(Assignment.person_id == a).values(end_date=D(2025, 6, 1)))


def test_hot_desk_with_sharers_cannot_become_fixed(world):
    sessions, site, a, b = world
    hot = site.desks[2]
    with sessions() as s, s.begin():
        _raw_assign(s, a, hot, D(2025, 3, 1))
        _raw_assign(s, b, hot, D(2025, 4, 1))
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(update(Desk).where(Desk.id == hot).values(kind=DeskKind.FIXED))
    with sessions() as s:
        assert s.get(Desk, hot).kind == DeskKind.HOT


def test_end_before_start_is_refused(world):
    sessions, site, a, _b = world
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        _raw_assign(s, a, site.desks[0], D(2025, 3, 1), D(2025, 2, 28))
