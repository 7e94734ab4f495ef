"""An editable copy's content, carried over from the PDF's own story.

:func:`from_story` walks the reportlab story that the PDF is laid out from — its paragraphs
(with their bold, underline and strike-through), its tables (cells, spans, fills, the header
row), the bilingual side-by-side pairs, the page breaks and the switch to landscape pages —
and gives plain data (:class:`EditableDocument`) that the HWPX and DOCX writers set. Nothing
is written twice: the articles, annexes and signature block of a copy are the PDF's, word for
word, whatever is added to the PDF later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from planner.export.story import StoryDocument

PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    align: str = "left"  # left, centre, right, justify
    size: float = 10.5  # points
    bold: bool = False  # the whole paragraph (its font is a bold face)
    serif: bool = True
    left_indent: float = 0.0  # points
    first_indent: float = 0.0  # points, negative for a hanging indent
    space_before: float = 0.0
    space_after: float = 0.0
    outline: int | None = None  # 0: the title, 1: an article or annex heading
    grey: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Cell:
    paras: tuple[Para, ...]
    row_span: int = 1
    col_span: int = 1
    covered: bool = False  # inside another cell's span
    fill: str | None = None  # "#rrggbb"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]  # points
    grid: bool  # ruled (annexes) or not (the bilingual text, the signature block)
    header_rows: int = 0  # repeated on every page

    @property
    def columns(self) -> int:
        return len(self.widths)


Block = Para | Table


@dataclass
class Section:
    landscape: bool
    blocks: list[Block] = field(default_factory=list)


@dataclass
class EditableDocument:
    sections: list[Section]
    title: str
    subject: str
    author: str
    keywords: str
    created: dt.datetime
    lang: str
    header_left: str
    header_right: str
    footer_left: str
    footer_right: str
    watermark: str | None
    margins_mm: tuple[float, float, float, float]

    def paragraphs(self) -> list[str]:
        """Every paragraph's text in reading order, table cells row by row (what tests read)."""
        out: list[str] = []
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, Para):
                    out.append(block.text)
                else:
                    out += [
                        p.text for row in block.rows for c in row if not c.covered for p in c.paras
                    ]
        return out


# --- markup ---------------------------------------------------------------------------------


class _Markup(HTMLParser):
    """reportlab's paragraph markup (b, i, u, strike, font, br) as runs."""

    FLAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
             "strike": "strike", "s": "strike"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[Run] = []
        self.stack: list[str] = []

    def _flags(self) -> dict[str, bool]:
        return {name: name in self.stack for name in ("bold", "italic", "underline", "strike")}

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "br":
            self.handle_data("\n")
        elif tag in self.FLAGS:
            self.stack.append(self.FLAGS[tag])

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag == "br":
            self.handle_data("\n")

    def handle_endtag(self, tag: str) -> None:
        flag = self.FLAGS.get(tag)
        if flag and flag in self.stack:
            self.stack.reverse()
            self.stack.remove(flag)
            self.stack.reverse()

    def handle_data(self, data: str) -> None:
        if not data:
            return
        flags = self._flags()
        if self.runs and self.runs[-1] == Run(self.runs[-1].text, **flags):
            self.runs[-1] = Run(self.runs[-1].text + data, **flags)
        else:
            self.runs.append(Run(data, **flags))


def runs_of(markup: str) -> tuple[Run, ...]:
    parser = _Markup()
    parser.feed(markup)
    parser.close()
    return tuple(parser.runs)


# --- styles ---------------------------------------------------------------------------------

ALIGN = {0: "left", 1: "centre", 2: "right", 4: "justify", "LEFT": "left", "CENTER": "centre",
         "CENTRE": "centre", "RIGHT": "right", "DECIMAL": "right", "JUSTIFY": "justify"}
OUTLINE = {"title": 0, "article": 1, "annex_title": 1}


def _bold_font(name: str) -> bool:
    return "Bold" in name


def _serif_font(name: str) -> bool:
    return "Myeongjo" in name or "Serif" in name


def _grey(color: Any) -> bool:
    try:
        return color is not None and color.red > 0.3 and color.red == color.green
    except AttributeError:
        return False


def _para(runs: tuple[Run, ...], style: Any) -> Para:
    return Para(
        runs=runs,
        align=ALIGN.get(style.alignment, "left"),
        size=float(style.fontSize),
        bold=_bold_font(style.fontName),
        serif=_serif_font(style.fontName),
        left_indent=float(style.leftIndent),
        first_indent=float(style.firstLineIndent),
        space_before=float(style.spaceBefore),
        space_after=float(style.spaceAfter),
        outline=OUTLINE.get(style.name),
        grey=_grey(getattr(style, "textColor", None)),
    )


def _paragraph(flowable: Any) -> Para:
    return _para(runs_of(flowable.text), flowable.style)


def _text_cell(flowable: Any) -> list[Para]:
    return [_para((Run(text),), style) for text, style in flowable.parts if text]


# --- tables ---------------------------------------------------------------------------------


def _hex(color: Any) -> str | None:
    try:
        return "#{:02X}{:02X}{:02X}".format(
            *(round(255 * c) for c in (color.red, color.green, color.blue))
        )
    except AttributeError:
        return None


def _fills(table: Any) -> dict[tuple[int, int], str]:
    """(row, column) → fill colour, from the table's BACKGROUND commands (last one wins)."""
    fills: dict[tuple[int, int], str] = {}
    for command in table._bkgrndcmds:
        if command[0] != "BACKGROUND":
            continue
        (c0, r0), (c1, r1), color = command[1], command[2], command[3]
        c0, c1, r0, r1 = table.normCellRange(c0, c1, r0, r1)
        colour = _hex(color)
        if colour is None:
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                fills[r, c] = colour
    return fills


def _ruled(table: Any) -> bool:
    return any(command[0] in ("GRID", "INNERGRID") for command in table._linecmds)


def _cell_paras(value: Any, style: Any) -> list[Para]:
    """A table cell's content: a string (in the cell's font), flowables, or a list of them."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [
            Para(
                runs=(Run(line),),
                align=ALIGN.get(style.alignment, "left"),
                size=float(style.fontsize),
                bold=_bold_font(style.fontname),
                serif=_serif_font(style.fontname),
            )
            for line in value.split("\n")
        ]
    if isinstance(value, (list, tuple)):
        return [p for item in value for p in _cell_paras(item, style)]
    out: list[Para] = []
    for block in _flowables(value):
        if isinstance(block, Para):
            out.append(block)
        elif isinstance(block, Table):  # a table in a cell: its text, row by row
            out += [p for row in block.rows for c in row for p in c.paras]
    return out


def _table(table: Any) -> Table:
    table._calcSpanRanges()
    spans = table._spanRanges
    fills = _fills(table)
    rows = []
    for r, values in enumerate(table._cellvalues):
        cells = []
        for c, value in enumerate(values):
            span = spans.get((c, r))
            if span is None:  # covered by a span
                cells.append(Cell((), covered=True))
                continue
            c0, r0, c1, r1 = span
            cells.append(
                Cell(
                    tuple(_cell_paras(value, table._cellStyles[r][c])),
                    row_span=r1 - r0 + 1,
                    col_span=c1 - c0 + 1,
                    fill=fills.get((r, c)),
                )
            )
        rows.append(tuple(cells))
    widths = tuple(float(w) for w in table._colWidths)
    return Table(tuple(rows), widths, grid=_ruled(table), header_rows=table.repeatRows or 0)


def _pair(flowable: Any) -> tuple[Cell, Cell]:
    return tuple(Cell(tuple(_flowables(side))) for side in (flowable.left, flowable.right))


# --- the story ------------------------------------------------------------------------------


def _flowables(flowable: Any) -> list[Block]:
    """The blocks of one flowable that is not a page break (see :func:`from_story`)."""
    kind = type(flowable).__name__
    if kind in ("Paragraph", "XPreformatted"):
        return [_paragraph(flowable)]
    if kind == "TextCell":
        return list(_text_cell(flowable))
    if kind == "Table":
        return [_table(flowable)]
    if kind in ("KeepTogether", "KeepInFrame", "_Container"):
        return [b for item in flowable._content for b in _flowables(item)]
    if kind == "SideBySide":
        half = float(flowable.half)
        gap = float(flowable.width) - 2 * half
        left, right = _pair(flowable)
        return [Table(((left, right),), (half + gap / 2, half + gap / 2), grid=False)]
    return []  # spacers, bookmarks, template switches: layout only


def _merge_pairs(blocks: list[Block]) -> list[Block]:
    """Consecutive bilingual pairs become one two-column table (one row a pair)."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            isinstance(block, Table)
            and isinstance(last, Table)
            and not block.grid
            and not last.grid
            and block.columns == last.columns == 2
            and len(block.rows) == 1
            and all(not c.covered and c.row_span == c.col_span == 1 for c in block.rows[0])
        ):
            out[-1] = Table(last.rows + block.rows, last.widths, grid=False)
        else:
            out.append(block)
    return out


def from_story(document: StoryDocument) -> EditableDocument:
    """The content of ``document``'s story, section by section (a page break starts one)."""
    sections: list[Section] = [Section(landscape=document.landscape)]
    next_landscape = document.landscape
    for flowable in document.story:
        kind = type(flowable).__name__
        if kind == "NextPageTemplate" or getattr(flowable, "action", None):
            action = getattr(flowable, "action", ())
            if action and action[0] == "nextPageTemplate":
                next_landscape = action[1] == "landscape"
            continue
        if kind in ("PageBreak", "SlowPageBreak", "PageBreakIfNotEmpty"):
            sections.append(Section(landscape=next_landscape))
            continue
        sections[-1].blocks += _flowables(flowable)
    for section in sections:
        section.blocks = _merge_pairs(section.blocks)
    furniture = document.furniture
    return EditableDocument(
        sections=[s for s in sections if s.blocks],
        title=document.title,
        subject=document.subject,
        author=document.author,
        keywords=document.keywords,
        created=document.created,
        lang=document.lang,
        header_left=furniture.header_left,
        header_right=furniture.header_right,
        footer_left=furniture.footer_left,
        footer_right=furniture.footer_right,
        watermark=furniture.watermark,
        margins_mm=document.margins_mm,
    )
