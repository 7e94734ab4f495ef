"""The faster TrueType font gives exactly the PDF reportlab's own TTFont gives."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources
from planner.export.fastfont import FastTTFont
from planner.export.fonts import register_fonts
from tests.planner.export.pdfcheck import fonts_embedded, squeezed, text_of

FILE = str(resources.path("fonts", "NanumMyeongjo.ttf"))


def _lines(seed: int) -> list[str]:
    """Lines of Korean with about 1,500 distinct syllables: several subsets of 256 codes."""
    rng = random.Random(seed)
    syllables = [chr(code) for code in rng.sample(range(0xAC00, 0xD7A4), 1500)]
    words = ["".join(rng.choices(syllables, k=rng.randint(1, 5))) for _ in range(3000)]
    extras = ["제1조(목적)", "2025. 3. 1.", "₩1,230,000", "AI·SW", "\u00a0", "KT–KAIST"]
    return [
        " ".join(rng.choice(words + extras) for _ in range(rng.randint(1, 12)))
        for _ in range(1200)
    ] + ["", " ", "abc"]  # the empty and the trivial lines too


class _Document:
    """Stands for a PDF document: reportlab keeps one subset state per document object."""


def _split_all(font: TTFont, lines: list[str]) -> tuple[list[list[tuple[int, bytes]]], list]:
    document = _Document()
    chunks = [font.splitString(line, document) for line in lines]
    return chunks, font.state[document].subsets


@pytest.mark.parametrize("seed", [1, 2])
def test_many_subsets_are_encoded_as_reportlab_encodes_them(seed):
    # Built directly: registering a second font for the same face would hand back the first.
    ours, theirs = FastTTFont("FastMyeongjo", FILE), TTFont("BaseMyeongjo", FILE)
    lines = _lines(seed)
    our_chunks, our_subsets = _split_all(ours, lines)
    their_chunks, their_subsets = _split_all(theirs, lines)
    assert len(their_subsets) >= 6  # really several subsets of 256 codes
    assert our_subsets == their_subsets  # the same codes, so the same embedded subsets
    assert our_chunks == their_chunks  # line by line: the bytes drawn and the subset switches
    again, _ = _split_all(ours, lines)  # a second document starts its own codes
    assert again == their_chunks


def test_a_document_in_korean_reads_back_with_embedded_fonts():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    sans, serif = register_fonts()
    assert isinstance(pdfmetrics.getFont(serif), FastTTFont)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, initialFontName=sans)
    style = ParagraphStyle("body", fontName=serif)
    doc.build([Paragraph(line, style) for line in _lines(3)[:400]] + [
        Paragraph("제2조(연구과제) 양 기관이 공동으로 수행하는 연구과제 김민준", style)
    ])
    pdf = buffer.getvalue()
    assert "제2조(연구과제)양기관이공동으로수행하는연구과제김민준" in squeezed(text_of(pdf))
    embedded = fonts_embedded(pdf)
    assert len(embedded) >= 3 and all(embedded.values()), embedded


def test_widths_are_those_of_the_font_tables():
    _, serif = register_fonts()
    plain = TTFont("PlainMyeongjo", FILE)
    for text in ("연구과제", "제1조(목적)", "2025. 3. 1.", "", "Ab 가"):
        for size in (9, 10.5, 12):
            expected = plain.stringWidth(text, size)
            assert pdfmetrics.stringWidth(text, serif, size) == expected
            assert pdfmetrics.stringWidth(text, serif, size) == expected  # cached the second time
    assert pdfmetrics.stringWidth("연구과제", serif, 10) > pdfmetrics.stringWidth("ab", serif, 10)


def test_the_width_cache_stays_bounded(monkeypatch):
    import planner.export.fastfont as fastfont

    monkeypatch.setattr(fastfont, "_WIDTHS_KEPT", 10)
    font, plain = FastTTFont("BoundedMyeongjo", FILE), TTFont("PlainMyeongjo", FILE)
    texts = [f"좌석 {number:04d}" for number in range(50)]
    for text in texts * 2:
        assert font.stringWidth(text, 9) == plain.stringWidth(text, 9)
    assert font.stringWidth.cache_info().currsize <= 10
