"""First seating: each team into the zone where it forms the best block.

Zones never share adjacent desks, so a team is worth most when it lands in one zone.
Teams go largest first. For each, the few zones it fits most tightly are tried by
simulating its growth there (`grow.plan_growth`); the zone giving the most same-team
pairs wins, then the tighter fit, keeping roomy zones for the teams still to come.
A team larger than every zone's free room is split: the biggest part into one of the
roomiest zones, the rest into the nearest zone with room, and the split with most
pairs is kept, so a team of 25 becomes 24 + 1 rather than 13 + 12 (2 pairs lost
against the bound instead of 6). The annealer then polishes what this leaves.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from . import rules
from .capacity import SeatBudget
from .grow import commit, place_anywhere, place_without_team, plan_growth
from .problem import Problem

_CATEGORY_ORDER = (rules.PROFESSOR, rules.STARTUP_MEMBER, rules.OTHER)
# Zones tried per team (tightest fits first); bounds the work on big buildings.
_ZONES_TRIED = 6
_SPLITS_TRIED = 4


def construct(
    problem: Problem,
    occ: list[int],
    pos: list[int],
    newcomers: Sequence[int],
    budget: SeatBudget,
    shuffle: random.Random | None = None,
) -> None:
    """Seat every one of `newcomers` (all are known to be placeable) into `occ`/`pos`.

    With `shuffle`, teams of nearly the same size are taken in a random order, which
    gives a different but equally sensible packing: the solver tries a few.
    """
    leftovers: list[int] = []
    for category in _CATEGORY_ORDER:
        by_team: dict[int, list[int]] = defaultdict(list)
        for person in newcomers:
            if problem.person_category[person] == category and problem.team_of[person] >= 0:
                by_team[problem.team_of[person]].append(person)
        if by_team:
            packer = _ZonePacker(problem, occ, pos, budget, category)
            noise = {t: shuffle.uniform(0.0, 3.0) if shuffle else 0.0 for t in sorted(by_team)}
            for team in sorted(by_team, key=lambda t: (-len(by_team[t]) - noise[t], t)):
                leftovers.extend(packer.seat_team(team, by_team[team]))
    for person in leftovers:
        place_anywhere(problem, occ, pos, budget, person)
    place_without_team(problem, occ, pos, budget, [p for p in newcomers if problem.team_of[p] < 0])


class _ZonePacker:
    """Free room per zone for one person category, and the choice of zones per team."""

    def __init__(
        self, problem: Problem, occ: list[int], pos: list[int], budget: SeatBudget, category: str
    ) -> None:
        self.problem, self.occ, self.pos, self.budget = problem, occ, pos, budget
        self.room = Counter[int]()
        # Free desks per zone for each class with needs: a team whose member needs an
        # accessible desk prefers a zone that still has one.
        self.special_room: dict[int, Counter[int]] = defaultdict(Counter)
        special = [c for c, (_, needs) in enumerate(problem.class_keys) if needs]
        self.held: dict[int, Counter[int]] = defaultdict(Counter)  # team -> members per zone
        for desk, holder in enumerate(occ):
            if holder >= 0:
                if problem.team_of[holder] >= 0:
                    self.held[problem.team_of[holder]][problem.zone_of[desk]] += 1
                continue
            if rules.category_allows(category, problem.desk_category[desk], problem.options):
                self.room[problem.zone_of[desk]] += 1
            for person_class in special:
                if problem.allowed[person_class][desk]:
                    self.special_room[person_class][problem.zone_of[desk]] += 1

    def seat_team(self, team: int, members: list[int]) -> list[int]:
        """Seat the team's newcomers; return those left for `place_anywhere`."""
        problem = self.problem
        members = sorted(
            members, key=lambda p: (not problem.class_keys[problem.person_class[p]][1], p)
        )
        needs = Counter(
            problem.person_class[p] for p in members if problem.person_class[p] in self.special_room
        )
        home = self._home_zone(team)
        home_floor = problem.zones[home].floor if home is not None else None
        n = len(members)

        def fits(zone: int) -> bool:
            return self.room[zone] >= n

        def suits(zone: int) -> bool:
            return fits(zone) and all(self.special_room[c][zone] >= k for c, k in needs.items())

        fitting = [z for z in self.room if suits(z)] or [z for z in self.room if fits(z)]
        if fitting:
            fitting.sort(
                key=lambda z: (z != home, self.room[z], problem.zones[z].floor != home_floor, z)
            )
            best = self._best_zone(team, members, fitting[:_ZONES_TRIED])
            return self._commit(best, members)
        return self._seat_split(team, members, home)

    def _best_zone(self, team: int, members: list[int], zones: Sequence[int]) -> int:
        def value(zone: int) -> tuple[int, int, int]:
            plan, pairs = plan_growth(self.problem, self.occ, zone, team, members)
            return (plan.count(-1), -pairs, self.room[zone])

        return min(zones, key=value)

    def _seat_split(self, team: int, members: list[int], home: int | None) -> list[int]:
        roomiest = sorted(
            (z for z in self.room if self.room[z] > 0), key=lambda z: (-self.room[z], z != home, z)
        )
        if not roomiest:
            return members

        def pairs_of_split(first: int) -> int:
            take = self.room[first]
            _, pairs = plan_growth(self.problem, self.occ, first, team, members[:take])
            second = self._nearest_with_room(len(members) - take, first, {first})
            if second is not None:
                _, more = plan_growth(
                    self.problem, self.occ, second, team, members[take:][: self.room[second]]
                )
                pairs += more
            return pairs

        first = max(roomiest[:_SPLITS_TRIED], key=pairs_of_split)
        left = members
        zone: int | None = first
        used: set[int] = set()  # each zone once: someone it cannot seat must not loop back
        while left and zone is not None:
            used.add(zone)
            take = min(self.room[zone], len(left))
            left = self._commit(zone, left[:take]) + left[take:]
            zone = self._nearest_with_room(len(left), first, used)
        return left

    def _commit(self, zone: int, members: list[int]) -> list[int]:
        plan, _ = plan_growth(
            self.problem, self.occ, zone, self.problem.team_of[members[0]], members
        )
        left = commit(self.problem, self.occ, self.pos, self.budget, members, plan)
        seated = len(members) - len(left)
        self.room[zone] -= seated
        self.held[self.problem.team_of[members[0]]][zone] += seated
        for person in members:
            person_class = self.problem.person_class[person]
            if person not in left and person_class in self.special_room:
                self.special_room[person_class][zone] -= 1
        return left

    def _home_zone(self, team: int) -> int | None:
        """The zone where most of the team already sits, if it has any room left."""
        held = self.held[team]
        return next((z for z, _ in held.most_common() if self.room[z] > 0), None)

    def _nearest_with_room(self, need: int, anchor: int, used: set[int]) -> int | None:
        if need == 0:
            return None
        zones = self.problem.zones
        centre = zones[anchor]

        def preference(z: int) -> tuple[bool, bool, float, int]:
            distance = (zones[z].cx - centre.cx) ** 2 + (zones[z].cy - centre.cy) ** 2
            return (self.room[z] < need, zones[z].floor != centre.floor, distance, -self.room[z])

        open_zones = (z for z in self.room if self.room[z] > 0 and z not in used)
        return min(open_zones, key=preference, default=None)
