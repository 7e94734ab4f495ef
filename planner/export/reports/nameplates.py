"""Name plates and door labels: eight 85 × 55 mm plates per A4 page, with cut marks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.export.fonts import register_fonts
from planner.export.korean import date_ko
from planner.export.layout import MM, PageFurniture, build_pdf
from planner.palette import NO_TASK, Swatch

PLATE_W, PLATE_H = 85 * MM, 55 * MM
GUTTER = 10 * MM  # room between plates for the cut marks
COLUMNS, ROWS = 2, 4
MARK, MARK_GAP = 4 * MM, 1.5 * MM
MARGINS = (22, 20, 18, 20)


@dataclass(frozen=True)
class NamePlate:
    name_ko: str
    name_en: str
    organisation: str
    tasks: tuple[str, ...]  # "F-01 대화형 음성인식 및 합성 기술"
    desk: str
    swatch: Swatch = NO_TASK  # the organisation's, as on the floor plan and the seating chart


def _fitted(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    measured = stringWidth(text, font, 1)
    return max(smallest, min(largest, width / measured)) if measured else largest


def _cut_marks(canvas: Any, x: float, y: float) -> None:
    """Marks outside each corner of the plate at (x, y), so the cut line stays clean."""
    for cx, dx in ((x, -1), (x + PLATE_W, 1)):
        for cy, dy in ((y, -1), (y + PLATE_H, 1)):
            canvas.line(cx + dx * MARK_GAP, cy, cx + dx * (MARK_GAP + MARK), cy)
            canvas.line(cx, cy + dy * MARK_GAP, cx, cy + dy * (MARK_GAP + MARK))


def _draw_plate(canvas: Any, plate: NamePlate, x: float, y: float) -> None:
    from reportlab.lib.colors import Color
    from reportlab.lib.utils import simpleSplit

    sans, serif = register_fonts()
    inner = PLATE_W - 10 * MM
    centre = x + PLATE_W / 2
    canvas.setFillColor(Color(*(c / 255 for c in plate.swatch.fill)))
    canvas.rect(x, y + PLATE_H - 3.2 * MM, PLATE_W, 3.2 * MM, fill=1, stroke=0)
    canvas.setFillColor(Color(0.35, 0.35, 0.4))
    canvas.setFont(sans, 8)
    canvas.drawString(x + 5 * MM, y + PLATE_H - 9 * MM, plate.organisation)
    canvas.drawRightString(x + PLATE_W - 5 * MM, y + PLATE_H - 9 * MM, plate.desk)
    size = _fitted(plate.name_ko, f"{sans}-Bold", inner, 30, 12)
    canvas.setFillColor(Color(0.05, 0.05, 0.08))
    canvas.setFont(f"{sans}-Bold", size)
    canvas.drawCentredString(centre, y + 27 * MM, plate.name_ko)
    if plate.name_en:
        size = _fitted(plate.name_en, serif, inner, 12, 6)
        canvas.setFont(serif, size)
        canvas.drawCentredString(centre, y + 19 * MM, plate.name_en)
    if plate.tasks:
        canvas.setFillColor(Color(0.35, 0.35, 0.4))
        lines = simpleSplit(" · ".join(plate.tasks), sans, 7, inner)
        if len(lines) > 2:  # several tasks: smaller, still inside the plate
            lines = simpleSplit(" · ".join(plate.tasks), sans, 5.5, inner)[:3]
            canvas.setFont(sans, 5.5)
            step = 6.5
        else:
            canvas.setFont(sans, 7)
            step = 8.5
        for index, line in enumerate(lines):
            canvas.drawCentredString(centre, y + 10 * MM - index * step, line)


def _sheet(plates: Sequence[NamePlate], width: float, height: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Flowable

    left = (width - COLUMNS * PLATE_W - (COLUMNS - 1) * GUTTER) / 2

    class _Sheet(Flowable):
        def wrap(self, *_: Any) -> tuple[float, float]:
            return width, height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            for index, plate in enumerate(plates):
                row, column = divmod(index, COLUMNS)
                x = left + column * (PLATE_W + GUTTER)
                y = height - (row + 1) * PLATE_H - row * GUTTER
                canvas.setStrokeColor(
                    Color(0.88, 0.88, 0.9)
                )  # a faint outline in case a cut strays
                canvas.setLineWidth(0.3)
                canvas.rect(x, y, PLATE_W, PLATE_H, fill=0, stroke=1)
                canvas.setStrokeColor(Color(0, 0, 0))
                canvas.setLineWidth(0.3)
                _cut_marks(canvas, x, y)
                _draw_plate(canvas, plate, x, y)
            canvas.restoreState()

    return _Sheet()


def build_nameplates(plates: Sequence[NamePlate], day: dt.date, *, site: str = "") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph

    from planner.export.layout import styles

    width = A4[0] - (MARGINS[1] + MARGINS[3]) * MM
    height = ROWS * PLATE_H + (ROWS - 1) * GUTTER
    per_page = COLUMNS * ROWS
    story: list[Any] = []
    for start in range(0, len(plates), per_page):
        if story:
            story.append(PageBreak())
        story.append(_sheet(plates[start : start + per_page], width, height))
    if not story:
        story.append(Paragraph("명패를 만들 입주자가 없습니다.", styles().body))
    title = "명패"
    furniture = PageFurniture(
        header_left=f"{site} · {title} ({len(plates)}매)" if site else title,
        header_right=f"{date_ko(day)} 기준 · 재단선을 따라 자르십시오",
    )
    return build_pdf(story, furniture=furniture, created=day, title=title, margins_mm=MARGINS)
