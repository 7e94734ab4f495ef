"""Hostile input to the services gives a validation error or clean stored data — never a
crash, a database error or garbage in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.services import people, renewals, seating, sites, tasks

NASTY_TEXT = st.one_of(
    st.text(max_size=50),
    st.sampled_from(["😀👩‍🔬", "김\u0301민준", "\u202eأحمد\u202c", "\x00", "a" * 10_000, " ", "\n\t", "=cmd|' /C calc'!A0"]),
)
NASTY_NUMBER = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1,000", "-5", "", "1e400", "열"]),
)
NASTY_DATE = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["2025-02-30", "", "0000-00-00", "9999-12-31"]),
)
CHECKS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def base(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        site = sites.create_site(s, "사이트")
        building = sites.create_building(s, site.id, "B", "B")
        floor = sites.create_floor(s, building.id, level=1, name="1층", width_m=50, depth_m=20)
        org = people.create_organisation(s, "KAIST")
        task = tasks.create_task(s, code="F-01", title_ko="과제", track="foundational", start_year=2024)
        cycle = renewals.create_cycle(s, 2025)
    return sqlite_sessions, floor.id, org.id, task.id, cycle.id


def _attempt(sessions, action):
    try:
        with sessions() as s, s.begin():
            return action(s)
    except PlannerError:
        return None


@CHECKS
@given(name=NASTY_TEXT, name_en=NASTY_TEXT, email=NASTY_TEXT, start=NASTY_DATE, end=NASTY_DATE)
def test_people(base, name, name_en, email, start, end):
    sessions, _floor, org, _task, _cycle = base
    person = _attempt(sessions, lambda s: people.create_person(
        s, name_ko=name, name_en=name_en, organisation_id=org, role="student", email=email,
        stay_start=start, stay_end=end))
    if person is not None:
        assert "\x00" not in person.name_ko and 0 < len(person.name_ko) <= 100
        assert person.stay_start is None or dt.date(1990, 1, 1) <= person.stay_start <= dt.date(2200, 12, 31)
        _attempt(sessions, lambda s: people.delete_person(s, person.id))


@CHECKS
@given(code=NASTY_TEXT, x=NASTY_NUMBER, y=NASTY_NUMBER, rotation=NASTY_NUMBER, features=NASTY_TEXT)
def test_desks(base, code, x, y, rotation, features):
    sessions, floor, *_ = base
    desk = _attempt(sessions, lambda s: sites.create_desk(s, floor, code=code, x=x, y=y, rotation=rotation,
                                                          features=features))
    if desk is not None:
        assert desk.x == desk.x and abs(desk.x) <= 1e5 and 0 <= desk.rotation < 360
        _attempt(sessions, lambda s: sites.delete_desk(s, desk.id))


@CHECKS
@given(budget=NASTY_NUMBER, headcount=NASTY_NUMBER, start=NASTY_DATE, end=NASTY_DATE, reason=NASTY_TEXT)
def test_renewals(base, budget, headcount, start, end, reason):
    sessions, _floor, _org, task, cycle = base
    renewal = _attempt(sessions, lambda s: renewals.add_task_renewal(
        s, cycle, task, decision="modify", budget_krw=budget, headcount=headcount,
        period_start=start, period_end=end, reason=reason))
    if renewal is not None:
        assert 0 <= renewal.budget_krw < 10**15 and renewal.period_start <= renewal.period_end
        _attempt(sessions, lambda s: renewals.remove_task_renewal(s, renewal.id))


@CHECKS
@given(start=NASTY_DATE, end=NASTY_DATE)
def test_assignment_dates(base, start, end):
    sessions, floor, org, *_ = base
    ids = _attempt(sessions, lambda s: (
        sites.create_desk(s, floor, code="X-1", x=1, y=1).id,
        people.create_person(s, name_ko="김민준", organisation_id=org, role="student").id,
    ))
    if ids is None:
        with sessions() as s:
            ids = (sites.find_desk(s, "X-1").id, people.find_person(s, "김민준").id)
    result = _attempt(sessions, lambda s: seating.assign_desk(s, ids[1], ids[0], start, end))
    if result is not None:
        assert result.end_date is None or result.end_date >= result.start_date
        _attempt(sessions, lambda s: seating.release_desk(s, ids[1], dt.date(1990, 1, 1)))
