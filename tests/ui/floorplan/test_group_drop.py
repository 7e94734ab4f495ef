"""Several people selected in the list and dropped on one desk sit together near it: one undo
step; with a draft plan chosen the moves go into the plan instead; Auto-place gets them all."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import or_, select

from planner.errors import NotEnoughFreeDesks
from planner.models import Assignment
from planner.services import move_plans, sites
from tests.ui.floorplan.conftest import TODAY, desk_on, drop
from tests.ui.floorplan.test_seating_changes import vacant_desk
from ui.errors import error_message
from ui.floorplan.dragdrop import dragged_person
from ui.floorplan.people_panel import PeopleTableModel
from ui.placement.hook import selected_people


def _select_unseated(page, db, count: int) -> list[int]:
    """Select ``count`` people without special needs and without any desk from today on (the
    list also shows people whose desk starts later) in the list, as Ctrl+click would."""
    with db.sessions() as s:
        booked = set(
            s.scalars(
                select(Assignment.person_id).where(
                    or_(Assignment.end_date.is_(None), Assignment.end_date >= TODAY)
                )
            )
        )
    view, proxy = page.people.view, page.people.proxy
    view.clearSelection()
    chosen = []
    for n in range(proxy.rowCount()):
        row = proxy.index(n, 0).data(PeopleTableModel.ROW_ROLE)
        if row.desk_id is None and row.needs == 0 and row.id not in booked:
            view.selectionModel().select(
                proxy.index(n, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            chosen.append(row.id)
        if len(chosen) == count:
            return chosen
    raise AssertionError(f"fewer than {count} unseated people in the demo")


def _dragged_mime(page):
    """What the list view puts on the drag: the model's mime data for the selected indexes."""
    indexes = [page.people.proxy.mapToSource(i) for i in page.people.view.selectedIndexes()]
    return page.people.model.mimeData(indexes)


def test_a_selection_dropped_on_a_desk_sits_together_in_one_undo_step(page, db, stack, messages):
    desk = vacant_desk(page)
    people = _select_unseated(page, db, 3)
    assert sorted(selected_people(page)) == sorted(people)  # what Auto-place… is offered
    mime = _dragged_mime(page)
    assert sorted(dragged_person(mime).group) == sorted(people)

    drop(page, mime, desk.id)

    assert messages.warnings == []
    assert stack.count() == 1
    seats = {p: desk_on(db, p) for p in people}
    assert None not in seats.values() and len(set(seats.values())) == 3
    layer = page.scene.desk_layer
    assert desk.id in seats.values()  # the desk dropped on was free: somebody sits there
    for person, desk_id in seats.items():
        spot = layer.desk(desk_id)
        assert spot.occupant.person_id == person  # drawn on this floor at once
        assert math.dist((spot.x, spot.y), (desk.x, desk.y)) < 15  # near it, not anywhere

    stack.undo()
    assert [desk_on(db, p) for p in people] == [None, None, None]
    assert all(layer.desk(d).occupant is None for d in seats.values())
    stack.redo()
    assert {p: desk_on(db, p) for p in people} == seats


def test_too_many_for_the_free_desks_seats_nobody_and_says_so(page, db, stack, messages):
    desk = vacant_desk(page)
    # Every other free desk of this floor out of service: two people cannot both sit here.
    others = [
        d.id
        for d in page.scene.desk_layer.desks
        if d.active and not d.occupants and d.kind != "hot" and d.id != desk.id
    ]
    with db.sessions() as s, s.begin():
        for desk_id in others:
            sites.update_desk(s, desk_id, active=False)
    page.reload()
    people = _select_unseated(page, db, 2)

    drop(page, _dragged_mime(page), desk.id)

    # One message, in the user's language, saying how many fit and where.
    assert messages.warnings == [error_message(NotEnoughFreeDesks(2, 1, desk.code))]
    assert stack.count() == 0
    assert [desk_on(db, p) for p in people] == [None, None]


def test_with_a_draft_plan_chosen_the_group_is_staged(page, db, stack, messages):
    day = dt.date(2025, 12, 1)
    with db.sessions() as s, s.begin():
        plan_id = move_plans.create_move_plan(s, "팀 합류", day).id
    page.refresh_plans()
    page.plan_combo.setCurrentIndex(page.plan_combo.findData(plan_id))
    assert page.staging_plan() is not None
    desk = vacant_desk(page)
    people = _select_unseated(page, db, 2)

    drop(page, _dragged_mime(page), desk.id)

    assert messages.warnings == []
    assert stack.count() == 1
    with db.sessions() as s:
        staged = {m.person_id: m.to_desk_id for m in s.get(move_plans.MovePlan, plan_id).moves}
    assert set(staged) == set(people) and len(set(staged.values())) == 2
    assert [desk_on(db, p, day) for p in people] == [None, None]  # the seating is untouched
    stack.undo()
    with db.sessions() as s:
        assert s.get(move_plans.MovePlan, plan_id).moves == []
