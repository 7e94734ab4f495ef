"""The roster: who sits where, grouped by floor, zone or organisation (A4, header on every page).

Built for 50,000 rows: rows are paginated here, one Table per page with explicit row
heights, so reportlab never splits a huge table (splitting is quadratic in its rows) and never
measures a cell twice; cells are plain strings unless their text is too wide for the column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.export.korean import date_ko, short_date_ko
from planner.export.layout import (
    HEADER_FILL,
    MM,
    RULE,
    PageFurniture,
    build_pdf,
    fit,
    styles,
    without_cyclic_gc,
)

GROUPINGS = ("floor", "zone", "organisation")
COLUMNS = {  # header and relative width; the grouping's own column is left out (its band says it)
    "floor": (
        ("구역", 30),
        ("좌석", 20),
        ("이름", 17),
        ("영문 이름", 32),
        ("소속", 26),
        ("입주일", 20),
        ("퇴거 예정", 20),
    ),
    "zone": (
        ("좌석", 22),
        ("이름", 18),
        ("영문 이름", 36),
        ("소속", 30),
        ("입주일", 20),
        ("퇴거 예정", 20),
    ),
    "organisation": (
        ("층", 12),
        ("구역", 28),
        ("좌석", 20),
        ("이름", 17),
        ("영문 이름", 32),
        ("입주일", 20),
        ("퇴거 예정", 20),
    ),
}
FONT_SIZE, LEADING, PAD_V, PAD_H = 7.5, 9.4, 1.6, 2.5
KEEP = 3  # rows kept with their group's band at the foot of a page
NO_DESK = "좌석 없음"  # the section of residents staying on the day without a desk
MARGINS = (22, 20, 20, 20)


@dataclass(frozen=True)
class RosterRow:
    floor: str
    floor_order: int
    zone: str
    desk: str
    name_ko: str
    name_en: str
    organisation: str
    start: dt.date | None
    end: dt.date | None


def sort_rows(rows: Iterable[RosterRow], by: str) -> list[RosterRow]:
    """In the grouping's order; residents without a desk last, by name."""
    if by == "organisation":
        return sorted(rows, key=lambda r: (not r.desk, r.organisation, r.name_ko, r.desk))
    return sorted(
        rows,
        key=lambda r: (
            not r.desk,
            r.floor_order,
            r.floor,
            r.zone if by == "zone" else "",
            r.desk,
            r.name_ko,
        ),
    )


def _group_of(row: RosterRow, by: str) -> str:
    if not row.desk:
        return NO_DESK
    if by == "organisation":
        return row.organisation
    if by == "zone":
        return f"{row.floor} · {row.zone}" if row.zone else row.floor
    return row.floor


def _fits(text: str, width: float, font: str) -> bool:
    # Every glyph of these fonts is at most 1 em wide: short texts fit without measuring.
    if len(text) * FONT_SIZE <= width:
        return True
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, FONT_SIZE) <= width


@cache
def _cell_style() -> Any:
    """The table cell style at the roster's smaller size, for the few cells that must wrap."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("roster_cell", parent=styles().cell, fontSize=FONT_SIZE, leading=LEADING)


def _columns(by: str) -> tuple[tuple[str, int], ...]:
    return COLUMNS[by]


def _texts(row: RosterRow, by: str) -> tuple[str, ...]:
    start = short_date_ko(row.start) if row.start else ""
    end = short_date_ko(row.end) if row.end else ""
    if not row.desk:  # no desk: the organisation where the floor's columns would be
        if by == "organisation":
            return ("", "", "", row.name_ko, row.name_en, start, end)
        if by == "zone":
            return ("", row.name_ko, row.name_en, row.organisation, start, end)
        return ("", "", row.name_ko, row.name_en, row.organisation, start, end)
    if by == "floor":
        return (row.zone, row.desk, row.name_ko, row.name_en, row.organisation, start, end)
    if by == "zone":
        return (row.desk, row.name_ko, row.name_en, row.organisation, start, end)
    return (row.floor, row.zone, row.desk, row.name_ko, row.name_en, start, end)


def _cells(row: RosterRow, by: str, widths: Sequence[float], font: str) -> tuple[list[Any], float]:
    """The row's cells and its height; a Paragraph only where plain text would overflow."""
    texts = _texts(row, by)
    cells: list[Any] = []
    height = LEADING + 2 * PAD_V
    for text, width in zip(texts, widths, strict=True):
        inner = width - 2 * PAD_H
        if _fits(text, inner, font):
            cells.append(text)
        else:
            paragraph = fit(text, _cell_style(), inner)
            height = max(height, paragraph.wrap(inner, 1e6)[1] + 2 * PAD_V)
            cells.append(paragraph)
    return cells, height


class _Page:
    """One page of the roster, drawn directly: a single text object for all plain cells.

    reportlab's Table draws each cell with its own text object and style lookups, which
    costs about a millisecond per row; this draws a 60-row page in a few.
    """

    def __init__(self, widths: Sequence[float]) -> None:
        self.widths = list(widths)
        self.rows: list[list[Any]] = []
        self.heights: list[float] = []
        self.kinds: list[str] = []  # "head", "band" or "row"

    def add(self, cells: list[Any], height: float, kind: str) -> None:
        self.rows.append(cells)
        self.heights.append(height)
        self.kinds.append(kind)

    def flowable(self) -> Any:
        from reportlab.platypus import Flowable

        page = self

        class _Drawn(Flowable):
            roster_page = page  # what the page holds (tests read it)

            def wrap(self, *_: Any) -> tuple[float, float]:
                return sum(page.widths), sum(page.heights)

            def draw(self) -> None:
                page.draw(self.canv)

        return _Drawn()

    def draw(self, canvas: Any) -> None:
        from reportlab.lib.colors import Color

        font = styles().cell.fontName
        width = sum(self.widths)
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        tops, y = [], sum(self.heights)
        for height in self.heights:
            tops.append(y)
            y -= height
        fills = {"head": Color(*HEADER_FILL), "band": Color(0.95, 0.96, 0.97)}
        for top, height, kind in zip(tops, self.heights, self.kinds, strict=True):
            if kind in fills:
                canvas.setFillColor(fills[kind])
                canvas.rect(0, top - height, width, height, fill=1, stroke=0)
        canvas.setStrokeColor(Color(*RULE))
        canvas.setLineWidth(0.25)
        canvas.lines(
            [
                (0, top - height, width, top - height)
                for top, height in zip(tops, self.heights, strict=True)
            ]
        )
        canvas.setStrokeColor(Color(0.2, 0.2, 0.25))
        canvas.setLineWidth(0.8)
        canvas.line(0, tops[0] - self.heights[0], width, tops[0] - self.heights[0])
        canvas.setFillColor(Color(0.1, 0.1, 0.12))
        text = canvas.beginText()
        current = None
        paragraphs = []
        for cells, top, height, kind in zip(self.rows, tops, self.heights, self.kinds, strict=True):
            wanted = font if kind == "row" else f"{font}-Bold"
            baseline = top - height + (height - FONT_SIZE) / 2 + 0.22 * FONT_SIZE
            for left, cell in zip(lefts, cells, strict=False):
                if not cell:
                    continue
                if not isinstance(cell, str):
                    paragraphs.append((cell, left + PAD_H, top - height + PAD_V))
                    continue
                if wanted != current:
                    text.setFont(wanted, FONT_SIZE, LEADING)
                    current = wanted
                text.setTextOrigin(left + PAD_H, baseline)
                text.textOut(cell)
        canvas.drawText(text)
        for paragraph, x, y in paragraphs:
            paragraph.drawOn(canvas, x, y)


def _pages(
    rows: list[RosterRow], by: str, widths: list[float], available: float, first_page: float
) -> list[Any]:
    """The pages, one Table-like drawing each. A group starts on a new page when it would fit
    there whole but not in what is left of this one; a longer group never leaves its band
    with fewer than KEEP rows at a page's foot, nor a last row alone at the next page's top."""
    from reportlab.platypus import PageBreak

    font = styles().cell.fontName
    columns = _columns(by)
    row_height = LEADING + 2 * PAD_V
    band_height = row_height + 2
    groups: list[tuple[str, list[tuple[list[Any], float]]]] = []
    for row in rows:
        key = _group_of(row, by)
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(_cells(row, by, widths, font))

    flow: list[Any] = []
    page = _Page(widths)
    page.add([name for name, _ in columns], row_height, "head")
    used, limit = row_height, first_page  # the first page also carries the report's heading

    def new_page() -> None:
        nonlocal page, used, limit
        flow.extend([page.flowable(), PageBreak()])
        page = _Page(widths)
        page.add([name for name, _ in columns], row_height, "head")
        used, limit = row_height, available

    for key, members in groups:
        whole = band_height + sum(height for _cells_, height in members)
        head = band_height + sum(height for _cells_, height in members[:KEEP])
        if len(page.rows) > 1 and (
            (used + whole > limit and row_height + whole <= available) or used + head > limit
        ):
            new_page()
        page.add([f"{key} ({len(members)}명)"], band_height, "band")
        used += band_height
        for index, (cells, height) in enumerate(members):
            left = len(members) - index
            # The last two rows go together: no single row alone at the top of a page.
            need = height + (members[index + 1][1] if left == 2 else 0.0)
            if used + need > limit and len(page.rows) > 2:
                new_page()
                # A band names the group again at the top of each later page.
                page.add([f"{key} (계속)"], band_height, "band")
                used += band_height
            page.add(cells, height, "row")
            used += height
    flow.append(page.flowable())
    return flow


@without_cyclic_gc
def build_roster(
    rows: Iterable[RosterRow], day: dt.date, *, by: str = "floor", site: str = ""
) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Spacer

    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}")
    ordered = sort_rows(rows, by)
    s = styles()
    width = A4[0] - (MARGINS[1] + MARGINS[3]) * MM
    columns = _columns(by)
    widths = [w / sum(w for _, w in columns) * width for _, w in columns]
    label = {"floor": "층별", "zone": "구역별", "organisation": "소속별"}[by]
    title = f"입주자 명단 ({label})"
    # Everyone staying on the day, with a desk or not (the last section lists the latter).
    without = sum(1 for row in ordered if not row.desk)
    counts = f"입주자 {len(ordered):,}명"
    if without:
        counts += f" (좌석 {len(ordered) - without:,}명, {NO_DESK} {without:,}명)"
    heading = Paragraph(
        f"{title} <font size=9 color='#6b6b73'>{date_ko(day)} 기준 · {counts}</font>",
        s.annex_title,
    )
    gap = 3 * MM
    heading_height = heading.wrap(width, 1e6)[1] + s.annex_title.spaceAfter + gap
    available = A4[1] - (MARGINS[0] + MARGINS[2]) * MM - 1  # a point of slack for rounding
    story = [
        heading,
        Spacer(1, gap),
        *_pages(ordered, by, widths, available, available - heading_height),
    ]
    furniture = PageFurniture(
        header_left=f"{site} · {title}" if site else title, header_right=f"{date_ko(day)} 기준"
    )
    return build_pdf(story, furniture=furniture, created=day, title=title, margins_mm=MARGINS)
