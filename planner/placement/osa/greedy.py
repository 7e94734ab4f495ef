"""A constructive heuristic: the starting point of the search and the benchmark's baseline.

Entities are placed one at a time, most constrained and largest first, each into the room where
it adds the least cost given the entities placed so far (hard violations weigh
``hard_weight`` objective units each).  Deterministic.
"""

from __future__ import annotations

from planner.placement.osa.model import HARD_UNIT, CompiledProblem, split_cost

#: Per hard violation, in objective units: high enough to dominate any soft trade-off here.
DEFAULT_HARD_WEIGHT = 1000.0


def greedy_assignment(
    problem: CompiledProblem, hard_weight: float = DEFAULT_HARD_WEIGHT
) -> list[int]:
    n, m = problem.entities, problem.rooms
    hard_scaled = round(hard_weight * problem.scale)

    def effective(packed: int) -> int:
        soft, hard = split_cost(packed)
        return soft + hard * hard_scaled

    def urgency(entity: int) -> tuple[int, int, int]:
        hard_ties = sum(p.weight >= HARD_UNIT for p in problem.pairs[entity])
        return (len(problem.domain[entity]), -problem.not_sharing_weight[entity] - hard_ties,
                -problem.space[entity])

    used, count, sharing = [0] * m, [0] * m, [0] * m
    room_of = [-1] * n
    for entity in sorted(range(n), key=urgency):
        space, alone = problem.space[entity], problem.not_sharing_weight[entity]
        best_room, best_cost = -1, 0
        for room in problem.domain[entity]:
            # Unfilled rooms are not yet "wasted": only charge overuse, never empty space.
            before = max(0, problem.room_cost(room, used[room], count[room], sharing[room])
                         - max(0, problem.capacity[room] - used[room]))
            after = problem.room_cost(room, used[room] + space, count[room] + 1,
                                      sharing[room] + alone)
            after -= max(0, problem.capacity[room] - used[room] - space)
            delta = after - before + problem.unary[entity][room]
            # Prefer filling a room snugly: remaining free space counts a little.
            delta += max(0, problem.capacity[room] - used[room] - space) // 2
            for pair in problem.pairs[entity]:
                other_room = room_of[pair.other]
                if other_room >= 0:
                    delta += pair.weight * pair.violated[room][other_room]
            cost = effective(delta)
            if best_room < 0 or cost < best_cost:
                best_room, best_cost = room, cost
        room_of[entity] = best_room
        used[best_room] += space
        count[best_room] += 1
        sharing[best_room] += alone
    return room_of
