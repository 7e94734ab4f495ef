"""Floor layouts: zones on both sides of a central corridor, desks in facing pairs."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.models import DeskFeature, DeskKind, ZoneKind

PITCH_X = 1.6  # metres between desk centres along a row
PITCH_Y = 1.5  # metres between the two desks of a facing pair
AISLE = 2.4  # metres between pairs of rows


@dataclass
class DeskSpec:
    code: str
    x: float
    y: float
    rotation: float
    kind: DeskKind
    features: int


@dataclass
class ZoneSpec:
    name: str
    kind: ZoneKind
    x: float
    y: float
    width: float
    depth: float
    desks: list[DeskSpec] = field(default_factory=list)

    @property
    def polygon(self) -> list[list[float]]:
        x0, y0, x1, y1 = self.x, self.y, self.x + self.width, self.y + self.depth
        return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def open_office(name: str, prefix: str, x: float, y: float, width: float, depth: float,
                kind: ZoneKind = ZoneKind.OPEN_OFFICE, desk_kind: DeskKind = DeskKind.FIXED,
                window_side: str = "north") -> ZoneSpec:
    """Facing pairs of desk rows; the row nearest the outer wall gets the window feature."""
    zone = ZoneSpec(name, kind, x, y, width, depth)
    columns = max(int((width - 1.6) // PITCH_X), 1)
    pairs = max(int((depth - 1.2) // (2 * PITCH_Y + AISLE - PITCH_Y)), 1)
    number = 1
    for pair in range(pairs):
        for side in (0, 1):
            row_y = y + 1.4 + pair * (PITCH_Y + AISLE) + side * PITCH_Y
            if row_y > y + depth - 0.8:
                continue
            near_window = (window_side == "north" and pair == 0 and side == 0) or (
                window_side == "south" and row_y + PITCH_Y + AISLE > y + depth - 0.8
            )
            for column in range(columns):
                features = DeskFeature.MONITOR
                if near_window:
                    features |= DeskFeature.WINDOW
                if column == 0 and pair == 0:
                    features |= DeskFeature.ACCESSIBLE  # next to the door, step-free
                if column == columns - 1 and side == 1:
                    features |= DeskFeature.STANDING
                zone.desks.append(DeskSpec(
                    f"{prefix}-{number:03d}", round(x + 1.2 + column * PITCH_X, 2), round(row_y, 2),
                    180.0 if side else 0.0, desk_kind, int(features),
                ))
                number += 1
    return zone


def private_offices(name: str, prefix: str, x: float, y: float, width: float, depth: float,
                    count: int) -> ZoneSpec:
    """A row of single offices (one office desk each), as professors have."""
    zone = ZoneSpec(name, ZoneKind.PRIVATE_OFFICE, x, y, width, depth)
    room = width / count
    for i in range(count):
        features = DeskFeature.MONITOR | DeskFeature.WINDOW
        if i == 0:
            features |= DeskFeature.ACCESSIBLE
        zone.desks.append(DeskSpec(
            f"{prefix}-{i + 1:03d}", round(x + room * (i + 0.5), 2), round(y + depth / 2, 2),
            0.0, DeskKind.OFFICE, int(features),
        ))
    return zone


def empty_room(name: str, kind: ZoneKind, x: float, y: float, width: float, depth: float) -> ZoneSpec:
    return ZoneSpec(name, kind, x, y, width, depth)
