"""Text in table cells: wrapped at spaces, broken inside a word only when the word is wider
than the cell, and drawn without reportlab's Paragraph machinery.

A Paragraph parses markup and is wrapped twice by a Table (once to size the row, once to
draw it); a cell only needs a few lines in one or two fonts, which this does for a fraction
of the cost — the difference between an agreement in 250 ms and one in 150 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

_ASCENT = 0.86  # Nanum fonts: the baseline sits this many ems below the top of the glyph box


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``: breaks at spaces (Korean word units); a single word wider
    than the cell is broken between its characters, as the last resort."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            measured = stringWidth(word, font, size)
            if measured > width:
                if line:
                    lines.append(line)
                pieces = _break_word(word, font, size, width)
                lines.extend(pieces[:-1])
                line, used = pieces[-1], stringWidth(pieces[-1], font, size)
            elif line and used + space + measured <= width:
                line, used = f"{line} {word}", used + space + measured
            elif line:
                lines.append(line)
                line, used = word, measured
            else:
                line, used = word, measured
        lines.append(line)
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def make_text_cell(parts: Sequence[tuple[str, Any]]) -> Any:
    """A flowable of one or more texts, each in its own ParagraphStyle (font, size, leading,
    colour, alignment), stacked; e.g. a Korean title with its English title beneath."""
    return _text_cell_class()(parts)


@cache
def _text_cell_class() -> type:
    from reportlab.platypus import Flowable

    class TextCell(Flowable):
        def __init__(self, parts: Sequence[tuple[str, Any]]) -> None:
            super().__init__()
            self.parts = parts
            self._width = -1.0
            self._lines: list[tuple[str, Any]] = []
            self._height = 0.0

        def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
            if available_width != self._width:
                self._width = available_width
                self._lines = [
                    (line, style)
                    for text, style in self.parts
                    for line in wrap_words(text, style.fontName, style.fontSize, available_width)
                ]
                self._height = sum(style.leading for _, style in self._lines)
            return available_width, self._height

        def draw(self) -> None:
            canvas = self.canv
            top = self._height
            for line, style in self._lines:
                baseline = top - (style.leading - style.fontSize) / 2 - _ASCENT * style.fontSize
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                if style.alignment == 1:
                    canvas.drawCentredString(self._width / 2, baseline, line)
                elif style.alignment == 2:
                    canvas.drawRightString(self._width, baseline, line)
                else:
                    canvas.drawString(0, baseline, line)
                top -= style.leading

        def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
            return " ".join(text for text, _ in self.parts)

    return TextCell
