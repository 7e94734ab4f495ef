"""Exact re-packing of a few rooms with OR-Tools CP-SAT: the large neighbourhood of the search.

Given a set of rooms, every entity currently in them is freed and CP-SAT finds the best way to
place those entities back into the same rooms, everything else staying where it is.  That one
neighbourhood contains the swaps, cycles and room-content exchanges that single moves of the
annealer reach only through uphill steps.  Hard constraints stay hard; constraints towards
entities outside the neighbourhood become room-dependent costs.

OR-Tools is imported lazily so that importing this package stays cheap and optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.placement.osa.model import CompiledProblem, split_cost


def cpsat_available() -> bool:
    try:
        import ortools.sat.python.cp_model  # noqa: F401
    except ImportError:
        return False
    return True


def repack(
    problem: CompiledProblem,
    assignment: Sequence[int],
    rooms: Sequence[int],
    *,
    seed: int = 0,
    deterministic_seconds: float = 1.0,
) -> list[int] | None:
    """Return an improved or equal assignment re-packing ``rooms``, or None if CP-SAT gives none.

    ``deterministic_seconds`` bounds the work in CP-SAT's deterministic time (single worker), so
    the result does not depend on machine load.
    """
    from ortools.sat.python import cp_model

    room_set = set(rooms)
    free = [e for e, r in enumerate(assignment) if r in room_set]
    if not free:
        return None
    free_set = set(free)
    model = cp_model.CpModel()
    cost_terms: list[Any] = []
    x: dict[int, dict[int, Any]] = {}
    for entity in free:
        options = {}
        for room in rooms:
            if not problem.allowed[entity][room] or _fixed_hard_conflict(
                problem, assignment, free_set, entity, room
            ):
                continue
            var = model.NewBoolVar(f"x{entity}_{room}")
            options[room] = var
            model.AddHint(var, assignment[entity] == room)
            unary = _soft_fixed_cost(problem, assignment, free_set, entity, room)
            if unary:
                cost_terms.append(unary * var)
        if not options:
            return None
        model.AddExactlyOne(options.values())
        x[entity] = options

    for room in rooms:
        members = [(e, x[e][room]) for e in free if room in x[e]]
        _room_costs(model, problem, room, members, cost_terms)
    for entity in free:
        for pair in problem.pairs[entity]:
            if pair.other in free_set and entity < pair.other:
                _pair_constraint(model, x[entity], x[pair.other], pair.violated, pair.weight,
                                 cost_terms)
    model.Minimize(sum(cost_terms))

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = deterministic_seconds
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    result = list(assignment)
    for entity, options in x.items():
        result[entity] = next(room for room, var in options.items() if solver.BooleanValue(var))
    return result


def _fixed_hard_conflict(
    problem: CompiledProblem, assignment: Sequence[int], free: set[int], entity: int, room: int
) -> bool:
    """True if ``room`` breaks a hard constraint towards an entity that stays where it is."""
    if split_cost(problem.unary[entity][room])[1]:
        return True
    return any(
        pair.other not in free
        and pair.violated[room][assignment[pair.other]]
        and split_cost(pair.weight)[1]
        for pair in problem.pairs[entity]
    )


def _soft_fixed_cost(
    problem: CompiledProblem, assignment: Sequence[int], free: set[int], entity: int, room: int
) -> int:
    cost = problem.unary[entity][room]
    for pair in problem.pairs[entity]:
        if pair.other not in free and pair.violated[room][assignment[pair.other]]:
            cost += pair.weight
    return split_cost(cost)[0]


def _room_costs(model: Any, problem: CompiledProblem, room: int, members: list[tuple[int, Any]],
                cost_terms: list[Any]) -> None:
    capacity = problem.capacity[room]
    load = sum(problem.space[e] * var for e, var in members)
    total = sum(problem.space[e] for e, _ in members)
    misuse = model.NewIntVar(0, max(capacity, 2 * max(0, total - capacity)), f"misuse{room}")
    model.Add(misuse >= capacity - load)
    model.Add(misuse >= 2 * (load - capacity))
    cost_terms.append(misuse)
    soft, hard = split_cost(problem.overuse_weight[room])
    if hard:
        model.Add(load <= capacity)
    elif soft and total > capacity:
        overused = model.NewBoolVar(f"over{room}")
        model.Add(load <= capacity).OnlyEnforceIf(overused.Not())
        cost_terms.append(soft * overused)
    for entity, var in members:
        soft, hard = split_cost(problem.not_sharing_weight[entity])
        if not (soft or hard):
            continue
        others = [v for e, v in members if e != entity]
        if not others:
            continue
        if hard:
            model.Add(sum(others) == 0).OnlyEnforceIf(var)
        else:
            shared = model.NewBoolVar(f"shared{entity}_{room}")
            model.Add(sum(others) == 0).OnlyEnforceIf([var, shared.Not()])
            cost_terms.append(soft * shared)


def _pair_constraint(model: Any, mine: dict[int, Any], theirs: dict[int, Any],
                     violated: tuple[tuple[int, ...], ...], weight: int,
                     cost_terms: list[Any]) -> None:
    """If I am in room r, the other must be in a room compatible with r (or pay the penalty)."""
    soft, hard = split_cost(weight)
    penalty = None
    if not hard:
        penalty = model.NewBoolVar("")
        cost_terms.append(soft * penalty)
    for room, var in mine.items():
        compatible = [v for r, v in theirs.items() if not violated[room][r]]
        if penalty is None:
            model.AddBoolOr([var.Not(), *compatible])
        else:
            model.AddBoolOr([var.Not(), penalty, *compatible])
