"""Constraints the database itself enforces."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from planner.models import Decision, RenewalCycle, ResearchTask, TaskRenewal, Track
from planner.services import sites
from tests.planner.factories import small_site


def test_desk_codes_are_unique_per_site_not_globally(sessions):
    with sessions() as s, s.begin():
        one = small_site(s, desks=1)
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text("INSERT INTO desk (site_id, floor_id, code, x, y, rotation, kind, features, active, version) "
                       "VALUES (:site, :floor, '3F-A-001', 0, 0, 0, 'fixed', 0, true, 1)"),
                  {"site": one.site_id, "floor": one.floor_id})
    with sessions() as s, s.begin():
        other = sites.create_site(s, "다른 사이트")
        b = sites.create_building(s, other.id, "X", "X동")
        f = sites.create_floor(s, b.id, level=1, name="1층", width_m=10, depth_m=10)
        assert sites.create_desk(s, f.id, code="3F-A-001", x=1, y=1).site_id == other.id


@pytest.mark.parametrize("column, value", [("kind", "'sofa'"), ("features", "99"), ("rotation", "400")])
def test_desk_checks(sessions, column, value):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text(f"UPDATE desk SET {column} = {value} WHERE id = :id"), {"id": site.desks[0]})


def test_foreign_keys_are_enforced(sessions):
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text("INSERT INTO building (site_id, code, name, version) VALUES (4242, 'Z', 'Z', 1)"))


def test_renewal_budget_and_period_checks(sessions):
    with sessions() as s, s.begin():
        task = ResearchTask(code="F-01", title_ko="음성", track=Track.FOUNDATIONAL, start_year=2024)
        cycle = RenewalCycle(year=2025)
        s.add_all([task, cycle])
        s.flush()
        ids = (task.id, cycle.id)
    base = dict(task_id=ids[0], cycle_id=ids[1], decision=Decision.CONTINUE, budget_krw=100,
                period_start=dt.date(2025, 3, 1), period_end=dt.date(2026, 2, 28), headcount=1,
                gpu_allocation=0, goals="", reason="", version=1)
    for bad in ({"budget_krw": -1}, {"period_end": dt.date(2025, 2, 1)}, {"headcount": -3}):
        with pytest.raises(IntegrityError), sessions() as s, s.begin():
            s.execute(insert(TaskRenewal).values(**{**base, **bad}))
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text("UPDATE renewal_cycle SET status = 'signed'"))  # signed needs a date
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text("UPDATE renewal_cycle SET status = 'approved'"))  # not a status
