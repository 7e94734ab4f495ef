"""The OSA solver: greedy start, simulated annealing, then CP-SAT room re-packing.

Annealing (single moves, swaps, whole groups changing floor) is strong where entities are
tied to floors and to each other; exact re-packing of a few rooms is strong where the objective
is mostly about packing space tightly.  The solver anneals for half of the budget, then
re-packs; if re-packing stops improving for a quarter of the budget, it anneals again from the
best assignment (less hot) and re-packs again, until the time is up.  Without OR-Tools it
anneals for the whole budget.

Budget.  The wall-clock ``time_limit`` always applies.  ``iteration_limit`` (annealing moves;
one re-packing counts as 20,000) makes a run reproducible: every schedule is then driven by move
counts and CP-SAT by its deterministic time, so the same seed gives the same answer whenever the
clock is not what stops the run.  ``cancel()`` is polled a few hundred times a second; the best
assignment found so far is returned either way."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from planner.placement.osa.anneal import AnnealResult, anneal
from planner.placement.osa.evaluate import evaluate
from planner.placement.osa.greedy import greedy_assignment
from planner.placement.osa.instance import Instance
from planner.placement.osa.model import CompiledProblem, compile_problem, split_cost
from planner.placement.osa.neighbourhood import improve_by_repacking
from planner.placement.osa.repack import cpsat_available


@dataclass(frozen=True, slots=True)
class Solution:
    assignment: tuple[int, ...]  # room index per entity
    objective: float
    feasible: bool
    hard_violations: int
    seconds: float
    iterations: int
    stopped_by: str  # "time", "iterations", "cancelled" or "done"


@dataclass(frozen=True, slots=True)
class Progress:
    seconds: float
    iterations: int
    best_objective: float
    feasible: bool
    phase: str  # greedy, anneal, annealed (end of an annealing phase), repack or done


@dataclass(frozen=True, slots=True)
class SearchSettings:
    start_temperature: float = 10.0  # objective units
    restart_temperature: float = 3.0  # when annealing again from the best after re-packing
    end_temperature: float = 0.2
    hard_weight: float = 15.0  # objective units per violated hard constraint while annealing
    swap_share: float = 0.5  # of annealing moves that swap two entities
    group_share: float = 0.02  # of annealing moves that take a group to another floor
    anneal_share: float = 0.5  # of the budget, before CP-SAT re-packing takes over
    restart_share: float = 0.5  # of what is left, for each later annealing phase
    patience: float = 0.25  # of the budget re-packing may go without improving (time limited)
    patience_repacks: int = 25  # the same when iteration limited
    min_anneal_seconds: float = 3.0  # shorter annealing phases are not worth starting
    use_cpsat: bool = True
    repack_work: float = 0.5  # CP-SAT deterministic seconds per room re-packing


class _Budget:
    def __init__(self, time_limit: float, iteration_limit: int | None,
                 cancel: Callable[[], bool] | None) -> None:
        self.started = time.perf_counter()
        self.deadline = self.started + max(0.0, time_limit)
        self.iteration_limit = iteration_limit
        self.iterations = 0
        self.cancel = cancel
        self.stopped_by = ""

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def seconds_left(self) -> float:
        return max(0.0, self.deadline - time.perf_counter())

    def exhausted(self, extra_iterations: int = 0) -> bool:
        if self.stopped_by:
            return True
        if self.cancel is not None and self.cancel():
            self.stopped_by = "cancelled"
        elif time.perf_counter() >= self.deadline:
            self.stopped_by = "time"
        elif (self.iteration_limit is not None
              and self.iterations + extra_iterations >= self.iteration_limit):
            self.stopped_by = "iterations"
        return bool(self.stopped_by)


def solve(
    instance: Instance,
    time_limit: float,
    seed: int = 0,
    progress: Callable[[Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    iteration_limit: int | None = None,
    settings: SearchSettings | None = None,
) -> Solution:
    """Best assignment found within ``time_limit`` seconds (and ``iteration_limit`` moves)."""
    settings = settings or SearchSettings()
    budget = _Budget(time_limit, iteration_limit, cancel)
    problem = compile_problem(instance)
    rng = random.Random(seed)
    best = greedy_assignment(problem)
    best_key = _key(problem, best)
    last_report = [0.0]

    def report(phase: str, force: bool = False) -> None:
        now = budget.elapsed()
        if progress is not None and (force or now - last_report[0] >= 0.25):
            last_report[0] = now
            soft, hard = best_key[1], best_key[0]
            progress(Progress(now, budget.iterations, soft / problem.scale, hard == 0, phase))

    report("greedy", force=True)
    cpsat = settings.use_cpsat and cpsat_available() and bool(problem.movable)
    deterministic = iteration_limit is not None
    temperature = settings.start_temperature
    share = settings.anneal_share if cpsat else 1.0
    stalled = _Stall(budget, settings, deterministic)

    def accept(candidate: list[int]) -> None:
        nonlocal best, best_key
        best, best_key = candidate, _key(problem, candidate)
        stalled.improved()
        report("repack")

    def count_moves(moves: int) -> None:
        budget.iterations += moves
        stalled.repacks += 1

    while not budget.exhausted():
        result = _anneal_phase(problem, best, rng, budget, settings, report, share, temperature)
        if (result.best_hard, result.best_soft) < best_key:
            best, best_key = result.best, (result.best_hard, result.best_soft)
        report("annealed", force=True)
        if not cpsat or result.iterations == 0:
            break
        stalled.improved()  # a fresh start for the patience
        improve_by_repacking(problem, instance, best, rng, stalled, accept,
                             deterministic=deterministic, seconds_left=budget.seconds_left,
                             count_moves=count_moves, work=settings.repack_work)
        # Re-packing has stalled: anneal again from the best, less hot, then re-pack again.
        temperature, share = settings.restart_temperature, settings.restart_share

    budget.exhausted()  # name what ended the run, if a limit did
    evaluation = evaluate(instance, best)
    report("done", force=True)
    return Solution(
        assignment=tuple(best),
        objective=evaluation.objective,
        feasible=evaluation.feasible,
        hard_violations=len(evaluation.violated_hard),
        seconds=budget.elapsed(),
        iterations=budget.iterations,
        stopped_by=budget.stopped_by or "done",
    )


class _Stall:
    """Tells re-packing to stop: budget spent, or no improvement for too long (a stall)."""

    def __init__(self, budget: _Budget, settings: SearchSettings, deterministic: bool) -> None:
        self.budget, self.settings, self.deterministic = budget, settings, deterministic
        self.repacks = 0
        self.improved()

    def improved(self) -> None:
        self.last_improvement = time.perf_counter()
        self.repacks_then = self.repacks

    def __call__(self) -> bool:
        budget, settings = self.budget, self.settings
        if budget.exhausted():
            return True
        if self.deterministic:
            return self.repacks - self.repacks_then >= settings.patience_repacks
        patience = settings.patience * (budget.deadline - budget.started)
        worth_annealing = budget.seconds_left() * settings.restart_share
        return (time.perf_counter() - self.last_improvement > patience
                and worth_annealing >= settings.min_anneal_seconds)


def _key(problem: CompiledProblem, assignment: list[int]) -> tuple[int, int]:
    soft, hard = split_cost(problem.cost(assignment))
    return hard, soft


def _anneal_phase(problem: CompiledProblem, start: list[int], rng: random.Random,
                  budget: _Budget, settings: SearchSettings, report: Callable[..., None],
                  share: float, start_temperature: float) -> AnnealResult:
    """One cooling over ``share`` of what is left: of the moves if limited, else of the time.

    Cooling by the clock (rather than by a fixed number of moves) ends cold however busy the
    machine is; cooling by moves is what makes iteration-limited runs reproducible.
    """
    done_before = budget.iterations
    if budget.iteration_limit is not None:
        moves = max(1, round(share * (budget.iteration_limit - done_before)))

        def fraction(iterations: int) -> float:
            return iterations / moves
    else:
        began, seconds = time.perf_counter(), max(1e-9, share * budget.seconds_left())

        def fraction(iterations: int) -> float:
            return (time.perf_counter() - began) / seconds

    def clock(iterations: int) -> float | None:
        budget.iterations = done_before + iterations
        done = fraction(iterations)
        if done >= 1.0 or budget.exhausted():
            return None
        report("anneal")
        return done

    return anneal(
        problem, start, rng, clock,
        start_temperature=start_temperature,
        end_temperature=settings.end_temperature,
        hard_weight=settings.hard_weight,
        swap_share=settings.swap_share,
        group_share=settings.group_share,
    )
