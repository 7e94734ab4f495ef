"""The renewal agreement (협약서) as PDF: Korean, English, or both side by side.

Structure: title; preamble; numbered articles from the wording templates; closing formula;
date line; two-column signature block; 별표 1 (tasks and funds) and 별표 2 (changes), on
landscape pages. The body is set in NanumMyeongjo, tables and page furniture in NanumGothic.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from planner.export.agreement_annex import annex1_table, annex2_table
from planner.export.agreement_data import AgreementData, placeholder_values
from planner.export.korean import date_en, date_ko
from planner.export.layout import FONT_ALL, MM, PageFurniture, build_pdf, styles
from planner.export.templates import FilledAgreement, TemplateError, fill, load_template

LANGUAGES = ("ko", "en", "both")
WATERMARK = "초안 / DRAFT"
MARGINS = (24, 22, 22, 22)  # top, right, bottom, left in mm
NBSP = "\u00a0"
# A paragraph that starts with ① … ⑳ or (1) is a numbered clause, set with a hanging indent.
CLAUSE = re.compile(r"^([\u2460-\u2473]|\(\d+\))\s")


def _filled(data: AgreementData, lang: str, version: int, folder: Path | None) -> FilledAgreement:
    return fill(load_template(lang, folder), placeholder_values(data, lang, version))


def _styles(lang: str) -> Any:
    return styles(9.5, justify=False) if lang == "both" else styles()


def _paragraph(text: str, style: Any = None, s: Any = None) -> Any:
    from reportlab.platypus import Paragraph

    s = s or styles()
    if style is None:
        style = s.clause if CLAUSE.match(text) else s.body
    return Paragraph(escape(text), style)


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


def _check_pairs(ko: FilledAgreement, en: FilledAgreement) -> None:
    """The bilingual edition pairs paragraphs one to one, so both files need the same shape."""
    if len(ko.sections) != len(en.sections):
        raise TemplateError(
            "agreement_en.txt",
            None,
            f"has {len(en.sections)} sections, the Korean "
            f"template {len(ko.sections)}; the bilingual edition needs the same",
        )
    for k, e in zip(ko.sections, en.sections, strict=True):
        if len(k.paragraphs) != len(e.paragraphs):
            raise TemplateError(
                "agreement_en.txt",
                None,
                f"'{e.key}' has {len(e.paragraphs)} "
                f"paragraphs, its Korean '{k.key}' {len(k.paragraphs)}",
            )


def _text_flow(texts: dict[str, FilledAgreement], lang: str, width: float) -> list[Any]:
    """Title, preamble, articles and closing, in one language or paired."""
    from reportlab.platypus import Spacer

    s = _styles(lang)
    story: list[Any] = []
    main = texts["en" if lang == "en" else "ko"]
    if lang == "both":
        story.append(_paragraph(texts["ko"].names["title"], s.title))
        story.append(_paragraph(texts["en"].names["title"], s.subtitle))
    else:
        story += [_paragraph(main.names["title"], s.title), Spacer(1, 12)]
    for index, section in enumerate(main.sections):
        if section.key == "@closing":
            continue  # set with the date line and the signatures, kept together
        pairs = [(section, texts["en"].sections[index])] if lang == "both" else [(section, None)]
        for ko_section, en_section in pairs:
            if ko_section.heading is not None:
                if en_section is None:
                    story.append(_paragraph(ko_section.heading, s.article))
                else:
                    heading = _side_by_side(
                        _paragraph(ko_section.heading, s.article),
                        _paragraph(en_section.heading, s.article),
                        width,
                    )
                    heading.keepWithNext = 1
                    story.append(heading)
            plain = s.body_first if ko_section.heading is None else None
            for number, text in enumerate(ko_section.paragraphs):
                if en_section is None:
                    story.append(_paragraph(text, plain, s))
                else:
                    story.append(
                        _side_by_side(
                            _paragraph(text, plain, s),
                            _paragraph(en_section.paragraphs[number], plain, s),
                            width,
                        )
                    )
            if ko_section.key == "@preamble":
                story.append(Spacer(1, 4))
    return story


def _date_line(data: AgreementData, lang: str) -> str:
    if data.signed_on:
        return {
            "ko": date_ko(data.signed_on),
            "en": date_en(data.signed_on),
            "both": f"{date_ko(data.signed_on)} / {date_en(data.signed_on)}",
        }[lang]
    gap = NBSP * 8
    blank_ko = f"{gap}년{gap}월{gap}일"
    blank_en = f"Date:{NBSP}{'_' * 22}"
    return {"ko": blank_ko, "en": blank_en, "both": f"{blank_ko}{NBSP * 6}{blank_en}"}[lang]


def _signature_block(
    texts: dict[str, FilledAgreement], data: AgreementData, lang: str, width: float
) -> Any:
    """Two columns, KT left and KAIST right: organisation, address, name, representative (인)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = styles()
    label_style = ParagraphStyle(
        "sig_label",
        parent=s.body,
        fontName=s.cell.fontName,
        fontSize=8.5,
        textColor=s.note.textColor,
        alignment=0,
    )
    party_style = ParagraphStyle(
        "sig_party", parent=s.body, fontName=s.article.fontName, alignment=0
    )
    seal_style = ParagraphStyle("sig_seal", parent=s.body, alignment=TA_RIGHT)
    text_style = ParagraphStyle(
        "sig_text", parent=s.body, alignment=0
    )  # never justified: short lines
    ko, en = (
        texts["ko"].names if "ko" in texts else None,
        texts["en"].names if "en" in texts else None,
    )
    labels = {
        "ko": ("주소", "기관명", "대표자", "(인)"),
        "en": ("Address", "Name", "Representative", "(seal)"),
    }

    def label(i: int) -> str:
        if lang == "both":
            return f"{labels['ko'][i]}<br/>{labels['en'][i]}"
        return labels[lang][i]

    def value(key: str) -> str:
        if lang == "both" and ko[key] != en[key]:  # type: ignore[index]
            return f"{escape(ko[key])}<br/><font size=8.5>{escape(en[key])}</font>"  # type: ignore[index]
        return escape((en if lang == "en" else ko)[key])  # type: ignore[index]

    def party(prefix: str, signatory: str) -> list[list[Any]]:
        representative = escape(signatory) if signatory else value(f"{prefix}_representative")
        seal = "(인)<br/><font size=8>(seal)</font>" if lang == "both" else labels[lang][3]
        return [
            [Paragraph(value(f"{prefix}_label"), party_style), "", ""],
            [
                Paragraph(label(0), label_style),
                Paragraph(value(f"{prefix}_address"), text_style),
                "",
            ],
            [Paragraph(label(1), label_style), Paragraph(value(f"{prefix}_name"), text_style), ""],
            [
                Paragraph(label(2), label_style),
                Paragraph(representative, text_style),
                Paragraph(seal, seal_style),
            ],
        ]

    # "Representative" needs 22 mm of its own; 2 mm more keep it off the name beside it.
    label_width = (24 if lang != "ko" else 15) * MM
    seal_width, gap = 14 * MM, 10 * MM
    value_width = (width - gap) / 2 - label_width - seal_width
    # One table for both parties, so that address, name and representative line up across.
    rows = [
        left + [""] + right
        for left, right in zip(
            party("kt", data.signatory_kt), party("kaist", data.signatory_kaist), strict=True
        )
    ]
    table = Table(rows, colWidths=[label_width, value_width, seal_width, gap] * 2)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        FONT_ALL,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        # Room to sign between the representative's title and the seal mark.
        ("VALIGN", (0, -1), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, -1), (-1, -1), 16),
    ]
    for first in (0, 4):
        commands += [
            ("SPAN", (first, 0), (first + 2, 0)),
            ("SPAN", (first + 1, 1), (first + 2, 1)),
            ("SPAN", (first + 1, 2), (first + 2, 2)),
            ("LINEBELOW", (first + 1, 3), (first + 1, 3), 0.4, s.note.textColor),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _closing(
    texts: dict[str, FilledAgreement], data: AgreementData, lang: str, width: float
) -> list[Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer

    s = _styles(lang)
    date_style = ParagraphStyle(
        "date_line", parent=s.body, alignment=TA_CENTER, spaceBefore=14, spaceAfter=18
    )
    parts: list[Any] = [Spacer(1, 8)]
    closing_ko = texts["en" if lang == "en" else "ko"].section("@closing").paragraphs
    if lang == "both":
        closing_en = texts["en"].section("@closing").paragraphs
        parts += [
            _side_by_side(_paragraph(k, s.body_first), _paragraph(e, s.body_first), width)
            for k, e in zip(closing_ko, closing_en, strict=True)
        ]
    else:
        parts += [_paragraph(text, s.body_first) for text in closing_ko]
    parts += [
        _paragraph(_date_line(data, lang), date_style),
        _signature_block(texts, data, lang, width),
    ]
    return [KeepTogether(parts)]


def _annexes(
    texts: dict[str, FilledAgreement], data: AgreementData, lang: str, width: float
) -> list[Any]:
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    s = styles()
    names = texts["en" if lang == "en" else "ko"].names

    def heading(key: str, note: str) -> list[Any]:
        title = names[key] if lang != "both" else f"{names[key]} / {texts['en'].names[key]}"
        return [_paragraph(title, s.annex_title), _paragraph(note, s.note), Spacer(1, 3)]

    unit = (
        names["unit_note"]
        if lang != "both"
        else f"{names['unit_note']} {texts['en'].names['unit_note']}"
    )
    previous = data.comparison.previous_year
    since = ""
    if previous is not None:
        since = {
            "ko": f"{previous}년도 대비",
            "en": f"compared with {previous}",
            "both": f"{previous}년도 대비 / compared with {previous}",
        }[lang] + ", "
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        *heading("annex1_title", unit),
        annex1_table(data, lang, width),
        PageBreak(),
        *heading("annex2_title", f"({since}{unit.strip('()')})" if since else unit),
        annex2_table(data, lang, width),
    ]


def build_agreement(
    data: AgreementData, lang: str, version: int, *, template_folder: Path | None = None
) -> bytes:
    """The agreement PDF for ``lang`` ('ko', 'en' or 'both') at ``version``."""
    from reportlab.lib.pagesizes import A4, landscape

    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    texts = {
        code: _filled(data, code, version, template_folder)
        for code in (("ko", "en") if lang == "both" else (lang,))
    }
    if lang == "both":
        _check_pairs(texts["ko"], texts["en"])
    width = A4[0] - (MARGINS[1] + MARGINS[3]) * MM
    wide = landscape(A4)[0] - (MARGINS[1] + MARGINS[3]) * MM
    story = (
        _text_flow(texts, lang, width)
        + _closing(texts, data, lang, width)
        + _annexes(texts, data, lang, wide)
    )
    title = texts["en" if lang == "en" else "ko"].names["title"]
    number = {
        "ko": f"문서번호 {data.doc_number} · 버전 {version}",
        "en": f"Doc. No. {data.doc_number} · Version {version}",
        "both": f"문서번호 Doc. No. {data.doc_number} · 버전 Version {version}",
    }[lang]
    furniture = PageFurniture(
        header_left=title, header_right=number, watermark=WATERMARK if data.is_draft else None
    )
    return build_pdf(
        story,
        furniture=furniture,
        created=data.created,
        title=title,
        subject=data.doc_number,
        landscape_pages=True,
        margins_mm=MARGINS,
        lang="en-GB" if lang == "en" else "ko-KR",
    )
