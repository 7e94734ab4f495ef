"""Neighbour search: the bucketed search must agree with comparing every pair."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.placement.desk import DeskSpot
from planner.placement.desk.adjacency import adjacent_pairs, neighbour_lists


def _desk(code: str, x: float, y: float, zone: str = "A", floor: str = "3F") -> DeskSpot:
    return DeskSpot(code=code, floor=floor, zone=zone, x=x, y=y)


def test_two_metres_apart_counts_as_adjacent() -> None:
    desks = [_desk("a", 0.0, 0.0), _desk("b", 2.0, 0.0), _desk("c", 4.01, 0.0)]
    assert neighbour_lists(desks, 2.0) == [(1,), (0,), ()]


def test_other_zone_or_floor_is_never_adjacent() -> None:
    desks = [_desk("a", 0, 0), _desk("b", 1, 0, zone="B"), _desk("c", 0, 1, floor="4F")]
    assert neighbour_lists(desks, 2.0) == [(), (), ()]


def test_diagonal_beyond_distance_is_not_adjacent() -> None:
    # 1.5 m along the row and 1.7 m between rows: the diagonal is 2.27 m.
    desks = [_desk("a", 0, 0), _desk("b", 1.5, 0), _desk("c", 0, 1.7), _desk("d", 1.5, 1.7)]
    assert adjacent_pairs(neighbour_lists(desks, 2.0)) == [(0, 1), (0, 2), (1, 3), (2, 3)]


coordinates = st.floats(min_value=-20, max_value=20, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(
    points=st.lists(st.tuples(coordinates, coordinates, st.sampled_from("AB")), max_size=40),
    distance=st.floats(min_value=0.5, max_value=5.0),
)
def test_bucketed_search_matches_brute_force(points, distance) -> None:
    desks = [_desk(str(i), x, y, zone) for i, (x, y, zone) in enumerate(points)]
    found = neighbour_lists(desks, distance)
    for i, a in enumerate(desks):
        expected = tuple(
            j
            for j, b in enumerate(desks)
            if j != i and a.zone == b.zone and math.hypot(a.x - b.x, a.y - b.y) <= distance + 1e-6
        )
        assert found[i] == expected
