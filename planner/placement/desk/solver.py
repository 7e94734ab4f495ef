"""Seat people at desks so that each research team sits together.

    result = place_people(desks, candidates, PlacementOptions(time_limit_s=1.0, seed=7))

1. Decide who can be seated at all (a flow over person and desk classes), and say why
   the others cannot.
2. Keep everyone already seated at their desk; seat newcomers zone by zone, teams as
   compact blocks (`construct`), a few times in slightly shuffled orders; keep the best.
3. Improve by simulated annealing within the time limit (`anneal`); already-seated
   people move only when `allow_moves` permits and it pays.
4. Report assignments, moves, unplaced people with reasons, and a score per team.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable, Generator, Sequence

from .anneal import AnnealBudget, ProgressCallback, anneal_steps
from .capacity import SeatBudget, competing_demand
from .construct import construct
from .explain import explain_teams, pair_bound, team_pairs
from .model import (
    CHECKING,
    CONSTRUCTING,
    DONE,
    IMPROVING,
    Candidate,
    DeskSpot,
    Move,
    PlacementOptions,
    PlacementProgress,
    PlacementResult,
    Unplaced,
)
from .problem import Problem, build_problem
from .rules import unplaced_reason
from .steps import run_steps

# Constructions tried (the first in plain largest-first order), within this share of
# the time limit.
_CONSTRUCTION_ATTEMPTS = 6
_CONSTRUCTION_SHARE = 0.2


def place_people(
    desks: Sequence[DeskSpot],
    candidates: Sequence[Candidate],
    options: PlacementOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PlacementResult:
    """Plan seats for `candidates` over `desks` (free desks plus the candidates' own).

    Candidates whose current desk is not among `desks` keep it and are left out of the
    optimisation. Raises ValueError for duplicate desk codes or person keys, or two
    people on one desk. `cancel()` returning True stops the improvement early; the
    result is then the best valid seating found so far, marked `cancelled`.
    """
    return run_steps(place_people_steps(desks, candidates, options, cancel=cancel), progress)


def place_people_steps(
    desks: Sequence[DeskSpot],
    candidates: Sequence[Candidate],
    options: PlacementOptions | None = None,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Generator[PlacementProgress, None, PlacementResult]:
    """`place_people` as a generator: yields `PlacementProgress` (with the best score so
    far while improving) and returns the result, for callers that run it as a background
    job. Same result as `place_people` for the same inputs and seed."""
    options = options or PlacementOptions()
    started = time.perf_counter()
    problem = build_problem(desks, candidates, options)
    yield PlacementProgress(0.0, CHECKING)

    occ = [-1] * len(desks)
    pos = [-1] * len(candidates)
    for person, desk in enumerate(problem.home):
        if desk >= 0:
            occ[desk] = person
            pos[person] = desk
    newcomers = [p for p, person in enumerate(candidates) if not person.current_desk]
    budget, unplaced = _decide_who_fits(problem, occ, newcomers)
    left_out = {u.key for u in unplaced}
    placeable = [p for p in newcomers if candidates[p].key not in left_out]

    yield PlacementProgress(0.02, CONSTRUCTING)
    occ, pos = _best_construction(problem, occ, pos, placeable, budget, started, cancel)
    bound = sum(pair_bound(size) for size in _team_sizes(problem, pos))
    yield PlacementProgress(0.05, IMPROVING, team_pairs_total(problem, occ), bound)

    iterations, cancelled = yield from _improve(problem, occ, pos, started, bound, cancel)

    result = _result(problem, pos, unplaced)
    result.iterations = iterations
    result.cancelled = cancelled
    result.seconds = time.perf_counter() - started
    yield PlacementProgress(1.0, DONE, result.pairs, result.bound)
    return result


def _team_sizes(problem: Problem, pos: Sequence[int]) -> list[int]:
    sizes = [0] * len(problem.team_names)
    for person, desk in enumerate(pos):
        if desk >= 0 and problem.team_of[person] >= 0:
            sizes[problem.team_of[person]] += 1
    return sizes


def _improve(
    problem: Problem,
    occ: list[int],
    pos: list[int],
    started: float,
    bound: int,
    cancel: Callable[[], bool] | None,
) -> Generator[PlacementProgress, None, tuple[int, bool]]:
    """Anneal in the time left. When seated people may move, the first half keeps them
    in place and only the second half moves them, starting from the first half's best:
    a move is kept only if it beats the best seating that moves nobody."""
    options = problem.options
    seated = [problem.home[p] >= 0 for p in range(len(problem.people))]
    phases = [seated]
    if options.allow_moves > 0 and any(seated):
        phases.append([False] * len(seated))
    iterations, cancelled = 0, False
    for number, pinned in enumerate(phases):
        if cancelled:
            break
        left = options.time_limit_s - (time.perf_counter() - started)
        share = 1 / (len(phases) - number)
        steps = options.max_iterations
        budget = AnnealBudget(
            seconds=left * share,
            iterations=None if steps is None else steps // len(phases),
            seed=options.seed + number,
        )
        low, high = 0.05 + 0.9 * number / len(phases), 0.05 + 0.9 * (number + 1) / len(phases)
        run = anneal_steps(problem, occ, pos, pinned, budget, cancel=cancel)
        while True:
            try:
                step = next(run)
            except StopIteration as stop:
                outcome = stop.value
                break
            yield PlacementProgress(
                low + (high - low) * step.fraction, IMPROVING, step.best_pairs, bound
            )
        iterations += outcome.iterations
        cancelled = outcome.cancelled
    return iterations, cancelled


def _best_construction(
    problem: Problem,
    occ: list[int],
    pos: list[int],
    placeable: Sequence[int],
    budget: SeatBudget,
    started: float,
    cancel: Callable[[], bool] | None,
) -> tuple[list[int], list[int]]:
    """Construct a few times, teams of similar size in shuffled order, and keep the
    seating with most pairs: a better start is worth more than the same time spent
    annealing (about 0.4 % more pairs at 200 people). Iteration-limited runs make a
    fixed number of attempts so that they stay reproducible."""
    options = problem.options
    best: tuple[int, list[int], list[int]] | None = None
    for attempt in range(_CONSTRUCTION_ATTEMPTS):
        if attempt > 0 and cancel is not None and cancel():
            break
        if attempt > 0 and options.max_iterations is None:
            if time.perf_counter() - started > _CONSTRUCTION_SHARE * options.time_limit_s:
                break
        trial_occ, trial_pos = occ[:], pos[:]
        shuffle = random.Random(options.seed * 1_000 + attempt) if attempt else None
        construct(problem, trial_occ, trial_pos, placeable, budget.copy(), shuffle)
        pairs = team_pairs_total(problem, trial_occ)
        if best is None or pairs > best[0]:
            best = (pairs, trial_occ, trial_pos)
    assert best is not None
    return best[1], best[2]


def team_pairs_total(problem: Problem, occ: Sequence[int]) -> int:
    desk_team = [problem.team_of[holder] if holder >= 0 else -1 for holder in occ]
    return sum(team_pairs(desk_team, problem.neighbours).values())


def _decide_who_fits(
    problem: Problem, occ: Sequence[int], newcomers: Sequence[int]
) -> tuple[SeatBudget, list[Unplaced]]:
    """Count free desks per desk class and newcomers per person class; the maximum flow
    between them says how many of each class get a desk. When a class falls short, the
    people listed last in the input are the ones left without a desk."""
    n_desk_classes = max(problem.desk_class, default=-1) + 1
    supply = [0] * n_desk_classes
    for desk, holder in enumerate(occ):
        if holder < 0:
            supply[problem.desk_class[desk]] += 1
    by_class: dict[int, list[int]] = defaultdict(list)
    for person in newcomers:
        by_class[problem.person_class[person]].append(person)
    demand = [len(by_class[c]) for c in range(len(problem.class_keys))]
    budget = SeatBudget(demand, supply, problem.allowed_desk_classes)

    unplaced: list[Unplaced] = []
    for person_class, people in sorted(by_class.items()):
        short = len(people) - budget.placeable[person_class]
        if short <= 0:
            continue
        usable = problem.allowed_desk_classes[person_class]
        suitable = sum(supply[d] for d in usable)
        competing = competing_demand(person_class, demand, problem.allowed_desk_classes)
        for person in people[-short:]:
            reason = unplaced_reason(problem.people[person], suitable, competing)
            unplaced.append(Unplaced(problem.people[person].key, reason))
    order = {person.key: i for i, person in enumerate(problem.people)}
    unplaced.sort(key=lambda u: order[u.key])
    return budget, unplaced


def _result(problem: Problem, pos: Sequence[int], unplaced: list[Unplaced]) -> PlacementResult:
    desks, people = problem.desks, problem.people
    assignments: dict[str, str] = {}
    moved: list[Move] = []
    for person, candidate in enumerate(people):
        desk = pos[person]
        if desk >= 0:
            assignments[candidate.key] = desks[desk].code
            home = problem.home[person]
            if home >= 0 and home != desk:
                moved.append(Move(candidate.key, desks[home].code, desks[desk].code))
        elif candidate.current_desk:
            # Seated at a desk outside this plan: they simply stay there.
            assignments[candidate.key] = candidate.current_desk
    teams = explain_teams(desks, problem.neighbours, people, assignments)
    return PlacementResult(assignments=assignments, moved=moved, unplaced=unplaced, teams=teams)
