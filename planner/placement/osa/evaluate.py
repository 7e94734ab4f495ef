"""Independent evaluation of an assignment: objective and hard-constraint check.

Deliberately written from the problem definition alone, in floating point and without any of the
solver's incremental bookkeeping, so that it can serve as the referee for the solver in tests and
benchmarks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from planner.placement.osa.instance import Constraint, ConstraintKind, Instance


@dataclass(frozen=True, slots=True)
class Evaluation:
    objective: float  # space misuse + penalties of violated soft constraints
    space_misuse: float
    soft_penalty: float
    violated_hard: tuple[int, ...]  # constraint indices
    violated_soft: tuple[int, ...]

    @property
    def feasible(self) -> bool:
        return not self.violated_hard


def room_misuse(capacity: float, used: float) -> float:
    """Wasted space costs 1 per m², overused space 2 per m²."""
    return max(capacity - used, 2.0 * (used - capacity))


def is_violated(instance: Instance, constraint: Constraint, assignment: Sequence[int]) -> bool:
    kind, first, second = constraint.kind, constraint.first, constraint.second
    if kind is ConstraintKind.ALLOCATION:
        return assignment[first] != second
    if kind is ConstraintKind.NON_ALLOCATION:
        return assignment[first] == second
    if kind is ConstraintKind.CAPACITY:
        room = instance.rooms[first]
        used = math.fsum(e.space for e in instance.entities if assignment[e.index] == first)
        return used > room.capacity + 1e-9
    if kind is ConstraintKind.NOT_SHARING:
        room = assignment[first]
        return any(assignment[e] == room for e in range(len(assignment)) if e != first)
    room_a, room_b = assignment[first], assignment[second]
    if kind is ConstraintKind.SAME_ROOM:
        return room_a != room_b
    if kind is ConstraintKind.NOT_SAME_ROOM:
        return room_a == room_b
    if kind is ConstraintKind.ADJACENCY:
        return not (room_a == room_b or room_b in instance.rooms[room_a].adjacent)
    same_floor = instance.rooms[room_a].floor == instance.rooms[room_b].floor
    if kind is ConstraintKind.NEARBY:
        return not same_floor
    if kind is ConstraintKind.AWAY_FROM:
        return same_floor
    raise ValueError(f"cannot evaluate constraint kind {kind!r}")


def evaluate(instance: Instance, assignment: Sequence[int]) -> Evaluation:
    """Score ``assignment`` (room index per entity); raises ValueError if it is malformed."""
    if len(assignment) != len(instance.entities):
        raise ValueError(
            f"assignment has {len(assignment)} rooms for {len(instance.entities)} entities"
        )
    for entity, room in enumerate(assignment):
        if not 0 <= room < len(instance.rooms):
            raise ValueError(f"entity {entity} is in room {room}, which does not exist")
    used = [0.0] * len(instance.rooms)
    for entity in instance.entities:
        used[assignment[entity.index]] += entity.space
    misuse = math.fsum(room_misuse(r.capacity, used[r.index]) for r in instance.rooms)
    violated = [c for c in instance.constraints if is_violated(instance, c, assignment)]
    penalty = math.fsum(c.penalty for c in violated if not c.hard)
    return Evaluation(
        objective=round(misuse + penalty, 9),
        space_misuse=misuse,
        soft_penalty=penalty,
        violated_hard=tuple(c.index for c in violated if c.hard),
        violated_soft=tuple(c.index for c in violated if not c.hard),
    )
