"""The Auto-place… dialog on the demo: run, review, save as a draft plan, apply, undo."""

from __future__ import annotations

from sqlalchemy import select

from planner.models import MovePlan, MovePlanStatus, ResearchTask, TaskMember
from planner.placement.desk.model import IMPROVING
from tests.ui.placement.conftest import TODAY, assert_hard_rules, unseated
from ui.placement.job import READING


def plans(db) -> list[tuple[int, MovePlanStatus]]:
    with db.sessions() as s:
        return [(p.id, p.status) for p in s.scalars(select(MovePlan).order_by(MovePlan.id))]


def test_the_button_sits_on_the_floor_page_toolbar(page, tool):
    assert tool.button.text() == "자동 배치…"
    assert tool.button.isVisible()
    assert tool.button.parentWidget() is page


def test_auto_place_the_unseated_then_save_shows_the_plan(db, page, dialog, stack):
    before = plans(db)
    wanted = unseated(db)
    assert wanted  # the demo has people waiting for a desk
    dialog.start()

    proposal = dialog.proposal
    assert proposal is not None and not proposal.cancelled
    assert {seat.person_id for seat in proposal.assignments} == wanted
    assert_hard_rules(db, proposal)
    assert plans(db) == before  # a run writes nothing
    assert f"{len(wanted)}명 중 {len(wanted)}명" in dialog.results.summary.text()
    assert dialog.results.seats.rowCount() == len(wanted)
    assert dialog.results.teams.rowCount() == len(proposal.teams) > 0
    assert dialog.save_button.isEnabled() and dialog.apply_button.isEnabled()

    assert dialog.save_plan(), dialog.status.text()
    ((plan_id, status),) = (p for p in plans(db) if p not in before)
    assert status == MovePlanStatus.DRAFT
    assert stack.count() == 1
    # The differences are on the floor plan: the plan is chosen and its arrows drawn.
    assert page.plan_combo.currentData() == plan_id
    assert page.overlay is not None and page.overlay.on_this_floor()
    assert not dialog.save_button.isEnabled()  # the same plan is not saved twice
    assert unseated(db) == wanted  # a draft seats nobody

    stack.undo()
    assert plans(db) == before
    assert page.plan_combo.currentData() is None and page.overlay is None
    stack.redo()
    assert len(plans(db)) == len(before) + 1


def test_apply_now_seats_them_and_undo_takes_it_back(db, page, dialog, stack):
    wanted = unseated(db)
    before = plans(db)
    waiting = page.people.model.rowCount()  # unseated on the day, in the people list
    dialog.start()
    assert dialog.apply_now()

    assert unseated(db) == set()
    ((_plan_id, status),) = (p for p in plans(db) if p not in before)
    assert status == MovePlanStatus.APPLIED
    assert page.people.model.rowCount() == waiting - len(wanted)  # the page shows them seated
    assert stack.count() == 1

    stack.undo()
    assert unseated(db) == wanted
    assert plans(db) == before
    assert page.people.model.rowCount() == waiting
    stack.redo()
    assert unseated(db) == set()


def cancel_at(monkeypatch, dialog, stage: str) -> None:
    """Press Cancel when the run reports `stage` (the run goes on in place meanwhile)."""
    shown = dialog._progressed

    def progressed(step) -> None:
        shown(step)
        if step.stage == stage and dialog.cancel_button.isEnabled():
            dialog.cancel_button.click()

    monkeypatch.setattr(dialog, "_progressed", progressed)


def test_cancel_mid_run_keeps_the_best_plan_so_far_and_writes_nothing(db, dialog, monkeypatch):
    before, wanted = plans(db), unseated(db)
    cancel_at(monkeypatch, dialog, IMPROVING)
    dialog.form.time_limit.setValue(600)  # Cancel, not the limit, ends this run
    dialog.start()

    proposal = dialog.proposal
    assert proposal is not None and proposal.cancelled
    assert "지금까지 찾은 가장 좋은 계획" in dialog.status.text()
    assert_hard_rules(db, proposal)
    assert dialog.save_button.isEnabled()  # the best so far may still be kept
    dialog.reject()
    assert plans(db) == before and unseated(db) == wanted


def test_cancel_before_the_engine_starts_gives_nothing(db, dialog, monkeypatch):
    before = plans(db)
    cancel_at(monkeypatch, dialog, READING)
    dialog.start()
    assert dialog.proposal is None
    assert "아무것도 바뀌지 않았습니다" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.apply_button.isEnabled()
    assert dialog.run_button.isEnabled()  # ready for another run
    assert plans(db) == before


def test_close_without_saving_leaves_nothing(db, dialog):
    before = plans(db)
    wanted = unseated(db)
    dialog.start()
    dialog.reject()
    assert plans(db) == before and unseated(db) == wanted
    assert dialog.proposal is None


def test_a_research_tasks_members(db, dialog):
    with db.sessions() as s:
        members = set(
            s.scalars(
                select(TaskMember.person_id)
                .join(ResearchTask, ResearchTask.id == TaskMember.task_id)
                .where(ResearchTask.code == "F-01")
            )
        )
    dialog.form.who_task.setChecked(True)
    dialog.form.task_combo.setCurrentIndex(dialog.form.task_combo.findData("F-01"))
    dialog.start()
    proposal = dialog.proposal
    assert proposal is not None
    assert {seat.person_id for seat in proposal.assignments} <= members
    assert [team.task for team in proposal.teams] == ["F-01"]
    assert_hard_rules(db, proposal)


def test_the_window_seating_page_has_the_button_and_english_follows(qtbot, window):
    from tests.ui.conftest import open_page

    seating = open_page(qtbot, window, "seating")
    tool = seating.floor_page.auto_place
    assert tool.button.isVisible() and tool.button.text() == "자동 배치…"
    dialog = tool.open()
    assert dialog.windowTitle() == "자동 배치" and dialog.form.who_unseated.isChecked()
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: tool.button.text() == "Auto-place…")
    assert dialog.run_button.text() == "Run"
    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: tool.button.text() == "자동 배치…")
    dialog.reject()


def test_apply_refused_when_a_desk_was_taken_meanwhile_writes_nothing(db, page, dialog, stack):
    from planner.models import Organisation
    from planner.services import seating
    from tests.planner.factories import person

    dialog.start()
    seat = dialog.proposal.assignments[0]
    before, wanted = plans(db), unseated(db)
    with db.sessions() as s, s.begin():  # another coordinator seats a newcomer there first
        org = s.scalars(select(Organisation.id)).first()
        other = person(s, org, "신규 인원", "new.person@example.org")
        seating.assign_desk(s, other, seat.to_desk_id, TODAY)

    assert not dialog.apply_now()
    assert dialog.status.text().startswith("아무것도 저장하지 않았습니다")
    assert seat.to_desk in dialog.status.text()  # which desk is the problem
    assert plans(db) == before and stack.count() == 0
    assert unseated(db) == wanted
    assert dialog.apply_button.isEnabled()  # still there to save as a draft instead


def test_closing_during_a_run_stops_it_and_keeps_nothing(db, dialog, monkeypatch):
    before, wanted = plans(db), unseated(db)
    shown = dialog._progressed

    def progressed(step) -> None:
        shown(step)
        if step.stage == IMPROVING and dialog.isVisible():
            dialog.close_button.click()

    monkeypatch.setattr(dialog, "_progressed", progressed)
    dialog.form.time_limit.setValue(600)  # Close, not the limit, ends this run
    dialog.start()
    assert not dialog.isVisible()
    assert dialog.proposal is None and dialog.results.seats.rowCount() == 0
    assert dialog.run_button.isEnabled()
    assert plans(db) == before and unseated(db) == wanted
