"""The OSA solver: greedy start, then rounds of simulated annealing and CP-SAT room re-packing.

Annealing (single moves, swaps, whole groups changing floor) is strong where entities are
tied to floors and to each other; exact re-packing of a few rooms is strong where the objective
is mostly about packing space tightly.  The solver anneals for 30 % of the budget, then
re-packs; when re-packing goes 6 % of the budget without improving (18 % once it has improved
in this phase: on packing-heavy instances it improves in bursts, on the Nottingham ones hardly
ever) it anneals again from the best assignment and re-packs again, until the time is up.
Without OR-Tools, or for runs too short to be worth importing it, it anneals for the whole
budget.

Why short rounds rather than one long cooling: on the Nottingham instances one annealing run
lands in the best basin three times in four or so, whether it lasts 6 or 18 seconds (measured
on nott1c); several short, independent runs fail together far less often than one long run.
Later annealing phases reheat fully, which makes each a fresh, independent attempt: on
nott1c and nott1d a gentle reheat of the best left the search in the same basin.  (Set
``full_reheat_every`` to alternate with gentle reheats.)  The best assignment is always kept.

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
from planner.placement.osa.repack import cpsat_available, cpsat_loaded


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
    start_temperature: float = 10.0  # objective units; also every full reheat
    restart_temperature: float = 3.0  # a gentle reheat of the best after re-packing stalls
    full_reheat_every: int = 1  # every so many later annealing phases reheat fully
    end_temperature: float = 0.2
    hard_weight: float = 15.0  # objective units per violated hard constraint while annealing
    swap_share: float = 0.5  # of annealing moves that swap two entities
    group_share: float = 0.02  # of annealing moves that take a group to another floor
    anneal_share: float = 0.3  # of the budget, before CP-SAT re-packing takes over
    restart_share: float = 0.1  # of the budget, for each later annealing phase
    patience: float = 0.06  # of the budget re-packing may go without improving (time limited)
    patience_repacks: int = 25  # the same when iteration limited
    productive_patience: float = 3.0  # times the patience, once a re-packing phase has improved
    min_anneal_seconds: float = 2.0  # shorter annealing phases are not worth starting
    use_cpsat: bool = True
    # Importing OR-Tools takes 0.6 s on an idle machine and several seconds on a busy one: not
    # worth it for a short time-limited run (iteration-limited runs always use CP-SAT).
    min_cpsat_seconds: float = 5.0
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

    def total_seconds(self) -> float:
        return self.deadline - self.started

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
    # What progress shows: the best so far including the running annealing phase's own best.
    shown_key = best_key
    last_report = [0.0]

    def report(phase: str, force: bool = False) -> None:
        now = budget.elapsed()
        if progress is not None and (force or now - last_report[0] >= 0.25):
            last_report[0] = now
            hard, soft = shown_key
            progress(Progress(now, budget.iterations, soft / problem.scale, hard == 0, phase))

    def annealing_improved(soft: int, hard: int) -> None:
        nonlocal shown_key
        shown_key = min(shown_key, (hard, soft))

    report("greedy", force=True)
    deterministic = iteration_limit is not None
    cpsat = (settings.use_cpsat and cpsat_available() and bool(problem.movable)
             and (deterministic or cpsat_loaded()
                  or budget.total_seconds() >= settings.min_cpsat_seconds))
    temperature = settings.start_temperature
    share = settings.anneal_share if cpsat else 1.0
    stalled = _Stall(budget, settings, deterministic)

    def accept(candidate: list[int]) -> None:
        nonlocal best, best_key, shown_key
        best, best_key = candidate, _key(problem, candidate)
        shown_key = min(shown_key, best_key)
        stalled.improved()
        report("repack")

    def count_moves(moves: int) -> None:
        budget.iterations += moves
        stalled.repacks += 1

    restarts = 0
    while not budget.exhausted():
        result = _anneal_phase(problem, best, rng, budget, settings, report, share, temperature,
                               annealing_improved)
        if (result.best_hard, result.best_soft) < best_key:
            best, best_key = result.best, (result.best_hard, result.best_soft)
        shown_key = best_key
        report("annealed", force=True)
        if not cpsat or result.iterations == 0:
            break
        stalled.new_phase()
        improve_by_repacking(problem, instance, best, rng, stalled, accept,
                             deterministic=deterministic, seconds_left=budget.seconds_left,
                             count_moves=count_moves, work=settings.repack_work)
        # Re-packing has stalled: anneal again from the best, then re-pack again.
        restarts += 1
        full = settings.full_reheat_every > 0 and restarts % settings.full_reheat_every == 0
        temperature = settings.start_temperature if full else settings.restart_temperature
        share = settings.restart_share

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
        self.new_phase()

    def new_phase(self) -> None:
        """A fresh start for the patience, at the start of a re-packing phase."""
        self.productive = False
        self.last_improvement = time.perf_counter()
        self.repacks_then = self.repacks

    def improved(self) -> None:
        self.new_phase()
        self.productive = True

    def __call__(self) -> bool:
        budget, settings = self.budget, self.settings
        if budget.exhausted():
            return True
        stretch = settings.productive_patience if self.productive else 1.0
        if self.deterministic:
            return self.repacks - self.repacks_then >= settings.patience_repacks * stretch
        patience = settings.patience * budget.total_seconds() * stretch
        return (time.perf_counter() - self.last_improvement > patience
                and _phase_seconds(budget, settings.restart_share) >= settings.min_anneal_seconds)


def _key(problem: CompiledProblem, assignment: list[int]) -> tuple[int, int]:
    soft, hard = split_cost(problem.cost(assignment))
    return hard, soft


def _phase_seconds(budget: _Budget, share: float) -> float:
    return min(share * budget.total_seconds(), budget.seconds_left())


def _anneal_phase(problem: CompiledProblem, start: list[int], rng: random.Random,
                  budget: _Budget, settings: SearchSettings, report: Callable[..., None],
                  share: float, start_temperature: float,
                  improved: Callable[[int, int], None]) -> AnnealResult:
    """One cooling over ``share`` of the budget (at most what is left): of the moves if limited,
    else of the time.

    Cooling by the clock (rather than by a fixed number of moves) ends cold however busy the
    machine is; cooling by moves is what makes iteration-limited runs reproducible.
    """
    done_before = budget.iterations
    if budget.iteration_limit is not None:
        limit = budget.iteration_limit
        moves = max(1, min(round(share * limit), limit - done_before))

        def fraction(iterations: int) -> float:
            return iterations / moves
    else:
        began, seconds = time.perf_counter(), max(1e-9, _phase_seconds(budget, share))

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
        improved=improved,
    )
