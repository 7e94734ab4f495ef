"""Editing decisions through the dialog: the database changes, undo restores, redo repeats."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.models import Decision, MovePlan, MovePlanStatus, TaskStatus, Track
from planner.services.tasks import create_task
from tests.ui.renewals.helpers import answer_decision_dialog, renewal, row_of
from ui.renewals.decision_dialog import DecisionDialog


def choose(dialog: DecisionDialog, decision: Decision) -> None:
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData(decision))


def test_conclude_with_reason_then_undo_and_redo(workspace_2026, with_2026, stack, monkeypatch):
    # F-11 was already concluded in 2025, so it is not in 2026; F-10 is concluded here instead.
    assert renewal(with_2026, 2026, "F-11") is None

    def conclude(dialog: DecisionDialog) -> None:
        choose(dialog, Decision.CONCLUDE)
        assert not dialog.ok_button.isEnabled()
        dialog.reason_edit.setPlainText("목표 조기 달성")

    answer_decision_dialog(monkeypatch, conclude)
    workspace_2026.edit_renewal(row_of(workspace_2026, "F-10"))

    done = renewal(with_2026, 2026, "F-10")
    assert (done.decision, done.reason) == (Decision.CONCLUDE, "목표 조기 달성")
    assert stack.count() == 1 and stack.undoText() == "Conclude F-10"
    assert row_of(workspace_2026, "F-10").decision == Decision.CONCLUDE

    stack.undo()
    back = renewal(with_2026, 2026, "F-10")
    assert (back.decision, back.reason) == (Decision.CONTINUE, "")
    assert row_of(workspace_2026, "F-10").decision == Decision.CONTINUE

    stack.redo()
    assert renewal(with_2026, 2026, "F-10").decision == Decision.CONCLUDE


def test_change_budget_with_reason(workspace_2026, with_2026, stack, monkeypatch, qtbot):
    """The budget is changed by its lines (issue #20): a line added in the editor's budget
    panel is one command, the decision another; the budget field shows the lines' sum."""
    before = renewal(with_2026, 2026, "F-04")
    assert before.budget_krw == 530_000_000

    def raise_budget(dialog: DecisionDialog) -> None:
        choose(dialog, Decision.MODIFY)
        assert dialog.budget_edit.isReadOnly()  # the sum of the lines, not typed
        panel = dialog.budget_panel
        panel.category_combo.setCurrentIndex(panel.category_combo.findData("equipment"))
        panel.party_combo.setCurrentIndex(panel.party_combo.findData("kt"))
        qtbot.keyClicks(panel.amount_edit, "70000000")
        assert panel.amount_edit.text() == "70,000,000"  # grouped while typing
        panel.add_button.click()
        # KT's 70,000,000 more of direct costs, and its 10 % indirect line follows.
        assert dialog.budget_edit.text() == "607,000,000"
        assert "607,000" in dialog.thousands_label.text()  # and shown in 천원
        dialog.reason_edit.setPlainText("GPU 실험 확대")

    answer_decision_dialog(monkeypatch, raise_budget)
    workspace_2026.edit_renewal(row_of(workspace_2026, "F-04"))
    after = renewal(with_2026, 2026, "F-04")
    assert (after.decision, after.budget_krw, after.reason) == (
        Decision.MODIFY,
        607_000_000,
        "GPU 실험 확대",
    )
    assert stack.count() == 2
    assert stack.text(0) == "Set Research facilities and equipment KT of F-04"
    assert stack.undoText() == "Change decision of F-04"
    assert row_of(workspace_2026, "F-04").budget_krw == 607_000_000

    stack.undo()
    stack.undo()
    restored = renewal(with_2026, 2026, "F-04")
    assert (restored.decision, restored.budget_krw, restored.reason) == (
        Decision.CONTINUE,
        530_000_000,
        "",
    )
    stack.redo()
    assert renewal(with_2026, 2026, "F-04").budget_krw == 607_000_000


def test_ok_disabled_without_a_reason_for_modify(workspace_2026, with_2026):
    dialog = DecisionDialog(with_2026.sessions, row_of(workspace_2026, "F-04"))
    assert dialog.ok_button.isEnabled()
    choose(dialog, Decision.MODIFY)
    assert not dialog.ok_button.isEnabled()
    assert "reason" in dialog.problem_label.text().lower()
    assert dialog.ok_button.toolTip() == dialog.problem_label.text()
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("범위 조정")
    assert dialog.ok_button.isEnabled()
    choose(dialog, Decision.CONTINUE)
    dialog.reason_edit.clear()
    assert dialog.ok_button.isEnabled()
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert not dialog.ok_button.isEnabled()


def test_concluding_lists_freed_desks_and_can_draft_a_move_plan(
    workspace_2026, with_2026, stack, monkeypatch
):
    freed_text: list[str] = []

    def conclude_and_release(dialog: DecisionDialog) -> None:
        choose(dialog, Decision.CONCLUDE)
        dialog.reason_edit.setPlainText("과제 종료")
        assert not dialog.freed_box.isHidden()
        freed_text.append(dialog.freed_label.text())
        assert dialog.release_check.isEnabled()
        dialog.release_check.setChecked(True)

    answer_decision_dialog(monkeypatch, conclude_and_release)
    workspace_2026.edit_renewal(row_of(workspace_2026, "F-03"))
    # The demo's F-03 has 7 members in no other task going on; the desks they still hold
    # when the task ends (its 2026 period ends 2027-02-28) are given back the day after —
    # not on the period's first day, long past (issue #14, case 4).
    assert "2027-03-01" in freed_text[0] and freed_text[0].count("\n") == 7
    seated = [line for line in freed_text[0].splitlines()[1:] if "—" in line and "F-" in line]
    with with_2026.sessions() as s:
        drafts = [p for p in s.scalars(select(MovePlan)) if "F-03" in p.name]
        assert [(p.status, p.effective_date) for p in drafts] == [
            (MovePlanStatus.DRAFT, dt.date(2027, 3, 1))
        ]
        assert len(drafts[0].moves) == len(seated) > 0
    stack.undo()
    with with_2026.sessions() as s:
        assert s.get(MovePlan, drafts[0].id).status == MovePlanStatus.DISCARDED
    assert renewal(with_2026, 2026, "F-03").decision == Decision.CONTINUE


def test_add_a_catalogue_task_as_new(workspace_2026, with_2026, stack, monkeypatch):
    with with_2026.sessions() as s, s.begin():
        create_task(
            s,
            code="I-06",
            title_ko="산업 현장 안전 AI",
            track=Track.INDUSTRIAL,
            area="안전",
            start_year=2026,
            status=TaskStatus.PROPOSED,
        )
    workspace_2026.refresh()

    def pick(dialog: DecisionDialog) -> None:
        dialog.task_combo.setCurrentIndex(dialog.task_combo.findText("I-06", flags_contains()))
        assert dialog.decision() == Decision.NEW
        dialog.budget_edit.set_amount(450_000_000)
        dialog.headcount_spin.setValue(6)

    answer_decision_dialog(monkeypatch, pick)
    workspace_2026.add_task()
    added = renewal(with_2026, 2026, "I-06")
    assert (added.decision, added.budget_krw, added.headcount) == (Decision.NEW, 450_000_000, 6)
    assert stack.undoText() == "Add I-06 to the 2026 cycle"
    assert "I-06" in [r.code for r in workspace_2026.tasks_tab.model.rows()]
    stack.undo()
    assert renewal(with_2026, 2026, "I-06") is None
    stack.redo()
    assert renewal(with_2026, 2026, "I-06").decision == Decision.NEW


def test_nothing_to_add_says_so(workspace, messages):
    workspace.add_task()  # every demo task is in 2025
    assert messages.informations


def flags_contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_double_click_opens_the_editor(workspace_2026, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    seen = answer_decision_dialog(monkeypatch, lambda d: None)
    tab = workspace_2026.tasks_tab
    index = tab.proxy.index(3, tab.model.COL_TITLE)
    rect = tab.view.visualRect(index)
    # A view emits doubleClicked only for the index a press started on: click, then double-click.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen and seen[0].row.code == index.siblingAtColumn(0).data()
