"""assign_desk decides with one SELECT and leaves the wording of a refusal to check_seat.

The two must agree on every seating state, on both databases: if the single SELECT let through
what check_seat refuses, a drop on the floor plan would store a broken rule (needs, an
inactive desk, a full zone — the database's own guards only cover double bookings and stays),
and both must keep the period to the person's stay the same way.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner.errors import PlannerError
from planner.models import Assignment, Desk, DeskKind, Person, Zone
from planner.services import seating
from tests.planner.factories import person, small_site

DAY0 = dt.date(2025, 3, 1)
DESKS, PEOPLE = 4, 4

# Few days and open ends, so that bookings meet: a zone at exactly its capacity must occur.
days = st.integers(min_value=0, max_value=5)
period = st.tuples(days, st.one_of(st.none(), st.integers(min_value=0, max_value=4)))
world = st.fixed_dictionaries(
    {
        "kinds": st.lists(
            st.sampled_from([DeskKind.FIXED, DeskKind.HOT]), min_size=DESKS, max_size=DESKS
        ),
        "inactive": st.sets(st.integers(0, DESKS - 1), max_size=2),
        "features": st.lists(st.integers(0, 15), min_size=DESKS, max_size=DESKS),
        "needs": st.lists(st.sampled_from([0, 0, 1, 2, 8, 9]), min_size=PEOPLE, max_size=PEOPLE),
        "capacity": st.sampled_from([0, 0, 1, 2, 3]),
        # (first day, last day) of each person's stay, as day numbers; None: open
        "stays": st.lists(
            st.tuples(st.one_of(st.none(), days), st.one_of(st.none(), st.integers(2, 7))),
            min_size=PEOPLE,
            max_size=PEOPLE,
        ),
        "history": st.lists(
            st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, DESKS - 1), period), max_size=8
        ),
        "ask": st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, DESKS - 1), period),
    }
)
CHECKS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _dates(spec: tuple[int, int | None]) -> tuple[dt.date, dt.date | None]:
    start = DAY0 + dt.timedelta(days=spec[0])
    return start, None if spec[1] is None else start + dt.timedelta(days=spec[1])


def _build(s, w) -> tuple[list[int], list[int]]:
    """Seat people first (every rule relaxed), then set the rules, so that states like
    somebody at a desk that is now inactive, or a zone already over its new capacity, occur."""
    site = small_site(s, desks=DESKS, kinds=w["kinds"])
    people = [
        person(
            s,
            site.org_id,
            f"사람{i}",
            stay_start=None if first is None else DAY0 + dt.timedelta(days=first),
            stay_end=None if last is None else DAY0 + dt.timedelta(days=max(last, first or 0)),
        )
        for i, (first, last) in enumerate(w["stays"])
    ]
    for who, where, spec in w["history"]:
        try:
            with s.begin_nested():
                seating.assign_desk(s, people[who], site.desks[where], *_dates(spec))
        except PlannerError:
            pass  # an overlapping booking: the state simply does not include it
    for i, desk_id in enumerate(site.desks):
        desk = s.get(Desk, desk_id)
        desk.features, desk.active = w["features"][i], i not in w["inactive"]
    for i, person_id in enumerate(people):
        s.get(Person, person_id).needs = w["needs"][i]
    s.get(Zone, site.zone_id).capacity_seats = w["capacity"]
    s.flush()
    return people, site.desks


@CHECKS
@given(w=world)
def test_the_single_select_agrees_with_check_assignment(sessions, w):
    s = sessions()
    transaction = s.begin()
    try:
        people, desks = _build(s, w)
        who, where, spec = w["ask"]
        start, end = _dates(spec)
        person_id, desk_id = people[who], desks[where]
        try:
            period = seating.check_seat(
                s, s.get(Person, person_id), s.get(Desk, desk_id), start, end
            )
            refusal = None
        except PlannerError as error:
            refusal = error
        seat = seating._seat_if_allowed(s, person_id, desk_id, start, end)
        assert (seat is not None) == (refusal is None), (
            f"quick check {seat}, thorough check {refusal!r}"
        )
        if seat is not None:
            assert seat[1:] == period  # the same period, kept to the stay

        if refusal is None:
            made = seating.assign_desk(s, person_id, desk_id, start, end)
            s.flush()
            assert (made.start_date, made.end_date) == period
            # The object handed back is the row as stored, the trigger-set share flag included.
            row = (
                s.connection()
                .execute(select(Assignment.__table__).where(Assignment.id == made.id))
                .one()
            )
            assert (
                made.person_id,
                made.desk_id,
                made.start_date,
                made.end_date,
                made.desk_shared,
                made.version,
            ) == (
                row.person_id,
                row.desk_id,
                row.start_date,
                row.end_date,
                bool(row.desk_shared),
                row.version,
            )
            assert made in s and made.desk.id == desk_id
        else:
            try:
                seating.assign_desk(s, person_id, desk_id, start, end)
            except PlannerError as error:
                assert type(error) is type(refusal) and str(error) == str(refusal)
            else:
                raise AssertionError(f"assign_desk stored what check_assignment refuses: {refusal}")
    finally:
        transaction.rollback()
        s.close()
