"""Simulated annealing over room assignments with incremental (delta) costs.

Moves: relocate one entity to another room of its domain, swap the rooms of two entities,
relocate a block of entities tied by hard same-room constraints, or send an entity and the
floor-mates it is tied to (nearby, adjacency, same room) to another floor together, each
swapping with a like-sized entity there.  The group move is what lets the search shift a whole
team between floors: one member at a time, every step breaks several constraints.

Hard violations are allowed during the search but cost ``hard_weight`` objective units each;
the best assignment is kept lexicographically by (hard violations, objective), so a feasible
one always wins.

The loop is written flat, with locals instead of attribute lookups, because it runs millions of
times per solve in pure Python; ``CompiledProblem.cost`` is the readable reference for the
arithmetic.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from planner.placement.osa.model import HARD_UNIT, CompiledProblem, split_cost

#: Called every CHECK_EVERY iterations with the iterations done; returns the run's progress in
#: [0, 1] (drives the temperature) or None to stop.
Clock = Callable[[int], "float | None"]
CHECK_EVERY = 256
GROUP_LIMIT = 8  # entities moved together to another floor by one group move
PARTNER_TRIES = 24  # random draws to find a like-sized swap partner on the target floor


@dataclass(frozen=True, slots=True)
class AnnealResult:
    best: list[int]
    best_soft: int  # scaled objective of ``best``
    best_hard: int  # hard violations of ``best``
    iterations: int


def anneal(
    problem: CompiledProblem,
    start: list[int],
    rng: random.Random,
    clock: Clock,
    *,
    start_temperature: float,
    end_temperature: float,
    hard_weight: float,
    swap_share: float = 0.5,
    group_share: float = 0.02,
    improved: Callable[[int, int], None] | None = None,
) -> AnnealResult:
    """Cool from ``start_temperature`` to ``end_temperature`` as ``clock`` reports progress.

    ``improved(soft, hard)`` is told of every new best, so that callers can show progress live
    rather than only when the phase ends.
    """
    scale = problem.scale
    space, cap, overuse = problem.space, problem.capacity, problem.overuse_weight
    alone, unary, allowed, domain = (
        problem.not_sharing_weight, problem.unary, problem.allowed, problem.domain
    )
    pairs = [[(p.other, p.violated, p.weight) for p in ps] for ps in problem.pairs]
    movable = [e for e in problem.movable if len(problem.blocks[e]) == 1]
    blocked = [e for e in problem.movable if len(problem.blocks[e]) > 1]
    candidates = movable + blocked
    if not candidates:
        soft, hard = split_cost(problem.cost(start))
        return AnnealResult(list(start), soft, hard, 0)
    n_candidates, n_movable = len(candidates), len(movable)
    room_floor, links = problem.floor, problem.floor_links
    floors = sorted(set(room_floor))
    rooms_on = {level: [r for r in range(problem.rooms) if room_floor[r] == level]
                for level in floors}
    if len(floors) < 2:
        group_share = 0.0

    room_of = list(start)
    m = problem.rooms
    used, count, sharing = [0] * m, [0] * m, [0] * m
    for entity, room in enumerate(room_of):
        used[room] += space[entity]
        count[room] += 1
        sharing[room] += alone[entity]
    soft, hard = split_cost(problem.cost(room_of))
    best, best_soft, best_hard = list(room_of), soft, hard

    hard_scaled = round(hard_weight * scale)
    log_ratio = math.log(end_temperature / start_temperature)
    temperature = start_temperature * scale
    rnd, exp = rng.random, math.exp
    unit, half_unit = HARD_UNIT, HARD_UNIT // 2

    def room_cost(room: int, load: int, members: int, sharers: int) -> int:
        over = load - cap[room]
        cost = 2 * over + overuse[room] if over > 0 else -over
        return cost + sharers if members >= 2 else cost

    def relocate_delta(entity: int, source: int, target: int) -> int:
        # room_cost() of both rooms before and after, inlined: this is the hottest code.
        s, w = space[entity], alone[entity]
        over = used[source] - cap[source]
        delta = -(2 * over + overuse[source] if over > 0 else -over)
        over -= s
        delta += 2 * over + overuse[source] if over > 0 else -over
        members = count[source]
        if members >= 2:
            delta -= w if members >= 3 else sharing[source]
        over = used[target] - cap[target]
        delta -= 2 * over + overuse[target] if over > 0 else -over
        over += s
        delta += 2 * over + overuse[target] if over > 0 else -over
        members = count[target]
        if members >= 1:
            delta += w if members >= 2 else sharing[target] + w
        row = unary[entity]
        delta += row[target] - row[source]
        for other, violated, weight in pairs[entity]:
            there = room_of[other]
            delta += weight * (violated[target][there] - violated[source][there])
        return delta

    def move(entity: int, source: int, target: int) -> None:
        s, w = space[entity], alone[entity]
        room_of[entity] = target
        used[source] -= s
        used[target] += s
        count[source] -= 1
        count[target] += 1
        sharing[source] -= w
        sharing[target] += w

    def floor_group(entity: int, level: int) -> list[int]:
        """The entity and, breadth first, entities on its floor it should stay near to."""
        group, seen = [entity], {entity}
        for member in group:
            for other in links[member]:
                if (other not in seen and len(group) < GROUP_LIMIT and len(domain[other]) > 1
                        and room_floor[room_of[other]] == level):
                    seen.add(other)
                    group.append(other)
        return group

    def _partner_on(level: int, member: int, members: set[int], source: int) -> int:
        """A random entity on floor ``level`` to swap with, preferably of the same size.

        Sampled rather than searched: scanning every entity made group moves a third of the
        annealing time although they are one move in fifty.
        """
        fallback = -1
        for _ in range(PARTNER_TRIES):
            other = movable[int(rnd() * n_movable)]
            there = room_of[other]
            if (room_floor[there] != level or other in members or not allowed[other][source]
                    or not allowed[member][there]):
                continue
            if space[other] == space[member]:
                return other
            if fallback < 0:
                fallback = other
        return fallback

    def move_group(group: list[int], level: int, trail: list[tuple[int, int]]) -> int:
        """Send every member to floor ``level`` by swapping with a like-sized entity there."""
        members, delta = set(group), 0
        for member in group:
            source = room_of[member]
            partner = _partner_on(level, member, members, source)
            if partner >= 0:
                target = room_of[partner]
                delta += relocate_delta(member, source, target)
                move(member, source, target)
                delta += relocate_delta(partner, target, source)
                move(partner, target, source)
                trail += ((member, source), (partner, target))
            else:
                choices = [r for r in rooms_on[level] if allowed[member][r]]
                if not choices:
                    continue
                target = rng.choice(choices)
                delta += relocate_delta(member, source, target)
                move(member, source, target)
                trail.append((member, source))
        return delta

    iterations = 0
    while True:
        if iterations % CHECK_EVERY == 0:
            progress = clock(iterations)
            if progress is None:
                break
            temperature = start_temperature * scale * exp(log_ratio * progress)
        iterations += 1
        pick = int(rnd() * n_candidates)
        entity = candidates[pick]
        source = room_of[entity]
        if pick >= n_movable or rnd() < group_share:
            trail: list[tuple[int, int]] = []
            if pick >= n_movable:  # a block bound by hard same-room constraints moves as one
                entity_domain = domain[entity]
                target = entity_domain[int(rnd() * len(entity_domain))]
                members = [e for e in problem.blocks[entity] if room_of[e] != target]
                if not members or not all(allowed[e][target] for e in members):
                    continue
                delta = 0
                for member in members:
                    trail.append((member, room_of[member]))
                    delta += relocate_delta(member, room_of[member], target)
                    move(member, room_of[member], target)
            else:  # an entity and its floor-mates move to another floor together
                level = room_floor[source]
                other_levels = [f for f in floors if f != level]
                delta = move_group(floor_group(entity, level), rng.choice(other_levels), trail)
            d_hard = (delta + half_unit) // unit  # split_cost, inlined for speed
            d_soft = delta - d_hard * unit
            effective = d_soft + d_hard * hard_scaled
            if effective > 0 and rnd() >= exp(-effective / temperature):
                for member, back in reversed(trail):
                    move(member, room_of[member], back)
                continue
        elif rnd() < swap_share:
            partner = movable[int(rnd() * n_movable)]
            target = room_of[partner]
            if target == source or not allowed[entity][target] or not allowed[partner][source]:
                continue
            s1, s2, w1, w2 = space[entity], space[partner], alone[entity], alone[partner]
            delta = (
                room_cost(source, used[source] - s1 + s2, count[source],
                          sharing[source] - w1 + w2)
                - room_cost(source, used[source], count[source], sharing[source])
                + room_cost(target, used[target] - s2 + s1, count[target],
                            sharing[target] - w2 + w1)
                - room_cost(target, used[target], count[target], sharing[target])
            )
            row, other_row = unary[entity], unary[partner]
            delta += row[target] - row[source] + other_row[source] - other_row[target]
            # A constraint between the two swapped entities is unaffected: matrices are symmetric.
            for other, violated, weight in pairs[entity]:
                if other != partner:
                    there = room_of[other]
                    delta += weight * (violated[target][there] - violated[source][there])
            for other, violated, weight in pairs[partner]:
                if other != entity:
                    there = room_of[other]
                    delta += weight * (violated[source][there] - violated[target][there])
            d_hard = (delta + half_unit) // unit  # split_cost, inlined for speed
            d_soft = delta - d_hard * unit
            effective = d_soft + d_hard * hard_scaled
            if effective > 0 and rnd() >= exp(-effective / temperature):
                continue
            move(entity, source, target)
            move(partner, target, source)
        else:
            entity_domain = domain[entity]
            target = entity_domain[int(rnd() * len(entity_domain))]
            if target == source:
                continue
            delta = relocate_delta(entity, source, target)
            d_hard = (delta + half_unit) // unit  # split_cost, inlined for speed
            d_soft = delta - d_hard * unit
            effective = d_soft + d_hard * hard_scaled
            if effective > 0 and rnd() >= exp(-effective / temperature):
                continue
            move(entity, source, target)
        soft += d_soft
        hard += d_hard
        if hard < best_hard or (hard == best_hard and soft < best_soft):
            best, best_soft, best_hard = list(room_of), soft, hard
            if improved is not None:
                improved(soft, hard)
    return AnnealResult(best, best_soft, best_hard, iterations)
