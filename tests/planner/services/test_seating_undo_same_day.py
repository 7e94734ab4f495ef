"""Undoing seating changes made on one day, in reverse order (the keyboard test of issue #18
found an undo of a swap refused by the desk-overlap guard after a release was undone)."""

from __future__ import annotations

import datetime as dt

from planner.services import queries, seating
from planner.services.seating_undo import capture, difference, revert
from tests.planner.factories import person, small_site

DAY = dt.date(2025, 11, 25)


def change(sessions, people, work):
    with sessions() as s, s.begin():
        before = capture(s, people)
        work(s)
        return difference(before, capture(s, people))


def desks(sessions, *people):
    with sessions() as s:
        return tuple(
            None if (d := queries.desk_of(s, p, DAY)) is None else d.id for p in people
        )


def test_seat_move_swap_release_on_one_day_undo_back_to_the_start(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        a = person(s, site.org_id, "김민준", "minjun@kaist.ac.kr")
        b = person(s, site.org_id, "이서연", "seoyeon@kaist.ac.kr")
        seating.assign_desk(s, b, site.desks[3], DAY - dt.timedelta(days=30))
    d0, d1, _d2, d3 = site.desks
    steps = [
        change(sessions, (a,), lambda s: seating.assign_desk(s, a, d0, DAY)),
        change(sessions, (a,), lambda s: seating.move_person(s, a, d1, DAY)),
        change(sessions, (a, b), lambda s: seating.swap_people(s, a, b, DAY)),
        change(sessions, (b,), lambda s: seating.release_desk(s, b, DAY)),
    ]
    assert desks(sessions, a, b) == (d3, None)
    expected = [(d3, d1), (d1, d3), (d0, d3), (None, d3)]
    for diff, wanted in zip(reversed(steps), expected, strict=True):
        with sessions() as s, s.begin():
            revert(s, diff)
        assert desks(sessions, a, b) == wanted
