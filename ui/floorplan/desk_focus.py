"""Which desk the arrow keys go to: the nearest one in that direction.

A desk counts as "in that direction" when it lies within 45° either side of the arrow; among
those the one nearest along the arrow wins, a sideways offset costing twice as much (so Right
goes to the next desk of the same row before a closer desk of the next row). When nothing
lies within the cone, any desk ahead of the current one will do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt

Centre = tuple[int, float, float]  # desk id, x, y (y grows downwards, as on screen)

DIRECTIONS: dict[Qt.Key, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
SIDEWAYS_COST = 2.0


def nearest_in_direction(
    origin: tuple[float, float], direction: tuple[int, int], desks: Iterable[Centre], skip: int
) -> int | None:
    """The id of the desk the arrow ``direction`` leads to from ``origin`` (``skip``: the
    desk at the origin)."""
    ox, oy = origin
    dx, dy = direction
    best: tuple[int, float, int] | None = None  # (outside the cone, score, id)
    for desk_id, x, y in desks:
        if desk_id == skip:
            continue
        ahead = (x - ox) * dx + (y - oy) * dy
        if ahead <= 1e-6:
            continue
        aside = abs((x - ox) * dy - (y - oy) * dx)
        key = (0 if aside <= ahead else 1, ahead + SIDEWAYS_COST * aside, desk_id)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def nearest_to(point: tuple[float, float], desks: Iterable[Centre]) -> int | None:
    """The desk whose centre is nearest ``point`` (where the arrows start without a focus)."""
    px, py = point
    found = min(desks, key=lambda d: (d[1] - px) ** 2 + (d[2] - py) ** 2, default=None)
    return None if found is None else found[0]
