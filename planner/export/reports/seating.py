"""The seating chart of one floor: a vector plan scaled to A3 or A4 landscape.

Zones are drawn with their names, desks as small rectangles with their code and occupant,
filled in the occupant's organisation colour; a legend and the day the plan shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner.export.fonts import register_fonts
from planner.export.korean import date_ko
from planner.export.layout import MM, PageFurniture, build_pdf, styles
from planner.palette import INACTIVE, VACANT, Swatch

DESK_W, DESK_D = 1.4, 0.72  # metres: a desk as drawn, a little smaller than its pitch
ZONE_FILLS = {
    "open_office": (0.975, 0.975, 0.98),
    "private_office": (0.97, 0.97, 0.99),
    "lab": (0.95, 0.98, 0.95),
    "meeting": (0.94, 0.94, 0.95),
    "server_room": (0.9, 0.9, 0.91),
    "startup": (0.99, 0.97, 0.93),
}


@dataclass(frozen=True)
class PlanZone:
    name: str
    kind: str
    polygon: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class PlanDesk:
    code: str
    x: float
    y: float
    rotation: float
    active: bool
    occupant: str | None  # Korean name; hot desks with several users list them joined
    organisation: str | None
    swatch: Swatch | None = None  # the organisation's (planner.palette), None when vacant
    badge: str = ""
    people: int = 0  # occupants on the day (two on a shared hot desk)


@dataclass(frozen=True)
class FloorPlan:
    site: str
    building: str
    floor: str
    width_m: float
    depth_m: float
    day: dt.date
    zones: tuple[PlanZone, ...]
    desks: tuple[PlanDesk, ...]


def _fitted_size(
    text: str, font: str, width: float, largest: float, smallest: float = 2.6
) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    measured = stringWidth(text, font, 1)
    return max(smallest, min(largest, width / measured)) if measured else largest


class PlanDrawing:
    """A flowable (duck-typed through reportlab's Flowable, created lazily) drawing the plan."""

    @staticmethod
    def make(plan: FloorPlan, width: float, height: float) -> Any:
        from reportlab.platypus import Flowable

        scale = min(width / plan.width_m, height / plan.depth_m)
        drawn = plan.depth_m * scale  # top-aligned: no empty band above a wide, shallow floor

        class _Plan(Flowable):
            def wrap(self, *_: Any) -> tuple[float, float]:
                return width, drawn

            def draw(self) -> None:
                _draw_plan(self.canv, plan, width, drawn)

        return _Plan()


def _label_zone(
    canvas: Any, zone: PlanZone, desks: tuple[PlanDesk, ...], at: Any, scale: float, sans: str
) -> None:
    """The zone's name in the free band above or below its desks, whichever is deeper."""
    from reportlab.lib.colors import Color

    left, right = min(x for x, _ in zone.polygon), max(x for x, _ in zone.polygon)
    upper, lower = min(y for _, y in zone.polygon), max(y for _, y in zone.polygon)
    inside = [d for d in desks if left <= d.x <= right and upper <= d.y <= lower]
    above = (min(d.y for d in inside) - DESK_D / 2 - upper) if inside else lower - upper
    below = (lower - max(d.y for d in inside) - DESK_D / 2) if inside else 0.0
    band = max(above, below) * scale
    size = min(
        _fitted_size(zone.name, f"{sans}-Bold", (right - left) * scale - 6, 9, 4), max(band - 3, 4)
    )
    canvas.setFillColor(Color(0.3, 0.3, 0.36))
    canvas.setFont(f"{sans}-Bold", size)
    if above >= below:
        x, y = at(left, upper)
        canvas.drawString(x + 3, y - size - 1.5, zone.name)
    else:
        x, y = at(left, lower)
        canvas.drawString(x + 3, y + 2.5, zone.name)


def _draw_plan(canvas: Any, plan: FloorPlan, width: float, height: float) -> None:
    from reportlab.lib.colors import Color

    sans, _ = register_fonts()
    scale = min(width / plan.width_m, height / plan.depth_m)
    ox = (width - plan.width_m * scale) / 2
    top = height - (height - plan.depth_m * scale) / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return ox + x * scale, top - y * scale  # the plan's y grows downwards, the page's upwards

    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(Color(0.25, 0.25, 0.3))
    canvas.rect(ox, top - plan.depth_m * scale, plan.width_m * scale, plan.depth_m * scale)
    for zone in plan.zones:
        path = canvas.beginPath()
        first, *rest = [at(x, y) for x, y in zone.polygon]
        path.moveTo(*first)
        for point in rest:
            path.lineTo(*point)
        path.close()
        canvas.setFillColor(Color(*ZONE_FILLS.get(zone.kind, (0.97, 0.97, 0.97))))
        canvas.setStrokeColor(Color(0.45, 0.45, 0.5))
        canvas.setLineWidth(0.6)
        canvas.drawPath(path, fill=1, stroke=1)
        _label_zone(canvas, zone, plan.desks, at, scale, sans)
    desk_w, desk_d = DESK_W * scale, DESK_D * scale
    code_size = _fitted_size("3F-A-000", sans, desk_w - 2, 4.5)
    for desk in plan.desks:
        cx, cy = at(desk.x, desk.y)
        canvas.saveState()
        canvas.translate(cx, cy)
        if desk.rotation % 180:
            canvas.rotate(-desk.rotation)  # text stays upright for the usual 0/180
        if not desk.active:
            swatch = INACTIVE
        else:
            swatch = desk.swatch or VACANT
        canvas.setFillColor(_colour(swatch.fill))
        canvas.setStrokeColor(Color(0.35, 0.35, 0.4))
        canvas.setLineWidth(0.4)
        canvas.rect(-desk_w / 2, -desk_d / 2, desk_w, desk_d, fill=1, stroke=1)
        canvas.setFillColor(Color(0.35, 0.35, 0.4))
        canvas.setFont(sans, code_size)
        canvas.drawCentredString(0, desk_d / 2 - code_size - 0.6, desk.code)
        if desk.occupant:
            size = _fitted_size(desk.occupant, f"{sans}-Bold", desk_w - 2, 6.5)
            canvas.setFillColor(Color(0.08, 0.08, 0.1))
            canvas.setFont(f"{sans}-Bold", size)
            canvas.drawCentredString(0, -desk_d / 2 + 1.2, desk.occupant)
        canvas.restoreState()
    canvas.restoreState()


def _colour(rgb: tuple[int, int, int]) -> Any:
    from reportlab.lib.colors import Color

    return Color(*(c / 255 for c in rgb))


def _legend(plan: FloorPlan) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table, TableStyle

    from planner.export.layout import FONT_ALL

    desks: dict[str, int] = {}
    people: dict[str, int] = {}
    swatches: dict[str, Swatch] = {}
    for desk in plan.desks:
        if desk.organisation:
            desks[desk.organisation] = desks.get(desk.organisation, 0) + 1
            people[desk.organisation] = people.get(desk.organisation, 0) + max(desk.people, 1)
            swatches[desk.organisation] = desk.swatch or VACANT
    vacant = sum(1 for d in plan.desks if d.active and not d.organisation)
    inactive = sum(1 for d in plan.desks if not d.active)
    # People first, their desks in brackets (a shared hot desk seats two).
    entries = [
        (name, swatches[name].fill, f"{name} {people[name]}명 ({desks[name]}석)")
        for name in sorted(desks)
    ]
    entries.append(("vacant", VACANT.fill, f"빈 좌석 {vacant}"))
    if inactive:
        entries.append(("inactive", INACTIVE.fill, f"사용 중지 {inactive}"))
    cells: list[Any] = []
    commands: list[tuple] = [
        FONT_ALL,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]
    for index, (_key, fill, label) in enumerate(entries):
        cells += ["", label]
        commands += [
            ("BACKGROUND", (2 * index, 0), (2 * index, 0), _colour(fill)),
            ("BOX", (2 * index, 0), (2 * index, 0), 0.4, Color(0.35, 0.35, 0.4)),
        ]
    table = Table(
        [cells], colWidths=[4 * MM, None] * len(entries), rowHeights=[4 * MM], hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def build_seating_chart(plan: FloorPlan, paper: str = "A3") -> bytes:
    from reportlab.lib.pagesizes import A3, A4, landscape
    from reportlab.platypus import Paragraph, Spacer

    size = landscape(A3 if paper.upper() == "A3" else A4)
    margins = (20, 14, 18, 14)
    width = size[0] - (margins[1] + margins[3]) * MM
    height = size[1] - (margins[0] + margins[2]) * MM
    s = styles()
    occupied = sum(1 for d in plan.desks if d.occupant)
    seats = sum(1 for d in plan.desks if d.active)
    title = f"{plan.building} {plan.floor} 좌석 배치도"
    heading = Paragraph(
        f"{title} <font size=9 color='#6b6b73'>{date_ko(plan.day)} 기준 · "
        f"좌석 {seats}석 중 {occupied}석 사용</font>",
        s.annex_title,
    )
    legend = _legend(plan)
    reserved = 17 * MM + 6 * MM  # heading and legend
    story = [
        heading,
        Spacer(1, 2 * MM),
        legend,
        Spacer(1, 3 * MM),
        PlanDrawing.make(plan, width, height - reserved),
    ]
    furniture = PageFurniture(
        header_left=f"{plan.site} · {title}", header_right=f"{date_ko(plan.day)} 기준"
    )
    return build_pdf(
        story, furniture=furniture, created=plan.day, title=title, pagesize=size, margins_mm=margins
    )
