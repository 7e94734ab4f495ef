"""Cell text: breaks at spaces, inside a word only when the word is wider than the cell."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.export.cells import wrap_words
from planner.export.fonts import register_fonts

SANS, _ = register_fonts()


def test_korean_breaks_at_spaces_when_words_fit():
    text = "대화형 음성인식 및 합성 기술 초거대 언어모델 경량화"
    width = stringWidth("대화형 음성인식 및", SANS, 8) + 1
    lines = wrap_words(text, SANS, 8, width)
    assert len(lines) > 1
    assert " ".join(lines) == text  # every break is at a space: no word is cut
    assert all(stringWidth(line, SANS, 8) <= width for line in lines)


def test_a_word_wider_than_the_cell_is_broken_inside_and_never_overflows():
    word = "아주아주긴이름을가진연구실험실공간구역"
    width = stringWidth("아주아주긴", SANS, 8) + 0.5
    lines = wrap_words(f"짧은 {word} 끝", SANS, 8, width)
    assert "".join(lines).replace(" ", "") == f"짧은{word}끝"
    assert all(stringWidth(line, SANS, 8) <= width for line in lines)
    assert lines[0] == "짧은"  # the short word before it keeps its own line


def test_explicit_line_breaks_and_empty_text():
    assert wrap_words("KT\nKAIST", SANS, 8, 500) == ["KT", "KAIST"]
    assert wrap_words("", SANS, 8, 100) == [""]
