"""A document as a reportlab story with its page furniture: laid out as PDF, or carried over
into an editable copy (HWPX, DOCX) by :mod:`planner.export.editable` (:mod:`planner.export.formats`
makes either).

The agreement and the 신구대조표 make one story each; every format is made from that one
story, so the words of the PDF and of the editable copies are the same words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner.export.layout import PageFurniture, build_pdf

FORMATS = ("pdf", "hwpx", "docx")
SUFFIX = {"pdf": ".pdf", "hwpx": ".hwpx", "docx": ".docx"}


@dataclass
class StoryDocument:
    story: list[Any]
    furniture: PageFurniture
    created: dt.datetime
    title: str
    subject: str
    author: str
    keywords: str
    lang: str  # 'ko', 'en' or 'both': the main language of the text
    margins_mm: tuple[float, float, float, float]  # top, right, bottom, left
    show_outline: bool = True
    landscape: bool = False  # every page (else portrait, with landscape pages on request)


PDF_LANG = {"ko": "ko-KR", "en": "en-GB", "both": "ko-KR"}


def to_pdf(document: StoryDocument) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape

    return build_pdf(
        document.story,
        furniture=document.furniture,
        created=document.created,
        title=document.title,
        author=document.author,
        subject=document.subject,
        keywords=document.keywords,
        show_outline=document.show_outline,
        pagesize=landscape(A4) if document.landscape else A4,
        landscape_pages=not document.landscape,
        margins_mm=document.margins_mm,
        lang=PDF_LANG[document.lang],
    )


def format_of(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output's suffix names, else PDF."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")  # the CLI and the window offer only these
        return fmt
    suffix = str(output or "").lower().rpartition(".")[2]
    return suffix if suffix in FORMATS else "pdf"
