"""Files the window writes get the usual mode under the user's umask, a replaced file keeps its
mode, and nothing else is left in the folder (issue #24): the preview's Save as…, printing to
a PDF file, and File ▸ Export the plan's view."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton

from tests.ui.test_documents import DeferredPool, preview, roster_pdf  # noqa: F401 - fixtures
from ui.floorplan.print_chart import export_view

CASES = {  # umask, mode of a file already there (None: a new file) -> the mode expected
    "umask 022": (0o022, None, 0o644),
    "umask 077": (0o077, None, 0o600),
    "replacing 0640": (0o022, 0o640, 0o640),
}


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def prepare(tmp_path: Path, name: str, existing: int | None) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / name
    if existing is not None:
        target.write_bytes(b"last week's")
        target.chmod(existing)
    return target


@pytest.mark.parametrize("case", list(CASES))
def test_save_as_from_the_preview(preview, roster_pdf, tmp_path, monkeypatch, case):  # noqa: F811
    mask, existing, expected = CASES[case]
    target = prepare(tmp_path, "roster.pdf", existing)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    with umask(mask):
        preview.save_button.click()

    assert target.read_bytes() == roster_pdf
    assert mode(target) == expected, oct(mode(target))
    assert [p.name for p in target.parent.iterdir()] == ["roster.pdf"]


@pytest.mark.parametrize("case", list(CASES))
def test_print_to_a_pdf_file(qtbot, preview, tmp_path, monkeypatch, case):  # noqa: F811
    mask, existing, expected = CASES[case]
    target = prepare(tmp_path, "printed.pdf", existing)

    def accept(dialog):
        dialog.printer().setOutputFileName(str(target))
        dialog.printer().setResolution(96)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with umask(mask):
        assert preview.print_document()
        qtbot.waitUntil(lambda: preview.last_print_complete is not None, timeout=60_000)

    assert preview.last_print_complete
    assert target.read_bytes().startswith(b"%PDF")
    assert mode(target) == expected, oct(mode(target))
    assert [p.name for p in target.parent.iterdir()] == ["printed.pdf"]


def test_a_cancelled_print_to_a_file_keeps_the_file_it_would_replace(
    qtbot, preview, tmp_path, monkeypatch  # noqa: F811
):
    target = prepare(tmp_path, "printed.pdf", 0o640)
    preview.pool = pool = DeferredPool()
    monkeypatch.setattr(
        QProgressDialog, "setValue", lambda dialog, _v: dialog.findChild(QPushButton).click()
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(96)
    run = preview.print_to(printer)
    pool.runnable.run()

    assert preview.last_print_complete is False and run.printed_pages == 1
    assert target.read_bytes() == b"last week's" and mode(target) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["printed.pdf"]


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
@pytest.mark.parametrize("case", list(CASES))
def test_export_the_plans_view(page, tmp_path, case, suffix):
    mask, existing, expected = CASES[case]
    target = prepare(tmp_path, f"view{suffix}", existing)

    with umask(mask):
        export_view(page.view, target)

    assert mode(target) == expected, oct(mode(target))
    assert [p.name for p in target.parent.iterdir()] == [target.name]
