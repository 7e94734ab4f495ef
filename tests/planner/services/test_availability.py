"""Desks and zones out of use, and leave: the rules a coordinator meets, on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from planner.errors import BlockHitsSeating, DeskOutOfUse
from planner.models import Assignment, MovePlan, OutOfUse
from planner.services import availability, group_seating, move_plans, queries, seating
from planner.services.move_plan_checks import DESK_OUT_OF_USE, validate_move_plan
from planner.services.occupancy_months import occupancy_by_month
from tests.planner.factories import person, small_site

D = dt.date
TODAY = D(2026, 12, 7)  # a Monday
NEXT_WEEK = (D(2026, 12, 14), D(2026, 12, 18))


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        a = person(s, site.org_id, "김민준", "minjun@kaist.ac.kr")
        b = person(s, site.org_id, "이서연", "seoyeon@kaist.ac.kr")
    return sessions, site, a, b


def test_a_desk_blocked_next_week_refuses_an_assignment_then(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        availability.block_desk(s, site.desks[0], *NEXT_WEEK, "의자 교체")
    with pytest.raises(DeskOutOfUse, match=r"3F-A-001 is out of use .*2026-12-14 – 2026-12-18.*의자 교체"):
        with sessions() as s, s.begin():
            seating.assign_desk(s, a, site.desks[0], D(2026, 12, 15), D(2026, 12, 16))
    # An open-ended seat from today runs into next week: refused as well.
    with pytest.raises(DeskOutOfUse), sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], TODAY)
    # This week only, or after the block: allowed.
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], TODAY, D(2026, 12, 13))
        seating.assign_desk(s, a, site.desks[0], D(2026, 12, 19))
    with sessions() as s:
        assert s.scalar(select(func.count(Assignment.id))) == 2


def test_a_zone_block_covers_every_desk_of_the_zone(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        availability.block_zone(s, site.zone_id, NEXT_WEEK[0], None, "방역")
    for desk in site.desks:
        with pytest.raises(DeskOutOfUse), sessions() as s, s.begin():
            seating.assign_desk(s, a, desk, D(2027, 1, 4))
    with sessions() as s:
        assert set(availability.blocked_desks(s, D(2027, 1, 4))) == set(site.desks)
        assert availability.blocked_desks(s, TODAY) == {}


def test_blocking_a_held_desk_names_the_holder_and_changes_nothing(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
    with pytest.raises(BlockHitsSeating, match="김민준"), sessions() as s, s.begin():
        availability.block_desk(s, site.desks[0], *NEXT_WEEK, "repairs")
    with sessions() as s:
        assert s.scalar(select(func.count(OutOfUse.id))) == 0
        assert queries.desk_of(s, a, D(2026, 12, 15)).id == site.desks[0]


def test_blocking_with_end_seating_ends_it_the_day_before(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
    with sessions() as s, s.begin():
        change = availability.block_desk(s, site.desks[0], *NEXT_WEEK, "repairs", end_seating=True)
    assert change.seating is not None and a in change.seating.person_ids
    with sessions() as s:
        assert queries.desk_of(s, a, D(2026, 12, 13)).id == site.desks[0]
        assert queries.desk_of(s, a, D(2026, 12, 14)) is None


def test_a_draft_move_plan_for_the_holders(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
    with sessions() as s, s.begin():
        plan, people = availability.plan_moves_for_block(
            s, "3F-A-001 수리", *NEXT_WEEK, desk_id=site.desks[0]
        )
        plan_id = plan.id
    assert people == [a]
    with sessions() as s, s.begin():
        move_plans.apply_move_plan(s, plan_id)
    with sessions() as s, s.begin():
        availability.block_desk(s, site.desks[0], *NEXT_WEEK, "repairs")  # now it can
        assert s.get(MovePlan, plan_id).effective_date == NEXT_WEEK[0]


def test_the_database_itself_refuses_both_sides(world):
    """A client that skips the service (an old version, a script) still cannot make the
    double state: the triggers refuse the assignment over a block, the block over an
    assignment, and moving a held desk into a blocked zone."""
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        availability.block_desk(s, site.desks[0], *NEXT_WEEK, "repairs")
        seating.assign_desk(s, b, site.desks[1], D(2026, 11, 1))
    row = {"person_id": a, "desk_id": site.desks[0], "start_date": D(2026, 12, 18),
           "end_date": None, "desk_shared": False, "version": 1, "created_at": dt.datetime(2026, 12, 1)}
    with pytest.raises(IntegrityError, match="desk_out_of_use"), sessions() as s, s.begin():
        s.execute(insert(Assignment).values(**row))
    with pytest.raises(IntegrityError, match="desk_out_of_use"), sessions() as s, s.begin():
        s.execute(insert(OutOfUse).values(desk_id=site.desks[1], start_date=TODAY, end_date=None,
                                          reason="x", created_by="", version=1,
                                          created_at=dt.datetime(2026, 12, 1)))
    with pytest.raises(IntegrityError, match="desk_out_of_use"), sessions() as s, s.begin():
        s.execute(insert(OutOfUse).values(zone_id=site.zone_id, start_date=TODAY, end_date=None,
                                          reason="x", created_by="", version=1,
                                          created_at=dt.datetime(2026, 12, 1)))
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], TODAY, D(2026, 12, 13))
    with pytest.raises(IntegrityError, match="desk_out_of_use"), sessions() as s, s.begin():
        s.execute(update(Assignment).where(Assignment.person_id == a).values(end_date=None))


def test_unblock_frees_the_desk_and_restore_puts_it_back(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        block_id = availability.block_desk(s, site.desks[0], *NEXT_WEEK, "repairs").block_id
    with sessions() as s, s.begin():
        state = availability.unblock(s, block_id)
    with sessions() as s:
        assert availability.list_blocks(s) == []
    with sessions() as s, s.begin():
        availability.restore_block(s, state)
    with sessions() as s:
        [row] = availability.list_blocks(s)
        assert (row.label, row.start, row.end, row.reason) == ("3F-A-001", *NEXT_WEEK, "repairs")


def test_group_seating_never_uses_a_blocked_desk(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        availability.block_desk(s, site.desks[1], D(2027, 2, 1), D(2027, 2, 28), "공사")
        chosen = group_seating.choose_group_desks(s, [a, b], site.desks[0], TODAY)
    assert site.desks[1] not in {desk for _p, desk in chosen}


def test_move_plan_validation_flags_a_blocked_desk(world):
    sessions, site, a, _b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
        availability.block_desk(s, site.desks[2], *NEXT_WEEK, "repairs")
        plan = move_plans.create_move_plan(s, "이동", NEXT_WEEK[0] - dt.timedelta(days=3))
        move_plans.stage_move(s, plan.id, a, site.desks[2])
        problems = validate_move_plan(s, plan.id)
    assert [p.kind for p in problems] == [DESK_OUT_OF_USE]
    assert "3F-A-003" in problems[0].message and "repairs" in problems[0].message


def test_occupancy_counts_blocked_and_idle_desks_apart(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
        seating.assign_desk(s, b, site.desks[1], D(2026, 11, 1))
        availability.add_leave(s, b, D(2026, 12, 10), D(2027, 3, 31), kind="sabbatical")
        availability.block_desk(s, site.desks[3], NEXT_WEEK[0], None, "repairs")
    with sessions() as s:
        [today] = queries.occupancy(s, TODAY, "floor")
        [later] = queries.occupancy(s, D(2026, 12, 15), "floor")
    assert (today.seats, today.occupied, today.blocked, today.idle, today.vacant) == (4, 2, 0, 0, 2)
    # Next week: desk 4 out of use (not vacant), desk 2 idle (its holder is away, not vacant).
    assert (later.seats, later.occupied, later.blocked, later.idle, later.vacant) == (4, 2, 1, 1, 1)


def test_the_monthly_series_shows_the_block_and_the_leave(world):
    sessions, site, a, b = world
    with sessions() as s, s.begin():
        seating.assign_desk(s, a, site.desks[0], D(2026, 11, 1))
        seating.assign_desk(s, b, site.desks[1], D(2026, 11, 1))
        availability.add_leave(s, b, D(2027, 1, 1), D(2027, 1, 31))
        availability.block_desk(s, site.desks[3], NEXT_WEEK[0], None, "repairs")
    with sessions() as s:
        months = occupancy_by_month(s, D(2026, 10, 1), D(2027, 2, 1))
    by = {m.label: m for m in months}
    assert list(by) == ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]
    assert (by["2026-10"].occupied, by["2026-10"].vacant) == (0, 4)
    assert (by["2026-11"].occupied, by["2026-11"].blocked, by["2026-11"].vacant) == (2, 0, 2)
    assert by["2026-12"].blocked == pytest.approx(18 / 31)  # from the 14th
    assert (by["2027-01"].occupied, by["2027-01"].idle, by["2027-01"].blocked) == (1, 1, 1)
    for m in months:
        assert m.occupied + m.idle + m.blocked + m.vacant == pytest.approx(m.seats)
    # A month that stays the same day by day reads as the day's occupancy.
    with sessions() as s:
        [day] = queries.occupancy(s, D(2027, 1, 15), "floor")
    jan = by["2027-01"]
    assert (day.occupied - day.idle, day.idle, day.blocked, day.vacant) == (
        jan.occupied, jan.idle, jan.blocked, jan.vacant)


def test_auto_place_never_uses_a_desk_blocked_next_week(world):
    """The real placement (planner.services.placement): four people, four desks, one of them
    out of use next week — three are seated elsewhere, the fourth is not placed."""
    from planner.services.placement import plan_placement, save_proposal_as_plan

    sessions, site, a, b = world
    with sessions() as s, s.begin():
        c = person(s, site.org_id, "박지훈", "jihoon@kaist.ac.kr")
        d = person(s, site.org_id, "최유나", "yuna@kaist.ac.kr")
        availability.block_desk(s, site.desks[1], *NEXT_WEEK, "의자 교체")
    with sessions() as s:
        proposal = plan_placement(s, who="unseated", on=TODAY, time_limit=0.2, seed=1)
    assert len(proposal.assignments) == 3 and len(proposal.unplaced) == 1
    assert "3F-A-002" not in {seat.to_desk for seat in proposal.assignments}
    with sessions() as s, s.begin():
        plan = save_proposal_as_plan(s, proposal, "자동 배치", TODAY)
        assert validate_move_plan(s, plan.id) == []
        move_plans.apply_move_plan(s, plan.id)
    with sessions() as s:
        seated = [queries.desk_of(s, p, TODAY) for p in (a, b, c, d)]
    assert sum(1 for desk in seated if desk is not None) == 3
    assert site.desks[1] not in {desk.id for desk in seated if desk is not None}
