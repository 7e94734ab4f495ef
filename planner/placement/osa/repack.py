"""Exact re-packing of a few rooms with OR-Tools CP-SAT: the large neighbourhood of the search.

Given a set of rooms, every entity currently in them is freed and CP-SAT finds the best way to
place those entities back into the same rooms, everything else staying where it is.  That one
neighbourhood contains the swaps, cycles and room-content exchanges that single moves of the
annealer reach only through uphill steps.  Hard constraints stay hard; constraints towards
entities outside the neighbourhood become room-dependent costs.  Every variable gets a hint from
the current assignment, so CP-SAT starts from a complete solution and only has to improve it.

OR-Tools is imported lazily so that importing this package stays cheap and optional.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from typing import Any

from planner.placement.osa.instance import ConstraintKind
from planner.placement.osa.model import CompiledProblem, Pair, split_cost


def cpsat_available() -> bool:
    """Whether OR-Tools is installed, without paying for importing it (about a second)."""
    try:
        return importlib.util.find_spec("ortools.sat.python.cp_model") is not None
    except ImportError:  # no "ortools" package at all
        return False


def cpsat_loaded() -> bool:
    """Whether OR-Tools CP-SAT has already been imported in this process (so costs nothing)."""
    return "ortools.sat.python.cp_model" in sys.modules


def repack(
    problem: CompiledProblem,
    assignment: Sequence[int],
    rooms: Sequence[int],
    *,
    seed: int = 0,
    deterministic_seconds: float = 1.0,
    wall_seconds: float | None = None,
    workers: int = 1,
) -> tuple[list[int] | None, bool]:
    """Best re-packing of ``rooms`` CP-SAT finds (None if none) and whether it is proven optimal.

    ``deterministic_seconds`` bounds the work in CP-SAT's deterministic time, so with one worker
    the result does not depend on machine load unless ``wall_seconds`` cuts it shorter.
    """
    from ortools.sat.python import cp_model

    room_set = set(rooms)
    free = [e for e, r in enumerate(assignment) if r in room_set]
    if not free:
        return None, True
    builder = _SubModel(cp_model.CpModel(), problem, assignment, set(free))
    for entity in free:
        if not builder.add_entity(entity, rooms):
            return None, True
    for room in rooms:
        builder.add_room(room)
    for entity in free:
        for pair in problem.pairs[entity]:
            if pair.other in builder.free and entity < pair.other:
                builder.add_pair(entity, pair)
    builder.model.minimize(sum(builder.costs))

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    # These sub-problems are small packing problems with a complete hint: plain propagation
    # and search proves them optimal two to three times faster than with the LP relaxation.
    solver.parameters.linearization_level = 0
    solver.parameters.max_deterministic_time = deterministic_seconds
    if wall_seconds is not None:
        solver.parameters.max_time_in_seconds = max(0.01, wall_seconds)
    status = solver.solve(builder.model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, status == cp_model.INFEASIBLE
    result = list(assignment)
    for entity, options in builder.x.items():
        result[entity] = next(room for room, var in options.items() if solver.boolean_value(var))
    return result, status == cp_model.OPTIMAL


class _SubModel:
    def __init__(self, model: Any, problem: CompiledProblem, assignment: Sequence[int],
                 free: set[int]) -> None:
        self.model, self.problem, self.assignment, self.free = model, problem, assignment, free
        self.costs: list[Any] = []
        self.x: dict[int, dict[int, Any]] = {}  # entity -> room -> "entity is in room"

    def _penalty(self, weight: int, hint: bool) -> Any:
        var = self.model.new_bool_var("")
        self.model.add_hint(var, hint)
        self.costs.append(weight * var)
        return var

    def add_entity(self, entity: int, rooms: Sequence[int]) -> bool:
        problem, options = self.problem, {}
        for room in rooms:
            if not problem.allowed[entity][room]:
                continue
            cost = problem.unary[entity][room]
            for pair in problem.pairs[entity]:  # towards entities that stay where they are
                if pair.other not in self.free:
                    cost += pair.weight * pair.violated[room][self.assignment[pair.other]]
            soft, hard = split_cost(cost)
            if hard:
                continue
            var = self.model.new_bool_var("")
            self.model.add_hint(var, self.assignment[entity] == room)
            options[room] = var
            if soft:
                self.costs.append(soft * var)
        if not options:
            return False
        self.model.add_exactly_one(options.values())
        self.x[entity] = options
        return True

    def add_room(self, room: int) -> None:
        problem, model = self.problem, self.model
        members = [(e, self.x[e][room]) for e in self.x if room in self.x[e]]
        capacity = problem.capacity[room]
        load = sum(problem.space[e] * var for e, var in members)
        total = sum(problem.space[e] for e, _ in members)
        now = sum(problem.space[e] for e in self.x if self.assignment[e] == room)
        misuse = model.new_int_var(0, max(capacity, 2 * max(0, total - capacity)), "")
        model.add_hint(misuse, max(capacity - now, 2 * (now - capacity)))
        model.add(misuse >= capacity - load)
        model.add(misuse >= 2 * (load - capacity))
        self.costs.append(misuse)
        soft, hard = split_cost(problem.overuse_weight[room])
        if hard:
            model.add(load <= capacity)
        elif soft and total > capacity:
            overused = self._penalty(soft, now > capacity)
            model.add(load <= capacity).only_enforce_if(overused.negated())
        # Hard not-sharing as cliques: at most one such entity in the room, and none of them
        # together with anybody else.  Much tighter than one big implication per entity.
        alone = [v for e, v in members if split_cost(problem.not_sharing_weight[e])[1]]
        if alone:
            model.add_at_most_one(alone)
            for entity, var in members:
                if not split_cost(problem.not_sharing_weight[entity])[1]:
                    model.add(var + sum(alone) <= 1)
        sharing_now = sum(self.assignment[e] == room for e in self.x) >= 2
        for entity, var in members:
            soft, hard = split_cost(problem.not_sharing_weight[entity])
            others = [v for e, v in members if e != entity]
            if hard or not soft or not others:
                continue
            shared = self._penalty(soft, sharing_now and self.assignment[entity] == room)
            model.add(sum(others) == 0).only_enforce_if([var, shared.negated()])

    def add_pair(self, entity: int, pair: Pair) -> None:
        """Linear encodings per kind (tighter than clauses, which helps CP-SAT's LP bound)."""
        model, problem = self.model, self.problem
        mine, theirs = self.x[entity], self.x[pair.other]
        soft, hard = split_cost(pair.weight)
        violated_now = pair.violated[self.assignment[entity]][self.assignment[pair.other]]
        slack: Any = 0 if hard else self._penalty(soft, bool(violated_now))
        kind = pair.kind
        if kind in (ConstraintKind.NEARBY, ConstraintKind.AWAY_FROM):
            for level in {problem.floor[r] for r in (*mine, *theirs)}:
                here = sum(v for r, v in mine.items() if problem.floor[r] == level)
                there = sum(v for r, v in theirs.items() if problem.floor[r] == level)
                if kind is ConstraintKind.NEARBY:
                    model.add(here - there <= slack)
                else:
                    model.add(here + there <= 1 + slack)
            return
        for room, var in mine.items():
            if kind is ConstraintKind.SAME_ROOM:
                model.add(var - theirs.get(room, 0) <= slack)
            elif kind is ConstraintKind.NOT_SAME_ROOM:
                model.add(var + theirs.get(room, 0) <= 1 + slack)
            else:  # adjacency, or any other kind, through its violation matrix
                compatible = [v for r, v in theirs.items() if not pair.violated[room][r]]
                model.add(var <= slack + sum(compatible))
