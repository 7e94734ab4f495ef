"""Validating a move plan names each move and the rule it would break; apply is undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.errors import ConcurrentEdit, InvalidTransition, MovePlanHasProblems
from planner.models import Assignment, DeskFeature, MovePlanStatus
from planner.services import move_plans, queries, seating, sites
from planner.services.move_plan_checks import (
    DESK_INACTIVE,
    DESK_TAKEN,
    NEEDS_NOT_MET,
    NOT_RESIDENT,
    PAST_DATE,
    PERSON_BOOKED,
    SAME_DESK,
    ZONE_FULL,
)
from tests.planner.factories import person, small_site

D = dt.date
DAY = D(2025, 12, 1)


def _world(sessions, capacity: int = 0):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4, capacity=capacity)
        a = person(s, site.org_id, "김민준", "a@x.kr")
        b = person(s, site.org_id, "이서연", "b@x.kr")
        c = person(s, site.org_id, "박지훈", "c@x.kr")
        seating.assign_desk(s, a, site.desks[0], D(2025, 3, 1), D(2026, 2, 28))
        seating.assign_desk(s, b, site.desks[1], D(2025, 3, 1))
    return site, a, b, c


def _plan(sessions, *moves) -> int:
    with sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "12월 재배치", DAY)
        for person_id, desk_id in moves:
            move_plans.stage_move(s, plan.id, person_id, desk_id)
        return plan.id


def _problems(sessions, plan_id) -> list[tuple[int, str]]:
    with sessions() as s:
        return sorted((p.person_id, p.kind) for p in move_plans.validate_move_plan(s, plan_id))


def test_a_ring_of_moves_and_an_arrival_has_no_problems(sessions):
    site, a, b, c = _world(sessions)
    plan = _plan(sessions, (a, site.desks[1]), (b, site.desks[0]), (c, site.desks[2]))
    assert _problems(sessions, plan) == []


def test_a_desk_kept_by_someone_who_stays_is_named(sessions):
    site, a, _b, _c = _world(sessions)
    plan = _plan(sessions, (a, site.desks[1]))
    with sessions() as s:
        [problem] = move_plans.validate_move_plan(s, plan)
    assert (problem.person_id, problem.kind, problem.desk_code) == (a, DESK_TAKEN, "3F-A-002")
    assert problem.detail == "이서연"
    assert "이서연" in problem.message and "not moving away" in problem.message


def test_a_desk_freed_by_a_release_in_the_plan_is_not_taken(sessions):
    site, a, b, _c = _world(sessions)
    plan = _plan(sessions, (a, site.desks[1]), (b, None))
    assert _problems(sessions, plan) == []


def test_two_people_planned_for_one_desk(sessions):
    site, a, _b, c = _world(sessions)
    plan = _plan(sessions, (a, site.desks[3]), (c, site.desks[3]))
    assert _problems(sessions, plan) == sorted([(a, SAME_DESK), (c, SAME_DESK)])


def test_an_inactive_desk(sessions):
    site, _a, _b, c = _world(sessions)
    with sessions() as s, s.begin():
        sites.update_desk(s, site.desks[2], active=False)
    plan = _plan(sessions, (c, site.desks[2]))
    assert _problems(sessions, plan) == [(c, DESK_INACTIVE)]


def test_needs_not_met(sessions):
    site, *_ = _world(sessions)
    with sessions() as s, s.begin():
        d = person(s, site.org_id, "최유진", "d@x.kr", needs=int(DeskFeature.ACCESSIBLE))
    plan = _plan(sessions, (d, site.desks[2]))
    with sessions() as s:
        [problem] = move_plans.validate_move_plan(s, plan)
    assert (problem.kind, problem.detail) == (NEEDS_NOT_MET, "accessible")


def test_a_person_gone_is_a_problem_one_arriving_later_is_seated_from_arrival(sessions):
    """Issue #14, case 3: a plan seats each mover from max(plan date, stay start) — on main
    someone arriving after the plan's date was either refused or seated before arrival."""
    site, *_ = _world(sessions)
    with sessions() as s, s.begin():
        gone = person(
            s, site.org_id, "정하은", "e@x.kr", stay_start=D(2025, 1, 1), stay_end=D(2025, 11, 30)
        )
        later = person(
            s, site.org_id, "강도윤", "f@x.kr", stay_start=D(2026, 1, 4), stay_end=D(2026, 8, 31)
        )
    plan = _plan(sessions, (gone, site.desks[2]), (later, site.desks[3]))
    assert _problems(sessions, plan) == [(gone, NOT_RESIDENT)]
    plan = _plan(sessions, (later, site.desks[3]))
    assert _problems(sessions, plan) == []
    with sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan)
    with sessions() as s:
        [row] = s.scalars(select(Assignment).where(Assignment.person_id == later)).all()
        assert (row.start_date, row.end_date) == (D(2026, 1, 4), D(2026, 8, 31))


def test_a_desk_booked_only_before_an_arrival_is_free_for_it(sessions):
    """Seated from arrival, the newcomer does not clash with a booking that ends before it."""
    site, a, *_ = _world(sessions)  # a holds desk 0 until 2026-02-28
    with sessions() as s, s.begin():
        later = person(s, site.org_id, "강도윤", "f@x.kr", stay_start=D(2026, 3, 1))
    plan = _plan(sessions, (later, site.desks[0]))
    assert _problems(sessions, plan) == []
    early = _plan(sessions, (a, site.desks[3]))  # and a conflict inside the stay is still named
    with sessions() as s, s.begin():
        move_plans.stage_move(s, early, later, site.desks[3])
    assert _problems(sessions, early) == sorted([(a, SAME_DESK), (later, SAME_DESK)])


def test_a_plan_dated_before_today_is_a_problem_apply_asks_to_confirm(sessions):
    """Issue #14, case 4: validation said nothing of a plan nine months in the past."""
    site, _a, _b, c = _world(sessions)
    plan = _plan(sessions, (c, site.desks[2]))
    today = DAY + dt.timedelta(days=269)
    with sessions() as s:
        [problem] = move_plans.validate_move_plan(s, plan, today=today)
        assert problem.kind == PAST_DATE and problem.person_id == 0
        assert "changes 269 days of past seating" in problem.message
        assert move_plans.validate_move_plan(s, plan, today=DAY) == []
    with pytest.raises(MovePlanHasProblems) as refused, sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan, today=today)
    assert [p.kind for p in refused.value.problems] == [PAST_DATE]
    with sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan, today=today, past_confirmed=True)
    with sessions() as s:
        assert queries.desk_of(s, c, DAY).id == site.desks[2]


def test_a_zone_over_its_seat_limit(sessions):
    site, a, b, c = _world(sessions, capacity=2)
    plan = _plan(sessions, (c, site.desks[2]))
    assert _problems(sessions, plan) == [(c, ZONE_FULL)]
    # Moving within the zone or releasing someone makes room.
    ok = _plan(sessions, (c, site.desks[2]), (b, None))
    assert _problems(sessions, ok) == []


def test_a_later_booking_of_the_mover_is_named(sessions):
    site, _a, _b, c = _world(sessions)
    with sessions() as s, s.begin():
        seating.assign_desk(s, c, site.desks[3], D(2026, 1, 1))
    plan = _plan(sessions, (c, site.desks[2]))  # from 12-01 open-ended: runs into 01-01
    with sessions() as s:
        [problem] = move_plans.validate_move_plan(s, plan)
    assert (problem.kind, problem.detail) == (PERSON_BOOKED, "3F-A-004 2026-01-01 – …")


def _seats(sessions, people, day):
    with sessions() as s:
        return [
            (queries.desk_of(s, p, day).code if queries.desk_of(s, p, day) else None)
            for p in people
        ]


def _rows(sessions):
    with sessions() as s:
        return sorted(
            (a.person_id, a.desk_id, a.start_date, a.end_date)
            for a in s.scalars(select(Assignment))
        )


def test_apply_then_revert_restores_seating_and_draft(sessions):
    site, a, b, c = _world(sessions)
    before = _rows(sessions)
    plan = _plan(sessions, (a, site.desks[1]), (b, None), (c, site.desks[0]))
    with sessions() as s, s.begin():
        applied = move_plans.apply_move_plan_for_undo(s, plan)
    assert applied.change.person_ids == {a, b, c}
    assert _seats(sessions, (a, b, c), DAY) == ["3F-A-002", None, "3F-A-001"]
    with sessions() as s:  # a keeps their move-out date at the new desk
        assert seating.assignment_on(s, a, DAY).end_date == D(2026, 2, 28)

    with sessions() as s, s.begin():
        move_plans.revert_move_plan(s, plan, applied.rows)
    assert _rows(sessions) == before
    with sessions() as s:
        assert move_plans.plan_summaries(s)[0].status == MovePlanStatus.DRAFT.value
    with sessions() as s, s.begin():  # and it can be applied again
        move_plans.apply_move_plan(s, plan)
    assert _seats(sessions, (a, b, c), DAY) == ["3F-A-002", None, "3F-A-001"]


def test_revert_refuses_when_the_seats_changed_since(sessions):
    site, a, _b, c = _world(sessions)
    plan = _plan(sessions, (c, site.desks[2]))
    with sessions() as s, s.begin():
        applied = move_plans.apply_move_plan_for_undo(s, plan)
    with sessions() as s, s.begin():
        seating.move_person(s, c, site.desks[3], D(2026, 1, 1))
    with pytest.raises(ConcurrentEdit), sessions() as s, s.begin():
        move_plans.revert_move_plan(s, plan, applied.rows)
    assert _seats(sessions, (c,), D(2026, 1, 2)) == ["3F-A-004"]


def test_discard_reopen_and_summaries(sessions):
    site, a, _b, c = _world(sessions)
    plan = _plan(sessions, (a, None), (c, site.desks[2]))
    with sessions() as s, s.begin():
        move_plans.discard_move_plan(s, plan)
    with sessions() as s:
        [row] = move_plans.plan_summaries(s)
        assert (row.name, row.status, row.moves, row.created_by) == (
            "12월 재배치",
            "discarded",
            2,
            "tester",
        )
    with pytest.raises(InvalidTransition), sessions() as s, s.begin():
        move_plans.stage_move(s, plan, a, site.desks[3])
    with sessions() as s, s.begin():
        move_plans.reopen_move_plan(s, plan)
        assert move_plans.staged_desk(s, plan, c) == (True, site.desks[2])
        assert move_plans.staged_desk(s, plan, site.desks[0] * 1000) == (False, None)
