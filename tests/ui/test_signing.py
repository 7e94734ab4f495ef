"""Signing in the window (issue #19): Agreement ▸ Sign… as KT then KAIST with a real test
PKI, the refusals said in Korean and English, the Signatures panel of a signed file's preview
(intact, trusted, broken, unknown root), the signature settings, and the renewal cycle moving
to *signed* with the signatures as its evidence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from planner.models import CycleStatus
from planner.services import renewals
from tests.planner.signing.pki import PASSWORD, make_pki
from tests.ui.conftest import TODAY
from ui.background import SynchronousPool
from ui.i18n import install_language
from ui.renewals.sign_dialog import SignDialog
from ui.renewals.workspace import RenewalWorkspace
from ui.settings import CERTIFICATE_FOLDER, TIMESTAMP_URL, TRUST_ROOTS, Settings
from ui.signing.models import SignaturesModel
from ui.signing.preview import SignedPdfPreview
from ui.signing.settings_dialog import SigningSettingsDialog
from ui.signing.sign_dialog import SignAgreementDialog
from tests.planner.factories import tick_review


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def signing_settings(tmp_path, pki) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(TRUST_ROOTS, [str(pki.pem(pki.root, "root"))])
    return settings


@pytest.fixture
def agreed(db):
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)  # the review before agreement done
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    return db


def _dialog(qtbot, db, settings) -> SignAgreementDialog:
    dialog = SignAgreementDialog(db.sessions, 2025, settings, pool=SynchronousPool())
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog, certificate: Path, password: str, target: Path) -> None:
    dialog.certificate_edit.setText(str(certificate))
    dialog.password_edit.setText(password)
    dialog.file_edit.setText(str(target))


def _sign(qtbot, db, settings, pki, party, target, password=PASSWORD):
    dialog = _dialog(qtbot, db, settings)
    assert dialog.party() == party  # whose turn it is, chosen for the user
    who = pki.kt if party == "kt" else pki.kaist
    _fill(dialog, pki.p12(who, party), password, target)
    dialog.sign_button.click()
    return dialog


def test_kt_then_kaist_sign_in_the_window_and_the_preview_shows_two_good_signatures(
    qtbot, agreed, pki, signing_settings, tmp_path, check_models, monkeypatch
):
    target = tmp_path / "agreement-2025-signed.pdf"
    kt = _sign(qtbot, agreed, signing_settings, pki, "kt", target)
    assert kt.result() == SignAgreementDialog.DialogCode.Accepted, kt.problem_label.text()
    assert kt.outcome.signer == "김케이티" and not kt.outcome.both_signed
    assert kt.password_edit.text() == ""  # the password is not kept in the form
    assert PASSWORD not in Path(signing_settings._store.fileName()).read_text(encoding="utf-8")
    assert signing_settings.get(CERTIFICATE_FOLDER) == str(pki.folder)
    kaist = _sign(qtbot, agreed, signing_settings, pki, "kaist", target)
    assert kaist.file_label.text() == "KT가 서명한 파일"
    assert kaist.outcome.signer == "이카이스트" and kaist.outcome.both_signed

    preview = SignedPdfPreview(target, settings=signing_settings, pool=SynchronousPool())
    qtbot.addWidget(preview)
    model = preview.panel.model
    standalone = SignaturesModel()  # not owned by the preview, which qtbot closes first
    standalone.set_rows(preview.panel.checks)
    check_models(standalone)
    assert model.rowCount() == 2
    cells = [
        [model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)
    ]
    assert cells[0][SignaturesModel.COL_FIELD] == "KT (갑) 서명"
    assert cells[1][SignaturesModel.COL_SIGNER] == "이카이스트"
    assert cells[1][SignaturesModel.COL_INSTITUTION] == "한국과학기술원"
    assert [row[SignaturesModel.COL_INTACT] for row in cells] == ["예", "예"]
    assert [row[SignaturesModel.COL_TRUSTED] for row in cells] == ["예", "예"]
    assert cells[0][SignaturesModel.COL_COVERAGE] == "서명 당시의 파일"
    assert cells[1][SignaturesModel.COL_COVERAGE] == "파일 전체"
    assert cells[0][SignaturesModel.COL_TIMESTAMP].startswith("없음")
    assert preview.panel.summary.text() == "서명 2개 모두 변경 없고 신뢰할 수 있습니다."
    assert "다른 서명만 추가" in preview.panel.explanation.text()
    assert preview.page_count() > 3
    # It opens at the page of the stamps (the signature block's), not the first page, and
    # shows them (Qt draws no annotations: the view gets a copy with the stamps drawn in).
    page = preview.current_page()
    assert page == _page_with(target, "서명자: 김케이티") > 0
    assert _seal_red_pixels(preview.document, page) > 100
    # Save as… writes the signed file itself, byte for byte.
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(saved), "")
    )
    preview.save_as()
    assert saved.read_bytes() == target.read_bytes()


def _seal_red_pixels(document, page: int) -> int:
    """Pixels of the stamps' red (planner.export.signature_stamp.INK) on ``page`` as Qt draws it."""
    image = document.render(page, QSize(420, 594))
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (lambda c: c.red() > 100 and c.green() < 90 and c.blue() < 90)(image.pixelColor(x, y))
    )


def _page_with(pdf: Path, text: str) -> int:
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    return next(index for index, page in enumerate(pages) if text in page)


def test_refusals_are_said_in_korean_and_nothing_is_written(
    qtbot, db, pki, signing_settings, tmp_path
):
    target = tmp_path / "signed.pdf"
    draft = _sign(qtbot, db, signing_settings, pki, "kt", target)
    assert draft.result() != SignAgreementDialog.DialogCode.Accepted
    assert "합의(고정)된 협약서만 서명할 수 있습니다" in draft.problem_label.text()
    assert not target.exists()
    with db.sessions() as session, session.begin():
        cycle = renewals.cycle_by_year(session, 2025)
        tick_review(session, cycle.id)  # the review before agreement done
        renewals.advance_cycle(session, cycle.id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(session, cycle.id, CycleStatus.AGREED)
    wrong = _sign(qtbot, db, signing_settings, pki, "kt", target, password="틀린 암호")
    assert "암호" in wrong.problem_label.text() and "password" not in wrong.problem_label.text()
    expired = _dialog(qtbot, db, signing_settings)
    _fill(expired, pki.p12(pki.expired, "expired"), PASSWORD, target)
    expired.sign_button.click()
    assert "만료되었습니다" in expired.problem_label.text()
    kaist_first = _dialog(qtbot, db, signing_settings)
    kaist_first.party_combo.setCurrentIndex(kaist_first.party_combo.findData("kaist"))
    _fill(kaist_first, pki.p12(pki.kaist, "kaist"), PASSWORD, target)
    kaist_first.sign_button.click()
    assert "KT가 먼저 서명합니다" in kaist_first.problem_label.text()
    assert not target.exists()


def test_refusals_and_the_panel_in_english(qtbot, agreed, pki, signing_settings, tmp_path):
    install_language("en")
    target = tmp_path / "signed.pdf"
    kaist_first = _dialog(qtbot, agreed, signing_settings)
    assert kaist_first.windowTitle() == "Sign the 2025 agreement"
    kaist_first.party_combo.setCurrentIndex(kaist_first.party_combo.findData("kaist"))
    _fill(kaist_first, pki.p12(pki.kaist, "kaist"), PASSWORD, target)
    kaist_first.sign_button.click()
    assert kaist_first.problem_label.text().startswith("KT signs first")
    _sign(qtbot, agreed, signing_settings, pki, "kt", target)
    # A byte of the signed page content flipped: not intact, in words.
    content = bytearray(target.read_bytes())
    content[content.index(b"stream\n", 2000) + 200] ^= 0x01
    broken = SignedPdfPreview(bytes(content), settings=signing_settings, pool=SynchronousPool())
    qtbot.addWidget(broken)
    assert broken.panel.model.index(0, SignaturesModel.COL_INTACT).data() == "no"
    assert broken.panel.summary.text() == "1 of 1 signature(s) cannot be relied on."
    assert broken.panel.explanation.text().startswith("KT (Party A) signature: Not intact")
    # A root nobody configured: intact, not trusted, and what to do about it.
    signing_settings.set(TRUST_ROOTS, [str(pki.pem(pki.stranger_root, "stranger"))])
    stranger = SignedPdfPreview(target, settings=signing_settings, pool=SynchronousPool())
    qtbot.addWidget(stranger)
    model = stranger.panel.model
    assert model.index(0, SignaturesModel.COL_INTACT).data() == "yes"
    assert model.index(0, SignaturesModel.COL_TRUSTED).data() == "no"
    assert "authority you trust" in stranger.panel.explanation.text()
    assert "Trusted root certificates: 1" in stranger.panel.roots_label.text()


def test_signature_settings_keep_roots_and_the_timestamp_url(qtbot, db, pki, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SigningSettingsDialog(settings)
    qtbot.addWidget(dialog)
    not_a_certificate = tmp_path / "notes.pem"
    not_a_certificate.write_text("hello", encoding="utf-8")
    assert not dialog.add_root(str(not_a_certificate))
    assert "notes.pem" in dialog.problem_label.text()
    root = str(pki.pem(pki.root, "root"))
    assert dialog.add_root(root) and dialog.roots() == [root]
    dialog.url_edit.setText(" http://127.0.0.1:8080/tsa ")
    dialog.accept()
    assert settings.get(TRUST_ROOTS) == [root]
    assert settings.get(TIMESTAMP_URL) == "http://127.0.0.1:8080/tsa"
    again = SigningSettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.roots() == [root] and again.url_edit.text() == "http://127.0.0.1:8080/tsa"
    # The sign dialog says the level and where the time comes from.
    assert "B-T" in _dialog(qtbot, db, settings).level_label.text()
    settings.set(TIMESTAMP_URL, "")
    assert "B-B" in _dialog(qtbot, db, settings).level_label.text()


def test_after_both_signed_the_workspace_offers_signed_with_the_signatures_as_evidence(
    qtbot, agreed, pki, signing_settings, tmp_path, messages, monkeypatch
):
    workspace = RenewalWorkspace(
        agreed.sessions, QUndoStack(), today=lambda: TODAY, settings=signing_settings
    )
    qtbot.addWidget(workspace)
    workspace.pool = SynchronousPool()
    assert workspace.bar.sign_action.isEnabled()
    target = tmp_path / "signed.pdf"
    _sign(qtbot, agreed, signing_settings, pki, "kt", target)
    kaist = _sign(qtbot, agreed, signing_settings, pki, "kaist", target)

    seen = {}

    def confirm(dialog: SignDialog) -> int:
        seen["names"] = dialog.signatories()
        seen["evidence"] = dialog.evidence_label.text()
        return SignDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", confirm)
    workspace.after_signing(kaist.outcome)
    assert messages.questions and "모두" in messages.questions[0]
    assert seen["names"] == ("김케이티", "이카이스트") and "전자서명" in seen["evidence"]
    assert workspace.signed_preview.panel.model.rowCount() == 2
    with agreed.sessions() as session:
        cycle = renewals.cycle_by_year(session, 2025)
        assert cycle.status == CycleStatus.SIGNED
        assert (cycle.signatory_kt, cycle.signatory_kaist) == ("김케이티", "이카이스트")
    assert not workspace.bar.sign_action.isEnabled()
