"""The agreement's preview (issue #19): Save as… PDF, HWPX or DOCX, and Compare with last year,
whose 신구대조표 opens in a preview of its own and saves the same three ways."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QSettings

from planner.export.agreement_hwpx import validation_problems
from tests.planner.export.copycheck import docx_blocks, texts
from tests.ui.conftest import TODAY
from ui.background import SynchronousPool
from ui.documents.agreement_preview import AgreementPreviewDialog, CopyPreviewDialog
from ui.i18n import install_language
from ui.pages.reports import ReportsPage
from ui.settings import Settings


@pytest.fixture
def reports(qtbot, db, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = ReportsPage(db.sessions, lambda: TODAY, settings=settings, pool=SynchronousPool())
    qtbot.addWidget(page)
    page.load()  # the years and floors to choose from
    return page


def _open_agreement(qtbot, reports, lang="ko") -> AgreementPreviewDialog:
    reports.year_combo.setCurrentIndex(reports.year_combo.findData(2025))
    reports.language_combo.setCurrentIndex(reports.language_combo.findData(lang))
    reports.show_agreement()
    qtbot.waitUntil(lambda: isinstance(reports.preview, AgreementPreviewDialog), timeout=60_000)
    return reports.preview


def test_the_agreement_is_saved_as_hwpx_and_docx(qtbot, reports, tmp_path):
    preview = _open_agreement(qtbot, reports)
    assert preview.compare_button.text() == "전년도와 비교"
    assert preview.save_button.text() == "다른 이름으로 저장…"  # the preview's own words stay
    assert set(preview.filters()) == {"pdf", "hwpx", "docx"}
    preview.save_to(tmp_path / "agreement.hwpx", "hwpx")
    preview.save_to(tmp_path / "agreement.docx", "docx")
    preview.save_to(tmp_path / "agreement.pdf", "pdf")
    assert validation_problems((tmp_path / "agreement.hwpx").read_bytes()) == []
    paragraphs = texts(docx_blocks((tmp_path / "agreement.docx").read_bytes()))
    assert any(p.startswith("제1조(목적)") for p in paragraphs)
    assert (tmp_path / "agreement.pdf").read_bytes() == preview.data  # the very bytes shown
    assert preview.saved_path == tmp_path / "agreement.pdf" and preview.save_button.isEnabled()


def test_save_as_takes_the_format_from_the_chosen_filter(qtbot, reports, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    preview = _open_agreement(qtbot, reports, "en")
    chosen = (str(tmp_path / "agreement-en"), preview.filters()["docx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: chosen)
    assert preview.save_as() == tmp_path / "agreement-en.docx"
    assert zipfile.ZipFile(tmp_path / "agreement-en.docx").read("word/document.xml")


def test_compare_with_last_year_opens_the_comparison_table(qtbot, reports, tmp_path):
    preview = _open_agreement(qtbot, reports)
    preview.compare_button.click()
    qtbot.waitUntil(lambda: preview.comparison is not None, timeout=60_000)
    comparison = preview.comparison
    assert isinstance(comparison, CopyPreviewDialog) and comparison.page_count() >= 1
    assert comparison.file_name == "comparison-2025-v1-2024-ko.pdf"
    comparison.save_to(tmp_path / "comparison.docx", "docx")
    paragraphs = texts(docx_blocks((tmp_path / "comparison.docx").read_bytes()))
    assert "2025년도 협약서 신구대조표" in paragraphs
    assert any(p.startswith("별표 1") for p in paragraphs)


def test_the_english_preview_speaks_english(qtbot, reports):
    install_language("en")
    preview = _open_agreement(qtbot, reports, "en")
    assert preview.compare_button.text() == "Compare with last year"
    assert preview.comparison_language() == "en"
