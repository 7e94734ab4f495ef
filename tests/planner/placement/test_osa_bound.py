"""The lower bound is a bound: never above the best allocation, never below the obvious one."""

from __future__ import annotations

import math

import pytest
from hypothesis import given

from planner.placement.osa.bound import lower_bound
from planner.placement.osa.instance import Constraint, ConstraintKind, Entity, Instance, Room
from tests.planner.placement.test_osa_solver import FAST, brute_force, tiny_instances


def trivial_bound(instance: Instance) -> float:
    """Space misuse can never total less than the capacity no entity can fill."""
    return max(0.0, sum(r.capacity for r in instance.rooms) - sum(e.space for e in instance.entities))


@FAST
@given(tiny_instances(max_entities=6, max_rooms=3))
def test_the_bound_never_exceeds_the_brute_force_optimum(instance: Instance) -> None:
    optimum = brute_force(instance)
    result = lower_bound(instance, target=(optimum or 0) + 5, iterations=150)
    if optimum is not None:
        assert result.bound <= optimum + 1e-9
    assert result.bound >= trivial_bound(instance) * (1 - 1e-5) - 1e-5  # less only its margin


def test_the_bound_sees_that_whole_entities_do_not_fill_rooms_exactly() -> None:
    # Two rooms of 10 m² and three people of 6 m²: 18 of 20 m² are needed, so the obvious bound
    # is 2 — but whole people leave either 4 m² empty and 2 over (cost 8) or 8 empty (cost 8).
    rooms = (Room(0, 0, 10.0, ()), Room(1, 0, 10.0, ()))
    entities = tuple(Entity(i, 0, 6.0) for i in range(3))
    instance = Instance("three-in-two", 1, entities, rooms, ())
    assert brute_force(instance) == 8
    assert trivial_bound(instance) == 2
    assert lower_bound(instance, target=9).bound == pytest.approx(8, abs=1e-3)


def test_a_hard_not_sharing_entity_is_priced_alone() -> None:
    # The 4 m² person must sit alone: one of the two 10 m² rooms is 6 m² empty whatever happens.
    rooms = (Room(0, 0, 10.0, ()), Room(1, 0, 10.0, ()))
    entities = (Entity(0, 0, 4.0), Entity(1, 0, 5.0), Entity(2, 0, 5.0))
    constraints = (Constraint(0, ConstraintKind.NOT_SHARING, True, 0, -1),)
    instance = Instance("alone", 1, entities, rooms, constraints)
    optimum = brute_force(instance)
    assert optimum == 6
    result = lower_bound(instance, target=7)
    assert 6 - 1e-3 <= result.bound <= 6 + 1e-9
    assert math.isfinite(result.bound) and result.iterations >= 1


def test_stored_bounds_are_below_the_proven_optima() -> None:
    from benchmarks.osa_bounds import stored_bounds

    bounds = stored_bounds()
    assert {"nott1b", "nott1c", "nott1d", "nott1e"} <= set(bounds)
    optima = {"nott1d": 201.55, "nott1e": 177.7}  # proven by CP-SAT (../shared README)
    for name, optimum in optima.items():
        assert bounds[name]["lagrangian"]["bound"] <= optimum + 1e-9


def test_a_stored_bound_belongs_to_its_instance_file(tmp_path) -> None:
    from benchmarks.osa import DEFAULT_INSTANCES
    from benchmarks.osa_bounds import best_bound, stored_bounds

    bounds = stored_bounds()
    changed = tmp_path / "nott1b.txt"
    if not (DEFAULT_INSTANCES / "nott1b.txt").exists():
        pytest.skip("the public instances are not beside this checkout")
    changed.write_text((DEFAULT_INSTANCES / "nott1b.txt").read_text() + "\n")
    assert best_bound("nott1b", changed, bounds) is None  # a different file has no stored bound
    bound, how = best_bound("nott1b", DEFAULT_INSTANCES / "nott1b.txt", bounds)
    assert bound >= bounds["nott1b"]["cpsat"]["bound"] and how
