"""The engine as a generator: progress a window can show, a cancel that keeps the best
seating so far, and the same results as the plain call."""

from __future__ import annotations

from planner.placement.desk import (
    PlacementOptions,
    PlacementProgress,
    place_people,
    place_people_steps,
)
from planner.placement.desk.layout_gen import LayoutSpec, generate_desks, generate_people
from planner.placement.desk.model import DONE, IMPROVING
from planner.placement.desk.rules import may_sit

DESKS = generate_desks(LayoutSpec(desks=240), seed=3)
PEOPLE = generate_people(200, 20, seed=3)


def drive(steps) -> tuple[list[PlacementProgress], object]:
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            return seen, stop.value


def test_steps_report_rising_progress_and_the_best_score_so_far() -> None:
    options = PlacementOptions(max_iterations=60_000, time_limit_s=30, seed=1)
    seen, result = drive(place_people_steps(DESKS, PEOPLE, options))
    fractions = [step.fraction for step in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    improving = [step for step in seen if step.stage == IMPROVING]
    assert improving, "no progress while improving"
    best = [step.best_pairs for step in improving]
    assert best == sorted(best)  # the best so far never gets worse
    assert all(step.bound == result.bound for step in improving)
    assert seen[-1].stage == DONE and seen[-1].best_pairs == result.pairs


def test_steps_give_the_same_seating_as_the_plain_call() -> None:
    options = PlacementOptions(max_iterations=20_000, time_limit_s=30, seed=5)
    _seen, stepped = drive(place_people_steps(DESKS, PEOPLE, options))
    plain = place_people(DESKS, PEOPLE, options)
    assert stepped.assignments == plain.assignments
    assert stepped.pairs == plain.pairs


def test_cancel_stops_early_with_a_valid_seating_no_worse_than_the_start() -> None:
    options = PlacementOptions(time_limit_s=120, seed=2)  # only cancel ends this in time
    cancelled = False
    first_best = None
    reports = 0
    steps = place_people_steps(DESKS, PEOPLE, options, cancel=lambda: cancelled)
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            result = stop.value
            break
        if step.stage == IMPROVING:
            reports += 1
            if first_best is None:
                first_best = step.best_pairs
            cancelled = reports >= 3  # a few reports into the improvement
    assert result.cancelled
    assert result.pairs >= first_best
    desks = {desk.code: desk for desk in DESKS}
    people = {person.key: person for person in PEOPLE}
    used = list(result.assignments.values())
    assert len(used) == len(set(used))
    for key, code in result.assignments.items():
        assert may_sit(people[key], desks[code], options)


def test_the_callback_form_still_reports_progress() -> None:
    calls: list[tuple[float, str]] = []
    place_people(
        DESKS[:60],
        PEOPLE[:40],
        PlacementOptions(max_iterations=5_000, time_limit_s=30),
        progress=lambda fraction, message: calls.append((fraction, message)),
    )
    assert calls[0] == (0.0, "checking which desks suit whom")
    assert calls[-1] == (1.0, "done")
