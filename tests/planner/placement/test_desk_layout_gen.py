"""The benchmark's floors and teams look like the institute's: zones apart, teams 3-25."""

from __future__ import annotations

import math
from collections import Counter

from planner.placement.desk.adjacency import neighbour_lists
from planner.placement.desk.layout_gen import (
    LayoutSpec,
    generate_desks,
    generate_people,
    team_sizes,
)


def test_layout_has_the_requested_desks_in_small_separate_zones() -> None:
    spec = LayoutSpec(desks=240)
    desks = generate_desks(spec, seed=5)
    assert len(desks) == 240
    assert len({d.code for d in desks}) == 240
    zones = Counter((d.floor, d.zone) for d in desks)
    assert len({floor for floor, _ in zones}) >= 2
    assert all(size <= spec.max_zone for size in zones.values())
    # Corridors: desks of different zones on a floor are never within 2 m of each other.
    for a in desks:
        for b in desks:
            if a.floor == b.floor and a.zone != b.zone:
                assert math.hypot(a.x - b.x, a.y - b.y) > 2.0


def test_zones_are_connected_rows_with_at_most_four_neighbours() -> None:
    desks = generate_desks(LayoutSpec(desks=240), seed=6)
    neighbours = neighbour_lists(desks, 2.0)
    assert max(len(n) for n in neighbours) <= 4
    assert sum(len(n) for n in neighbours) / len(desks) > 2.5


def test_team_sizes_sum_up_and_stay_in_range() -> None:
    sizes = team_sizes(200, 20, seed=2)
    assert sum(sizes) == 200 and len(sizes) == 20
    assert min(sizes) >= 3 and max(sizes) == 25  # one team larger than any zone


def test_people_are_seeded_and_a_few_need_accessible_desks() -> None:
    people = generate_people(200, 20, seed=3)
    assert people == generate_people(200, 20, seed=3)
    assert len({p.task for p in people}) == 20
    assert sum(1 for p in people if "accessible" in p.needs) == 2
