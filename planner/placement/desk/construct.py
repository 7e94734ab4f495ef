"""First seating: pack teams into zones, then grow each team as a compact block.

Zones never share adjacent desks, so a team is worth most when it lands in one zone.
Teams are packed into zones largest first, each into the zone it fills most tightly
(best-fit decreasing). A team larger than every zone's free room is split: the biggest
part into the roomiest zone, the rest into the nearest zones of the same floor, so a
team of 25 becomes 24 + 1 rather than 13 + 12 (40 - 2 pairs lost instead of 6). Inside
a zone each team grows from a corner, always taking the free desk that touches most
teammates. The annealer then polishes what this leaves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from . import rules
from .capacity import SeatBudget
from .problem import Problem

_CATEGORY_ORDER = (rules.PROFESSOR, rules.STARTUP_MEMBER, rules.OTHER)


def construct(
    problem: Problem, occ: list[int], pos: list[int], newcomers: Sequence[int], budget: SeatBudget
) -> None:
    """Seat every one of `newcomers` (all are known to be placeable) into `occ`/`pos`."""
    leftovers: list[int] = []
    for category in _CATEGORY_ORDER:
        by_team: dict[int, list[int]] = defaultdict(list)
        for person in newcomers:
            if problem.person_category[person] == category and problem.team_of[person] >= 0:
                by_team[problem.team_of[person]].append(person)
        for zone, members in _pack_into_zones(problem, occ, by_team, category):
            leftovers.extend(_grow_in_zone(problem, occ, pos, zone, members, budget))
    leftovers.extend(p for p in newcomers if problem.team_of[p] < 0)
    for person in leftovers:
        _place_anywhere(problem, occ, pos, person, budget)


def _pack_into_zones(
    problem: Problem, occ: Sequence[int], by_team: dict[int, list[int]], category: str
) -> list[tuple[int, list[int]]]:
    """Decide which zone each team's newcomers go to: [(zone, members)] in growing order."""
    room = Counter[int]()
    for desk, holder in enumerate(occ):
        if holder < 0 and rules.category_allows(
            category, problem.desk_category[desk], problem.options
        ):
            room[problem.zone_of[desk]] += 1
    seated_in = _zones_holding_teams(problem, occ)
    plan: list[tuple[int, int, list[int]]] = []  # (zone, team, members)

    for team in sorted(by_team, key=lambda t: (-len(by_team[t]), t)):
        members = sorted(by_team[team], key=lambda p: (not problem.class_keys[problem.person_class[p]][1], p))
        home = seated_in[team].most_common(1)[0][0] if seated_in[team] else None
        need = len(members)
        if home is not None and room[home] >= need:
            chosen = home
        else:
            chosen = _tightest_fit(problem, room, need, home)
        if chosen is not None:
            room[chosen] -= need
            plan.append((chosen, team, members))
            continue
        # Larger than any zone's free room: biggest part first, rest nearby.
        first = max((z for z in room if room[z] > 0), key=lambda z: (room[z], z == home, -z), default=None)
        anchor = first
        while members and first is not None:
            take = min(room[first], len(members))
            plan.append((first, team, members[:take]))
            members = members[take:]
            room[first] -= take
            first = _nearest_with_room(problem, room, len(members), anchor)
        # Anyone still without a zone is seated wherever a desk suits them.
        if members:
            plan.append((-1, team, members))

    # Inside a zone, teams already sitting there grow first, then the larger ones.
    plan.sort(key=lambda item: (item[0], -seated_in[item[1]][item[0]], -len(item[2]), item[1]))
    return [(zone, members) for zone, _, members in plan]


def _zones_holding_teams(problem: Problem, occ: Sequence[int]) -> dict[int, Counter[int]]:
    held: dict[int, Counter[int]] = defaultdict(Counter)
    for desk, holder in enumerate(occ):
        if holder >= 0 and problem.team_of[holder] >= 0:
            held[problem.team_of[holder]][problem.zone_of[desk]] += 1
    return held


def _tightest_fit(problem: Problem, room: Counter[int], need: int, home: int | None) -> int | None:
    home_floor = problem.zones[home].floor if home is not None else None
    fitting = [z for z in room if room[z] >= need]
    if not fitting:
        return None
    return min(fitting, key=lambda z: (room[z], problem.zones[z].floor != home_floor, z))


def _nearest_with_room(problem: Problem, room: Counter[int], need: int, anchor: int | None) -> int | None:
    if anchor is None or need == 0:
        return None
    centre = problem.zones[anchor]

    def preference(z: int) -> tuple[bool, bool, float, int]:
        zone = problem.zones[z]
        distance = (zone.cx - centre.cx) ** 2 + (zone.cy - centre.cy) ** 2
        return (room[z] < need, zone.floor != centre.floor, distance, -room[z])

    open_zones = [z for z in room if room[z] > 0]
    return min(open_zones, key=preference, default=None)


def _free_neighbours(problem: Problem, occ: Sequence[int], desk: int) -> int:
    return sum(1 for other in problem.neighbours[desk] if occ[other] < 0)


def _team_neighbours(problem: Problem, occ: Sequence[int], desk: int, team: int) -> int:
    team_of = problem.team_of
    return sum(1 for other in problem.neighbours[desk] if occ[other] >= 0 and team_of[occ[other]] == team)


def _seat(budget: SeatBudget, problem: Problem, occ: list[int], pos: list[int], person: int, desk: int) -> bool:
    if not budget.try_take(problem.person_class[person], problem.desk_class[desk]):
        return False
    occ[desk] = person
    pos[person] = desk
    return True


def _grow_in_zone(
    problem: Problem, occ: list[int], pos: list[int], zone: int, members: Sequence[int], budget: SeatBudget
) -> list[int]:
    """Seat members in `zone` next to their teammates; return those who found no desk there."""
    if zone < 0:
        return list(members)
    desks = problem.desks
    zone_desks = problem.zones[zone].desks
    left_over: list[int] = []
    for person in members:
        team = problem.team_of[person]
        allowed = problem.allowed[problem.person_class[person]]
        placed = [d for d in zone_desks if occ[d] >= 0 and problem.team_of[occ[d]] == team]
        if placed:
            cx = sum(desks[d].x for d in placed) / len(placed)
            cy = sum(desks[d].y for d in placed) / len(placed)
        options = []
        for desk in zone_desks:
            if occ[desk] >= 0 or not allowed[desk]:
                continue
            free = _free_neighbours(problem, occ, desk)
            if placed:
                spread = (desks[desk].x - cx) ** 2 + (desks[desk].y - cy) ** 2
                key = (-_team_neighbours(problem, occ, desk, team), free, spread, desk)
            else:
                # A new block starts in a corner, top left first, to leave one compact gap.
                key = (0, free, desks[desk].y, desk)
            options.append((key, desk))
        options.sort()
        if not any(_seat(budget, problem, occ, pos, person, desk) for _, desk in options):
            left_over.append(person)
    return left_over


def _place_anywhere(problem: Problem, occ: list[int], pos: list[int], person: int, budget: SeatBudget) -> None:
    """Seat one person at the best free desk of the whole plan that suits them."""
    desks = problem.desks
    team = problem.team_of[person]
    allowed = problem.allowed[problem.person_class[person]]
    mates = [pos[p] for p, t in enumerate(problem.team_of) if t == team and pos[p] >= 0] if team >= 0 else []
    floors = Counter(desks[d].floor for d in mates)
    main_floor = floors.most_common(1)[0][0] if floors else None
    cx = sum(desks[d].x for d in mates) / len(mates) if mates else 0.0
    cy = sum(desks[d].y for d in mates) / len(mates) if mates else 0.0
    options = []
    for desk, holder in enumerate(occ):
        if holder >= 0 or not allowed[desk]:
            continue
        free = _free_neighbours(problem, occ, desk)
        if mates:
            spread = (desks[desk].x - cx) ** 2 + (desks[desk].y - cy) ** 2
            key = (-_team_neighbours(problem, occ, desk, team), desks[desk].floor != main_floor, spread, free, desk)
        else:
            # Without a team, take a desk in a nook, leaving open stretches to teams.
            key = (0, False, 0.0, free, desk)
        options.append((key, desk))
    options.sort()
    for _, desk in options:
        if _seat(budget, problem, occ, pos, person, desk):
            return
    raise AssertionError("the seat budget promised a desk for every placeable person")
