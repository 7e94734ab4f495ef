"""The greedy yardstick: snake fill by team.

Walk the desks zone by zone, row by row, alternating direction (like a snake), and hand
them out team after team in task order. It is what a coordinator does by hand, and
what the engine's benchmark figures are compared with. It ignores needs and zone rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .model import Candidate, DeskSpot

_ROW_TOLERANCE_M = 0.5


def snake_order(desks: Sequence[DeskSpot]) -> list[int]:
    """Desk indices zone by zone (in order of appearance), rows top to bottom, snaking."""
    by_zone: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, desk in enumerate(desks):
        by_zone[(desk.floor, desk.zone)].append(index)
    order: list[int] = []
    for members in by_zone.values():
        members.sort(key=lambda i: (desks[i].y, desks[i].x))
        rows: list[list[int]] = []
        for index in members:
            if rows and abs(desks[index].y - desks[rows[-1][0]].y) <= _ROW_TOLERANCE_M:
                rows[-1].append(index)
            else:
                rows.append([index])
        for number, row in enumerate(rows):
            row.sort(key=lambda i: desks[i].x, reverse=number % 2 == 1)
            order.extend(row)
    return order


def snake_fill(desks: Sequence[DeskSpot], people: Sequence[Candidate]) -> dict[str, str]:
    """person key -> desk code, teams in task order, people without a task last."""
    ordered = sorted(people, key=lambda p: (p.task is None, p.task or ""))
    return {
        person.key: desks[desk].code
        for person, desk in zip(ordered, snake_order(desks), strict=False)
    }
