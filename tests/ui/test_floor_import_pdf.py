"""A page of a PDF plan as a floor's background (issue #21): the page asked, rendered with QtPdf
at its own proportions, stored in the database with its page, calibrated like any background,
undoable; a PDF that is cut off or not a PDF is refused with the reason."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import red
from reportlab.pdfgen.canvas import Canvas

from planner.errors import ValidationError
from planner.services.background_files import inspect_background, pdf_page
from planner.services.layout_background import floor_background
from ui.floorplan import background_actions
from ui.floorplan.background_image import decode

A4 = (595.0, 842.0)  # points
WIDE = (1190.0, 420.0)


def two_page_plan(path):
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, "Cover")
    canvas.showPage()
    canvas.setPageSize(WIDE)
    canvas.setFillColor(red)
    canvas.rect(0, 0, WIDE[0], WIDE[1], fill=1, stroke=0)  # the floor: all red
    canvas.showPage()
    canvas.save()
    return path


def stored(db, floor_id):
    with db.sessions() as s:
        return floor_background(s, floor_id)


def test_the_chosen_page_is_drawn_stored_and_undone(page, db, stack, monkeypatch, tmp_path):
    plan = two_page_plan(tmp_path / "plan.pdf")
    asked = []

    def get_int(parent, title, label, value, low, high):
        asked.append((low, high))
        return 2, True

    monkeypatch.setattr(background_actions.QInputDialog, "getInt", get_int)
    floor_id = page.current_floor_id()
    page.set_editing(True)
    assert page.edit_actions.background.use_file(plan)
    assert asked == [(1, 2)]
    kept = stored(db, floor_id)
    assert kept.media_type == "application/pdf;page=2" and pdf_page(kept.media_type) == 2
    assert kept.data == plan.read_bytes() and kept.file_name == "plan.pdf"
    picture = page.scene.backgrounds[floor_id]
    assert (picture.natural_size.width(), picture.natural_size.height()) == WIDE
    assert picture.image.width() == 4096 and picture.image.height() == round(4096 * 420 / 1190)
    centre = picture.image.pixelColor(2048, 700)
    assert centre.red() > 200 and centre.green() < 60  # page 2 (red), not the white cover
    stack.undo()
    assert stored(db, floor_id) is None and page.scene.backgrounds[floor_id] is None
    stack.redo()
    assert stored(db, floor_id).media_type == "application/pdf;page=2"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n", "the PDF is cut off"),
        (b"%PDF-1.4\ntrailer << /Encrypt 5 0 R >>\n%%EOF\n", "protected by a password"),
        (b"%PDF-1.4\n" + b"<< /Type /Page >>\n" * 2001 + b"%%EOF\n", "has 2001 pages"),
    ],
)
def test_hostile_pdfs_are_refused_before_storing(data, reason):
    with pytest.raises(ValidationError, match=reason):
        inspect_background(data)


def test_a_pdf_qtpdf_cannot_read_is_not_drawn(app):
    data = b"%PDF-1.4\nnot really a pdf at all\n%%EOF\n"
    assert inspect_background(data).media_type == "application/pdf"
    assert decode(data, "application/pdf;page=1") is None
