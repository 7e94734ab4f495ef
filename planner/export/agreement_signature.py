"""The signature block: two columns, KT left and KAIST right, the same rows every year.

Each party: its label, institution, address and representative (position and name); when a
delegate signs, the delegate and the basis of the delegation (위임 근거). The seal box (인)
stands beside whoever signs. Under each party's rows a blank stamp box is kept for its
electronic signature (planner.signing): where it lands on which page is told to ``places``.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from planner.export.agreement_data import AgreementData, Bilingual, Party
from planner.export.agreement_wording import english
from planner.export.fonts import LATIN_SERIF
from planner.export.layout import FONT_ALL, MM, styles

LABELS = {
    "ko": ("기관명", "주소", "대표자", "서명자", "위임 근거", "(인)"),
    "en": ("Institution", "Address", "Representative", "Signed by", "Delegation", "(seal)"),
}
INSTITUTION, ADDRESS, REPRESENTATIVE, SIGNER, DELEGATION, SEAL = range(6)


def _joined(position: Bilingual, name: Bilingual) -> Bilingual:
    """A position and a name, the name on a line of its own (a newline)."""
    return Bilingual(
        "\n".join(p for p in (position.ko, name.ko) if p),
        "\n".join(p for p in (english(position), english(name, name=True) if name else "") if p),
    )


def party_lines(party: Party) -> list[tuple[int, Bilingual]]:
    """(label index, text) of one party's rows, as printed."""
    rows = [
        (INSTITUTION, party.institution),
        (ADDRESS, party.address),
        (REPRESENTATIVE, _joined(party.position, party.name)),
    ]
    if party.delegated:
        rows.append((SIGNER, _joined(party.signer_position, party.signer_name)))
        rows.append((DELEGATION, party.delegation))
    return rows


STAMP_HEIGHT = 20 * MM  # four lines of the electronic signature's stamp


def stamp_box(party: str, width: float, places: dict | None) -> Any:
    """A blank box ``width`` × STAMP_HEIGHT that tells ``places[party]`` where it was drawn:
    (page index, (left, bottom, right, top)) in points, as pyHanko takes a field's box."""
    from reportlab.platypus import Flowable

    class StampBox(Flowable):
        def wrap(self, *_: float) -> tuple[float, float]:
            return width, STAMP_HEIGHT

        def draw(self) -> None:
            if places is None:
                return
            left, bottom = self.canv.absolutePosition(0, 0)
            right, top = self.canv.absolutePosition(width, STAMP_HEIGHT)
            places[party] = (self.canv.getPageNumber() - 1, (left, bottom, right, top))

    return StampBox()


def signature_block(
    data: AgreementData,
    names: dict[str, dict[str, str]],
    lang: str,
    width: float,
    places: dict | None = None,
) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    s = styles()
    latin = lang == "en"
    body = styles(serif=LATIN_SERIF).body if latin else s.body
    label_style = ParagraphStyle(
        "sig_label",
        parent=s.body,
        fontName=s.cell.fontName,
        fontSize=8.5,
        textColor=s.note.textColor,
        alignment=0,
        leading=11,
    )
    text_style = ParagraphStyle("sig_text", parent=body, alignment=0, leading=13)
    party_style = ParagraphStyle(
        "sig_party",
        parent=text_style,
        fontName=f"{body.fontName}-Bold" if latin else styles().article.fontName,
    )
    seal_style = ParagraphStyle(
        "sig_seal", parent=label_style, alignment=TA_CENTER, textColor=Color(0.55, 0.55, 0.6)
    )

    def label(index: int) -> str:
        if lang == "both":
            return f"{LABELS['ko'][index]}<br/>{LABELS['en'][index]}"
        return LABELS[lang][index]

    def value(text: Bilingual, *, name_like: bool = False) -> str:
        def marked(plain: str) -> str:
            return escape(plain).replace("\n", "<br/>")

        english_text = marked(english(text, name=name_like))
        if lang == "en":
            return english_text
        if lang == "both" and english_text and english_text != marked(text.ko):
            return f'{marked(text.ko)}<br/><font name="{LATIN_SERIF}" size=8.5>{english_text}</font>'
        return marked(text.ko)

    def party_rows(party: Party, rows_needed: int) -> list[list[Any]]:
        key = party.key
        heading = names["ko"][f"{key}_label"]
        if lang != "ko":
            heading = names["en"][f"{key}_label"] if lang == "en" else heading
        out: list[list[Any]] = [[Paragraph(escape(heading), party_style), "", ""]]
        lines = party_lines(party)
        signer_row = len(lines) - 2 if party.delegated else len(lines) - 1
        for index, (which, text) in enumerate(lines):
            seal = ""
            if index == signer_row:
                seal_text = "(인)<br/>(seal)" if lang == "both" else LABELS[lang][SEAL]
                seal = Paragraph(seal_text, seal_style)
            out.append(
                [
                    Paragraph(label(which), label_style),
                    Paragraph(value(text, name_like=which in (REPRESENTATIVE, SIGNER)), text_style),
                    seal,
                ]
            )
        while len(out) < rows_needed:
            out.append(["", "", ""])
        return out

    parties = [data.party("kt"), data.party("kaist")]
    needed = 1 + max(len(party_lines(p)) for p in parties)
    label_width = (24 if lang != "ko" else 16) * MM
    seal_width, gap = 15 * MM, 8 * MM
    value_width = (width - gap) / 2 - label_width - seal_width
    left, right = (party_rows(p, needed) for p in parties)
    rows = [a + [""] + b for a, b in zip(left, right, strict=True)]
    party_width = label_width + value_width + seal_width - 3  # less the right padding
    rows.append(
        [stamp_box("kt", party_width, places), "", "", ""]
        + [stamp_box("kaist", party_width, places), "", ""]
    )
    table = Table(rows, colWidths=[label_width, value_width, seal_width, gap] * 2)
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        FONT_ALL,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]
    for first, party in ((0, parties[0]), (4, parties[1])):
        commands.append(("SPAN", (first, 0), (first + 2, 0)))
        commands.append(("SPAN", (first, -1), (first + 2, -1)))
        lines = party_lines(party)
        signer = (len(lines) - 2 if party.delegated else len(lines) - 1) + 1
        for row in range(1, len(lines) + 1):
            if row != signer:
                commands.append(("SPAN", (first + 1, row), (first + 2, row)))
        # Room to sign, and the seal box beside the signer's name.
        commands += [
            ("TOPPADDING", (first, signer), (first + 2, signer), 14),
            ("BOTTOMPADDING", (first, signer), (first + 2, signer), 12),
            ("VALIGN", (first + 2, signer), (first + 2, signer), "MIDDLE"),
            ("BOX", (first + 2, signer), (first + 2, signer), 0.5, Color(0.55, 0.55, 0.6)),
            ("LEFTPADDING", (first + 2, signer), (first + 2, signer), 2),
            ("RIGHTPADDING", (first + 2, signer), (first + 2, signer), 2),
            ("LINEBELOW", (first + 1, signer), (first + 1, signer), 0.4, s.note.textColor),
        ]
    table.setStyle(TableStyle(commands))
    return table
