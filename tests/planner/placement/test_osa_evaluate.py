"""Independent evaluator on hand-made instances whose objective is computed by hand below."""

from __future__ import annotations

import pytest

from planner.placement.osa.evaluate import evaluate, room_misuse
from planner.placement.osa.instance import Constraint, ConstraintKind, Entity, Instance, Room
from planner.placement.osa.model import compile_problem, split_cost

K = ConstraintKind


def _instance() -> Instance:
    rooms = (Room(0, 0, 10.0, (1,)), Room(1, 0, 8.0, (0,)), Room(2, 1, 12.0, ()))
    entities = (Entity(0, 0, 6.0), Entity(1, 0, 5.0), Entity(2, 1, 9.0))
    spec = [
        (K.ALLOCATION, False, 2, 1),  # 0
        (K.NON_ALLOCATION, True, 0, 1),  # 1
        (K.CAPACITY, False, 0, -1),  # 2
        (K.SAME_ROOM, False, 0, 1),  # 3
        (K.NOT_SAME_ROOM, False, 0, 1),  # 4
        (K.NOT_SHARING, False, 1, -1),  # 5
        (K.ADJACENCY, False, 2, 0),  # 6
        (K.NEARBY, False, 0, 2),  # 7
        (K.AWAY_FROM, True, 0, 2),  # 8
        (K.NOT_SHARING, True, 2, -1),  # 9
        (K.ADJACENCY, True, 0, 1),  # 10
    ]
    constraints = tuple(Constraint(i, *fields) for i, fields in enumerate(spec))
    return Instance("hand", 2, entities, rooms, constraints)


def test_room_misuse_charges_overuse_double() -> None:
    assert room_misuse(10.0, 7.0) == 3.0
    assert room_misuse(10.0, 12.5) == 5.0
    assert room_misuse(10.0, 10.0) == 0.0


def test_feasible_assignment_by_hand() -> None:
    # Rooms: R0 holds 6+5=11 of 10 (misuse 2), R1 empty (8), R2 holds 9 of 12 (3): 13.
    # Soft violations: 0 alloc (20), 2 capacity (10), 4 not-same (10), 5 not-sharing (50),
    # 6 adjacency R2-R0 (10), 7 nearby floor 1 vs 0 (10) = 110.
    evaluation = evaluate(_instance(), [0, 0, 2])
    assert evaluation.space_misuse == pytest.approx(13.0)
    assert evaluation.soft_penalty == pytest.approx(110.0)
    assert evaluation.objective == pytest.approx(123.0)
    assert evaluation.violated_soft == (0, 2, 4, 5, 6, 7)
    assert evaluation.violated_hard == ()
    assert evaluation.feasible


def test_infeasible_assignment_by_hand() -> None:
    # R0 holds 5+9=14 of 10 (misuse 8), R1 holds 6 of 8 (2), R2 empty (12): 22.
    # Soft: 0 alloc (20), 2 capacity (10), 3 same room (10), 5 not-sharing (50) = 90.
    # Hard: 1 (E0 in R1), 8 (E0, E2 both on floor 0), 9 (E2 shares R0).
    evaluation = evaluate(_instance(), [1, 0, 0])
    assert evaluation.objective == pytest.approx(112.0)
    assert evaluation.violated_soft == (0, 2, 3, 5)
    assert evaluation.violated_hard == (1, 8, 9)
    assert not evaluation.feasible


def test_compiled_cost_agrees_with_the_evaluator() -> None:
    instance = _instance()
    problem = compile_problem(instance)
    for assignment in ([0, 0, 2], [1, 0, 0], [2, 1, 0], [0, 2, 2]):
        evaluation = evaluate(instance, assignment)
        soft, hard = split_cost(problem.cost(assignment))
        assert soft / problem.scale == pytest.approx(evaluation.objective)
        assert hard == len(evaluation.violated_hard)


@pytest.mark.parametrize("assignment", [[0, 0], [0, 0, 3], [0, -1, 1]])
def test_malformed_assignments_are_rejected(assignment: list[int]) -> None:
    with pytest.raises(ValueError):
        evaluate(_instance(), assignment)
