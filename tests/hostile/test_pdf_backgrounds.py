"""A PDF page as a floor's background (issue #21): drawn by QtPdf in a child process held to
10 s and 1 GB; a page declaring 200 × 200 inches is rendered at a bounded size, a PDF that
QtPdf cannot read is not drawn, one cut off or password-protected is refused before storing."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .harness import run_reader as _run_reader

# pdfium reserves address space it never uses: the resident peak is still held to 1 GB.
PDFIUM_ADDRESSES = 64 * 2**30


def run_reader(reader, path, *extra):
    return _run_reader(reader, path, *extra, address_space=PDFIUM_ADDRESSES)


def test_an_enormous_page_is_rendered_at_a_bounded_size(tmp_path):
    path = tmp_path / "huge.pdf"
    canvas = Canvas(str(path), pagesize=(14400, 14400))  # 200 in: PDF's own largest page
    canvas.rect(100, 100, 14000, 14000)
    canvas.showPage()
    canvas.save()
    outcome = run_reader("render", path, "application/pdf;page=1")
    assert outcome.outcome == "read", outcome.answer
    assert outcome.answer["size"] == [8192, 8192]


def test_a_page_that_is_not_there_and_a_broken_pdf_are_not_drawn(tmp_path):
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path))
    canvas.showPage()
    canvas.save()
    assert run_reader("render", path, "application/pdf;page=2").outcome == "refused"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00\xff" * 5000 + b"\n%%EOF\n")
    assert run_reader("render", broken, "application/pdf;page=1").outcome == "refused"


def test_cut_off_and_protected_pdfs_are_refused_with_the_reason(tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    outcome = run_reader("background", cut)
    assert outcome.outcome == "refused" and "PDF is cut off" in outcome.message
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF-1.4\ntrailer << /Encrypt 5 0 R >>\n%%EOF\n")
    outcome = run_reader("background", locked)
    assert outcome.outcome == "refused" and "protected by a password" in outcome.message
