"""Simulated annealing over room assignments with incremental (delta) costs.

Moves: relocate one entity to another room of its domain, swap the rooms of two entities, or
relocate a block of entities tied by hard same-room constraints.  Hard violations are allowed
during the search but cost ``hard_weight`` objective units each; the best assignment is kept
lexicographically by (hard violations, objective), so a feasible one always wins.

The loop is written flat, with locals instead of attribute lookups, because it runs millions of
times per solve in pure Python; ``CompiledProblem.cost`` is the readable reference for the
arithmetic.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from planner.placement.osa.model import CompiledProblem, split_cost

#: Called every CHECK_EVERY iterations with the iterations done; returns the run's progress in
#: [0, 1] (drives the temperature) or None to stop.
Clock = Callable[[int], "float | None"]
CHECK_EVERY = 256


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
) -> AnnealResult:
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

    def room_cost(room: int, load: int, members: int, sharers: int) -> int:
        over = load - cap[room]
        cost = 2 * over + overuse[room] if over > 0 else -over
        return cost + sharers if members >= 2 else cost

    def relocate_delta(entity: int, source: int, target: int) -> int:
        s, w = space[entity], alone[entity]
        delta = (
            room_cost(source, used[source] - s, count[source] - 1, sharing[source] - w)
            - room_cost(source, used[source], count[source], sharing[source])
            + room_cost(target, used[target] + s, count[target] + 1, sharing[target] + w)
            - room_cost(target, used[target], count[target], sharing[target])
        )
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
        if pick >= n_movable:  # a block bound by hard same-room constraints moves as a whole
            entity_domain = domain[entity]
            target = entity_domain[int(rnd() * len(entity_domain))]
            members = [e for e in problem.blocks[entity] if room_of[e] != target]
            if not members or not all(allowed[e][target] for e in members):
                continue
            trail, delta = [], 0
            for member in members:
                trail.append((member, room_of[member]))
                delta += relocate_delta(member, room_of[member], target)
                move(member, room_of[member], target)
            d_soft, d_hard = split_cost(delta)
            effective = d_soft + d_hard * hard_scaled
            if effective > 0 and rnd() >= exp(-effective / temperature):
                for member, back in reversed(trail):
                    move(member, target, back)
                continue
        elif rnd() < swap_share:
            partner = movable[int(rnd() * n_movable)]
            target = room_of[partner]
            if target == source or not allowed[entity][target] or not allowed[partner][source]:
                continue
            s1, s2, w1, w2 = space[entity], space[partner], alone[entity], alone[partner]
            delta = (
                room_cost(source, used[source] - s1 + s2, count[source], sharing[source] - w1 + w2)
                - room_cost(source, used[source], count[source], sharing[source])
                + room_cost(target, used[target] - s2 + s1, count[target], sharing[target] - w2 + w1)
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
            d_soft, d_hard = split_cost(delta)
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
            d_soft, d_hard = split_cost(delta)
            effective = d_soft + d_hard * hard_scaled
            if effective > 0 and rnd() >= exp(-effective / temperature):
                continue
            move(entity, source, target)
        soft += d_soft
        hard += d_hard
        if hard < best_hard or (hard == best_hard and soft < best_soft):
            best, best_soft, best_hard = list(room_of), soft, hard
    return AnnealResult(best, best_soft, best_hard, iterations)
