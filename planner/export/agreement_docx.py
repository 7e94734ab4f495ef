"""An editable copy as Word (DOCX), with python-docx: for KT legal, who edit in Word.

Set from :class:`planner.export.editable.EditableDocument`, the PDF's own content: the same
paragraphs (articles keep their outline level, so Word's navigation lists them), the annexes
as real tables (header row repeated on every page, spans, fills), the signature block, the
landscape pages of the annexes, the PDF's header and footer (with page numbers). Korean is
set in 바탕 and the tables in 맑은 고딕, the fonts every Korean Windows has. The same data
gives the same bytes (the package's times are the data's).
"""

from __future__ import annotations

import io
from typing import Any

from planner.export.editable import Cell, EditableDocument, Para, Table
from planner.export.zipfix import fixed_times

SERIF = ("Times New Roman", "바탕")  # (Latin, East Asian)
SANS = ("Arial", "맑은 고딕")
A4_MM = (210.0, 297.0)


def _fonts(run: Any, serif: bool) -> None:
    from docx.oxml.ns import qn

    latin, east_asian = SERIF if serif else SANS
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)


def _alignment(name: str) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[name]


def _outline(paragraph: Any, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    paragraph._p.get_or_add_pPr().append(element)


def _fill_paragraph(paragraph: Any, para: Para, *, in_cell: bool = False) -> None:
    from docx.shared import Pt, RGBColor

    fmt = paragraph.paragraph_format
    paragraph.alignment = _alignment(para.align)
    fmt.space_before = Pt(para.space_before)
    fmt.space_after = Pt(0 if in_cell else para.space_after)
    if para.left_indent:
        fmt.left_indent = Pt(para.left_indent)
    if para.first_indent:
        fmt.first_line_indent = Pt(para.first_indent)
    if para.outline is not None:
        _outline(paragraph, para.outline)
        fmt.keep_with_next = True
    for part in para.runs:
        pieces = part.text.split("\n")
        for number, piece in enumerate(pieces):
            run = paragraph.add_run(piece)
            if number < len(pieces) - 1:
                run.add_break()
            run.bold = para.bold or part.bold or None
            run.italic = part.italic or None
            run.underline = part.underline or None
            run.font.strike = part.strike or None
            run.font.size = Pt(para.size)
            if para.grey:
                run.font.color.rgb = RGBColor(0x6B, 0x6B, 0x73)
            _fonts(run, para.serif)


def _shade(cell: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _fill_cell(cell: Any, source: Cell) -> None:
    paragraphs = source.paras or (Para(()),)
    first = cell.paragraphs[0]
    for number, para in enumerate(paragraphs):
        target = first if number == 0 else cell.add_paragraph()
        _fill_paragraph(target, para, in_cell=True)


def _add_table(document: Any, source: Table) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    table = document.add_table(rows=len(source.rows), cols=source.columns)
    if source.grid:
        table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, source.widths, strict=True):
        column.width = Pt(width)
    # Row by row before any merge (table.cell() maps the whole grid on each call).
    for row, cells in zip(source.rows, table.rows, strict=True):
        for c, (cell, target) in enumerate(zip(row, cells.cells, strict=True)):
            target.width = Pt(source.widths[c])
            if cell.covered:
                continue
            _fill_cell(target, cell)
            if cell.fill:
                _shade(target, cell.fill)
    for r, row in enumerate(source.rows):  # merge once every cell holds its own text
        for c, cell in enumerate(row):
            if not cell.covered and (cell.row_span > 1 or cell.col_span > 1):
                table.cell(r, c).merge(table.cell(r + cell.row_span - 1, c + cell.col_span - 1))
    for r in range(min(source.header_rows, len(source.rows))):
        _repeat_header(table.rows[r])


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page(section: Any, landscape: bool, margins_mm: tuple[float, float, float, float]) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    width, height = A4_MM if not landscape else A4_MM[::-1]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    top, right, bottom, left = margins_mm
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = section.footer_distance = Mm(10)


def _furniture(section: Any, copy: EditableDocument) -> None:
    from docx.shared import Pt

    def line(paragraph: Any, text: str) -> None:
        run = paragraph.add_run(text)
        run.font.size = Pt(7.5)
        _fonts(run, False)

    header = section.header.paragraphs[0]
    parts = [copy.watermark] if copy.watermark else []
    line(header, " · ".join([*parts, copy.header_left, copy.header_right]))
    footer = section.footer.paragraphs[0]
    line(footer, copy.footer_left)
    footer = section.footer.add_paragraph()
    footer.alignment = _alignment("right")
    line(footer, f"{copy.footer_right}   - ")
    _field(footer, "PAGE")
    line(footer, " / ")
    _field(footer, "NUMPAGES")
    line(footer, " -")


def build_docx(copy: EditableDocument) -> bytes:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    props = document.core_properties
    props.title, props.subject, props.author = copy.title, copy.subject, copy.author
    props.keywords, props.last_modified_by = copy.keywords, copy.author
    props.language = {"ko": "ko-KR", "en": "en-GB", "both": "ko-KR"}[copy.lang]
    props.created = props.modified = copy.created
    props.revision = 1
    props.comments = ""
    for number, source in enumerate(copy.sections):
        section = (
            document.sections[0] if number == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        )
        _page(section, source.landscape, copy.margins_mm)
        if number == 0:
            _furniture(section, copy)
        for block in source.blocks:
            if isinstance(block, Table):
                _add_table(document, block)
            else:
                _fill_paragraph(document.add_paragraph(), block)
    stream = io.BytesIO()
    document.save(stream)
    return fixed_times(stream.getvalue(), copy.created)
