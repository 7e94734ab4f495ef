"""Dates in plans (issue #14, case 4): a move plan dated before today is a problem that
validation names ("changes N days of past seating") and that Apply asks about on its own —
on main the plan validated clean and Apply said nothing of the past it rewrote."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from planner.services import move_plans
from tests.ui.conftest import TODAY
from tests.ui.moveplans.helpers import desk_on, free_desk, plan_status, unseated_person

PAST = TODAY - dt.timedelta(days=269)


def _past_plan(db) -> tuple[int, int, int]:
    newcomer = unseated_person(db, PAST)  # staying then, no desk from then on
    desk = free_desk(db, PAST)  # nobody's from then on: only the date is wrong
    with db.sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "지난 재배치", PAST)
        move_plans.stage_move(s, plan.id, newcomer.id, desk.id)
    return plan.id, newcomer.id, desk.id


def test_a_past_plan_is_named_and_applied_only_when_confirmed_on_its_own(
    seating_page, db, stack, messages
):
    plan_id, person_id, desk_id = _past_plan(db)
    tab = seating_page.show_plans()
    tab.refresh()
    tab.select_plan(plan_id)

    problems = tab.validate()
    assert [p.kind for p in problems] == ["past_date"]
    assert "269" in tab.verdict.text() and PAST.isoformat() in tab.verdict.text()

    messages.answer = QMessageBox.StandardButton.No  # "change past seating?" — no
    assert not tab.apply_plan()
    assert len(messages.questions) == 1 and "269" in messages.questions[0]
    assert plan_status(db, plan_id) == "draft" and stack.count() == 0

    messages.answer = QMessageBox.StandardButton.Yes
    assert tab.apply_plan()
    # Asked twice more: the past on its own, then the usual confirmation.
    assert len(messages.questions) == 3 and "269" in messages.questions[1]
    assert plan_status(db, plan_id) == "applied"
    assert desk_on(db, person_id, PAST) == desk_id
    stack.undo()
    assert plan_status(db, plan_id) == "draft" and desk_on(db, person_id, PAST) is None
    stack.redo()
    assert desk_on(db, person_id, TODAY) == desk_id


def test_a_plan_from_today_on_asks_nothing_about_the_past(seating_page, db, stack, messages):
    newcomer = unseated_person(db, TODAY)
    desk = free_desk(db, TODAY)
    with db.sessions() as s, s.begin():
        plan = move_plans.create_move_plan(s, "오늘 재배치", TODAY)
        move_plans.stage_move(s, plan.id, newcomer.id, desk.id)
        plan_id = plan.id
    tab = seating_page.show_plans()
    tab.refresh()
    tab.select_plan(plan_id)
    assert tab.validate() == []
    assert tab.apply_plan()
    assert len(messages.questions) == 1  # only the usual confirmation
