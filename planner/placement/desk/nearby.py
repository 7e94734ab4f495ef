"""After the engine: bring newcomers who sit next to no teammate near their team.

Pure logic over the engine's plain objects; the placement service calls it.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from planner.placement.desk.model import Candidate, DeskSpot, PlacementOptions
from planner.placement.desk.rules import may_sit

Cost = tuple[int, int, float]
# Passes of `_settle_near_teams`; each pass moves every lonely newcomer at most once.
_SETTLE_PASSES = 4


def settle_near_teams(
    desks: Sequence[DeskSpot],
    neighbours: Sequence[Sequence[int]],
    candidates: Sequence[Candidate],
    assignments: Mapping[str, str],
    options: PlacementOptions,
    floor_levels: Mapping[str, tuple[str, int]],
    deadline: float,
) -> dict[str, str]:
    """Bring newcomers who sit next to no teammate as near their team as free desks allow.

    The engine counts adjacent same-team pairs only, so to it a newcomer with no
    teammate at hand is as well placed on another floor as in the team's own zone. A
    coordinator sees the difference. Such a newcomer moves to a free desk (or swaps with
    another such newcomer) nearer the team: a zone where teammates sit, else a floor
    where they sit, else the nearest floor in the same building. Someone with no
    same-team neighbour holds no pair, so this never lowers the engine's score;
    already-seated people never move. Stops at `deadline` (a perf_counter time).
    """
    where = {key: code for key, code in assignments.items()}
    index = {desk.code: i for i, desk in enumerate(desks)}
    person = {c.key: c for c in candidates}
    holder = {index[code]: key for key, code in where.items() if code in index}
    team_desks: dict[str | None, set[int]] = defaultdict(set)
    for key, code in where.items():
        if person[key].task and code in index:
            team_desks[person[key].task].add(index[code])
    free_by_floor: dict[str, set[int]] = defaultdict(set)
    for i, desk in enumerate(desks):
        if i not in holder:
            free_by_floor[desk.floor].add(i)

    def lonely(key: str) -> bool:
        task, at = person[key].task, index.get(where[key], -1)
        if not task or person[key].current_desk or at < 0:
            return False
        return not any(j in holder and person[holder[j]].task == task for j in neighbours[at])

    def coster(key: str) -> Callable[[int], Cost]:
        """Where `key` would sit at a desk: (0 in a teammate's zone, 1 on a teammate's
        floor, else 2; floors away from the nearest teammate; metres to the nearest)."""
        mates: dict[str, list[DeskSpot]] = defaultdict(list)
        for m in team_desks[person[key].task]:
            if holder.get(m) != key:
                mates[desks[m].floor].append(desks[m])
        gaps = {
            floor: min((_floors_apart(floor, other) for other in mates), default=0)
            for floor in floor_levels
        }

        def cost(at: int) -> Cost:
            desk = desks[at]
            on_floor = mates.get(desk.floor)
            if not on_floor:
                return 2, gaps[desk.floor], 0.0
            in_zone = [m for m in on_floor if m.zone == desk.zone]
            nearest = min(math.hypot(m.x - desk.x, m.y - desk.y) for m in in_zone or on_floor)
            return (0 if in_zone else 1), 0, nearest

        return cost

    def _floors_apart(a: str, b: str) -> int:
        (house_a, level_a), (house_b, level_b) = floor_levels[a], floor_levels[b]
        return abs(level_a - level_b) if house_a == house_b else 1_000

    fits: dict[tuple[str, frozenset[str], int], bool] = {}

    def may_take(key: str, at: int) -> bool:
        who = person[key]
        rule = (who.role, who.needs, at)  # the rules look at nothing else of a person
        if rule not in fits:
            fits[rule] = may_sit(who, desks[at], options)
        return fits[rule]

    def move(key: str, to: int) -> None:
        task, at = person[key].task, index[where[key]]
        del holder[at]
        team_desks[task].discard(at)
        free_by_floor[desks[at].floor].add(at)
        if to in holder:  # a swap: the other newcomer takes `at`
            other = holder[to]
            holder[at], where[other] = other, desks[at].code
            team_desks[person[other].task].discard(to)
            team_desks[person[other].task].add(at)
            free_by_floor[desks[at].floor].discard(at)
        free_by_floor[desks[to].floor].discard(to)
        holder[to], where[key] = key, desks[to].code
        team_desks[task].add(to)

    for _ in range(_SETTLE_PASSES):
        changed = False
        lonely_now = [k for k in where if lonely(k)]
        for key in lonely_now:
            if time.perf_counter() > deadline:
                return where
            if not lonely(key):
                continue
            at, task, cost = index[where[key]], person[key].task, coster(key)
            now = cost(at)
            if now == (0, 0, 0.0):
                continue
            # From a teammate's floor only another teammate floor can be nearer; from
            # elsewhere, any floor may be.
            floors = (
                {desks[m].floor for m in team_desks[task] if m != at}
                if now[0] < 2
                else set(free_by_floor)
            )
            best: tuple[Cost, int] | None = None
            for to in (t for floor in floors for t in free_by_floor[floor]):
                if may_take(key, to):
                    gain = _less(cost(to), now)
                    if gain is not None and (best is None or gain > best[0]):
                        best = (gain, to)
            for other in lonely_now:
                to = index[where[other]]
                if desks[to].floor not in floors or person[other].task == task:
                    continue
                if not (may_take(key, to) and may_take(other, at) and lonely(other)):
                    continue
                other_cost = coster(other)
                gain = _less(_add(cost(to), other_cost(at)), _add(now, other_cost(to)))
                if gain is not None and (best is None or gain > best[0]):
                    best = (gain, to)
            if best is not None:
                move(key, best[1])
                changed = True
        if not changed:
            break
    return where


def _add(a: Cost, b: Cost) -> Cost:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def _less(new: Cost, old: Cost) -> Cost | None:
    """How much better `new` is than `old` (tier, then floors, then metres), or None."""
    if (new[0], new[1]) < (old[0], old[1]) or (new[:2] == old[:2] and new[2] < old[2] - 1e-9):
        return old[0] - new[0], old[1] - new[1], old[2] - new[2]
    return None
