"""The move plans tab: create a plan, add moves, validate, apply in one step and undo it,
discard, delete; problems shown per move and a refused apply that changes nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from planner.services import move_plans
from tests.ui.conftest import TODAY
from tests.ui.moveplans.helpers import (
    answer_move_dialog,
    answer_plan_dialog,
    desk_on,
    free_desk,
    plan_status,
    seated_people,
    unseated_person,
)
from ui.moveplans.commands import PlanValues
from ui.moveplans.models import MoveTableModel, PlanTableModel

DAY = TODAY + dt.timedelta(days=14)
DRAFT_LABEL = "초안"


def _new_plan(tab, monkeypatch, name="12월 재배치") -> int:
    answer_plan_dialog(monkeypatch, PlanValues(name, DAY, "3층 정리"))
    assert tab.new_plan()
    plan = tab.selected_plan()
    assert (plan.name, plan.effective_date, plan.status, plan.moves) == (name, DAY, "draft", 0)
    return plan.id


def _moves_shown(tab) -> list[tuple[str, str, str]]:
    model = tab.move_model
    return sorted(
        (
            model.index(r, MoveTableModel.COL_PERSON).data(),
            model.index(r, MoveTableModel.COL_TO).data(),
            model.index(r, MoveTableModel.COL_PROBLEMS).data(),
        )
        for r in range(model.rowCount())
    )


def test_plan_moves_validate_apply_and_undo_the_apply(
    seating_page, db, stack, monkeypatch, messages, check_models
):
    tab = seating_page.show_plans()
    check_models(*seating_page.models())
    plan_id = _new_plan(tab, monkeypatch)
    assert tab.plan_model.index(0, PlanTableModel.COL_STATE).data() == DRAFT_LABEL

    newcomer = unseated_person(db, DAY)
    desk = free_desk(db, DAY)
    [(leaver, old_desk)] = seated_people(db, DAY, 1)
    seen: list = []
    answer_move_dialog(monkeypatch, newcomer.id, desk.id, seen)
    assert tab.add_move()
    check_models(*seen[0].models())  # the dialog's searchable lists
    answer_move_dialog(monkeypatch, leaver, None)
    assert tab.add_move()
    assert stack.count() == 3  # new plan + two moves, each its own step

    shown = _moves_shown(tab)
    assert (newcomer.name_ko, desk.code, "") in shown
    assert any(to == "비움" and problems == "" for _name, to, problems in shown)
    assert tab.validate() == []
    assert "적용할 수 있습니다" in tab.verdict.text()

    assert tab.apply_plan()
    assert messages.warnings == [] and len(messages.questions) == 1
    assert stack.count() == 4 and stack.undoText().startswith("이동 계획 적용")
    assert desk_on(db, newcomer.id, DAY) == desk.id
    assert desk_on(db, leaver, DAY) is None
    assert desk_on(db, leaver, DAY - dt.timedelta(days=1)) == old_desk
    assert plan_status(db, plan_id) == "applied"
    assert tab.selected_plan().status == "applied"
    assert not tab.apply_button.isEnabled() and not tab.delete_button.isEnabled()

    stack.undo()  # the seating as before, the plan a draft again
    assert desk_on(db, newcomer.id, DAY) is None
    assert desk_on(db, leaver, DAY) == old_desk
    assert plan_status(db, plan_id) == "draft"
    assert tab.selected_plan().status == "draft" and tab.apply_button.isEnabled()

    stack.redo()
    assert desk_on(db, newcomer.id, DAY) == desk.id
    assert plan_status(db, plan_id) == "applied"


def test_problems_are_shown_per_move_and_apply_is_refused(
    seating_page, db, stack, monkeypatch, messages
):
    tab = seating_page.show_plans()
    plan_id = _new_plan(tab, monkeypatch, "충돌 계획")
    (mover, _desk_a), (stayer, desk_b) = seated_people(db, DAY, 2)
    answer_move_dialog(monkeypatch, mover, desk_b)
    assert tab.add_move()
    with db.sessions() as s:
        from planner.models import Person  # noqa: PLC0415

        stayer_name = s.get(Person, stayer).name_ko

    [(_name, _to, problems)] = _moves_shown(tab)
    assert stayer_name in problems and "옮기지 않습니다" in problems
    assert "문제" in tab.verdict.text()

    steps = stack.count()
    assert not tab.apply_plan()
    assert len(messages.warnings) == 1 and stayer_name in messages.warnings[0]
    assert stack.count() == steps  # nothing pushed, nothing written
    assert plan_status(db, plan_id) == "draft"
    assert desk_on(db, mover, DAY) == _desk_a

    # Removing the broken move clears the problem; the removal is one undoable step.
    tab.move_view.selectRow(0)
    assert tab.remove_move()
    assert tab.move_model.rowCount() == 0
    stack.undo()
    assert tab.move_model.rowCount() == 1


def test_edit_discard_and_delete_each_undoable(seating_page, db, stack, monkeypatch, messages):
    tab = seating_page.show_plans()
    plan_id = _new_plan(tab, monkeypatch, "초안")
    person = unseated_person(db, DAY)
    answer_move_dialog(monkeypatch, person.id, free_desk(db, DAY).id)
    assert tab.add_move()

    answer_plan_dialog(monkeypatch, PlanValues("1월 재배치", DAY + dt.timedelta(days=30), ""))
    assert tab.edit_plan()
    assert tab.selected_plan().name == "1월 재배치"
    stack.undo()
    assert tab.selected_plan().name == "초안"

    assert tab.discard_plan()
    assert plan_status(db, plan_id) == "discarded"
    assert not tab.add_move_button.isEnabled() and tab.delete_button.isEnabled()
    stack.undo()
    assert plan_status(db, plan_id) == "draft"

    assert tab.delete_plan()
    assert plan_status(db, plan_id) is None
    assert tab.plan_model.row_of(plan_id) < 0
    stack.undo()  # back, with its move (under a new id)
    with db.sessions() as s:
        [again] = [p for p in move_plans.plan_summaries(s) if p.name == "초안"]
    assert (again.name, again.moves, again.status) == ("초안", 1, "draft")
    assert messages.warnings == []


def test_the_list_is_sortable_and_filterable(seating_page, db, monkeypatch):
    tab = seating_page.show_plans()
    with db.sessions() as s, s.begin():
        for name, days in (("가 계획", 3), ("나 계획", 40), ("다 계획", 10)):
            move_plans.create_move_plan(s, name, TODAY + dt.timedelta(days=days))
        discarded = move_plans.create_move_plan(s, "라 계획", TODAY + dt.timedelta(days=5))
        move_plans.discard_move_plan(s, discarded.id)
    tab.refresh()
    proxy = tab.plan_proxy

    def names() -> list[str]:  # the demo's own plan aside
        shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        return [name for name in shown if name.endswith(" 계획")]

    tab.plan_view.sortByColumn(PlanTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
    assert names() == ["가 계획", "라 계획", "다 계획", "나 계획"]
    tab.state_combo.setCurrentIndex(tab.state_combo.findData("discarded"))
    assert names() == ["라 계획"]
    tab.state_combo.setCurrentIndex(0)
    tab.search.setText("다")
    tab.search.apply()
    assert names() == ["다 계획"]


def test_the_demo_plan_and_its_moves_show_when_the_tab_opens(seating_page, db):
    tab = seating_page.show_plans()
    with db.sessions() as s:
        [demo] = move_plans.plan_summaries(s)
    assert tab.selected_plan().id == demo.id
    assert tab.move_model.rowCount() == demo.moves == 3
    assert all(problems in ("", None) for _p, _to, problems in _moves_shown(tab))
