"""The visible stamp of an electronic signature, drawn with reportlab as a one-page PDF.

pyHanko can draw a stamp's text itself, but Korean needs its OpenType engine and HarfBuzz
(uharfbuzz, 56 MB), which the bundle leaves out. reportlab already embeds subsets of the
bundled Nanum fonts with their Unicode map, so the stamp is drawn here, page size = the
stamp's box, and pyHanko places that page as the signature's appearance
(planner.signing). The words stay real text: a PDF reader can search and copy the signer's
name, and ``pdftotext`` reads it back.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

INK = (0.55, 0.08, 0.1)  # the red of a Korean seal (도장), darkened to read as text
_SIZE, _SMALLEST, _LEADING = 7.5, 5.0, 1.3


@dataclass(frozen=True)
class StampText:
    """What a stamp says: a heading line and (label, value) lines."""

    heading: str
    lines: tuple[tuple[str, str], ...]

    def rows(self) -> list[str]:
        return [self.heading] + [f"{label}: {value}" for label, value in self.lines]


def stamp_pdf(text: StampText, width: float, height: float) -> bytes:
    """``text`` drawn inside a ``width`` × ``height`` point box, as a one-page PDF."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from planner.export.fonts import SANS, register_fonts

    register_fonts()
    bold = f"{SANS}-Bold"
    rows = text.rows()
    margin, border = 6.0, 1.0
    room = width - 2 * margin

    def widest(size: float) -> float:
        return max(
            stringWidth(row, bold if index == 0 else SANS, size) for index, row in enumerate(rows)
        )

    # As large as fits the box in both directions, never below a size that still prints.
    size = min(_SIZE, (height - 2 * margin) / (len(rows) * _LEADING))
    if widest(size) > room:
        size = room / widest(1.0)
    size = max(size, _SMALLEST)
    leading = size * _LEADING

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    canvas.setStrokeColorRGB(*INK)
    canvas.setFillColorRGB(*INK)
    canvas.setLineWidth(border)
    # Inset by a whole line width: a reader clips what crosses the box, and the edge would thin.
    canvas.roundRect(border, border, width - 2 * border, height - 2 * border, 4, stroke=1, fill=0)
    top = (height + len(rows) * leading) / 2 - size
    for index, row in enumerate(rows):
        canvas.setFont(bold if index == 0 else SANS, size)
        canvas.drawString(margin, top - index * leading, row)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
