"""The renewal workspace's Deliverables, Due and Review tabs (issue #20): every edit one undo
step, the review refusing *agreed* while a required item is unticked, naming it, and next
year's cycle opened over missing final reports only with a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog
from sqlalchemy import select

from planner.models import CycleStatus, DeliverableState, ReviewTick
from planner.services import deliverables as svc
from tests.ui.renewals.conftest import TODAY
from tests.ui.renewals.helpers import cycle
from ui.research.deliverable_dialog import DeliverableDialog

PDF = b"%PDF-1.4\n%%EOF\n"


def _rows(db, year=2025):
    with db.sessions() as s:
        return svc.list_deliverables(s, year=year)


def _answer(monkeypatch, fill) -> list[DeliverableDialog]:
    seen: list[DeliverableDialog] = []

    def fake_exec(dialog):
        seen.append(dialog)
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return QDialog.DialogCode.Accepted if ok.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(DeliverableDialog, "exec", fake_exec)
    return seen


def test_the_deliverables_of_the_year_filter_and_sort(workspace, db):
    tab = workspace.deliverables_tab
    assert tab.model.rowCount() == len(_rows(db)) > 40
    tab.state.setCurrentIndex(tab.state.findData("waived"))
    assert [r.task_code for r in tab.proxy.shown_rows()] == ["F-11"]
    tab.state.setCurrentIndex(0)
    tab.kind.setCurrentIndex(tab.kind.findData("final_report"))
    tab.search.setText("F-0")
    assert {r.task_code for r in tab.proxy.shown_rows()} == {f"F-0{n}" for n in range(1, 10)}
    late = [r for r in tab.model.rows() if tab.model.late(r)]
    assert [r.task_code for r in late] == ["F-02"] and "late" in tab.caption.text()


def test_add_edit_waive_and_delete_are_each_one_undo_step(workspace, db, stack, monkeypatch, messages):
    tab = workspace.deliverables_tab
    count = len(_rows(db))

    def new_paper(dialog):
        dialog.task.setCurrentIndex(0)
        dialog.kind.setCurrentIndex(dialog.kind.findData("paper"))
        dialog.title.setText("NeurIPS 논문")

    _answer(monkeypatch, new_paper)
    tab.add_button.click()
    added = next(r for r in _rows(db) if r.title == "NeurIPS 논문")
    assert added.task_code == "F-01" and len(_rows(db)) == count + 1 == tab.model.rowCount()

    tab.select(added.id)

    def waive_without_reason(dialog):
        dialog.state.setCurrentIndex(dialog.state.findData("waived"))

    seen = _answer(monkeypatch, waive_without_reason)
    tab.edit_button.click()
    assert "reason" in seen[0].problem.text()  # OK stays disabled: nothing changes
    assert next(r for r in _rows(db) if r.id == added.id).state == DeliverableState.PLANNED

    def waive(dialog):
        waive_without_reason(dialog)
        dialog.reason.setPlainText("학회 일정 취소")

    _answer(monkeypatch, waive)
    tab.edit_button.click()
    assert next(r for r in _rows(db) if r.id == added.id).waived_reason == "학회 일정 취소"

    messages.answer = messages.answer  # Yes: delete
    tab.select(added.id)
    tab.delete_button.click()
    assert all(r.title != "NeurIPS 논문" for r in _rows(db))
    assert stack.count() == 3
    stack.undo()  # back, waived with its reason
    back = next(r for r in _rows(db) if r.title == "NeurIPS 논문")
    assert (back.state, back.waived_reason) == (DeliverableState.WAIVED, "학회 일정 취소")
    stack.undo()  # the waiver undone on the deliverable that came back
    assert next(r for r in _rows(db) if r.title == "NeurIPS 논문").state == DeliverableState.PLANNED
    stack.undo()
    assert len(_rows(db)) == count
    stack.redo()
    stack.redo()
    assert next(r for r in _rows(db) if r.title == "NeurIPS 논문").state == DeliverableState.WAIVED
    assert not messages.warnings


def test_an_evidence_file_is_attached_and_undone(workspace, db, stack, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    report = tmp_path / "중간보고서.pdf"
    report.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(report), ""))
    tab = workspace.deliverables_tab
    target = next(r for r in _rows(db) if r.task_code == "F-03" and r.kind.value == "interim_report")
    tab.select(target.id)
    tab.evidence_button.click()
    with db.sessions() as s:
        assert svc.evidence_file(s, target.id).data == PDF
    assert next(r for r in tab.model.rows() if r.id == target.id).evidence_name == "중간보고서.pdf"
    assert tab.open_button.isEnabled()
    stack.undo()
    with db.sessions() as s:
        assert svc.evidence_file(s, target.id) is None


def test_due_tab_lists_the_late_and_the_coming_deliverables(workspace, db):
    with db.sessions() as s:
        due = svc.deliverables_due(s, TODAY, 30)
    rows = workspace.due_tab.model.rows()
    assert [r.id for r in rows] == [r.id for r in (*due.overdue, *due.upcoming)]
    assert rows[0].task_code == "F-02" and "days late" in workspace.due_tab.model.index(0, 0).data()
    assert all(TODAY <= r.due_date <= TODAY + dt.timedelta(days=30) for r in rows[1:])
    assert f"{len(due.upcoming)} are due in the next 30 days" in workspace.due_tab.caption.text()


def test_agreed_is_refused_naming_the_unticked_items_until_they_are_ticked(workspace, db, stack, messages):
    review_tab = workspace.review_tab
    workspace.advance(CycleStatus.CONSULTATION)
    workspace.advance(CycleStatus.AGREED)
    assert "Required review items are not ticked: Budget reconciled, Legal review done." in messages.warnings[-1]
    assert cycle(db, 2025).status == CycleStatus.CONSULTATION
    for code in ("budget_reconciled", "legal_review"):
        row = next(i for i, line in enumerate(review_tab.model.rows()) if line.code == code)
        review_tab.view.selectRow(row)
        review_tab.note.setText("검토 완료")
        review_tab.tick_button.click()
    with db.sessions() as s:
        ticks = s.scalars(select(ReviewTick).where(ReviewTick.cycle_id == cycle(db, 2025).id)).all()
    assert len(ticks) == 5 and "Every required review item" in review_tab.caption.text()
    stack.undo()  # the legal review's tick taken back
    assert any(line.code == "legal_review" and not line.ticked for line in review_tab.model.rows())
    stack.redo()
    workspace.advance(CycleStatus.AGREED)
    assert cycle(db, 2025).status == CycleStatus.AGREED
    assert not review_tab.tick_button.isEnabled() and "on record" in review_tab.caption.text()


def test_next_year_over_missing_final_reports_needs_a_reason(workspace_2026, with_2026, messages, monkeypatch):
    asked: list[str] = []

    def answer(reason):
        def ask(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reason, bool(reason)
        return ask

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(""))
    workspace_2026.bar.open_button.click()
    assert "final reports of 2025 are missing" in asked[-1] and cycle(with_2026, 2027) is None
    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer("협의회에서 3월 제출 양해"))
    workspace_2026.bar.open_button.click()
    assert cycle(with_2026, 2027).missing_reports_reason == "협의회에서 3월 제출 양해"
    assert workspace_2026.year == 2027 and not messages.warnings


def test_export_then_import_in_the_window_changes_nothing_and_an_import_is_undone(
    workspace, db, stack, monkeypatch, tmp_path, messages
):
    from PySide6.QtWidgets import QFileDialog

    exported = tmp_path / "deliverables-2025.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    workspace.deliverables_tab.export_button.click()
    before = _rows(db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    workspace.deliverables_tab.import_button.click()
    assert _rows(db) == before and not messages.warnings
    edited = tmp_path / "edited.csv"
    edited.write_text(
        "과제코드,연도,구분,제목,제출기한,상태\nF-05,2025,특허,음성 합성 특허 출원,2025-12-30,예정\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(edited), ""))
    workspace.deliverables_tab.import_button.click()
    assert len(_rows(db)) == len(before) + 1
    stack.undo()
    assert _rows(db) == before


def test_the_tabs_models_pass_the_model_tester(workspace, qtmodeltester):
    for model in (workspace.deliverables_tab.model, workspace.due_tab.model,
                  workspace.review_tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
