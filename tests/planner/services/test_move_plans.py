"""Move plans apply all their moves at once, or none."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.errors import InvalidTransition, MovePlanHasProblems
from planner.models import MovePlanStatus
from planner.services import move_plans, queries, seating
from tests.planner.factories import person, small_site

D = dt.date


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        a = person(s, site.org_id, "김민준", "a@x.kr")
        b = person(s, site.org_id, "이서연", "b@x.kr")
        c = person(s, site.org_id, "박지훈", "c@x.kr")
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1))
        seating.assign_desk(s, b, site.desks[1], D(2025, 3, 1))
    return sessions, site, a, b, c


def _where(s, pid, day):
    desk = queries.desk_of(s, pid, day)
    return desk.code if desk else None


def test_a_ring_of_moves_applies_in_one_step(world):
    sessions, site, a, b, c = world
    with sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "12월 재배치", D(2025, 12, 1))
        move_plans.stage_move(s, plan.id, a, site.desks[1])  # a takes b's desk
        move_plans.stage_move(s, plan.id, b, site.desks[0])  # b takes a's desk
        move_plans.stage_move(s, plan.id, c, site.desks[3])  # c arrives
        change = move_plans.apply_move_plan(s, plan.id)
    assert change.person_ids == {a, b, c}
    with sessions() as s:
        assert [_where(s, p, D(2025, 12, 1)) for p in (a, b, c)] == ["3F-A-002", "3F-A-001", "3F-A-004"]
        assert [_where(s, p, D(2025, 11, 30)) for p in (a, b, c)] == ["3F-A-001", "3F-A-002", None]
        assert move_plans.list_move_plans(s)[0].status == MovePlanStatus.APPLIED


def test_a_plan_with_a_conflict_applies_nothing(world):
    sessions, site, a, b, c = world
    with sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "충돌", D(2025, 12, 1))
        move_plans.stage_move(s, plan.id, c, site.desks[3])
        move_plans.stage_move(s, plan.id, a, site.desks[1])  # b stays there: conflict
    with pytest.raises(MovePlanHasProblems) as refused, sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan.id)
    assert [(p.person_id, p.kind) for p in refused.value.problems] == [(a, "desk_taken")]
    assert "이서연" in str(refused.value)
    with sessions() as s:
        assert _where(s, c, D(2025, 12, 1)) is None
        assert _where(s, a, D(2025, 12, 1)) == "3F-A-001"
        assert move_plans.list_move_plans(s)[0].status == MovePlanStatus.DRAFT


def test_discarded_plans_cannot_be_applied(world):
    sessions, site, a, _b, _c = world
    with sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "취소", D(2025, 12, 1))
        move_plans.stage_move(s, plan.id, a, None)
        move_plans.discard_move_plan(s, plan.id)
    with pytest.raises(InvalidTransition), sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan.id)
