"""Plane geometry for floor layouts: plain tuples in metres, no database and no Qt."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from planner.errors import ValidationError

Point = tuple[float, float]


def contains(polygon: Sequence[Sequence[float]], point: Point) -> bool:
    """Even-odd ray casting; a point on an edge may fall either way."""
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            cross_x = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross_x:
                inside = not inside
    return inside


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """True when the segments properly cross (touching end points do not count)."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    return (o1 * o2 < 0) and (o3 * o4 < 0)


def signed_area(polygon: Sequence[Sequence[float]]) -> float:
    total = 0.0
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        total += x1 * y2 - x2 * y1
    return total / 2.0


def polygon_problem(
    polygon: Sequence[Sequence[float]], width_m: float, depth_m: float
) -> tuple[str, ...] | None:
    """Why this outline cannot be a zone of a ``width_m`` × ``depth_m`` floor, or None: the
    problem's English template (%1, %2, … where the values go) followed by its values."""
    points = [(float(x), float(y)) for x, y in polygon]
    if len(points) < 3:
        return ("a zone needs at least three corners",)
    if any(not (math.isfinite(x) and math.isfinite(y)) for x, y in points):
        return ("a corner is not a number",)
    if any(not (0.0 <= x <= width_m and 0.0 <= y <= depth_m) for x, y in points):
        return ("a corner lies outside the floor (%1 × %2 m)", f"{width_m:g}", f"{depth_m:g}")
    n = len(points)
    for i in range(n):
        a, b = points[i], points[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue  # the closing edge shares a corner with the first one
            c, d = points[j], points[(j + 1) % n]
            if _segments_cross(a, b, c, d):
                return ("the outline crosses itself",)
    if abs(signed_area(points)) < 0.01:
        return ("the outline encloses no area",)
    return None


def snap(value: float, step: float) -> float:
    return round(value / step) * step if step > 0 else value


def grid_positions(
    origin: Point, rows: int, columns: int, spacing_x: float, spacing_y: float
) -> list[Point]:
    """Centres of a grid of desks, row by row, the first at ``origin``."""
    ox, oy = origin
    return [(ox + c * spacing_x, oy + r * spacing_y) for r in range(rows) for c in range(columns)]


def desk_codes(prefix: str, first: int, count: int, digits: int) -> list[str]:
    return [f"{prefix}{n:0{max(digits, 1)}d}" for n in range(first, first + count)]


def calibrate(
    offset: Point, scale: float, first_px: Point, second_px: Point, distance_m: float
) -> tuple[float, Point]:
    """New metres-per-pixel so that two image points lie ``distance_m`` apart; the offset is
    moved so that the first point stays where it was on the floor."""
    pixels = math.dist(first_px, second_px)
    if pixels <= 0 or distance_m <= 0:
        raise ValidationError.from_template(
            "calibration", "two different points and a positive distance are needed"
        )
    new_scale = distance_m / pixels
    anchor = (offset[0] + first_px[0] * scale, offset[1] + first_px[1] * scale)
    return new_scale, (anchor[0] - first_px[0] * new_scale, anchor[1] - first_px[1] * new_scale)


def next_code(codes: Sequence[str], near: str | None) -> tuple[str, int, int]:
    """Prefix, next free number and digits for new desks, following the code of the desk
    ``near`` where they go (``3F-A-012`` → ``3F-A-``, one past the highest ``3F-A-`` number)."""
    pattern = re.compile(r"^(.*?)(\d+)$")
    found = pattern.match(near or "")
    if found is None:
        prefix, digits = (near + "-") if near else "D-", 3
    else:
        prefix, digits = found.group(1), len(found.group(2))
    highest = 0
    for code in codes:
        match = pattern.match(code)
        if match is not None and match.group(1) == prefix:
            highest = max(highest, int(match.group(2)))
    return prefix, highest + 1, digits
