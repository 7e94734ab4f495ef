"""What every document shares: styles, page furniture, "- 3 / 9 -" page numbers, the build.

reportlab is imported inside the functions: the command line and the window import this
package without paying for reportlab until a document is actually made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.export.fonts import SANS, register_fonts
from planner.export.gc_pause import without_cyclic_gc

MM = 72 / 25.4  # points per millimetre (reportlab.lib.units.mm without importing reportlab)
INK = (0.1, 0.1, 0.12)
GREY = (0.42, 0.42, 0.45)
RULE = (0.55, 0.55, 0.6)
HEADER_FILL = (0.9, 0.92, 0.95)
SUBTOTAL_FILL = (0.95, 0.96, 0.97)
# Table cells holding plain strings (even empty ones) are set in the table's font, which is
# Helvetica unless a style says otherwise: an unembedded font. Every table starts with this.
FONT_ALL = ("FONT", (0, 0), (-1, -1), SANS, 8, 10.4)


@dataclass(frozen=True)
class PageFurniture:
    """What is printed on every page around the content."""

    header_left: str
    header_right: str
    footer_left: str = ""
    footer_right: str = ""
    watermark: str | None = None  # e.g. "초안 / DRAFT", drawn diagonally under the content


@dataclass(frozen=True)
class Styles:
    body: Any
    body_first: Any  # a paragraph without hanging indent (preamble, closing)
    clause: Any  # ① … with a hanging indent
    article: Any
    title: Any
    subtitle: Any
    annex_title: Any
    note: Any
    cell: Any
    cell_small: Any
    cell_right: Any
    cell_centre: Any
    cell_head: Any
    cell_bold: Any
    report_text: Any  # running text in reports: sans, ragged right


@cache
def styles(body_size: float = 10.5, justify: bool = True, serif: str | None = None) -> Styles:
    """The house styles. Narrow columns (the bilingual edition) pass ``justify=False``: Korean
    justified in a half-page column opens wide gaps between words. ``serif`` sets the body's
    family (the English agreement passes the Latin serif); tables stay in the sans."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    sans, korean_serif = register_fonts()
    serif = serif or korean_serif
    ink, grey = Color(*INK), Color(*GREY)
    # Korean text reads best with generous leading (about 160 %). wordWrap stays None so that
    # lines break at spaces (Korean word units), never inside a word.
    body = ParagraphStyle(
        "body",
        fontName=serif,
        fontSize=body_size,
        leading=body_size * 1.62,
        textColor=ink,
        alignment=TA_JUSTIFY if justify else TA_LEFT,
        spaceAfter=3,
    )
    cell = ParagraphStyle(
        "cell", fontName=sans, fontSize=8, leading=10.4, textColor=ink, alignment=TA_LEFT
    )
    return Styles(
        body=body,
        body_first=ParagraphStyle(
            "body_first", parent=body, firstLineIndent=body_size, spaceAfter=6
        ),
        clause=ParagraphStyle(
            "clause", parent=body, leftIndent=body_size * 1.25, firstLineIndent=-body_size * 1.25
        ),
        article=ParagraphStyle(
            "article",
            parent=body,
            fontName=f"{serif}-Bold",
            spaceBefore=9,
            spaceAfter=3,
            alignment=TA_LEFT,
            keepWithNext=1,
        ),
        title=ParagraphStyle(
            "title",
            fontName=f"{serif}-Bold",
            fontSize=17,
            leading=24,
            alignment=TA_CENTER,
            textColor=ink,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=sans,
            fontSize=9,
            leading=13,
            alignment=TA_CENTER,
            textColor=grey,
            spaceAfter=16,
        ),
        annex_title=ParagraphStyle(
            "annex_title",
            fontName=f"{sans}-Bold",
            fontSize=12.5,
            leading=17,
            textColor=ink,
            spaceAfter=2,
            keepWithNext=1,
        ),
        note=ParagraphStyle(
            "note", fontName=sans, fontSize=8, leading=11, textColor=grey, alignment=TA_RIGHT
        ),
        cell=cell,
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7, leading=9, textColor=grey),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=f"{sans}-Bold", alignment=TA_CENTER
        ),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f"{sans}-Bold"),
        report_text=ParagraphStyle(
            "report_text", parent=cell, fontSize=9.5, leading=14.5, spaceAfter=2
        ),
    )


def fit(text: str, style: Any, width: float, *, extra: str = "", extra_style: Any = None) -> Any:
    """A cell of ``text`` in ``style`` for a column ``width`` points wide (padding taken off).

    Lines break at spaces; only a word wider than the cell is broken between characters, so
    nothing ever runs out of its cell (see :mod:`planner.export.cells`). ``extra`` is a second,
    smaller text beneath (an English title under the Korean one).
    """
    from planner.export.cells import make_text_cell

    del width  # the cell wraps to the width the table gives it when laid out
    parts = [(text, style)]
    if extra:
        parts.append((extra, extra_style or styles().cell_small))
    return make_text_cell(parts)


def plain_or_fit(text: str, style: Any, width: float) -> Any:
    """The plain string when it fits on one line (fast: no Paragraph), else :func:`fit`.

    A plain string is drawn in the table's FONT and ALIGN for that cell, so the caller's
    table style must match ``style``.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return text
    return fit(text, style, width)


def lines(texts: Sequence[str], style: Any, width: float) -> Any:
    """Several short lines in one cell: a plain multi-line string when every line fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if all(stringWidth(t, style.fontName, style.fontSize) <= width for t in texts):
        return "\n".join(texts)
    return fit(texts[0], style, width, extra=" ".join(texts[1:]))


def _draw_furniture(canvas: Any, furniture: PageFurniture) -> None:
    """Header rule and texts, and the watermark — drawn before the content, so under it."""
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    width, height = canvas._pagesize
    left, right = 18 * MM, width - 18 * MM
    canvas.saveState()
    if furniture.watermark:
        canvas.setFillColor(Color(0.87, 0.87, 0.89))
        canvas.setFont(f"{sans}-Bold", 64 if width < height else 80)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -22, furniture.watermark)
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFillColor(Color(*GREY))
    canvas.setStrokeColor(Color(*RULE))
    canvas.setLineWidth(0.4)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    top = height - 12 * MM
    canvas.setFont(sans, 7.5)
    canvas.drawRightString(right, top, furniture.header_right)
    # A long title gives way to the document number rather than running into it.
    room = right - left - stringWidth(furniture.header_right, sans, 7.5) - 8 * MM
    size = min(7.5, room / max(stringWidth(furniture.header_left, sans, 1), 1))
    canvas.setFont(sans, size)
    canvas.drawString(left, top, furniture.header_left)
    canvas.line(left, top - 2.5 * MM, right, top - 2.5 * MM)
    canvas.restoreState()


def _draw_footer(canvas: Any, furniture: PageFurniture, number: int, total: int) -> None:
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    width, _ = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(Color(*GREY))
    canvas.setFont(sans, 8.5)
    canvas.drawCentredString(width / 2, 10 * MM, f"- {number} / {total} -")
    canvas.setFont(sans, 7)
    if furniture.footer_left:
        canvas.drawString(18 * MM, 10 * MM, furniture.footer_left)
    if furniture.footer_right:
        canvas.drawRightString(width - 18 * MM, 10 * MM, furniture.footer_right)
    canvas.restoreState()


def pdf_date(created: dt.date | dt.datetime) -> str:
    """A PDF date string: a datetime is UTC (as stored), a bare date is midnight in Korea."""
    if isinstance(created, dt.datetime):
        return f"D:{created:%Y%m%d%H%M%S}+00'00'"
    return f"D:{created:%Y%m%d}000000+09'00'"


def _canvas_class(furniture: PageFurniture, created: dt.date | dt.datetime) -> type:
    """A canvas that holds pages back until the end, so each can say "page n of N"."""
    from reportlab.pdfbase.pdfdoc import PDFObjectReference
    from reportlab.pdfgen.canvas import Canvas

    stamp = pdf_date(created)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            # A date taken from the data, not the clock: same data, same bytes.
            self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # Pages reach the document only in save(), so reportlab would point every
            # bookmark at page 1; the page being drawn is the next of those held back.
            destination = super().bookmarkPage(key, *args, **kwargs)
            destination.setPage(PDFObjectReference(f"Page{len(self._pages) + 1}"))
            return destination

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, furniture, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark in the PDF's outline (the reader's side panel)."""

    title: str
    key: str
    level: int = 0


def bookmark(entry: OutlineEntry) -> Any:
    """A flowable of no size that puts ``entry`` in the outline, pointing at where it stands."""
    from reportlab.platypus import Flowable

    class Bookmark(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width = self.height = 0

        def wrap(self, *_: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.bookmarkHorizontal(entry.key, 0, 0)
            self.canv.addOutlineEntry(entry.title, entry.key, entry.level)

    flowable = Bookmark()
    flowable.keepWithNext = 1  # stays on the page of what it names
    return flowable


_ID = re.compile(rb"/ID \n\[<([0-9a-f]{32})><([0-9a-f]{32})>\]")


def content_id(pdf: bytes) -> bytes:
    """``pdf`` with its /ID derived from its own content.

    reportlab's invariant mode writes the same /ID into every file; two different files must
    never share one. The new ID is the first 16 bytes of the sha256 of the file as written
    (with the old, constant ID), so it is the same for the same bytes and has the same length:
    the cross-reference offsets stay right.
    """
    match = _ID.search(pdf)
    if match is None:
        return pdf
    digest = hashlib.sha256(pdf).hexdigest()[:32].encode()
    start, end = match.span()
    return pdf[:start] + b"/ID \n[<" + digest + b"><" + digest + b">]" + pdf[end:]


@without_cyclic_gc
def build_pdf(
    story: Sequence[Any],
    *,
    furniture: PageFurniture,
    created: dt.date | dt.datetime,
    title: str,
    subject: str = "",
    author: str = "KT-KAIST AI·SW 연구소",
    keywords: str = "",
    show_outline: bool = False,
    pagesize: tuple[float, float] | None = None,
    landscape_pages: bool = False,
    margins_mm: tuple[float, float, float, float] = (22, 20, 20, 20),  # top, right, bottom, left
    lang: str = "ko-KR",
) -> bytes:
    """Lay out ``story`` and return the PDF bytes (byte-identical for the same input).

    ``created`` is the CreationDate (and ModDate): the caller decides what it is — a frozen
    record's time, or the time of an export — never the clock here. The /ID is derived from
    the content (:func:`content_id`). Stories with :func:`bookmark` flowables get an outline;
    ``show_outline`` opens it in the reader. With ``landscape_pages`` a second page template
    "landscape" exists for wide annexes (switch with ``NextPageTemplate('landscape')``).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    sans, _ = register_fonts()
    pagesize = pagesize or A4
    top, right, bottom, left = (m * MM for m in margins_mm)

    def template(name: str, size: tuple[float, float]) -> Any:
        frame = Frame(
            left,
            bottom,
            size[0] - left - right,
            size[1] - top - bottom,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(
            name,
            [frame],
            pagesize=size,
            onPage=lambda canvas, _doc: _draw_furniture(canvas, furniture),
        )

    buffer = io.BytesIO()
    # initialFontName: without it the canvas starts in Helvetica, an unembedded font.
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        invariant=1,
        initialFontName=sans,
        title=title,
        author=author,
        subject=subject,
        keywords=keywords,
        creator="Lab Planner",
        lang=lang,
    )
    templates = [template("portrait", pagesize)]
    if landscape_pages:
        templates.append(template("landscape", landscape(pagesize)))
    doc.addPageTemplates(templates)
    from reportlab import rl_config

    # Binary streams: ASCII85 would make every file a quarter larger and cost time to encode.
    saved, rl_config.useA85 = rl_config.useA85, 0
    canvas_class = _canvas_class(furniture, created)
    if show_outline:
        base = canvas_class

        def canvas_class(*args: Any, **kwargs: Any) -> Any:  # noqa: F811 - the opening one
            canvas = base(*args, **kwargs)
            canvas.showOutline()
            return canvas

    try:
        doc.build(list(story), canvasmaker=canvas_class)
    finally:
        rl_config.useA85 = saved
    return content_id(buffer.getvalue())


def frame_width(pagesize: tuple[float, float], margins_mm: tuple[float, float] = (20, 20)) -> float:
    return pagesize[0] - (margins_mm[0] + margins_mm[1]) * MM
