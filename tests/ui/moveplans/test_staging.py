"""Staging on the floor plan: while a draft plan is chosen, drops go into the plan (undoably)
and the overlay shows them at once; with "None" chosen, drops change the seating now. Plans
made by auto-placement show and apply in the move plans screen."""

from __future__ import annotations

import datetime as dt

from planner.services import move_plans, placement
from tests.ui.conftest import TODAY
from tests.ui.floorplan.conftest import drop
from tests.ui.moveplans.helpers import (
    desk_on,
    free_desk,
    plan_status,
    seated_people,
    unseated_person,
)
from ui.floorplan.dragdrop import DraggedPerson, person_mime

DAY = TODAY + dt.timedelta(days=7)


def _plan(db, name="스테이징 계획") -> int:
    with db.sessions() as s, s.begin():
        return move_plans.create_move_plan(s, name, DAY).id


def _staged(db, plan_id) -> dict[int, int | None]:
    with db.sessions() as s, s.begin():
        return {m.person_id: m.to_desk_id for m in s.get(move_plans.MovePlan, plan_id).moves}


def test_drops_stage_into_the_chosen_plan_and_none_seats_now(seating_page, db, stack, messages):
    plan_id = _plan(db)
    tab = seating_page.show_plans()
    tab.select_plan(plan_id)
    tab.show_button.click()  # "Show on floor plan"
    floor = seating_page.floor_page
    assert seating_page.tabs.currentWidget() is floor
    assert floor.plan_combo.currentData() == plan_id
    assert floor.staging_banner.isVisible()
    assert (
        "스테이징 계획" in floor.staging_banner.text()
        and DAY.isoformat() in floor.staging_banner.text()
    )

    person = unseated_person(db, DAY)
    desk = free_desk(db, DAY)
    floor.show_floor(desk.floor_id)
    drop(floor, person_mime(DraggedPerson(person.id)), desk.id)
    assert messages.warnings == []
    assert _staged(db, plan_id) == {person.id: desk.id}
    assert desk_on(db, person.id, DAY) is None  # the seating is untouched
    assert [m.person_id for m in floor.overlay.on_this_floor()] == [person.id]
    assert stack.count() == 1

    # A seated person dragged off their desk onto another: staged as well.
    [(mover, from_desk)] = seated_people(db, DAY, 1)
    other = free_desk(db, DAY, skip=1)
    floor.show_floor(other.floor_id)
    drop(floor, person_mime(DraggedPerson(mover, from_desk)), other.id)
    assert _staged(db, plan_id) == {person.id: desk.id, mover: other.id}
    assert desk_on(db, mover, DAY) == from_desk
    tab.refresh()
    assert tab.move_model.rowCount() == 2  # the plan's list shows the staged moves too

    stack.undo()
    assert _staged(db, plan_id) == {person.id: desk.id}
    assert [m.person_id for m in floor.plan_moves] == [person.id]

    floor.set_plan(None)  # "None": live seating again
    assert not floor.staging_banner.isVisible()
    floor.show_floor(desk.floor_id)
    newcomer = unseated_person(db, TODAY, skip=1)
    drop(floor, person_mime(DraggedPerson(newcomer.id)), free_desk(db, TODAY, skip=2).id)
    assert desk_on(db, newcomer.id, TODAY) is not None
    assert _staged(db, plan_id) == {person.id: desk.id}


def test_a_plan_from_auto_placement_shows_and_applies(seating_page, db, stack, messages):
    with db.sessions() as s, s.begin():
        proposal = placement.plan_placement(s, who="unseated", on=DAY, time_limit=1.0)
        plan = placement.save_proposal_as_plan(s, proposal, "자동 배치", DAY)
        plan_id, moves = plan.id, {m.person_id: m.to_desk_id for m in plan.moves}
    assert moves
    tab = seating_page.show_plans()
    tab.refresh()
    tab.select_plan(plan_id)
    assert tab.move_model.rowCount() == len(moves)
    assert tab.validate() == []
    assert tab.apply_plan()
    assert plan_status(db, plan_id) == "applied"
    assert all(desk_on(db, pid, DAY) == desk for pid, desk in moves.items())
    stack.undo()
    assert plan_status(db, plan_id) == "draft"
    assert all(desk_on(db, pid, DAY) is None for pid in moves)
