"""Which desks are next to each other.

Two desks are adjacent when they are on the same floor, in the same zone, and their
centres are at most `max_distance_m` apart. Desks are dropped into square buckets of
that side, so each desk is compared only with the desks of its own and the eight
surrounding buckets: linear in the number of desks for any realistic floor plan.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from .model import DeskSpot

# Centres measured to the centimetre: 2.0 m apart must count as "within 2.0 m".
_TOLERANCE_M = 1e-6


def neighbour_lists(desks: Sequence[DeskSpot], max_distance_m: float) -> list[tuple[int, ...]]:
    """For each desk (by index), the indices of its adjacent desks in ascending order."""
    if max_distance_m <= 0:
        return [() for _ in desks]
    # Slightly wider than the reach, so that two desks within reach are never two
    # buckets apart, even when rounding puts one just across a bucket edge.
    cell = (max_distance_m + _TOLERANCE_M) * 1.001
    limit_sq = (max_distance_m + _TOLERANCE_M) ** 2
    buckets: dict[tuple[str, str, int, int], list[int]] = defaultdict(list)
    for index, desk in enumerate(desks):
        key = (desk.floor, desk.zone, math.floor(desk.x / cell), math.floor(desk.y / cell))
        buckets[key].append(index)

    neighbours: list[list[int]] = [[] for _ in desks]
    for (floor, zone, bx, by), members in buckets.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                other = buckets.get((floor, zone, bx + dx, by + dy))
                if not other:
                    continue
                for i in members:
                    xi, yi = desks[i].x, desks[i].y
                    for j in other:
                        if j == i:
                            continue
                        ddx, ddy = desks[j].x - xi, desks[j].y - yi
                        if ddx * ddx + ddy * ddy <= limit_sq:
                            neighbours[i].append(j)
    return [tuple(sorted(found)) for found in neighbours]


def adjacent_pairs(neighbours: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Every adjacent pair once, as (smaller index, larger index)."""
    return [(i, j) for i, found in enumerate(neighbours) for j in found if i < j]
