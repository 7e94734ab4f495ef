"""The PDF preview: pages, zoom, Save as… (atomic, last folder remembered), Print…; and the
Reports page's document buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from planner.models import AgreementDocument
from planner.storage import open_database
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.background import SynchronousPool
from ui.documents import actions
from ui.documents.preview import PdfPreviewDialog
from ui.settings import LAST_FOLDER, Settings


@pytest.fixture(scope="module")
def roster_pdf(demo_file) -> bytes:
    db = open_database(demo_file)
    try:
        return actions.roster(db.sessions, TODAY).data
    finally:
        db.close()


@pytest.fixture(scope="module")
def seating_pdf(demo_file) -> bytes:
    db = open_database(demo_file)
    try:
        floor = actions.floor_names(db.sessions)[0]
        return actions.seating_chart(db.sessions, floor, TODAY).data
    finally:
        db.close()


@pytest.fixture
def preview(qtbot, roster_pdf, settings) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(roster_pdf, file_name="roster.pdf", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _page_count(path: Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    count = document.pageCount()
    document.close()
    return count


def test_preview_shows_every_page_of_the_roster(preview, roster_pdf):
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count() > 1
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.page_label.text() == f"{preview.page_count()}쪽 중 1쪽"
    assert preview.save_button.text() == "다른 이름으로 저장…"


def test_zoom_in_out_and_fit_width(preview):
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    preview.zoom_out_button.click()
    assert preview.view.zoomFactor() < bigger
    preview.fit_width_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_the_same_bytes_and_remembers_the_folder(
    preview, roster_pdf, settings, tmp_path, monkeypatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    asked: list[str] = []

    def choose(parent, caption, start, filters):
        asked.append(start)
        return str(folder / "명단"), filters  # no suffix: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    preview.save_button.click()
    target = folder / "명단.pdf"
    assert target.read_bytes() == roster_pdf
    assert settings.get(LAST_FOLDER) == str(folder.resolve())
    assert not list(folder.glob("*.part"))  # written through a temporary file, then replaced

    preview.save_button.click()  # the next time starts in the remembered folder
    assert Path(asked[-1]) == folder.resolve() / "roster.pdf"


def test_save_as_cancelled_writes_nothing(preview, settings, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert preview.save_as() is None
    assert settings.get(LAST_FOLDER) == ""


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # enough to see the pages, cheap to rasterise
    return printer


def test_print_to_a_pdf_file_gives_every_page(qtbot, preview, tmp_path, monkeypatch):
    """Through the print dialog and a real worker thread, as the user prints."""
    printed = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(96)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert preview.print_document()
    assert not preview.print_button.isEnabled()  # one print run at a time
    qtbot.waitUntil(lambda: preview.last_print_complete is not None, timeout=60_000)
    assert preview.last_print_complete
    assert preview.print_button.isEnabled()
    assert printed.read_bytes().startswith(b"%PDF")
    assert _page_count(printed) == preview.page_count()
    assert preview.print_run is not None and not preview.print_run.progress.isVisible()


def test_landscape_pages_print_landscape(qtbot, seating_pdf, settings, tmp_path):
    dialog = PdfPreviewDialog(seating_pdf, settings=settings, pool=SynchronousPool())
    qtbot.addWidget(dialog)
    printed = tmp_path / "plan.pdf"
    dialog.print_to(_pdf_printer(printed))
    assert dialog.last_print_complete
    document = QPdfDocument()
    assert document.load(str(printed)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    assert document.pageCount() == dialog.page_count()
    assert size.width() > size.height()  # the A3 landscape plan is not squeezed onto portrait
    document.close()


def test_printing_sends_vectors_text_not_pictures(
    qtbot, seating_pdf, roster_pdf, settings, tmp_path
):
    """The spooled file of a printed chart and roster holds their text and no image; the
    names are still where they were (same words, same order, legible size)."""
    from tests.planner.export.pdfcheck import reader, squeezed

    for name, source in (("chart", seating_pdf), ("roster", roster_pdf)):
        dialog = PdfPreviewDialog(source, settings=settings, pool=SynchronousPool())
        qtbot.addWidget(dialog)
        printed = tmp_path / f"{name}.pdf"
        printer = _pdf_printer(printed)
        printer.setResolution(1200)  # a real printer's: raster pages would be huge, vectors not
        dialog.print_to(printer)
        assert dialog.last_print_complete
        spooled = reader(printed)
        assert len(spooled.pages) == len(reader(source).pages)
        for page in spooled.pages:
            xobjects = page["/Resources"].get("/XObject")
            images = [
                x
                for x in (xobjects.get_object().values() if xobjects else [])
                if x.get_object().get("/Subtype") == "/Image"
            ]
            assert not images, f"{name}: a page was printed as a picture"
        # Every word of the document is in the spooled text (spaces aside: the print engine
        # places glyphs, and readers guess the spaces between them).
        again = squeezed(" ".join(p.extract_text() for p in spooled.pages))
        words = set(" ".join(p.extract_text() for p in reader(source).pages).split())
        missing = {w for w in words if w not in again}
        assert len(words) > 60 and not missing, missing
        assert printed.stat().st_size < 3 * len(source) + 400_000  # text, not 1200-dpi pixels


class DeferredPool:
    """Runs the job when told, as a worker would after the dialog is up and Cancel is wired."""

    def start(self, runnable) -> None:
        self.runnable = runnable


def test_cancel_while_printing_leaves_no_half_printed_file(qtbot, preview, tmp_path, monkeypatch):
    preview.pool = pool = DeferredPool()
    printed = tmp_path / "printed.pdf"

    def press_cancel(dialog, value):  # the user presses Cancel once the first page is out
        dialog.findChild(QPushButton).click()

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel)
    run = preview.print_to(_pdf_printer(printed))
    pool.runnable.run()
    assert preview.last_print_complete is False
    assert run.printed_pages == 1 < preview.page_count()
    assert not printed.exists()
    assert preview.print_button.isEnabled()


def test_print_cancelled_prints_nothing(preview, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not preview.print_document()
    assert preview.print_run is None


def test_preview_of_a_file(qtbot, roster_pdf, tmp_path, settings):
    path = tmp_path / "r.pdf"
    path.write_bytes(roster_pdf)
    dialog = PdfPreviewDialog(path, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.data == roster_pdf and dialog.page_count() > 1


@pytest.fixture
def own_window(qtbot, demo_copy, tmp_path):
    """A window on a private copy: the agreement adds a version record to the database."""
    db = open_database(demo_copy)
    settings = Settings(QSettings(str(tmp_path / "own.ini"), QSettings.Format.IniFormat))
    main = create_main_window(db, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main, db
    main.close()
    db.close()


def test_reports_page_builds_the_agreement_and_opens_the_preview(qtbot, own_window):
    from sqlalchemy import func, select

    window, db = own_window
    page = open_page(qtbot, window, "reports")
    page.pool = SynchronousPool()
    assert page.year_combo.currentData() == 2025  # the latest year first
    assert page.floor_combo.count() > 0
    page.language_combo.setCurrentIndex(page.language_combo.findData("ko"))

    page.agreement_button.click()
    dialog = page.preview
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.page_count() >= 2
    assert dialog.file_name == "agreement-2025-ko-v1.pdf"
    assert page.agreement_button.isEnabled()
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AgreementDocument)) == 1
    dialog.close()


@pytest.mark.parametrize("button", ["seating", "roster", "nameplates", "occupancy", "renewals"])
def test_reports_page_report_buttons_open_the_preview(qtbot, window, button):
    page = open_page(qtbot, window, "reports")
    page.pool = SynchronousPool()
    getattr(page, f"{button}_button").click()
    assert isinstance(page.preview, PdfPreviewDialog)
    assert page.preview.page_count() >= 1
    page.preview.close()


def test_reports_page_chooses_day_paper_and_language_like_the_cli(qtbot, window):
    import datetime as dt

    from ui.i18n import install_language

    page = open_page(qtbot, window, "reports")
    page.pool = SynchronousPool()
    page.floor_combo.setCurrentIndex(page.floor_combo.findData("3층"))
    later = TODAY + dt.timedelta(days=200)
    page.day_edit.setDate(later)
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A4"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.seating_button.click()
    preview = page.preview
    assert preview.file_name == f"seating-3층-{later.isoformat()}-A4-en.pdf"
    from tests.planner.export.pdfcheck import reader

    pdf = reader(preview.data)
    box = pdf.pages[0].mediabox
    assert sorted((round(float(box.width)), round(float(box.height)))) == [595, 842]
    text = pdf.pages[0].extract_text()
    assert "seating chart" in text and later.strftime("%B") in text
    preview.close()
    # "Korean and English" (the agreement's choice) gives a chart in the window's language.
    page.language_combo.setCurrentIndex(page.language_combo.findData("both"))
    install_language("en")
    assert page.chart_language() == "en"
    install_language("ko")
    assert page.chart_language() == "ko"
    page.roster_button.click()
    assert later.isoformat() in page.preview.file_name
    page.preview.close()
