"""Polish a seating by simulated annealing over desk swaps.

One step picks a team member and a desk next to one of their teammates, and proposes
swapping the two desks' contents (a person of another team, someone without a team,
or nobody), or sometimes a three-way rotation that sends the displaced person next to
their own teammates. Proposals are local, so a step costs the same on a 240-desk floor as in a
6,000-desk building, and the work falls naturally where the teams are: this is what
decomposes the large case by floor and zone. Only swaps that keep both people at
desks they may take are considered, so the hard rules hold at every step.

The objective is adjacent same-team pairs minus `move_penalty` per seated person
moved away from their current desk, and at most `allow_moves` of them may be away.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

from .explain import pair_bound
from .problem import Problem

ProgressCallback = Callable[[float, str], None]

_START_TEMPERATURE = 0.5
_END_TEMPERATURE = 0.04
_STEPS_PER_CHECK = 512
# Share of proposals that go next to a teammate; the rest shuffle within the zone,
# which lets free desks and other teams drift out of the way.
_TEAMMATE_SHARE = 0.85
# Share of proposals onto another team's desk that become a three-way rotation instead
# of a swap: the displaced person moves next to their own team, not into the hole left.
_ROTATION_SHARE = 0.3
# A progress bar needs a few updates a second, not one per block of proposals.
_REPORT_EVERY_S = 0.1


@dataclass(frozen=True, slots=True)
class AnnealBudget:
    seconds: float  # wall-clock seconds from the call
    # When set, the cooling schedule follows steps, not the clock: reproducible runs.
    iterations: int | None = None
    seed: int = 0


@dataclass(frozen=True, slots=True)
class AnnealOutcome:
    iterations: int
    cancelled: bool


@dataclass(frozen=True, slots=True)
class AnnealProgress:
    fraction: float  # of this run's budget
    best_pairs: float  # best objective so far: adjacent same-team pairs less move penalties


def anneal_steps(
    problem: Problem,
    occ: list[int],
    pos: list[int],
    pinned: list[bool],
    budget: AnnealBudget,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Generator[AnnealProgress, None, AnnealOutcome]:
    """Improve the seating in `occ`/`pos` in place within the budget. A generator: it
    yields progress a few times a second (with the best score so far), so that a window
    can show it and a background job can drive it, and returns the outcome. The seating
    keeps every hard rule at each step; at the end it is the best one seen."""
    started = time.perf_counter()
    options = problem.options
    team_of = problem.team_of
    home = problem.home
    person_class = problem.person_class
    allowed = problem.allowed
    nb = problem.neighbours
    zone_of = problem.zone_of
    zone_desks = [zone.desks for zone in problem.zones]

    members: list[list[int]] = [[] for _ in problem.team_names]
    for person, desk in enumerate(pos):
        if desk >= 0 and team_of[person] >= 0:
            members[team_of[person]].append(person)
    movers = [p for t in members if len(t) > 1 for p in t if not pinned[p]]
    if not movers:
        return AnnealOutcome(0, False)

    tdesk = [team_of[holder] if holder >= 0 else -1 for holder in occ]
    movable = [not flag for flag in pinned]
    penalty = options.move_penalty
    allow_moves = options.allow_moves
    moved = sum(1 for p, d in enumerate(pos) if home[p] >= 0 and d >= 0 and d != home[p])
    score = _pairs(tdesk, nb) - penalty * moved
    # No seating can beat every team reaching its grid bound: stop there.
    ceiling = sum(pair_bound(len(team)) for team in members)
    best_score, best_occ = score, occ[:]

    rng = random.Random(budget.seed)
    rand = rng.random
    n_movers = len(movers)
    limit_s = max(budget.seconds, 0.0)
    max_iterations = budget.iterations
    temperature = _START_TEMPERATURE
    cooling = _END_TEMPERATURE / _START_TEMPERATURE
    iterations = 0
    cancelled = False
    reported = -_REPORT_EVERY_S

    def local_pairs(a: int, b: int, c: int) -> float:
        """Same-team pairs touching desks a, b or c (pairs among them counted once)."""
        total = 0.0
        for d in (a, b, c):
            team = tdesk[d]
            if team < 0:
                continue
            for e in nb[d]:
                if tdesk[e] == team:
                    total += 0.5 if e == a or e == b or e == c else 1.0
        return total

    def rotate(
        p: int, a: int, b: int, q: int, tq: int, temperature: float
    ) -> tuple[float, int] | None:
        """Propose p: a -> b, q: b -> c (next to a teammate of q), c's holder: c -> a."""
        mates = members[tq]
        around = nb[pos[mates[int(rand() * len(mates))]]]
        if not around:
            return None
        c = around[int(rand() * len(around))]
        if c == a or c == b or tdesk[c] == tq:
            return None
        r = occ[c]
        if not (allowed[person_class[p]][b] or home[p] == b):
            return None
        if not (allowed[person_class[q]][c] or home[q] == c):
            return None
        if r >= 0 and not (movable[r] and (allowed[person_class[r]][a] or home[r] == a)):
            return None
        change = 0
        for person, old, new in ((p, a, b), (q, b, c), (r, c, a)):
            if person >= 0 and home[person] >= 0:
                change += (new != home[person]) - (old != home[person])
        if change > 0 and moved + change > allow_moves:
            return None
        before = local_pairs(a, b, c)
        ta, tc = tdesk[a], tdesk[c]
        occ[b], occ[c], occ[a] = p, q, r
        tdesk[b], tdesk[c], tdesk[a] = ta, tq, tc
        delta = local_pairs(a, b, c) - before - penalty * change
        if delta < 0 and rand() >= math.exp(delta / temperature):
            occ[a], occ[b], occ[c] = p, q, r
            tdesk[a], tdesk[b], tdesk[c] = ta, tq, tc
            return None
        pos[p], pos[q] = b, c
        if r >= 0:
            pos[r] = a
        return delta, change

    while True:
        # Bookkeeping once per block of proposals: time, cancel, schedule, best so far.
        elapsed = time.perf_counter() - started
        if max_iterations is not None:
            fraction = iterations / max_iterations if max_iterations > 0 else 1.0
        else:
            fraction = elapsed / limit_s if limit_s > 0 else 1.0
        if fraction >= 1.0 or elapsed >= limit_s or score >= ceiling:
            break
        if cancel is not None and cancel():
            cancelled = True
            break
        if score > best_score:
            best_score, best_occ = score, occ[:]
        if elapsed - reported >= _REPORT_EVERY_S:
            reported = elapsed
            yield AnnealProgress(fraction, max(best_score, score))
        temperature = _START_TEMPERATURE * cooling**fraction

        for _ in range(_STEPS_PER_CHECK):
            p = movers[int(rand() * n_movers)]
            a = pos[p]
            t = team_of[p]
            if rand() < _TEAMMATE_SHARE:
                mates = members[t]
                around = nb[pos[mates[int(rand() * len(mates))]]]
                if not around:
                    continue
                b = around[int(rand() * len(around))]
            else:
                spot = zone_desks[zone_of[a]]
                b = spot[int(rand() * len(spot))]
            tb = tdesk[b]
            if tb == t:
                continue
            if not (allowed[person_class[p]][b] or home[p] == b):
                continue
            q = occ[b]
            if tb >= 0 and movable[q] and rand() < _ROTATION_SHARE:
                # q makes room for p by moving next to one of its own teammates.
                rotated = rotate(p, a, b, q, tb, temperature)
                if rotated is not None:
                    score += rotated[0]
                    moved += rotated[1]
                continue
            if q >= 0 and not (movable[q] and (allowed[person_class[q]][a] or home[q] == a)):
                continue

            change = 0
            if home[p] >= 0:
                change += (b != home[p]) - (a != home[p])
            if q >= 0 and home[q] >= 0:
                change += (a != home[q]) - (b != home[q])
            if change > 0 and moved + change > allow_moves:
                continue

            gain = 0
            for e in nb[b]:
                if tdesk[e] == t and e != a:
                    gain += 1
            for e in nb[a]:
                if tdesk[e] == t and e != b:
                    gain -= 1
            if tb >= 0:
                for e in nb[a]:
                    if tdesk[e] == tb and e != b:
                        gain += 1
                for e in nb[b]:
                    if tdesk[e] == tb and e != a:
                        gain -= 1
            delta = gain - penalty * change if change else gain
            if delta < 0 and rand() >= math.exp(delta / temperature):
                continue

            occ[a], occ[b] = q, p
            pos[p] = b
            if q >= 0:
                pos[q] = a
            tdesk[a], tdesk[b] = tb, t
            moved += change
            score += delta
        iterations += _STEPS_PER_CHECK

    if score < best_score:
        occ[:] = best_occ
        for person in range(len(pos)):
            pos[person] = -1 if pos[person] >= 0 else pos[person]
        for desk, holder in enumerate(occ):
            if holder >= 0:
                pos[holder] = desk
    return AnnealOutcome(iterations, cancelled)


def _pairs(tdesk: list[int], nb: list[tuple[int, ...]]) -> int:
    return sum(1 for d, t in enumerate(tdesk) if t >= 0 for e in nb[d] if e > d and tdesk[e] == t)
