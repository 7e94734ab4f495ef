"""Realistic, seeded floor plans and research teams for the benchmark and the tests.

What "realistic" means here, from the institute's floors:
- a floor holds several zones side by side, separated by corridors 2.5-3.5 m wide, so
  no two zones' desks are within adjacency distance (they are different zones anyway);
- a zone is 12-24 desks in 3-6 rows, either plain rows (desk pitch 1.4-1.6 m along a
  row, 1.6-1.8 m between rows) or pods of 2x2 desks with 1.8-1.9 m between pods; a
  pillar or a printer sometimes takes a desk's place, and the last row may be short;
- a few desks are accessible (about 1 in 20) and window desks line the outer wall;
- teams have 3-25 members, skewed small; one in twenty has 25, more than any zone holds.
Diagonal neighbours are more than 2 m apart, so a desk has at most four neighbours.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .model import Candidate, DeskSpot

_FLOOR_WIDTH_M = 64.0
_CORRIDOR_M = (2.5, 3.5)
_ROW_PITCH_M = (1.6, 1.8)
_SEAT_PITCH_M = (1.4, 1.6)
_POD_GAP_M = (1.8, 1.9)


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    desks: int = 240
    min_zone: int = 12
    max_zone: int = 24
    zones_per_floor: int = 6
    accessible_share: float = 0.05


def generate_desks(spec: LayoutSpec, seed: int) -> list[DeskSpot]:
    """At least `spec.desks` desks (the last zone is trimmed to hit the count exactly)."""
    rng = random.Random(seed)
    desks: list[DeskSpot] = []
    floor = 0
    while len(desks) < spec.desks:
        floor += 1
        desks.extend(_floor_desks(spec, rng, floor, spec.desks - len(desks)))
    return desks


def _floor_desks(spec: LayoutSpec, rng: random.Random, floor: int, wanted: int) -> list[DeskSpot]:
    desks: list[DeskSpot] = []
    x0, y0, band_height = 1.0, 1.0, 0.0
    for zone_number in range(spec.zones_per_floor):
        if len(desks) >= wanted:
            break
        size = min(rng.randint(spec.min_zone, spec.max_zone), wanted - len(desks))
        spots = _zone_shape(rng, size)
        width = max(x for x, _ in spots) + 1.0
        height = max(y for _, y in spots) + 1.0
        if x0 + width > _FLOOR_WIDTH_M:  # next band of zones, across a corridor
            x0, y0, band_height = 1.0, y0 + band_height + rng.uniform(*_CORRIDOR_M), 0.0
        zone = chr(ord("A") + zone_number)
        for n, (x, y) in enumerate(spots, start=1):
            features = {"monitor"}
            if y == 0.0 and y0 == 1.0:
                features.add("window")
            if rng.random() < spec.accessible_share:
                features.add("accessible")
            desks.append(
                DeskSpot(
                    code=f"{floor}F-{zone}-{n:03d}",
                    floor=f"{floor}F",
                    zone=zone,
                    x=round(x0 + x, 2),
                    y=round(y0 + y, 2),
                    kind="fixed",
                    features=frozenset(features),
                    zone_kind="lab" if rng.random() < 0.2 else "open_office",
                )
            )
        x0 += width + rng.uniform(*_CORRIDOR_M)
        band_height = max(band_height, height)
    return desks


def _zone_shape(rng: random.Random, size: int) -> list[tuple[float, float]]:
    """Desk centres relative to the zone's corner, exactly `size` of them."""
    rows = rng.choice([r for r in (3, 4, 5, 6) if r <= max(3, size // 3)] or [3])
    columns = -(-size // rows)
    pods = rng.random() < 0.4
    seat, row_pitch = rng.uniform(*_SEAT_PITCH_M), rng.uniform(*_ROW_PITCH_M)
    gap = rng.uniform(*_POD_GAP_M)
    xs = [0.0]
    for c in range(1, columns + 1):
        xs.append(xs[-1] + (gap if pods and c % 2 == 0 else seat))
    ys = [0.0]
    for r in range(1, rows + 1):
        ys.append(ys[-1] + (gap if pods and r % 2 == 0 else row_pitch))
    spots = [(round(xs[c], 2), round(ys[r], 2)) for r in range(rows) for c in range(columns)]
    # A pillar now and then, then trim the last row to the wanted count.
    if len(spots) > size and rng.random() < 0.5:
        spots.pop(rng.randrange(len(spots) - columns, len(spots)))
    if rng.random() < 0.3 and len(spots) > size:
        spots.pop(rng.randrange(columns, len(spots) - columns) if rows > 2 else 0)
    return spots[:size]


def team_sizes(
    people: int, teams: int, seed: int, smallest: int = 3, largest: int = 25
) -> list[int]:
    """Sizes in [smallest, largest] summing to `people`, skewed small like real teams;
    one team in twenty has `largest` members (bigger than any generated zone)."""
    if not smallest * teams <= people <= largest * teams:
        raise ValueError(f"{people} people cannot form {teams} teams of {smallest}-{largest}")
    rng = random.Random(seed)
    sizes = [smallest] * teams
    for i in range(-(-teams // 20)):
        sizes[i] = min(largest, smallest + (people - smallest * teams) // 4)
    weights = [rng.lognormvariate(0.0, 0.6) for _ in range(teams)]
    while sum(sizes) < people:
        i = rng.choices(range(teams), weights=weights)[0]
        if sizes[i] < largest:
            sizes[i] += 1
    return sizes


def generate_people(
    people: int, teams: int, seed: int, accessible_needs: int = 2
) -> list[Candidate]:
    """Researchers in `teams` research tasks (T-001, ...); a few need an accessible desk."""
    rng = random.Random(seed + 1)
    candidates = []
    for team, size in enumerate(team_sizes(people, teams, seed)):
        for member in range(size):
            candidates.append(
                Candidate(
                    key=f"t{team + 1:03d}m{member + 1:02d}@example.org",
                    name=f"Member {member + 1} of T-{team + 1:03d}",
                    task=f"T-{team + 1:03d}",
                    role=rng.choice(("researcher", "student researcher", "KT staff")),
                )
            )
    for index in rng.sample(range(len(candidates)), min(accessible_needs, len(candidates))):
        person = candidates[index]
        candidates[index] = Candidate(
            person.key, person.name, person.task, person.role, frozenset({"accessible"})
        )
    return candidates
