"""How good a seating is for each research team, in numbers a coordinator can check.

The yardstick is the most adjacent pairs that s desks can share on a square grid,
2s - ceil(2*sqrt(s)) (Harary & Harborth, 1976): a team of 9 in a 3x3 block has 12
pairs, and no arrangement on a grid does better. Real floors have aisles, odd
shapes and zones smaller than some teams, so 100 % is not always reachable.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .model import Candidate, DeskSpot, TeamExplanation


def pair_bound(size: int) -> int:
    """2s - ceil(2*sqrt(s)), computed exactly in integers (0 for s <= 1)."""
    if size <= 1:
        return 0
    # ceil(2*sqrt(s)) == ceil(sqrt(4s)) == isqrt(4s - 1) + 1 for s >= 1
    return 2 * size - (math.isqrt(4 * size - 1) + 1)


def team_pairs(desk_team: Sequence[int], neighbours: Sequence[Sequence[int]]) -> dict[int, int]:
    """Adjacent same-team pairs per team id, given the team id at each desk (-1 = none)."""
    pairs: dict[int, int] = defaultdict(int)
    for desk, team in enumerate(desk_team):
        if team < 0:
            continue
        for other in neighbours[desk]:
            if other > desk and desk_team[other] == team:
                pairs[team] += 1
    return dict(pairs)


def explain_teams(
    desks: Sequence[DeskSpot],
    neighbours: Sequence[Sequence[int]],
    candidates: Sequence[Candidate],
    assignments: Mapping[str, str],
) -> list[TeamExplanation]:
    """One explanation per research task among the candidates, sorted by task code."""
    desk_index = {desk.code: index for index, desk in enumerate(desks)}
    task_ids = {task: i for i, task in enumerate(sorted({c.task for c in candidates if c.task}))}
    desk_team = [-1] * len(desks)
    zones: dict[str, Counter[str]] = defaultdict(Counter)
    seated: Counter[str] = Counter()
    unplaced: Counter[str] = Counter()
    for person in candidates:
        if not person.task:
            continue
        code = assignments.get(person.key)
        if code is None:
            unplaced[person.task] += 1
            continue
        seated[person.task] += 1
        index = desk_index.get(code)
        if index is not None:
            desk_team[index] = task_ids[person.task]
            zones[person.task][f"{desks[index].floor}/{desks[index].zone}"] += 1
    pairs = team_pairs(desk_team, neighbours)
    return [
        TeamExplanation(
            task=task,
            size=seated[task],
            unplaced=unplaced[task],
            pairs=pairs.get(team_id, 0),
            bound=pair_bound(seated[task]),
            zones=tuple(zone for zone, _ in zones[task].most_common()),
        )
        for task, team_id in task_ids.items()
    ]


def summary_line(team: TeamExplanation) -> str:
    """'F-01: 12 seated in 3F/A, 17 of 17 possible adjacent pairs (100 %)'."""
    where = ", ".join(team.zones) or "nowhere"
    line = (
        f"{team.task}: {team.size} seated in {where}, {team.pairs} of {team.bound} "
        f"possible adjacent pairs ({team.score:.0f} %)"
    )
    if team.unplaced:
        line += f", {team.unplaced} without a desk"
    return line
