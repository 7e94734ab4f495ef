"""A proven lower bound for an office-space-allocation instance (Lagrangian relaxation).

Why: a solver's figure says little unless it stands next to a bound that no allocation can
beat.  CP-SAT's own bound on the compact model stays weak on the harder Nottingham instances
(88.65 for nott1b against allocations of ~230), so this module bounds the objective by relaxing
the one constraint that ties the rooms together — "every entity is in exactly one room" — with a
price ``λ_e`` per entity:

    L(λ) = Σ_e λ_e + Σ_r  min over sets T of entities for room r of  [cost_r(T) − Σ_{e∈T} λ_e]

For *any* λ, L(λ) is at most the objective of every allocation (an allocation's rooms are one
choice of T per room, and its λ terms cancel).  A subgradient search looks for a λ with a high
L(λ); whatever it finds is a valid bound, only more or less tight.

``cost_r(T)`` keeps exactly what can be judged inside one room: the room's misuse
(``max(c − u, 2 (u − c))``), its capacity constraints, the allocation and non-allocation
constraints of the entities in T, not-sharing constraints, and — because a soft same-room pair
that ends up split is split in exactly two rooms — half its penalty in every room that holds one
of the two without the other.  Hard same-room constraints merge their entities into one block.
Constraints that look at two rooms (adjacency, nearby, away from, not same room) are left out,
which can only lower the bound, never make it invalid.

Each room's minimum is an exact knapsack over integer loads (spaces divided by the instance's
greatest common divisor), so the only inexactness is floating-point rounding of the prices;
the reported bound subtracts a margin far larger than that rounding.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from itertools import combinations

import numpy as np

from planner.placement.osa.instance import ConstraintKind, Instance
from planner.placement.osa.model import HARD_UNIT, CompiledProblem, compile_problem

_NEG = -1e18
_MARGIN = 1e-6  # per unit of objective; float rounding over a few hundred terms is ~1e-12
_MAX_GROUP = 10  # soft same-room components larger than this are split (a weaker, valid bound)
METHOD = (
    "Lagrangian relaxation of 'each entity in exactly one room' (room subproblems solved exactly "
    "as knapsacks over integer loads), subgradient search"
)


@dataclass(frozen=True)
class BoundResult:
    bound: float  # proven: no allocation has a lower objective
    iterations: int
    seconds: float
    method: str = METHOD


@dataclass(frozen=True)
class _Choice:
    """One way a group of blocks can be in a room: its entities, load and price-free cost."""

    entities: tuple[int, ...]
    load: int
    shared_cost: float  # when the room holds two or more entities
    alone_cost: float  # when these are the room's only entities (one entity)


def _groups(problem: CompiledProblem, instance: Instance) -> tuple[list[list[tuple[int, ...]]],
                                                                   list[tuple[int, int, float]]]:
    """Blocks (hard same-room components) grouped by soft same-room pairs, and those pairs."""
    block_of = {e: problem.blocks[e] for e in range(problem.entities)}
    pairs, links = [], {b: set() for b in set(block_of.values())}
    for c in instance.constraints:
        if c.kind is ConstraintKind.SAME_ROOM and not c.hard:
            a, b = block_of[c.first], block_of[c.second]
            if a != b:
                pairs.append((c.first, c.second, c.penalty))
                links[a].add(b)
                links[b].add(a)
    groups, seen = [], set()
    for start in sorted(links):
        if start in seen:
            continue
        component, stack = {start}, [start]
        while stack:
            for other in links[stack.pop()]:
                if other not in component:
                    component.add(other)
                    stack.append(other)
        seen |= component
        members = sorted(component)
        if len(members) > _MAX_GROUP:
            groups.extend([m] for m in members)
        else:
            groups.append(members)
    kept = [p for p in pairs if any(block_of[p[0]] in g and block_of[p[1]] in g for g in groups
                                    if len(g) > 1)]
    return groups, kept


class _Room:
    """A room's knapsack: everything that does not depend on the prices, prepared once."""

    def __init__(self, problem: CompiledProblem, room: int, unit: int,
                 groups: list[list[tuple[int, ...]]], pairs: list[tuple[int, int, float]]) -> None:
        scale = problem.scale
        self.unit_value = unit / scale  # objective units per load unit
        self.capacity = problem.capacity[room] // unit
        overuse = problem.overuse_weight[room]
        self.capacity_hard = overuse >= HARD_UNIT
        self.overuse_cost = 0.0 if self.capacity_hard else overuse / scale
        self.groups: list[list[_Choice]] = []
        self.singles: list[_Choice] = []  # entities that may only sit alone (hard not-sharing)
        for group in groups:
            allowed = [b for b in group if all(problem.allowed[e][room] for e in b)]
            choices = []
            for size in range(1, len(allowed) + 1):
                for blocks in combinations(allowed, size):
                    entities = tuple(e for b in blocks for e in b)
                    inside = set(entities)
                    base = sum(problem.unary[e][room] for e in entities) / scale
                    base += sum(p / 2 for a, b, p in pairs if (a in inside) != (b in inside))
                    sharing = [problem.not_sharing_weight[e] for e in entities]
                    load = sum(problem.space[e] for e in entities) // unit
                    if any(w >= HARD_UNIT for w in sharing):
                        if len(entities) == 1:
                            self.singles.append(_Choice(entities, load, math.inf, base))
                        continue  # a hard not-sharing entity never shares a room
                    alone = base if len(entities) == 1 else math.inf
                    choices.append(_Choice(entities, load, base + sum(sharing) / scale, alone))
            if choices:
                self.groups.append(choices)
            # A group none of whose blocks may be here costs its split pairs nowhere: they are
            # split in other rooms, where the halves are counted.

    def misuse(self, load: int | np.ndarray):
        over = np.asarray(load) - self.capacity
        cost = np.where(over > 0, 2.0 * over, -over) * self.unit_value
        if self.overuse_cost:
            cost = cost + np.where(over > 0, self.overuse_cost, 0.0)
        return cost

    def solve(self, prices: np.ndarray) -> tuple[float, tuple[int, ...]]:
        """min over T of cost_r(T) − λ(T), exactly, and a T reaching it."""
        gains = [np.array([prices[list(c.entities)].sum() - c.shared_cost for c in g])
                 for g in self.groups]
        top = sum(max(0.0, float(g.max())) for g in gains)
        # With every gain, a load past this still costs more than the empty room (= capacity).
        if self.capacity_hard:
            limit = self.capacity
        else:
            limit = int(self.capacity + (self.capacity + top / self.unit_value) / 2) + 1
        value = np.full(limit + 1, _NEG)
        value[0] = 0.0
        picks = []
        for group, gain in zip(self.groups, gains, strict=True):
            new, pick = value.copy(), np.full(limit + 1, -1, dtype=np.int32)
            for index, choice in enumerate(group):
                if choice.load > limit:
                    continue
                shifted = value[: limit + 1 - choice.load] + gain[index]
                target, chosen = new[choice.load:], pick[choice.load:]
                better = shifted > target
                target[better] = shifted[better]
                chosen[better] = index
            value = new
            picks.append(pick)
        totals = self.misuse(np.arange(limit + 1)) - value
        load = int(np.argmin(totals))
        best, members = float(totals[load]), self._trace(picks, load)
        # Sets of one entity pay no not-sharing penalty: judge them on their own as well.
        for choice in (*self.singles, *(c for g in self.groups for c in g)):
            if choice.alone_cost < math.inf:
                value_alone = float(self.misuse(choice.load)) + choice.alone_cost - float(
                    prices[list(choice.entities)].sum())
                if value_alone < best:
                    best, members = value_alone, choice.entities
        return best, members

    def _trace(self, picks: list[np.ndarray], load: int) -> tuple[int, ...]:
        members: list[int] = []
        for group, pick in zip(reversed(self.groups), reversed(picks), strict=True):
            index = int(pick[load])
            if index >= 0:
                members.extend(group[index].entities)
                load -= group[index].load
        return tuple(members)


class LagrangianBound:
    """L(λ) for an instance; :meth:`evaluate` is one subproblem pass."""

    def __init__(self, instance: Instance) -> None:
        problem = compile_problem(instance)
        unit = reduce(math.gcd, (*problem.space, *problem.capacity)) or 1
        groups, pairs = _groups(problem, instance)
        self.entities = problem.entities
        self.rooms = [_Room(problem, r, unit, groups, pairs) for r in range(problem.rooms)]
        self.space = np.array(problem.space, dtype=float) / problem.scale

    def evaluate(self, prices: np.ndarray) -> tuple[float, np.ndarray]:
        """(L(λ), subgradient): the bound at these prices and 1 − (rooms that took e)."""
        total, taken = float(prices.sum()), np.zeros(self.entities)
        for room in self.rooms:
            value, members = room.solve(prices)
            total += value
            taken[list(members)] += 1
        return total, 1.0 - taken


def lower_bound(instance: Instance, *, target: float, iterations: int = 600,
                seconds: float = 300.0,
                progress: Callable[[int, float], None] | None = None) -> BoundResult:
    """Search prices for the best bound (Polyak steps towards ``target``, a known objective).

    ``target`` only steers the step size; the bound is valid whatever it is."""
    started = time.perf_counter()
    relaxation = LagrangianBound(instance)
    prices = -relaxation.space.copy()  # filling a room saves its space; a neutral start
    best, theta, stall, done = -math.inf, 1.0, 0, 0
    for done in range(1, iterations + 1):
        value, gradient = relaxation.evaluate(prices)
        if value > best + 1e-9:
            best, stall = value, 0
        else:
            stall += 1
            if stall >= 20:
                theta, stall = theta / 2, 0
        norm = float(gradient @ gradient)
        if progress:
            progress(done, best)
        if norm == 0 or theta < 1e-4 or time.perf_counter() - started > seconds:
            break  # a zero subgradient means the relaxation's optimum is an allocation
        prices = prices + theta * max(target - value, 1e-3) / norm * gradient
    margin = _MARGIN * max(1.0, abs(best))
    # Misuse and penalties are never negative, so neither is any objective.
    return BoundResult(max(0.0, best - margin), done, time.perf_counter() - started)
