"""The cycle as a whole: opening next year, the workflow, signing, reminders, the .ics export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from planner.models import CycleStatus, Decision
from tests.ui.renewals.conftest import LATE, TODAY, make_workspace
from tests.ui.renewals.helpers import answer_decision_dialog, cycle, renewal, row_of
from ui.labels import label
from ui.renewals.decision_dialog import DecisionDialog
from ui.renewals.sign_dialog import SignDialog


def test_opens_on_the_latest_cycle_with_its_deadlines_ahead(workspace):
    assert workspace.year == 2025
    assert workspace.bar.badge.text() == label(CycleStatus, CycleStatus.DRAFT)
    assert workspace.bar.overdue_label.text() == ""  # the demo is not overdue on its day
    assert workspace.tasks_tab.model.rowCount() == 20


def test_overdue_marker_once_the_deadlines_pass(late_workspace, db):
    consultation = cycle(db, 2025).consultation_deadline
    assert consultation < LATE
    assert consultation.isoformat() in late_workspace.bar.overdue_label.text()


def test_reminder_once_at_start(qtbot, db, stack, renewal_settings, messages):
    received: list[str] = []
    widget = make_workspace(qtbot, db, stack, renewal_settings, today=LATE)
    widget.reminder.connect(received.append)
    qtbot.waitUntil(lambda: bool(received), timeout=2000)
    signing = cycle(db, 2025).signing_target.isoformat()
    assert len(received) == 1 and "2025" in received[0] and signing in received[0]


def test_open_next_cycle_from_2025(workspace, db, stack, messages):
    workspace.bar.open_button.click()
    assert messages.questions and "2026" in messages.questions[0]
    # The 2025 cycle is still a draft: the question names it first (issue #14, case 6).
    assert "The 2025 cycle is not signed yet (Draft)." in messages.questions[0]
    opened = cycle(db, 2026)
    assert opened is not None and opened.status == CycleStatus.DRAFT
    assert workspace.year == 2026
    codes = [r.code for r in workspace.tasks_tab.model.rows()]
    assert len(codes) == 19 and "F-11" not in codes  # concluded in 2025, not carried over
    assert {r.decision for r in workspace.tasks_tab.model.rows()} == {Decision.CONTINUE}
    assert not messages.warnings
    assert stack.count() == 1
    stack.undo()  # a draft opened by mistake goes away again
    assert cycle(db, 2026) is None and workspace.year == 2025
    stack.redo()
    assert cycle(db, 2026) is not None


def test_deadlines_are_edited_and_undone(workspace, db, stack, monkeypatch):
    import datetime as dt

    from PySide6.QtWidgets import QDialog

    from ui.renewals.deadlines_dialog import DeadlinesDialog

    before = (cycle(db, 2025).consultation_deadline, cycle(db, 2025).signing_target)

    def accept(dialog):
        dialog.consultation.set_value(dt.date(2025, 12, 15))
        dialog.signing.set_value(None)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeadlinesDialog, "exec", accept)
    workspace.bar.deadlines_button.click()
    assert (cycle(db, 2025).consultation_deadline, cycle(db, 2025).signing_target) == (dt.date(2025, 12, 15), None)
    stack.undo()
    assert (cycle(db, 2025).consultation_deadline, cycle(db, 2025).signing_target) == before


def test_open_next_cycle_can_be_declined(workspace, db, messages):
    from PySide6.QtWidgets import QMessageBox

    messages.answer = QMessageBox.StandardButton.No
    workspace.open_next_cycle()
    assert cycle(db, 2026) is None


def test_advance_draft_consultation_agreed_and_back(workspace_2026, with_2026, stack, messages):
    bar = workspace_2026.bar
    targets = [a.data() for a in bar.advance_menu.actions()]
    assert targets == [CycleStatus.CONSULTATION]  # only the allowed next states

    workspace_2026.advance(CycleStatus.CONSULTATION)
    assert cycle(with_2026, 2026).status == CycleStatus.CONSULTATION
    assert bar.badge.text() == label(CycleStatus, CycleStatus.CONSULTATION)
    assert [a.data() for a in bar.advance_menu.actions()] == [CycleStatus.AGREED, CycleStatus.DRAFT]

    workspace_2026.advance(CycleStatus.AGREED)
    assert cycle(with_2026, 2026).status == CycleStatus.AGREED
    assert bar.badge.text() == label(CycleStatus, CycleStatus.AGREED)
    assert stack.count() == 2

    stack.undo()
    assert cycle(with_2026, 2026).status == CycleStatus.CONSULTATION
    assert bar.badge.text() == label(CycleStatus, CycleStatus.CONSULTATION)
    stack.undo()
    assert cycle(with_2026, 2026).status == CycleStatus.DRAFT
    stack.redo()
    assert cycle(with_2026, 2026).status == CycleStatus.CONSULTATION
    assert not messages.warnings


def test_a_refused_transition_changes_nothing(workspace_2026, with_2026, stack, messages):
    workspace_2026.advance(CycleStatus.AGREED)  # draft → agreed skips the consultation
    assert messages.warnings and "2026" in messages.warnings[0]
    assert cycle(with_2026, 2026).status == CycleStatus.DRAFT
    assert stack.count() == 0


def test_agreed_refused_while_a_change_has_no_reason(workspace_2026, with_2026, stack, messages):
    with with_2026.sessions() as s, s.begin():
        from planner.services.renewals import update_task_renewal

        update_task_renewal(s, renewal(with_2026, 2026, "F-04").id, decision=Decision.MODIFY)
    workspace_2026.refresh()
    workspace_2026.advance(CycleStatus.CONSULTATION)
    workspace_2026.advance(CycleStatus.AGREED)
    assert "F-04" in messages.warnings[-1]
    assert cycle(with_2026, 2026).status == CycleStatus.CONSULTATION


def sign(monkeypatch) -> None:
    def fake_exec(dialog: SignDialog) -> int:
        # Offered as the frozen signature blocks say (the demo's KT delegate signs).
        assert (dialog.kt_edit.text(), dialog.kaist_edit.text()) == ("융합기술원장 홍민수", "총장 이광형")
        dialog.kt_edit.clear()
        assert not dialog.ok_button.isEnabled()  # both signatories are needed
        dialog.kt_edit.setText("KT 융합기술원장")
        dialog.kaist_edit.setText("KAIST 연구원장")
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", fake_exec)


def test_signing_is_final_and_makes_the_cycle_read_only(
    workspace_2026, with_2026, stack, messages, monkeypatch
):
    answer_decision_dialog(monkeypatch, lambda d: d.headcount_spin.setValue(12))
    workspace_2026.edit_renewal(row_of(workspace_2026, "F-01"))
    workspace_2026.advance(CycleStatus.CONSULTATION)
    workspace_2026.advance(CycleStatus.AGREED)
    sign(monkeypatch)
    workspace_2026.advance(CycleStatus.SIGNED)

    signed = cycle(with_2026, 2026)
    assert (signed.status, signed.signed_on) == (CycleStatus.SIGNED, TODAY + dt.timedelta(days=1))
    assert stack.count() == 3  # signing has no way back: it is not on the stack
    tab = workspace_2026.tasks_tab
    assert not tab.add_button.isEnabled() and "signed" in tab.add_button.toolTip()
    assert not workspace_2026.bar.advance_button.isEnabled()

    # Undoing the earlier steps now fails: said so, nothing changed, the command is dropped.
    stack.undo()
    assert messages.warnings and "cannot be undone" in messages.warnings[-1]
    assert cycle(with_2026, 2026).status == CycleStatus.SIGNED
    assert stack.count() == 2


def test_a_signed_cycle_opens_decisions_read_only(workspace, monkeypatch):
    workspace.show_year(2024)  # signed in the demo
    assert workspace.year == 2024
    tab = workspace.tasks_tab
    assert not tab.add_button.isEnabled()
    assert "2024" in tab.add_button.toolTip()
    seen = answer_decision_dialog(monkeypatch, lambda d: None)
    workspace.edit_renewal(tab.model.rows()[0])
    dialog: DecisionDialog = seen[0]
    assert not dialog.decision_combo.isEnabled() and not dialog.budget_edit.isEnabled()
    panel = dialog.budget_panel  # the lines are shown, not editable
    assert panel.model.rowCount() > 0 and not panel.add_button.isEnabled()
    assert not panel.model.flags(panel.model.index(0, panel.model.COL_AMOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert dialog.reason_edit.isReadOnly() and not dialog.ok_button.isVisibleTo(dialog)
    assert "signed" in dialog.read_only_label.text()


def test_export_deadlines_writes_an_ics_file(workspace, db, tmp_path, monkeypatch, renewal_settings):
    target = tmp_path / "out" / "deadlines.ics"
    target.parent.mkdir()
    suggested: list[str] = []

    def fake_save(_parent, _title, folder, _filter):
        suggested.append(folder)
        return str(target), "iCalendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    news: list[str] = []
    workspace.status_message.connect(news.append)
    workspace.bar.export_button.click()
    text = target.read_text()
    consultation = cycle(db, 2025).consultation_deadline.strftime("%Y%m%d")
    assert "BEGIN:VCALENDAR" in text and f"DTSTART;VALUE=DATE:{consultation}" in text
    assert suggested[0].endswith("renewal-2025-deadlines.ics")
    assert news and str(target) in news[0]
    # The folder is remembered for the next export.
    workspace.bar.export_button.click()
    assert suggested[1].startswith(str(target.parent))
