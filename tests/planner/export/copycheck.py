"""Reading editable copies back (DOCX with python-docx, HWPX with python-hwpx) and the PDF's
text without its page furniture, to hold them to each other."""

from __future__ import annotations

import io
import re

from docx import Document
from hwpx import HwpxDocument

from planner.export.story import StoryDocument
from tests.planner.export.pdfcheck import reader, squeezed


def docx_blocks(content: bytes) -> list[str | list[list[str]]]:
    """The body in order: a paragraph's text, or a table as rows of cell texts (a merged
    cell once, where it starts)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(content))
    out: list[str | list[list[str]]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
        elif isinstance(item, Table):
            rows, seen = [], set()
            for row in item.rows:
                cells = []
                for cell in row.cells:
                    if cell._tc in seen:  # the elements themselves: their ids are reused
                        continue
                    seen.add(cell._tc)
                    cells.append(cell.text)
                rows.append(cells)
            out.append(rows)
    return out


def hwpx_blocks(content: bytes) -> list[str | list[list[str]]]:
    document = HwpxDocument.open(io.BytesIO(content))
    out: list[str | list[list[str]]] = []
    try:
        for section in document.sections:
            for paragraph in section.paragraphs:
                tables = paragraph.tables
                if not tables:
                    out.append(paragraph.text)
                for table in tables:
                    out.append([[cell.text for cell in row.cells] for row in table.rows])
    finally:
        document.close()
    return out


def texts(blocks: list[str | list[list[str]]]) -> list[str]:
    """Every paragraph and every cell, in reading order."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        else:
            out += [cell for row in block for cell in row]
    return out


def tables(blocks: list[str | list[list[str]]]) -> list[list[list[str]]]:
    return [b for b in blocks if not isinstance(b, str)]


def pdf_body(pdf: bytes, story: StoryDocument) -> str:
    """The PDF's text squeezed (no white space), each page without its header, watermark and
    footer (the furniture an editable copy keeps in its own header and footer)."""
    furniture = story.furniture
    heads = [squeezed(t) for t in (furniture.watermark or "", furniture.header_left,
                                   furniture.header_right) if t]
    feet = [squeezed(t) for t in (furniture.footer_left, furniture.footer_right) if t]
    pages = []
    for page in reader(pdf).pages:
        text = squeezed(page.extract_text() or "")
        text = _strip(text, heads, start=True)
        text = _strip(text, feet, start=False)
        text = re.sub(r"-\d+/\d+-$", "", text)  # the page number, drawn before the footer
        pages.append(_strip(text, feet, start=False))
    return "".join(pages)


def _strip(text: str, parts: list[str], *, start: bool) -> str:
    """``text`` without each of ``parts`` once, at its start (or end), in whatever order they
    stand there (the title is also the header: it is taken once)."""
    left = list(parts)
    changed = True
    while changed:
        changed = False
        for part in left:
            if start and text.startswith(part):
                text = text[len(part):]
            elif not start and text.endswith(part):
                text = text[: -len(part)]
            else:
                continue
            left.remove(part)
            changed = True
            break
    return text


def header_rows(blocks: list[str | list[list[str]]]) -> list[str]:
    """The first row of every table, squeezed: the PDF repeats it atop each page the table
    runs on to, where the copy's reader repeats it for itself."""
    return [squeezed("".join(table[0])) for table in tables(blocks) if table]


def first_difference(
    paragraphs: list[str], body: str, repeated: list[str] = ()
) -> str | None:
    """Where the paragraphs, one after the other, stop reading as ``body`` (None: they read
    exactly as it, start to end). A table's header row (``repeated``) may stand in the PDF
    again where a page breaks the table."""
    at = 0
    for number, paragraph in enumerate(paragraphs):
        part = squeezed(paragraph)
        if not body.startswith(part, at):
            again = next((r for r in repeated if r and body.startswith(r + part, at)), None)
            if again is not None:
                at += len(again)
        if not body.startswith(part, at):
            return (
                f"paragraph {number} {paragraph[:80]!r} differs from the PDF at "
                f"{body[at:at + 80]!r}"
            )
        at += len(part)
    if at != len(body):
        return f"the PDF goes on after the last paragraph: {body[at:at + 120]!r}"
    return None
