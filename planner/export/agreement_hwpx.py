"""An editable copy as Hancom HWPX (OWPML), with python-hwpx: for KAIST and most Korean
institutions, who edit in 한글.

Set from :class:`planner.export.editable.EditableDocument`, the PDF's own content: the same
paragraphs, the annexes as real tables (spans, fills, header row), the signature block, the
annexes on landscape pages, the PDF's header and footer text. Korean is set in 함초롬바탕 and
the tables in 함초롬돋움, 한글's own fonts. The file is checked with python-hwpx's validation
(schemas and package) before it is handed out; the same data gives the same bytes.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from planner.errors import PlannerError
from planner.export.editable import PT_PER_MM, Cell, EditableDocument, Para, Table
from planner.export.zipfix import fixed_times

SERIF = "함초롬바탕"
SANS = "함초롬돋움"
HWPUNIT_PER_PT = 100  # 1/7200 inch
ALIGN = {"left": "LEFT", "centre": "CENTER", "right": "RIGHT", "justify": "JUSTIFY"}
GREY = "#6B6B73"


class HwpxInvalid(PlannerError):
    """python-hwpx found the file we made invalid: a fault of ours, never handed out."""

    code = "hwpx_invalid"


class _Writer:
    def __init__(self, copy: EditableDocument) -> None:
        from hwpx import HwpxDocument

        self.copy = copy
        self.doc = HwpxDocument.new()
        self.formats: dict[tuple, list[Any]] = defaultdict(list)
        self.first_free = True  # the new document's first paragraph holds the section settings
        self.borders: dict[tuple[bool, str | None], str] = {}

    # -- paragraphs -------------------------------------------------------------------------
    def _runs(self, paragraph: Any, para: Para) -> None:
        for part in para.runs:
            if not part.text:
                continue
            paragraph.add_run(
                part.text,
                bold=para.bold or part.bold,
                italic=part.italic,
                underline=part.underline,
                strike=part.strike or None,
                size=para.size,
                font=SERIF if para.serif else SANS,
                color=GREY if para.grey else None,
            )
        key = (
            ALIGN[para.align],
            round(para.left_indent / PT_PER_MM, 1),
            round(para.first_indent / PT_PER_MM, 1),
            round(para.space_before, 1),
            round(para.space_after, 1),
            para.outline is not None,
        )
        self.formats[key].append(paragraph)

    def paragraph(self, section: Any, para: Para) -> None:
        if self.first_free:
            paragraph = self.doc.paragraphs[0]
            self.first_free = False
        else:
            paragraph = self.doc.add_paragraph("", section=section, include_run=False)
        self._runs(paragraph, para)

    # -- tables -----------------------------------------------------------------------------
    def _border(self, grid: bool, fill: str | None) -> str:
        key = (grid, fill)
        if key not in self.borders:
            self.borders[key] = self.doc.styles.ensure_border_fill(
                border_color="#000000" if grid else "#FFFFFF",
                border_width="0.12 mm",
                fill_color=fill,
                active_borders=None if grid else [],
            )
        return self.borders[key]

    def _cell(self, cell: Any, source: Cell) -> None:
        paragraphs = source.paras or (Para(()),)
        first = cell.paragraphs[0]
        for run in list(first.element):  # the empty run a new cell starts with
            if run.tag.endswith("}run") and not "".join(run.itertext()):
                first.element.remove(run)
        for number, para in enumerate(paragraphs):
            target = first if number == 0 else cell.add_paragraph("")
            if number:
                for run in list(target.element):
                    if run.tag.endswith("}run") and not "".join(run.itertext()):
                        target.element.remove(run)
            self._runs(target, para)

    def table(self, section: Any, source: Table) -> None:
        if self.first_free:  # a table cannot share the section settings' paragraph
            self.first_free = False
        width = round(sum(source.widths) * HWPUNIT_PER_PT)
        table = self.doc.add_table(
            len(source.rows),
            source.columns,
            section=section,
            width=width,
            border_fill_id_ref=self._border(source.grid, None),
        )
        table.set_column_widths([round(w * HWPUNIT_PER_PT) for w in source.widths])
        # Row by row, cell by cell, before any merge (table.cell() maps the grid each call).
        for r, (row, cells) in enumerate(zip(source.rows, table.rows, strict=True)):
            for cell, target in zip(row, cells.cells, strict=True):
                if cell.covered:
                    continue
                self._cell(target, cell)
                if cell.fill:
                    target.element.set("borderFillIDRef", self._border(source.grid, cell.fill))
                if r < source.header_rows:
                    target.element.set("header", "1")
        if source.header_rows:
            table.element.set("repeatHeader", "1")
        # Merge from the last row up: a merge can drop rows and columns it leaves empty.
        for r in reversed(range(len(source.rows))):
            for c, cell in reversed(list(enumerate(source.rows[r]))):
                if not cell.covered and (cell.row_span > 1 or cell.col_span > 1):
                    table.merge_cells(r, c, r + cell.row_span - 1, c + cell.col_span - 1)
        if source.rows and len(source.rows) > 12:
            table.set_treat_as_char(False)  # a long table flows over pages

    # -- the document -----------------------------------------------------------------------
    def page(self, section: Any, landscape: bool) -> None:
        top, right, bottom, left = self.copy.margins_mm
        self.doc.page.setup(
            paper_size="A4",
            orientation="LANDSCAPE" if landscape else "PORTRAIT",
            margin_top_mm=top,
            margin_right_mm=right,
            margin_bottom_mm=bottom,
            margin_left_mm=left,
            header_margin_mm=10,
            footer_margin_mm=10,
            section=section,
        )

    def build(self) -> bytes:
        copy = self.copy
        for number, source in enumerate(copy.sections):
            section = self.doc.sections[0] if number == 0 else self.doc.add_section()
            self.page(section, source.landscape)
            for block in source.blocks:
                if isinstance(block, Table):
                    self.table(section, block)
                else:
                    self.paragraph(section, block)
        for key, paragraphs in self.formats.items():
            align, left, first, before, after, heading = key
            # The paragraph shape is made for the first of its kind and shared by the rest
            # (applied to each, python-hwpx would look for a matching shape 400 times over).
            self.doc.styles.apply_paragraph_format(
                paragraphs=paragraphs[:1],
                alignment=align,
                indent_left_mm=left,
                first_line_indent_mm=first,
                spacing_before_pt=before,
                spacing_after_pt=after,
                keep_with_next=heading or None,
            )
            shape = paragraphs[0].element.get("paraPrIDRef")
            for paragraph in paragraphs[1:]:
                paragraph.element.set("paraPrIDRef", shape)
        head = [copy.watermark] if copy.watermark else []
        for section in self.doc.sections:  # each section its own, the landscape annexes too
            self.doc.page.set_header(
                text=" · ".join([*head, copy.header_left, copy.header_right]), section=section
            )
            self.doc.page.set_footer(
                text=f"{copy.footer_left}    {copy.footer_right}", section=section
            )
        return fixed_times(self.doc.to_bytes(), copy.created)


_IDS = threading.Lock()


@contextmanager
def _stable_ids(seed: str) -> Iterator[None]:
    """python-hwpx numbers paragraphs, tables and headers from uuid4; here from a generator
    seeded with the document, so that the same data gives the same bytes. The library keeps
    ``hwpx.oxml._document_impl.uuid4`` as the place to replace it; one build at a time."""
    import hwpx.oxml._document_impl as impl

    generator = random.Random(seed)
    with _IDS:
        original = impl.uuid4
        impl.uuid4 = lambda: uuid.UUID(int=generator.getrandbits(128), version=4)
        try:
            yield
        finally:
            impl.uuid4 = original


def build_hwpx(copy: EditableDocument) -> bytes:
    """The copy as HWPX bytes, refused (:class:`HwpxInvalid`) unless python-hwpx validates it."""
    with _stable_ids(f"{copy.keywords}|{copy.created.isoformat()}"):
        data = _Writer(copy).build()
    problems = validation_problems(data)
    if problems:
        raise HwpxInvalid("The HWPX copy did not pass validation: " + "; ".join(problems[:5]))
    return data


def validation_problems(data: bytes) -> list[str]:
    """What python-hwpx's own checks (OWPML schemas, package structure) find wrong with
    ``data``; warnings are not problems."""
    import io

    from hwpx import HwpxDocument
    from hwpx.tools.package_validator import validate_package

    problems = [
        f"{issue.part_name}: {issue.message}"
        for issue in validate_package(io.BytesIO(data)).issues
        if getattr(issue, "level", "error") != "warning"
    ]
    document = HwpxDocument.open(io.BytesIO(data))
    try:
        problems += [str(issue) for issue in document.validate().issues]
    finally:
        document.close()
    return problems
