"""Solver behaviour: hard constraints, optimality on tiny instances, determinism, cancellation."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.placement.osa.anneal import anneal
from planner.placement.osa.evaluate import evaluate
from planner.placement.osa.instance import Constraint, ConstraintKind, Entity, Instance, Room
from planner.placement.osa.model import compile_problem
from planner.placement.osa.repack import cpsat_available
from planner.placement.osa.solver import Progress, SearchSettings, solve

K = ConstraintKind
ENTITY_PAIR_KINDS = (K.SAME_ROOM, K.NOT_SAME_ROOM, K.ADJACENCY, K.NEARBY, K.AWAY_FROM)
ALL_KINDS = (K.ALLOCATION, K.NON_ALLOCATION, K.CAPACITY, K.NOT_SHARING, *ENTITY_PAIR_KINDS)


@st.composite
def tiny_instances(draw: st.DrawFn, max_entities: int = 5, max_rooms: int = 3) -> Instance:
    n = draw(st.integers(1, max_entities))
    m = draw(st.integers(1, max_rooms))
    floors = draw(st.integers(1, 2))
    halves = st.integers(2, 30).map(lambda h: h / 2)  # spaces in half square metres
    entities = tuple(Entity(i, 0, draw(halves)) for i in range(n))
    room_floor = [draw(st.integers(0, floors - 1)) for _ in range(m)]
    adjacent: list[set[int]] = [set() for _ in range(m)]
    for a, b in itertools.combinations(range(m), 2):
        if draw(st.booleans()):
            adjacent[a].add(b)
            adjacent[b].add(a)
    rooms = tuple(
        Room(r, room_floor[r], draw(halves), tuple(sorted(adjacent[r]))) for r in range(m)
    )
    constraints = []
    for index in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(ALL_KINDS if n > 1 else ALL_KINDS[:4]))
        hard = draw(st.booleans())
        if kind is K.CAPACITY:
            first, second = draw(st.integers(0, m - 1)), -1
        elif kind is K.NOT_SHARING:
            first, second = draw(st.integers(0, n - 1)), -1
        elif kind in (K.ALLOCATION, K.NON_ALLOCATION):
            first, second = draw(st.integers(0, n - 1)), draw(st.integers(0, m - 1))
        else:
            first, second = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2,
                                          unique=True))
        constraints.append(Constraint(index, kind, hard, first, second))
    return Instance("tiny", floors, entities, rooms, tuple(constraints))


def brute_force(instance: Instance) -> float | None:
    """Optimal objective over every assignment (None if no assignment is feasible)."""
    best = None
    rooms = range(len(instance.rooms))
    for assignment in itertools.product(rooms, repeat=len(instance.entities)):
        evaluation = evaluate(instance, assignment)
        if evaluation.feasible and (best is None or evaluation.objective < best):
            best = evaluation.objective
    return best


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.skipif(not cpsat_available(), reason="OR-Tools not installed")
@FAST
@given(tiny_instances())
def test_tiny_instances_are_solved_to_the_brute_force_optimum(instance: Instance) -> None:
    optimum = brute_force(instance)
    solution = solve(instance, time_limit=30, seed=1, iteration_limit=20_000)
    check = evaluate(instance, solution.assignment)
    assert check.objective == pytest.approx(solution.objective)
    assert check.feasible == solution.feasible
    if optimum is None:
        assert not solution.feasible
    else:
        assert solution.feasible, "a feasible assignment exists"
        assert solution.objective == pytest.approx(optimum)


@FAST
@given(tiny_instances(max_entities=7, max_rooms=5), st.integers(0, 2**16))
def test_annealing_bookkeeping_matches_the_evaluator(instance: Instance, seed: int) -> None:
    problem = compile_problem(instance)
    rng = random.Random(seed)
    start = [rng.choice(problem.domain[e]) for e in range(problem.entities)]

    def clock(iterations: int) -> float | None:
        return None if iterations >= 3000 else iterations / 3000

    result = anneal(problem, start, rng, clock, start_temperature=20.0, end_temperature=0.5,
                    hard_weight=5.0, group_share=0.2)
    check = evaluate(instance, result.best)
    assert result.best_soft / problem.scale == pytest.approx(check.objective)
    assert result.best_hard == len(check.violated_hard)
    start_check = evaluate(instance, start)
    assert (len(check.violated_hard), check.objective) <= (
        len(start_check.violated_hard), start_check.objective + 1e-9)


def medium_instance(seed: int = 7) -> Instance:
    """40 entities, 30 rooms on 3 floors, a mix of hard and soft constraints (all satisfiable)."""
    rng = random.Random(seed)
    rooms = []
    for r in range(30):
        adjacent = tuple(x for x in (r - 1, r + 1) if 0 <= x < 30 and x // 10 == r // 10)
        rooms.append(Room(r, r // 10, rng.choice([9.0, 12.0, 13.5, 18.0, 27.0]), adjacent))
    entities = tuple(Entity(i, i % 6, rng.choice([6.0, 9.0, 12.0, 13.5])) for i in range(40))
    constraints = [Constraint(i, K.NOT_SHARING, True, i, -1) for i in range(8)]
    for _ in range(40):
        kind = rng.choice([K.ALLOCATION, K.NEARBY, K.ADJACENCY, K.AWAY_FROM, K.SAME_ROOM])
        a, b = rng.sample(range(8, 40), 2)
        second = rng.randrange(30) if kind is K.ALLOCATION else b
        constraints.append(Constraint(len(constraints), kind, False, a, second))
    return Instance("medium", 3, entities, tuple(rooms), tuple(constraints))


def test_same_seed_and_iteration_limit_give_the_same_answer() -> None:
    instance = medium_instance()
    quick = SearchSettings(repack_work=0.05)
    first = solve(instance, time_limit=60, seed=3, iteration_limit=50_000, settings=quick)
    second = solve(instance, time_limit=60, seed=3, iteration_limit=50_000, settings=quick)
    assert first.stopped_by == second.stopped_by == "iterations"
    assert first.assignment == second.assignment
    assert first.objective == second.objective
    assert first.feasible
    greedy_only = solve(instance, time_limit=60, seed=3, iteration_limit=1)
    assert first.objective <= greedy_only.objective


def test_cancel_stops_early_with_a_complete_answer() -> None:
    instance = medium_instance()
    polls = [0]

    def cancel() -> bool:
        polls[0] += 1
        return polls[0] > 20

    started = time.perf_counter()
    solution = solve(instance, time_limit=120, seed=0, cancel=cancel)
    assert time.perf_counter() - started < 10
    assert solution.stopped_by == "cancelled"
    assert len(solution.assignment) == len(instance.entities)
    assert solution.objective == pytest.approx(evaluate(instance, solution.assignment).objective)


def test_time_limit_is_honoured_and_progress_reported() -> None:
    reports: list[Progress] = []
    started = time.perf_counter()
    solution = solve(medium_instance(), time_limit=1.0, seed=0, progress=reports.append)
    assert time.perf_counter() - started < 3.0  # generous: the machine may be busy
    assert solution.stopped_by == "time"
    assert reports and reports[-1].phase == "done"
    assert reports[-1].best_objective == pytest.approx(solution.objective)
    assert [r.seconds for r in reports] == sorted(r.seconds for r in reports)


def test_without_cpsat_the_annealer_alone_still_solves() -> None:
    instance = medium_instance()
    solution = solve(instance, time_limit=60, seed=0, iteration_limit=40_000,
                     settings=SearchSettings(use_cpsat=False))
    assert solution.feasible
    assert solution.stopped_by == "iterations"


def test_annealing_and_repacking_alternate_when_repacking_stalls() -> None:
    instance = medium_instance(seed=11)
    restless = SearchSettings(patience_repacks=1, repack_work=0.02)
    reports: list[Progress] = []
    solution = solve(instance, time_limit=60, seed=5, iteration_limit=300_000,
                     settings=restless, progress=reports.append)
    assert solution.stopped_by == "iterations"
    assert solution.feasible
    # Every annealing phase reports "annealed" when it ends: more than one annealing phase
    # means re-packing stalled and handed back to annealing at least once.
    assert [r.phase for r in reports].count("annealed") >= 2


def test_progress_shows_annealing_improvements_before_the_phase_ends() -> None:
    reports: list[Progress] = []
    solve(medium_instance(), time_limit=3.0, seed=0, progress=reports.append)
    greedy = reports[0]
    first_phase_end = next(i for i, r in enumerate(reports) if r.phase == "annealed")
    assert reports[first_phase_end].best_objective < greedy.best_objective
    during = [r for r in reports[:first_phase_end] if r.phase == "anneal"]
    # A user watching a long solve sees the figure drop while annealing, not only at its end.
    assert during and min(r.best_objective for r in during) < greedy.best_objective
    assert all(r.feasible for r in during if r.best_objective < greedy.best_objective)


def test_a_short_run_does_not_pay_for_importing_ortools() -> None:
    # Importing OR-Tools alone can take longer than a one-second budget on a busy machine.
    code = (
        "import sys, time\n"
        "from tests.planner.placement.test_osa_solver import medium_instance\n"
        "from planner.placement.osa.solver import solve\n"
        "started = time.perf_counter()\n"
        "solution = solve(medium_instance(), time_limit=1.0, seed=0)\n"
        "print(solution.feasible, solution.stopped_by,"
        " 'ortools.sat.python.cp_model' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout.split() == ["True", "time", "False"]
