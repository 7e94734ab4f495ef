"""Growing one team as a compact block inside a zone, and seating stragglers anywhere.

`plan_growth` only simulates (it returns the desks it would take and the pairs it would
make), so the constructor can try a team in several zones and keep the best; `commit`
then seats the plan for real through the seat budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .capacity import SeatBudget
from .problem import Problem


def plan_growth(
    problem: Problem, occ: Sequence[int], zone: int, team: int, members: Sequence[int]
) -> tuple[list[int], int]:
    """Desk for each member (-1 if none suits) and the same-team pairs gained.

    The first member of a new block takes a corner (fewest free neighbours, top row
    first) so blocks pack against walls and each other; every later member takes the
    free desk touching most teammates, then the one closing most gaps, then the one
    nearest the block's centre.
    """
    desks, neighbours, team_of = problem.desks, problem.neighbours, problem.team_of
    zone_desks = problem.zones[zone].desks
    taken: set[int] = set()
    placed = [d for d in zone_desks if occ[d] >= 0 and team_of[occ[d]] == team]
    sum_x = sum(desks[d].x for d in placed)
    sum_y = sum(desks[d].y for d in placed)
    count = len(placed)
    plan: list[int] = []
    pairs = 0
    for person in members:
        allowed = problem.allowed[problem.person_class[person]]
        best_key: tuple[float, ...] | None = None
        best, best_mates = -1, 0
        for desk in zone_desks:
            if occ[desk] >= 0 or desk in taken or not allowed[desk]:
                continue
            mates = free = 0
            for other in neighbours[desk]:
                holder = occ[other]
                if holder >= 0:
                    mates += team_of[holder] == team
                elif other in taken:
                    mates += 1
                else:
                    free += 1
            if count:
                cx, cy = sum_x / count, sum_y / count
                spread = (desks[desk].x - cx) ** 2 + (desks[desk].y - cy) ** 2
                key: tuple[float, ...] = (-mates, free, spread, desk)
            else:
                key = (0, free, desks[desk].y, desk)
            if best_key is None or key < best_key:
                best_key, best, best_mates = key, desk, mates
        plan.append(best)
        if best >= 0:
            taken.add(best)
            pairs += best_mates
            sum_x += desks[best].x
            sum_y += desks[best].y
            count += 1
    return plan, pairs


def seat(
    problem: Problem, occ: list[int], pos: list[int], budget: SeatBudget, person: int, desk: int
) -> bool:
    """Seat `person` at `desk` if the seat budget lets everyone else still find a desk."""
    if not budget.try_take(problem.person_class[person], problem.desk_class[desk]):
        return False
    occ[desk] = person
    pos[person] = desk
    return True


def commit(
    problem: Problem,
    occ: list[int],
    pos: list[int],
    budget: SeatBudget,
    members: Sequence[int],
    plan: Sequence[int],
) -> list[int]:
    """Seat members at their planned desks; return those who could not be seated."""
    return [
        p
        for p, d in zip(members, plan, strict=True)
        if d < 0 or not seat(problem, occ, pos, budget, p, d)
    ]


def place_without_team(
    problem: Problem, occ: list[int], pos: list[int], budget: SeatBudget, people: Sequence[int]
) -> None:
    """Seat people without a research task in nooks (desks with fewest free neighbours),
    leaving open stretches to teams placed later or re-planned. One sort for everyone:
    a visitor cohort of hundreds must not cost a scan of the building each."""
    if not people:
        return
    neighbours = problem.neighbours
    nooks = sorted(
        (sum(1 for other in neighbours[desk] if occ[other] < 0), desk)
        for desk, holder in enumerate(occ)
        if holder < 0
    )
    for person in people:
        allowed = problem.allowed[problem.person_class[person]]
        for _, desk in nooks:
            if occ[desk] < 0 and allowed[desk] and seat(problem, occ, pos, budget, person, desk):
                break
        else:
            raise AssertionError("the seat budget promised a desk for every placeable person")


def place_anywhere(
    problem: Problem, occ: list[int], pos: list[int], budget: SeatBudget, person: int
) -> None:
    """Seat one team member at the best free desk of the whole plan that suits them:
    next to teammates if possible, else near them on their floor."""
    desks, neighbours, team_of = problem.desks, problem.neighbours, problem.team_of
    team = team_of[person]
    allowed = problem.allowed[problem.person_class[person]]
    mates = (
        [pos[p] for p, t in enumerate(team_of) if t == team and pos[p] >= 0] if team >= 0 else []
    )
    floors = Counter(desks[d].floor for d in mates)
    main_floor = floors.most_common(1)[0][0] if floors else None
    cx = sum(desks[d].x for d in mates) / len(mates) if mates else 0.0
    cy = sum(desks[d].y for d in mates) / len(mates) if mates else 0.0
    options = []
    for desk, holder in enumerate(occ):
        if holder >= 0 or not allowed[desk]:
            continue
        free = sum(1 for other in neighbours[desk] if occ[other] < 0)
        if mates:
            near = sum(
                1 for other in neighbours[desk] if occ[other] >= 0 and team_of[occ[other]] == team
            )
            spread = (desks[desk].x - cx) ** 2 + (desks[desk].y - cy) ** 2
            key: tuple[object, ...] = (-near, desks[desk].floor != main_floor, spread, free, desk)
        else:
            key = (0, False, 0.0, free, desk)
        options.append((key, desk))
    options.sort()
    for _, desk in options:
        if seat(problem, occ, pos, budget, person, desk):
            return
    raise AssertionError("the seat budget promised a desk for every placeable person")
