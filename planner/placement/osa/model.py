"""The instance compiled into flat integer tables for fast incremental cost evaluation.

Spaces are scaled to integers (hundredths of m² for the public instances) so that deltas add up
exactly and equal objectives compare equal.  A cost is one Python integer that packs two numbers:
``soft + HARD_UNIT * hard`` where ``soft`` is the scaled objective and ``hard`` counts violated hard
constraints; :func:`split_cost` unpacks it.  This lets the search accumulate a single integer per
move and still weigh hard violations however it likes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from planner.placement.osa.instance import ConstraintKind, Instance

HARD_UNIT = 1 << 48
_HALF_UNIT = HARD_UNIT >> 1
_MAX_DECIMALS = 6
# Constraints that are (nearly always) met only when both entities are on one floor.
_SAME_FLOOR_KINDS = (ConstraintKind.NEARBY, ConstraintKind.ADJACENCY, ConstraintKind.SAME_ROOM)


def split_cost(cost: int) -> tuple[int, int]:
    """Return ``(soft, hard)`` of a packed cost or cost delta (|soft| < HARD_UNIT / 2)."""
    hard = (cost + _HALF_UNIT) // HARD_UNIT
    return cost - hard * HARD_UNIT, hard


@dataclass(frozen=True, slots=True)
class Pair:
    """A two-entity constraint seen from one of its entities."""

    other: int
    kind: ConstraintKind
    violated: tuple[tuple[int, ...], ...]  # [my room][other's room] -> 0/1
    weight: int  # packed cost when violated


@dataclass(frozen=True, slots=True)
class CompiledProblem:
    scale: int
    entities: int
    rooms: int
    space: tuple[int, ...]
    capacity: tuple[int, ...]
    overuse_weight: tuple[int, ...]  # per room: packed cost of its capacity constraints if overused
    not_sharing_weight: tuple[int, ...]  # per entity: packed cost of its not-sharing constraints
    unary: tuple[tuple[int, ...], ...]  # [entity][room]: allocation / non-allocation costs
    pairs: tuple[tuple[Pair, ...], ...]  # per entity
    domain: tuple[tuple[int, ...], ...]  # rooms an entity may take without breaking hard unary ones
    allowed: tuple[tuple[bool, ...], ...]  # [entity][room] membership of ``domain``
    movable: tuple[int, ...]  # entities with more than one room in their domain
    blocks: tuple[tuple[int, ...], ...]  # per entity: its component of hard same-room constraints
    floor: tuple[int, ...]  # per room
    neighbours: tuple[tuple[int, ...], ...]  # per room: adjacent rooms including itself
    floor_links: tuple[tuple[int, ...], ...]  # per entity: entities it should share a floor with

    def room_cost(self, room: int, used: int, count: int, not_sharing: int) -> int:
        over = used - self.capacity[room]
        cost = 2 * over + self.overuse_weight[room] if over > 0 else -over
        return cost + not_sharing if count >= 2 else cost

    def cost(self, assignment: list[int]) -> int:
        """Full packed cost of an assignment (used to initialise and to cross-check deltas)."""
        used, count, sharing = [0] * self.rooms, [0] * self.rooms, [0] * self.rooms
        total = 0
        for entity, room in enumerate(assignment):
            used[room] += self.space[entity]
            count[room] += 1
            sharing[room] += self.not_sharing_weight[entity]
            total += self.unary[entity][room]
            for pair in self.pairs[entity]:
                if pair.other > entity:
                    total += pair.weight * pair.violated[room][assignment[pair.other]]
        for room in range(self.rooms):
            total += self.room_cost(room, used[room], count[room], sharing[room])
        return total

    def objective(self, packed: int) -> float:
        return split_cost(packed)[0] / self.scale


def _decimals(value: float) -> int:
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def compile_problem(instance: Instance) -> CompiledProblem:
    values = [e.space for e in instance.entities] + [r.capacity for r in instance.rooms]
    scale = 10 ** min(_MAX_DECIMALS, max((_decimals(v) for v in values), default=0))
    n, m = len(instance.entities), len(instance.rooms)

    def weight(constraint_hard: bool, penalty: float) -> int:
        return HARD_UNIT if constraint_hard else round(penalty * scale)

    floor = [r.floor for r in instance.rooms]
    same = tuple(tuple(int(a != b) for b in range(m)) for a in range(m))
    violated_by_kind = {
        ConstraintKind.SAME_ROOM: same,
        ConstraintKind.NOT_SAME_ROOM: tuple(tuple(1 - v for v in row) for row in same),
        ConstraintKind.ADJACENCY: tuple(
            tuple(int(not instance.adjacent(a, b)) for b in range(m)) for a in range(m)
        ),
        ConstraintKind.NEARBY: tuple(
            tuple(int(floor[a] != floor[b]) for b in range(m)) for a in range(m)
        ),
        ConstraintKind.AWAY_FROM: tuple(
            tuple(int(floor[a] == floor[b]) for b in range(m)) for a in range(m)
        ),
    }
    overuse, sharing = [0] * m, [0] * n
    unary = [[0] * m for _ in range(n)]
    pairs: list[list[Pair]] = [[] for _ in range(n)]
    allowed = [[True] * m for _ in range(n)]
    together: list[list[int]] = [[e] for e in range(n)]  # hard same-room adjacency lists
    for c in instance.constraints:
        w = weight(c.hard, c.penalty)
        if c.kind is ConstraintKind.CAPACITY:
            overuse[c.first] += w
        elif c.kind is ConstraintKind.NOT_SHARING:
            sharing[c.first] += w
        elif c.kind is ConstraintKind.ALLOCATION:
            for room in range(m):
                if room != c.second:
                    unary[c.first][room] += w
                    allowed[c.first][room] &= not c.hard
        elif c.kind is ConstraintKind.NON_ALLOCATION:
            unary[c.first][c.second] += w
            allowed[c.first][c.second] &= not c.hard
        else:
            matrix = violated_by_kind[c.kind]
            pairs[c.first].append(Pair(c.second, c.kind, matrix, w))
            pairs[c.second].append(Pair(c.first, c.kind, matrix, w))  # every matrix is symmetric
            if c.kind is ConstraintKind.SAME_ROOM and c.hard:
                together[c.first].append(c.second)
                together[c.second].append(c.first)
    for row in allowed:
        if not any(row):  # contradictory hard unary constraints: let the penalties report it
            row[:] = [True] * m
    domain = tuple(tuple(r for r in range(m) if row[r]) for row in allowed)
    return CompiledProblem(
        scale=scale,
        entities=n,
        rooms=m,
        space=tuple(round(e.space * scale) for e in instance.entities),
        capacity=tuple(round(r.capacity * scale) for r in instance.rooms),
        overuse_weight=tuple(overuse),
        not_sharing_weight=tuple(sharing),
        unary=tuple(tuple(row) for row in unary),
        pairs=tuple(tuple(p) for p in pairs),
        domain=domain,
        allowed=tuple(tuple(row) for row in allowed),
        movable=tuple(e for e in range(n) if len(domain[e]) > 1),
        blocks=_components(together),
        floor=tuple(floor),
        neighbours=tuple((r.index, *r.adjacent) for r in instance.rooms),
        floor_links=tuple(
            tuple(sorted({p.other for p in ps if p.kind in _SAME_FLOOR_KINDS})) for ps in pairs
        ),
    )


def _components(links: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    block_of: list[tuple[int, ...]] = [()] * len(links)
    for start in range(len(links)):
        if block_of[start]:
            continue
        seen, stack = {start}, [start]
        while stack:
            for other in links[stack.pop()]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        block = tuple(sorted(seen))
        for entity in block:
            block_of[entity] = block
    return tuple(block_of)
