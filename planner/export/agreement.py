"""The renewal agreement (협약서) as PDF: Korean, English, or both side by side.

Structure: title; preamble; numbered articles from the wording templates; closing formula;
date line; two-column signature block; 별표 1 (tasks and funds) and 별표 2 (changes), on
landscape pages. Korean is set in NanumMyeongjo; English in Noto Serif, with any Korean in it
falling back to NanumMyeongjo; tables and page furniture in NanumGothic.

Everything comes from one :class:`AgreementData` (a frozen snapshot or a draft's data) and
the :class:`Issue` (draft or not, the date of signature): the same inputs give the same bytes.
Every page's footer carries the document number, the version and the data's fingerprint;
the outline lists every article and annex; CreationDate is the data's time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from planner.export.agreement_annex import annex1_table, annex2_table, unit_note
from planner.export.agreement_budget import budget_annex
from planner.export.agreement_research import research_annexes
from planner.export.agreement_data import FINGERPRINT_LENGTH, AgreementData, fingerprint
from planner.export.agreement_signature import signature_block
from planner.export.agreement_wording import check_pairs, filled
from planner.export.fonts import LATIN_SERIF, SERIF
from planner.export.korean import date_en, date_ko
from planner.export.layout import (
    MM,
    OutlineEntry,
    PageFurniture,
    bookmark,
    styles,
)
from planner.export.story import StoryDocument, to_pdf
from planner.export.templates import FilledAgreement

LANGUAGES = ("ko", "en", "both")
WATERMARK = {"ko": "초안 / DRAFT", "en": "DRAFT", "both": "초안 / DRAFT"}  # no Hangul in English
MARGINS = (24, 22, 22, 22)  # top, right, bottom, left in mm
NBSP = "\u00a0"
# A paragraph that starts with ① … ⑳, (1) or "1." is a numbered clause or item, set with a
# hanging indent.
CLAUSE = re.compile(r"^([\u2460-\u2473]|\(\d+\)|\d+\.)\s")
AUTHOR = {"ko": "KT-KAIST AI·SW 연구소", "en": "KT-KAIST AI·SW Research Institute"}


@dataclass(frozen=True)
class Issue:
    """How a copy is issued: a draft (watermarked) or the agreed text, and, once signed,
    the date of signature printed on the date line."""

    draft: bool
    signed_on: dt.date | None = None

    @property
    def stage(self) -> str:
        return "signed" if self.signed_on else "draft" if self.draft else "agreed"


@cache
def _latin_glyphs() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from planner.export.fonts import register_fonts

    register_fonts()
    return frozenset(pdfmetrics.getFont(LATIN_SERIF).face.charToGlyph)


def latin_markup(text: str) -> str:
    """``text`` escaped for a Paragraph in the Latin serif, with every run of characters that
    font lacks (Hangul, circled numbers) set in NanumMyeongjo instead."""
    glyphs = _latin_glyphs()
    out: list[str] = []
    run: list[str] = []
    for char in text:
        if ord(char) in glyphs or char.isspace():
            if run:
                out.append(f'<font name="{SERIF}">{escape("".join(run))}</font>')
                run = []
            out.append(escape(char))
        else:
            run.append(char)
    if run:
        out.append(f'<font name="{SERIF}">{escape("".join(run))}</font>')
    return "".join(out)


def _styles(lang: str, column: str) -> Any:
    """Styles for text of ``column`` ('ko' or 'en') in a copy of ``lang``."""
    serif = LATIN_SERIF if column == "en" else None
    return styles(9.5, justify=False, serif=serif) if lang == "both" else styles(serif=serif)


def _paragraph(text: str, column: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(latin_markup(text) if column == "en" else escape(text), style)


def _body(text: str, column: str, s: Any, plain: bool = False) -> Any:
    style = s.body_first if plain else s.clause if CLAUSE.match(text) else s.body
    return _paragraph(text, column, style)


def _side_by_side(left: Any, right: Any, width: float) -> Any:
    """One bilingual paragraph: Korean left, English right, tops aligned.

    A small flowable rather than a one-row Table: a Table wraps each paragraph twice and
    drops the paragraphs' spacing, this wraps once and keeps it.
    """
    return _pair_class()(left, right, width)


@cache
def _pair_class() -> type:
    from reportlab.platypus import Flowable

    class SideBySide(Flowable):
        def __init__(self, left: Any, right: Any, width: float) -> None:
            super().__init__()
            self.left, self.right = left, right
            self.half = (width - 7 * MM) / 2
            self.width = width
            self.spaceBefore = max(left.getSpaceBefore(), right.getSpaceBefore())
            self.spaceAfter = max(left.getSpaceAfter(), right.getSpaceAfter())

        def wrap(self, _available_width: float, available_height: float) -> tuple[float, float]:
            self.left_height = self.left.wrap(self.half, available_height)[1]
            self.right_height = self.right.wrap(self.half, available_height)[1]
            self.height = max(self.left_height, self.right_height)
            return self.width, self.height

        def draw(self) -> None:
            self.left.drawOn(self.canv, 0, self.height - self.left_height)
            self.right.drawOn(self.canv, self.width - self.half, self.height - self.right_height)

    return SideBySide


def _columns(lang: str) -> tuple[str, ...]:
    return ("ko", "en") if lang == "both" else (lang,)


def _text_flow(texts: dict[str, FilledAgreement], lang: str, width: float) -> list[Any]:
    """Title, preamble and articles, in one language or paired; each article bookmarked."""
    from reportlab.platypus import Spacer

    columns = _columns(lang)
    main = texts[columns[0]]
    first = _styles(lang, columns[0])
    story: list[Any] = [bookmark(OutlineEntry(_outline_title(texts, columns, "title"), "title"))]
    if lang == "both":
        story.append(_paragraph(texts["ko"].names["title"], "ko", first.title))
        story.append(_paragraph(texts["en"].names["title"], "en", _styles("en", "en").subtitle))
    else:
        story += [_paragraph(main.names["title"], columns[0], first.title), Spacer(1, 12)]
    for index, section in enumerate(main.sections):
        if section.key == "@closing":
            continue  # set with the date line and the signatures, kept together
        parts = [texts[c].sections[index] for c in columns]
        if section.heading is not None:
            title = " / ".join(str(p.heading) for p in parts)
            story.append(bookmark(OutlineEntry(title, f"article-{index}")))
            headings = [
                _paragraph(str(p.heading), c, _styles(lang, c).article)
                for p, c in zip(parts, columns, strict=True)
            ]
            if lang == "both":
                heading = _side_by_side(*headings, width)
                heading.keepWithNext = 1
                story.append(heading)
            else:
                story += headings
        plain = section.heading is None
        for number in range(len(section.paragraphs)):
            cells = [
                _body(p.paragraphs[number], c, _styles(lang, c), plain)
                for p, c in zip(parts, columns, strict=True)
            ]
            story.append(_side_by_side(*cells, width) if lang == "both" else cells[0])
        if section.key == "@preamble":
            story.append(Spacer(1, 4))
    return story


def _outline_title(texts: dict[str, FilledAgreement], columns: tuple[str, ...], key: str) -> str:
    return " / ".join(texts[c].names[key] for c in columns)


def _date_line(issue: Issue, lang: str) -> str:
    if issue.signed_on:
        return {
            "ko": date_ko(issue.signed_on),
            "en": date_en(issue.signed_on),
            "both": f"{date_ko(issue.signed_on)} / {date_en(issue.signed_on)}",
        }[lang]
    gap = NBSP * 8
    blank_ko = f"{gap}년{gap}월{gap}일"
    blank_en = f"Date:{NBSP}{'_' * 22}"
    return {"ko": blank_ko, "en": blank_en, "both": f"{blank_ko}{NBSP * 6}{blank_en}"}[lang]


def _closing(
    texts: dict[str, FilledAgreement],
    data: AgreementData,
    issue: Issue,
    lang: str,
    width: float,
    places: dict | None = None,
) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer

    columns = _columns(lang)
    s = _styles(lang, columns[-1])
    date_style = ParagraphStyle(
        "date_line", parent=s.body, alignment=TA_CENTER, spaceBefore=14, spaceAfter=18
    )
    parts: list[Any] = [Spacer(1, 8)]
    closings = [texts[c].section("@closing").paragraphs for c in columns]
    for number in range(len(closings[0])):
        cells = [
            _body(closing[number], c, _styles(lang, c), plain=True)
            for closing, c in zip(closings, columns, strict=True)
        ]
        parts.append(_side_by_side(*cells, width) if lang == "both" else cells[0])
    names = {c: dict(texts[c].names) for c in columns}
    names.setdefault("ko", names.get("en", {}))
    names.setdefault("en", names["ko"])
    parts += [
        _paragraph(_date_line(issue, lang), columns[-1], date_style),
        signature_block(data, names, lang, width, places),
    ]
    title = {"ko": "서명", "en": "Signatures", "both": "서명 / Signatures"}[lang]
    return [bookmark(OutlineEntry(title, "signatures")), KeepTogether(parts)]


def _annexes(
    texts: dict[str, FilledAgreement], data: AgreementData, lang: str, width: float
) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    s = styles()
    columns = _columns(lang)
    names = dict(texts[columns[0]].names)

    def joined(key: str) -> str:
        return " / ".join(texts[c].names[key] for c in columns)

    def heading(key: str, note: str) -> list[Any]:
        return titled(joined(key), key, note)

    def titled(title: str, key: str, note: str) -> list[Any]:
        return [
            bookmark(OutlineEntry(title, key)),
            _paragraph(title, "en" if lang == "en" else "ko", s.annex_title),
            _paragraph(note, "ko", s.note),
            Spacer(1, 3),
        ]

    unit = " ".join(unit_note(data, dict(texts[c].names)) for c in columns)
    previous = data.comparison.previous_year
    since = ""
    if previous is not None:
        since = {
            "ko": f"{previous}년도 대비",
            "en": f"compared with {previous}",
            "both": f"{previous}년도 대비 / compared with {previous}",
        }[lang] + ", "
    facts = [_paragraph(texts[c].names["annex1_facts"], c, s.cell) for c in columns]
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        *heading("annex1_title", unit),
        annex1_table(data, lang, width),
        Spacer(1, 5),
        *facts,
        PageBreak(),
        *heading("annex2_title", f"({since}{unit.strip('()')})" if since else unit),
        annex2_table(data, lang, width, names),
        *budget_annex(data, lang, width, titled),
        *research_annexes(data, lang, width, titled),
    ]


def footer_texts(data: AgreementData, issue: Issue, lang: str) -> tuple[str, str]:
    """(left, right) of every page's footer: document number and version; fingerprint."""
    short = fingerprint(data)[:FINGERPRINT_LENGTH]
    draft_ko, draft_en = (" (초안)", " (draft)") if issue.draft else ("", "")
    left = {
        "ko": f"문서번호 {data.doc_number} · 버전 {data.version}{draft_ko}",
        "en": f"Doc. No. {data.doc_number} · Version {data.version}{draft_en}",
        "both": f"문서번호 Doc. No. {data.doc_number} · 버전 Version {data.version}{draft_ko}",
    }[lang]
    right = {
        "ko": f"지문 {short}",
        "en": f"Fingerprint {short}",
        "both": f"지문 Fingerprint {short}",
    }
    return left, right[lang]


def agreement_story(
    data: AgreementData, lang: str, issue: Issue, *, places: dict | None = None
) -> StoryDocument:
    """The agreement of ``data`` in ``lang`` as ``issue`` says, as a story with its furniture:
    laid out as PDF (:func:`build_agreement`) or carried into an editable copy.

    ``places`` (a dict) receives where the signature block's stamp boxes are
    (planner.export.agreement_signature.stamp_box), for signing."""
    from reportlab.lib.pagesizes import A4, landscape

    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    texts = {code: filled(data, code) for code in _columns(lang)}
    if lang == "both":
        check_pairs(texts["ko"], texts["en"])
    width = A4[0] - (MARGINS[1] + MARGINS[3]) * MM
    wide = landscape(A4)[0] - (MARGINS[1] + MARGINS[3]) * MM
    story = (
        _text_flow(texts, lang, width)
        + _closing(texts, data, issue, lang, width, places)
        + _annexes(texts, data, lang, wide)
    )
    main = "en" if lang == "en" else "ko"
    title = texts[main].names["title"]
    left, right = footer_texts(data, issue, lang)
    furniture = PageFurniture(
        header_left=title,
        header_right=data.doc_number,
        footer_left=left,
        footer_right=right,
        watermark=WATERMARK[lang] if issue.draft else None,
    )
    keywords = (
        f"{data.doc_number}; version {data.version}; {issue.stage}; sha256 {fingerprint(data)}"
    )
    return StoryDocument(
        story=story,
        furniture=furniture,
        created=data.taken_at,
        title=title,
        subject=data.doc_number,
        author=AUTHOR[main],
        keywords=keywords,
        lang=lang,
        margins_mm=MARGINS,
    )


def build_agreement(
    data: AgreementData, lang: str, issue: Issue, *, places: dict | None = None
) -> bytes:
    """The agreement PDF of ``data`` in ``lang`` ('ko', 'en' or 'both') as ``issue`` says.

    ``places`` (a dict) receives where the signature block's stamp boxes are
    (planner.export.agreement_signature.stamp_box), for signing."""
    return to_pdf(agreement_story(data, lang, issue, places=places))


def build_agreement_copy(data: AgreementData, lang: str, issue: Issue, fmt: str) -> bytes:
    """The agreement as ``fmt``: 'pdf', or an editable 'hwpx' or 'docx' copy of the same story."""
    from planner.export.formats import render

    return render(agreement_story(data, lang, issue), fmt)
