"""Large-neighbourhood search: repeatedly pick a few related rooms and re-pack them exactly.

Rooms are chosen around a "trouble spot" (a room that wastes or overuses space, or an entity
whose soft constraint is broken) and grown along constraints and floors, because an improvement
usually needs the rooms of entities that constrain each other.  The neighbourhood size adapts:
it grows by a room while CP-SAT proves its re-packings optimal, and shrinks when CP-SAT runs
out of time.  Equal-cost re-packings are accepted too, to drift along plateaus.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from planner.placement.osa.instance import Instance
from planner.placement.osa.model import CompiledProblem, split_cost
from planner.placement.osa.repack import repack

MIN_ROOMS, MAX_ROOMS = 4, 24
#: How many annealing moves one re-pack counts as, against an ``iteration_limit``.
REPACK_MOVES = 20_000
REPACK_WORK = 0.5  # CP-SAT deterministic seconds per re-pack
REPACK_SECONDS = 2.0  # wall-clock cap per re-pack, when the run need not be reproducible


def improve_by_repacking(
    problem: CompiledProblem,
    instance: Instance,
    start: list[int],
    rng: random.Random,
    should_stop: Callable[[], bool],
    accept: Callable[[list[int]], None],
    *,
    deterministic: bool,
    seconds_left: Callable[[], float],
    count_moves: Callable[[int], None] | None = None,
    work: float = REPACK_WORK,
) -> list[int]:
    """Re-pack until ``should_stop()``; ``accept`` sees every strictly better assignment."""
    floor = [room.floor for room in instance.rooms]
    rooms_by_floor: dict[int, list[int]] = {}
    for room, level in enumerate(floor):
        rooms_by_floor.setdefault(level, []).append(room)
    current = list(start)
    soft, hard = split_cost(problem.cost(current))
    size = 8
    while not should_stop():
        if count_moves is not None:
            count_moves(REPACK_MOVES)
        rooms = _pick_rooms(problem, current, rng, size, floor, rooms_by_floor)
        # Deterministic runs must not depend on the clock, except to respect the time limit.
        candidate, proven = repack(problem, current, rooms, seed=rng.randrange(1 << 30),
                                   deterministic_seconds=work,
                                   wall_seconds=seconds_left() if deterministic
                                   else min(REPACK_SECONDS, seconds_left()))
        if candidate is None:
            size = max(MIN_ROOMS, size - 1)
            continue
        size = min(MAX_ROOMS, size + 1) if proven else max(MIN_ROOMS, size - 1)
        new_soft, new_hard = split_cost(problem.cost(candidate))
        if (new_hard, new_soft) <= (hard, soft):
            better = (new_hard, new_soft) < (hard, soft)
            current, soft, hard = candidate, new_soft, new_hard
            if better:
                accept(list(current))
    return current


def room_trouble(problem: CompiledProblem, assignment: list[int]) -> list[int]:
    """Scaled soft cost per room: its misuse plus the soft constraints its entities break."""
    used, count, sharing = [0] * problem.rooms, [0] * problem.rooms, [0] * problem.rooms
    trouble = [0] * problem.rooms
    for entity, room in enumerate(assignment):
        used[room] += problem.space[entity]
        count[room] += 1
        sharing[room] += problem.not_sharing_weight[entity]
        trouble[room] += split_cost(problem.unary[entity][room])[0]
        for pair in problem.pairs[entity]:
            if pair.violated[room][assignment[pair.other]]:
                trouble[room] += split_cost(pair.weight)[0]
    for room in range(problem.rooms):
        cost = problem.room_cost(room, used[room], count[room], sharing[room])
        trouble[room] += split_cost(cost)[0]
    return trouble


def _pick_rooms(problem: CompiledProblem, assignment: list[int], rng: random.Random, size: int,
                floor: list[int], rooms_by_floor: dict[int, list[int]]) -> list[int]:
    trouble = room_trouble(problem, assignment)
    troubled = [r for r in range(problem.rooms) if trouble[r] > 0]
    weights = [trouble[r] for r in troubled]

    def troubled_room() -> int:
        return rng.choices(troubled, weights)[0] if troubled else rng.randrange(problem.rooms)

    seed_room = troubled_room() if rng.random() < 0.7 else assignment[
        rng.randrange(problem.entities)]
    chosen, chosen_set = [seed_room], {seed_room}
    while len(chosen) < min(size, problem.rooms):
        draw = rng.random()
        room = -1
        if draw < 0.4:  # the room of an entity constrained together with a chosen one
            occupants = [e for e, r in enumerate(assignment) if r in chosen_set]
            linked = [] if not occupants else [
                assignment[p.other] for p in problem.pairs[rng.choice(occupants)]]
            linked = [r for r in linked if r not in chosen_set]
            if linked:
                room = rng.choice(linked)
        elif draw < 0.65:  # another room that wastes or overuses space or breaks a constraint
            room = troubled_room()
        if room < 0 and draw < 0.85:  # a room on the same floor as a chosen one
            same_floor = rooms_by_floor[floor[rng.choice(chosen)]]
            room = rng.choice(same_floor)
        if room < 0 or room in chosen_set:
            room = rng.randrange(problem.rooms)
        if room not in chosen_set:
            chosen.append(room)
            chosen_set.add(room)
    return chosen
