"""Who can be seated at all, and keeping it so while desks are handed out.

People with the same rules (role category and needs) form a *person class*; desks with
the same category and features form a *desk class*. A maximum flow from person classes
to desk classes says how many people of each class can get a desk. While the
constructor hands out desks one by one, `SeatBudget.try_take` keeps that flow valid, so
a researcher never takes the last accessible desk a wheelchair user needs. There are
only a handful of classes, so every check is a tiny breadth-first search.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence


class SeatBudget:
    def __init__(
        self, demand: Sequence[int], supply: Sequence[int], allowed: Sequence[Sequence[int]]
    ) -> None:
        self.supply = list(supply)
        self.allowed = [tuple(a) for a in allowed]
        self.flow = [[0] * len(supply) for _ in demand]
        for person_class, wanted in enumerate(demand):
            for _ in range(wanted):
                if not self._seat_one_more(person_class):
                    break
        # How many people of each class will get a desk; the rest cannot.
        self.placeable = [sum(row) for row in self.flow]

    def copy(self) -> SeatBudget:
        twin = SeatBudget.__new__(SeatBudget)
        twin.supply = list(self.supply)
        twin.allowed = self.allowed
        twin.flow = [list(row) for row in self.flow]
        twin.placeable = list(self.placeable)
        return twin

    def _free(self, desk_class: int) -> int:
        return self.supply[desk_class] - sum(row[desk_class] for row in self.flow)

    def _seat_one_more(self, person_class: int) -> bool:
        """Augment the flow by one unit for `person_class` (one step of Ford-Fulkerson)."""
        for desk_class in self.allowed[person_class]:
            if self._free(desk_class) > 0:
                self.flow[person_class][desk_class] += 1
                return True
        for desk_class in self.allowed[person_class]:
            if self._reroute_from(desk_class):
                self.flow[person_class][desk_class] += 1
                return True
        return False

    def _reroute_from(self, start: int) -> bool:
        """Free one unit of desk class `start` by moving flow along a chain
        start <- q1 -> d1 <- q2 -> d2 ... ending at a desk class with a free desk."""
        came_from: dict[int, tuple[int, int] | None] = {start: None}
        queue = deque([start])
        while queue:
            desk_class = queue.popleft()
            for person_class, row in enumerate(self.flow):
                if row[desk_class] <= 0:
                    continue
                for other in self.allowed[person_class]:
                    if other in came_from:
                        continue
                    came_from[other] = (person_class, desk_class)
                    if self._free(other) > 0:
                        self._apply_chain(came_from, other)
                        return True
                    queue.append(other)
        return False

    def _apply_chain(self, came_from: dict[int, tuple[int, int] | None], end: int) -> None:
        step = came_from[end]
        while step is not None:
            person_class, previous = step
            self.flow[person_class][previous] -= 1
            self.flow[person_class][end] += 1
            end = previous
            step = came_from[end]

    def try_take(self, person_class: int, desk_class: int) -> bool:
        """Seat one person of `person_class` at a desk of `desk_class` if everyone still
        to be seated can still get a desk afterwards; otherwise change nothing."""
        if desk_class not in self.allowed[person_class]:
            return False
        row = self.flow[person_class]
        if row[desk_class] > 0:
            row[desk_class] -= 1
            self.supply[desk_class] -= 1
            return True
        planned = next((d for d, units in enumerate(row) if units > 0), None)
        if planned is None:
            return False  # this class has nobody left to seat
        row[planned] -= 1  # the person leaves the desk class the flow planned for them
        if self._free(desk_class) > 0 or self._reroute_from(desk_class):
            self.supply[desk_class] -= 1
            return True
        row[planned] += 1
        return False


def competing_demand(
    person_class: int, demand: Sequence[int], allowed: Sequence[Sequence[int]]
) -> int:
    """How many people (all classes) may use at least one desk class this class may use."""
    mine = set(allowed[person_class])
    return sum(wanted for other, wanted in enumerate(demand) if mine & set(allowed[other]))
