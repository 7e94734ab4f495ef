"""The agreement's record in the window: terms, freezing and unfreezing, the wording editor.

Every change is one undo step; a frozen agreement's terms open read-only; going back from
agreed asks for a reason and keeps it; the wording editor checks as one types, previews the
draft with the edited wording and saves new versions for everyone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner.models import AgreementSnapshot, CycleStatus
from planner.services import agreement_templates
from planner.services.agreements import parties_of
from tests.planner.factories import tick_review
from tests.ui.renewals.helpers import cycle
from ui.background import SynchronousPool
from ui.renewals.agreement_dialogs import AgreementTermsDialog, UnfreezeDialog
from ui.renewals.commands import SaveWordingCommand
from ui.renewals.wording_editor import WordingEditor


def _draft_year(workspace) -> int:
    """The demo's cycle in draft (the latest)."""
    year = workspace.year
    assert workspace.data.current.status == CycleStatus.DRAFT
    return year


def test_terms_are_edited_in_both_languages_and_undone(workspace, db, stack, monkeypatch):
    year = _draft_year(workspace)

    def fill(dialog: AgreementTermsDialog) -> int:
        assert dialog.seats_spin.value() == 200 and dialog.ok_button.isEnabled()
        dialog.seats_spin.setValue(180)
        dialog.edits[("kaist", "signer_position_ko")].setText("연구원장")
        assert not dialog.ok_button.isEnabled()  # a delegate needs the basis of delegation
        assert "KAIST" in dialog.problem_label.text()
        dialog.edits[("kaist", "signer_position_en")].setText("Vice President for Research")
        dialog.edits[("kaist", "signer_name_ko")].setText("김연구")
        dialog.edits[("kaist", "signer_name_en")].setText("Yeon-gu Kim")
        dialog.edits[("kaist", "delegation_ko")].setText("총장의 위임")
        dialog.edits[("kaist", "delegation_en")].setText("Delegated by the President")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgreementTermsDialog, "exec", fill)
    workspace.bar.terms_action.trigger()
    assert cycle(db, year).seats_committed == 180
    with db.sessions() as s:
        kaist = parties_of(s, cycle(db, year).id)[1]
    assert (kaist.signer_name.ko, kaist.delegation.en) == ("김연구", "Delegated by the President")
    assert stack.count() == 1 and "agreement terms" in stack.undoText()
    stack.undo()
    assert cycle(db, year).seats_committed == 200
    with db.sessions() as s:
        assert not parties_of(s, cycle(db, year).id)[1].delegated


def test_agreeing_freezes_terms_open_read_only_and_unfreezing_asks_why(
    workspace, db, stack, monkeypatch, messages
):
    year = _draft_year(workspace)
    with db.sessions() as s, s.begin():
        tick_review(s, cycle(db, year).id)  # the review before agreement done
    workspace.advance(CycleStatus.CONSULTATION)
    workspace.advance(CycleStatus.AGREED)
    assert not messages.warnings, messages.warnings
    assert "version 1" in workspace.bar.frozen_label.text()

    seen: list[AgreementTermsDialog] = []

    def look(dialog: AgreementTermsDialog) -> int:
        seen.append(dialog)
        assert not dialog.ok_button.isVisibleTo(dialog) and not dialog.seats_spin.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AgreementTermsDialog, "exec", look)
    workspace.bar.terms_action.trigger()
    assert seen and "frozen" in seen[0].read_only_label.text()

    def cancel(dialog: UnfreezeDialog) -> int:
        assert not dialog.ok_button.isEnabled()  # no reason yet
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnfreezeDialog, "exec", cancel)
    workspace.advance(CycleStatus.CONSULTATION)
    assert cycle(db, year).status == CycleStatus.AGREED

    def give_reason(dialog: UnfreezeDialog) -> int:
        dialog.reason_edit.setPlainText("KAIST가 과제 추가를 요청함")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnfreezeDialog, "exec", give_reason)
    workspace.advance(CycleStatus.CONSULTATION)
    assert cycle(db, year).status == CycleStatus.CONSULTATION
    assert workspace.bar.frozen_label.text() == ""
    stack.undo()  # freezes again: version 2
    assert cycle(db, year).status == CycleStatus.AGREED
    stack.undo()  # undoes the agreement: unfrozen, the reason on record
    assert cycle(db, year).status == CycleStatus.CONSULTATION
    with db.sessions() as s:
        rows = s.scalars(
            select(AgreementSnapshot).where(AgreementSnapshot.cycle_id == cycle(db, year).id)
            .order_by(AgreementSnapshot.version)
        ).all()  # fmt: skip
        reasons = [(r.version, r.unfreeze_reason) for r in rows]
    assert reasons == [(1, "KAIST가 과제 추가를 요청함"), (2, "Agreement undone in the window")]
    assert not messages.warnings


def test_the_wording_editor_checks_previews_saves_and_undoes(qtbot, workspace, db, stack):
    year = _draft_year(workspace)
    editor = WordingEditor(db.sessions, year, pool=SynchronousPool())
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled() and "shipped" in editor.versions_label.text()
    korean = editor.editors["ko"]
    korean.setPlainText(korean.toPlainText().replace("{seats_committed}", "{title.__class__}"))
    editor.check()
    assert "attribute and index access" in editor.check_label.text()
    assert not editor.save_button.isEnabled()
    korean.setPlainText(korean.toPlainText().replace("{title.__class__}", "{seats_committed}")
                        .replace("성실히 협의하여", "성실하게 협의하여"))  # fmt: skip
    assert editor.check() and editor.save_button.isEnabled()
    editor.preview_lang.setCurrentIndex(editor.preview_lang.findData("ko"))
    editor.preview()
    assert editor.document.pageCount() >= 6
    assert str(year) in editor.preview_status.text()
    assert set(editor.changed()) == {"ko"}

    workspace._push(SaveWordingCommand(db.sessions, year, editor.changed(), "표현 다듬기"))
    with db.sessions() as s:
        assert agreement_templates.current_template(s, "ko").version == 1
        assert agreement_templates.template_history(s, "ko")[0].note == "표현 다듬기"
    stack.undo()
    with db.sessions() as s:
        assert agreement_templates.current_template(s, "ko").version == 0
