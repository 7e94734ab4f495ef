"""A group dropped on a desk sits at the free desks nearest to it, in one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.errors import NotEnoughFreeDesks
from planner.models import Assignment, AuditEntry, DeskFeature
from planner.services import group_seating, queries, seating, sites
from tests.planner.factories import person, small_site

D = dt.date
ON = D(2025, 3, 1)


@pytest.fixture
def floor(sessions):
    """Six desks in a row 1.6 m apart (3F-A-001 … 006); 003 is someone else's; 김민준 sits
    at 006 until the end of the year; 이서연, 박지훈 and 최유나 have no desk."""
    with sessions() as s, s.begin():
        site = small_site(s, desks=6)
        other = person(s, site.org_id, "정하늘")
        a = person(s, site.org_id, "김민준")
        b = person(s, site.org_id, "이서연")
        c = person(s, site.org_id, "박지훈")
        d = person(s, site.org_id, "최유나", needs=DeskFeature.ACCESSIBLE)
        sites.update_desk(s, site.desks[4], features="accessible")
        seating.assign_desk(s, other, site.desks[2], D(2025, 1, 1))
        seating.assign_desk(s, a, site.desks[5], D(2025, 1, 1), D(2025, 12, 31))
    return sessions, site, a, b, c, d


def _code(s, person_id, day):
    desk = queries.desk_of(s, person_id, day)
    return desk.code if desk else None


def test_the_group_takes_the_nearest_free_desks_and_the_seated_one_moves(floor):
    sessions, site, a, b, c, _d = floor
    with sessions() as s, s.begin():
        change = group_seating.seat_group(s, [b, c, a], site.desks[2], ON)
    assert change.person_ids == {a, b, c}
    with sessions() as s:
        # 003 is taken: 002 and 004 are nearest (1.6 m), then 001 and 005 (3.2 m; a tie goes
        # by code); 006 is 김민준's own until the move.
        assert [_code(s, p, ON) for p in (b, c, a)] == ["3F-A-002", "3F-A-004", "3F-A-001"]
        assert _code(s, a, D(2025, 2, 28)) == "3F-A-006"  # the move starts on the day
        moved = s.scalars(
            select(Assignment).where(Assignment.person_id == a, Assignment.start_date == ON)
        ).one()
        assert moved.end_date == D(2025, 12, 31)  # the move-out date went along


def test_needs_pick_a_further_desk(floor):
    sessions, site, _a, b, _c, d = floor
    with sessions() as s, s.begin():
        group_seating.seat_group(s, [d, b], site.desks[0], ON)
    with sessions() as s:
        assert _code(s, d, ON) == "3F-A-005"  # the only accessible desk
        assert _code(s, b, ON) == "3F-A-001"  # the dropped-on desk itself, being free


def test_a_desk_booked_later_is_not_offered(floor):
    sessions, site, _a, b, c, _d = floor
    with sessions() as s, s.begin():
        seating.assign_desk(s, c, site.desks[1], D(2025, 6, 1))  # 002 from June
    with sessions() as s, s.begin():
        group_seating.seat_group(s, [b], site.desks[2], ON)
    with sessions() as s:
        assert _code(s, b, ON) == "3F-A-004"


def test_too_few_free_desks_seats_nobody_and_says_how_many_fit(floor):
    sessions, site, a, b, c, d = floor
    with sessions() as s, s.begin():
        extra = [person(s, site.org_id, f"추가{i}") for i in range(2)]
    with sessions() as s:
        before = (
            s.scalar(select(func.count(Assignment.id))),
            s.scalar(select(func.count(AuditEntry.id))),
        )
    with pytest.raises(NotEnoughFreeDesks, match="Only 4 of 5 people"), sessions() as s, s.begin():
        group_seating.seat_group(s, [b, c, *extra, d], site.desks[0], ON)
    with sessions() as s:
        after = (
            s.scalar(select(func.count(Assignment.id))),
            s.scalar(select(func.count(AuditEntry.id))),
        )
        assert after == before
        assert _code(s, b, ON) is None and _code(s, a, ON) == "3F-A-006"
