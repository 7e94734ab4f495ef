"""Small tables for the reports: a header row, plain cells, numbers on the right."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.export.fonts import SANS
from planner.export.layout import (
    FONT_ALL,
    HEADER_FILL,
    MM,
    RULE,
    SUBTOTAL_FILL,
    plain_or_fit,
    styles,
)

PAD = 3.0


def report_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths_mm: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    total_row: bool = False,
) -> Any:
    """A table whose columns in ``numeric`` are right-aligned; ``total_row`` shades the last row."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table, TableStyle

    s = styles()
    widths = [w * MM for w in widths_mm]
    # The table has no vertical rules: text that follows a right-aligned number gets more air,
    # or "530,000 GPU 실험 확대…" reads as one phrase.
    lefts = [
        3 * PAD if index - 1 in numeric and index not in numeric else PAD
        for index in range(len(widths))
    ]
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = (
                value
                if isinstance(value, str)
                else f"{value:,}"
                if isinstance(value, int)
                else str(value)
            )
            style = s.cell_right if index in numeric else s.cell
            cells.append(plain_or_fit(text, style, widths[index] - lefts[index] - PAD))
        body.append(cells)
    head = [plain_or_fit(h, s.cell_head, w - 2 * PAD) for h, w in zip(header, widths, strict=True)]
    commands: list[tuple] = [
        FONT_ALL,
        ("FONT", (0, 0), (-1, 0), f"{SANS}-Bold", 8, 10.4),
        ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, Color(*RULE)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(0.2, 0.2, 0.25)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, Color(0.2, 0.2, 0.25)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
    ]
    for index in numeric:
        commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    for index, left in enumerate(lefts):
        if left != PAD:
            commands.append(("LEFTPADDING", (index, 1), (index, -1), left))  # centred heads stay
    if total_row and body:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), Color(*SUBTOTAL_FILL)),
            ("FONT", (0, -1), (-1, -1), f"{SANS}-Bold", 8, 10.4),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, Color(0.2, 0.2, 0.25)),
        ]
    return Table(
        [head, *body], colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT"
    )


def section_heading(text: str, note: str = "") -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    s = styles()
    extra = f" <font size=8.5 color='#6b6b73'>{note}</font>" if note else ""
    return [Spacer(1, 5 * MM), Paragraph(f"{text}{extra}", s.annex_title), Spacer(1, 1.5 * MM)]
