"""A DXF drawing laid onto a floor: zones, desks and the vector background, in floor metres.

Pure: a :class:`~planner.io.dxf_floor.DxfDrawing` and the user's choice of layers and units
in, a :class:`FloorLayout` out. The floor's origin is the top-left corner of the drawing's
extent less a margin; the drawing's y axis (up) becomes the floor's (down). Angles turn the
same way on screen as in the CAD program.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from planner.io.dxf_floor import (
    CODE_TWICE,
    NO_LAYER,
    NOTHING,
    TOO_WIDE,
    DrawingRefused,
    DxfDrawing,
    likeliest_layer,
    metres_per_unit,
)
from planner.models.enums import ZoneKind

MARGIN_M = 1.0
MAX_FLOOR_M = 5000.0  # the floor's own limit (planner.services.sites)
SVG_UNITS_PER_M = 100  # the background SVG counts in centimetres
SVG_SCALE = 1.0 / SVG_UNITS_PER_M  # metres per SVG unit, the background's scale
FONT_FAMILY = "NanumGothic"  # the bundled Korean font (ui.fonts registers it)
# White-background colours: walls dark grey, room outlines darker, texts near black.
STROKE = "#7a7f87"
ROOM_STROKE = "#4b5058"
TEXT_FILL = "#30343a"

Point = tuple[float, float]
Said = tuple[str, tuple[str, ...]]  # an English template and its values (%1, %2, …)

NO_UNITS = "The drawing does not say its units ($INSUNITS); millimetres assumed."
SAME_NAME = "Two rooms are named '%1'; the second is '%2'."
UNNAMED = "%1 room(s) have no text in the label layer; named Z01, Z02, …."
WARNINGS = (NO_UNITS, SAME_NAME, UNNAMED)


@dataclass(frozen=True)
class LayoutChoice:
    """The user's choice; None lets the drawing decide (the likeliest layer, $INSUNITS)."""

    layer_rooms: str | None = None
    layer_labels: str | None = None
    layer_desks: str | None = None
    units: str | None = None  # "m", "cm", "mm"


@dataclass(frozen=True)
class DrawnZone:
    name: str
    polygon: tuple[Point, ...]  # floor metres
    named: bool  # from a text in the label layer (else a generated name)
    kind: ZoneKind

    @property
    def centroid(self) -> Point:
        return _centroid(self.polygon)


@dataclass(frozen=True)
class DrawnDesk:
    code: str | None  # from the block's attribute, if it has one
    x: float  # floor metres
    y: float
    rotation: float  # degrees, clockwise on the plan
    zone: int | None  # index into FloorLayout.zones


@dataclass(frozen=True)
class FloorLayout:
    choice: LayoutChoice  # resolved: the layers and units actually used
    units_from: str  # "option", "$INSUNITS" or "default"
    metres_per_unit: float
    width_m: float
    depth_m: float
    zones: tuple[DrawnZone, ...]
    desks: tuple[DrawnDesk, ...]
    background_svg: bytes
    background_items: int
    warnings: tuple[Said, ...]  # (English template, values)


def lay_out(drawing: DxfDrawing, choice: LayoutChoice) -> FloorLayout:
    names = set(drawing.layer_names)
    for layer in (choice.layer_rooms, choice.layer_labels, choice.layer_desks):
        if layer is not None and layer not in names:
            raise DrawingRefused(
                NO_LAYER, drawing.file_name, layer, ", ".join(sorted(names)) or "-"
            )
    resolved = LayoutChoice(
        choice.layer_rooms or likeliest_layer(drawing.layers, "closed_outlines"),
        choice.layer_labels or likeliest_layer(drawing.layers, "texts"),
        choice.layer_desks or likeliest_layer(drawing.layers, "inserts"),
        choice.units,
    )
    scale, units_from = metres_per_unit(drawing, choice.units)
    resolved = LayoutChoice(
        resolved.layer_rooms,
        resolved.layer_labels,
        resolved.layer_desks,
        choice.units or drawing.units or "mm",
    )
    warnings: list[Said] = []
    if units_from == "default":
        warnings.append((NO_UNITS, ()))
    left, top, width, depth = _extent(drawing, scale)
    if width > MAX_FLOOR_M or depth > MAX_FLOOR_M:
        raise DrawingRefused(
            TOO_WIDE,
            drawing.file_name,
            f"{width:,.0f}",
            f"{depth:,.0f}",
            resolved.units,
            f"{MAX_FLOOR_M:,.0f}",
        )

    def to_floor(x: float, y: float) -> Point:
        return (x * scale - left, top - y * scale)

    rooms = [
        tuple(to_floor(x, y) for x, y in outline.points)
        for outline in drawing.outlines
        if outline.layer == resolved.layer_rooms
    ]
    rooms = [room for room in rooms if _area(room) > 0.01]
    labels = [
        (to_floor(t.x, t.y), t.text, t.height)
        for t in drawing.texts
        if t.layer == resolved.layer_labels
    ]
    zones = _zones(rooms, labels, warnings)
    desks = []
    for insert in drawing.inserts:
        if insert.layer != resolved.layer_desks:
            continue
        x, y = to_floor(insert.x, insert.y)
        desks.append(
            DrawnDesk(
                insert.code,
                round(x, 4),
                round(y, 4),
                round((-insert.rotation) % 360.0, 4) % 360.0,
                _innermost([z.polygon for z in zones], (x, y)),
            )
        )
    codes = [d.code.upper() for d in desks if d.code]
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise DrawingRefused(CODE_TWICE, drawing.file_name, ", ".join(twice[:10]))
    svg, items = _background(drawing, resolved, to_floor, scale, width, depth)
    return FloorLayout(
        resolved,
        units_from,
        scale,
        round(width, 3),
        round(depth, 3),
        tuple(zones),
        tuple(desks),
        svg,
        items,
        tuple(warnings),
    )


def _extent(drawing: DxfDrawing, scale: float) -> tuple[float, float, float, float]:
    """(left, top, width, depth) in metres, margin included, from everything drawn."""
    xs: list[float] = []
    ys: list[float] = []
    for stroke in drawing.strokes:
        for x, y in stroke.points:
            xs.append(x)
            ys.append(y)
    for item in (*drawing.texts, *drawing.inserts):
        xs.append(item.x)
        ys.append(item.y)
    if not xs:
        raise DrawingRefused(NOTHING, drawing.file_name)
    left = min(xs) * scale - MARGIN_M
    top = max(ys) * scale + MARGIN_M
    width = max(1.0, max(xs) * scale + MARGIN_M - left)
    depth = max(1.0, top - (min(ys) * scale - MARGIN_M))
    return left, top, width, depth


def _zones(
    rooms: list[tuple[Point, ...]],
    labels: list[tuple[Point, str, float]],
    warnings: list[Said],
) -> list[DrawnZone]:
    # Rooms in reading order (top to bottom, left to right), so generated names are stable.
    rooms.sort(key=lambda r: (round(_centroid(r)[1], 1), _centroid(r)[0]))
    best: dict[int, tuple[float, str]] = {}
    for point, text, height in labels:
        room = _innermost(rooms, point)
        if room is not None and (room not in best or height > best[room][0]):
            best[room] = (height, text[:100])
    zones: list[DrawnZone] = []
    taken: set[str] = set()
    unnamed = 0
    for index, polygon in enumerate(rooms):
        named = index in best
        name = best[index][1] if named else f"Z{index + 1:02d}"
        unnamed += not named
        base, n = name, 2
        while name.casefold() in taken:
            name = f"{base} ({n})"
            n += 1
        if name != base:
            warnings.append((SAME_NAME, (base, name)))
        taken.add(name.casefold())
        zones.append(
            DrawnZone(
                name, tuple((round(x, 4), round(y, 4)) for x, y in polygon), named, zone_kind(name)
            )
        )
    if unnamed:
        warnings.append((UNNAMED, (str(unnamed),)))
    return zones


_KINDS = (
    (("회의", "meeting", "세미나", "conference"), ZoneKind.MEETING),
    (("서버", "server", "전산"), ZoneKind.SERVER_ROOM),
    (("실험", "lab"), ZoneKind.LAB),
    (("창업", "startup", "start-up", "스타트업"), ZoneKind.STARTUP),
    (("교수", "office", "원장", "센터장"), ZoneKind.PRIVATE_OFFICE),
)


def zone_kind(name: str) -> ZoneKind:
    folded = name.casefold()
    for words, kind in _KINDS:
        if any(word in folded for word in words):
            return kind
    return ZoneKind.OPEN_OFFICE


def _area(polygon: Sequence[Point]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2.0


def _centroid(polygon: Sequence[Point]) -> Point:
    return (
        sum(x for x, _ in polygon) / len(polygon),
        sum(y for _, y in polygon) / len(polygon),
    )


def contains(polygon: Sequence[Point], point: Point) -> bool:
    """Even-odd rule."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _innermost(polygons: Sequence[Sequence[Point]], point: Point) -> int | None:
    """Index of the smallest polygon holding ``point`` (a room inside a larger area)."""
    found: tuple[float, int] | None = None
    for index, polygon in enumerate(polygons):
        if contains(polygon, point):
            area = _area(polygon)
            if found is None or area < found[0]:
                found = (area, index)
    return None if found is None else found[1]


def _background(drawing, choice: LayoutChoice, to_floor, scale, width, depth) -> tuple[bytes, int]:
    """The drawing as SVG in centimetres: every stroke, and the texts that are not room names
    (the plan writes those itself, from the zones); desk blocks are drawn by the plan too."""
    k = SVG_UNITS_PER_M
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * k:.0f}" '
        f'height="{depth * k:.0f}" viewBox="0 0 {width * k:.0f} {depth * k:.0f}">',
        f'<g fill="none" stroke="{STROKE}" stroke-width="2" stroke-linejoin="round">',
    ]
    items = 0
    for stroke in drawing.strokes:
        points = " ".join(
            f"{x * k:.1f},{y * k:.1f}" for x, y in (to_floor(px, py) for px, py in stroke.points)
        )
        tag = "polygon" if stroke.closed else "polyline"
        room = ' stroke="' + ROOM_STROKE + '" stroke-width="3"' if (
            stroke.layer == choice.layer_rooms
        ) else ""
        parts.append(f'<{tag} points="{points}"{room}/>')
        items += 1
    parts.append("</g>")
    parts.append(f'<g fill="{TEXT_FILL}" font-family="{FONT_FAMILY}">')
    for text in drawing.texts:
        if text.layer == choice.layer_labels:
            continue
        x, y = to_floor(text.x, text.y)
        size = max(1.0, text.height * scale * k)
        turn = (
            f' transform="rotate({-text.rotation:.1f} {x * k:.1f} {y * k:.1f})"'
            if not math.isclose(text.rotation % 360.0, 0.0)
            else ""
        )
        parts.append(
            f'<text x="{x * k:.1f}" y="{y * k:.1f}" font-size="{size:.1f}"{turn}>'
            f"{escape(text.text)}</text>"
        )
        items += 1
    parts.append("</g></svg>")
    return "\n".join(parts).encode("utf-8"), items

