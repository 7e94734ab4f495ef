"""Hard rules hold on any small instance, and tiny ones match a brute-force optimum."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.placement.desk import Candidate, DeskSpot, PlacementOptions, place_people
from planner.placement.desk.adjacency import neighbour_lists
from planner.placement.desk.rules import may_sit

ROLES = ("researcher", "professor", "start-up member", "KT staff")


@st.composite
def instances(draw, max_desks: int = 12, max_people: int = 10):
    n_desks = draw(st.integers(min_value=0, max_value=max_desks))
    desks = []
    for i in range(n_desks):
        zone = draw(st.sampled_from(("A", "B", "S", "P")))
        desks.append(
            DeskSpot(
                code=f"D{i}",
                floor="3F",
                zone=zone,
                x=1.5 * draw(st.integers(0, 3)) + 0.01 * i,
                y=1.7 * draw(st.integers(0, 2)),
                kind=draw(st.sampled_from(("fixed", "fixed", "hot", "office"))),
                features=frozenset(
                    draw(st.sets(st.sampled_from(("accessible", "window")), max_size=2))
                ),
                zone_kind={"S": "startup", "P": "private_office"}.get(zone, "open_office"),
            )
        )
    n_people = draw(st.integers(min_value=0, max_value=max_people))
    free = [d.code for d in desks]
    people = []
    for i in range(n_people):
        current = None
        if free and draw(st.booleans()) and draw(st.booleans()):
            current = free.pop(draw(st.integers(0, len(free) - 1)))
        people.append(
            Candidate(
                key=f"p{i}",
                task=draw(st.sampled_from((None, "F-01", "F-02", "I-01"))),
                role=draw(st.sampled_from(ROLES)),
                needs=frozenset(
                    draw(st.sets(st.sampled_from(("accessible", "window")), max_size=1))
                ),
                current_desk=current,
            )
        )
    return desks, people


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=instances(), allow_moves=st.integers(0, 2))
def test_hard_rules_are_never_broken(instance, allow_moves) -> None:
    desks, people = instance
    options = PlacementOptions(allow_moves=allow_moves, max_iterations=1_000, time_limit_s=30)
    result = place_people(desks, people, options)
    by_code = {d.code: d for d in desks}

    # Everyone is either seated or unplaced with a reason, never both; one person per desk.
    unplaced = {u.key for u in result.unplaced}
    assert unplaced.isdisjoint(result.assignments)
    assert unplaced | set(result.assignments) == {p.key for p in people}
    assert all(u.reason for u in result.unplaced)
    assert len(set(result.assignments.values())) == len(result.assignments)

    moved = {m.key: m for m in result.moved}
    assert len(moved) <= allow_moves
    for person in people:
        desk = result.assignments.get(person.key)
        if person.current_desk:
            assert desk is not None  # already seated people are never unseated
            assert (desk != person.current_desk) == (person.key in moved)
            if allow_moves == 0:
                assert desk == person.current_desk
        if desk is not None and desk != person.current_desk:
            assert may_sit(person, by_code[desk], options), (person, by_code[desk])


def _best_by_brute_force(desks, people, options) -> tuple[int, int]:
    """(most people seated, then most same-team adjacent pairs) over every seating."""
    neighbours = neighbour_lists(desks, options.adjacency_m)
    best = (0, 0)
    slots = list(range(len(desks))) + [None] * len(people)
    for choice in set(itertools.permutations(slots, len(people))):
        if any(
            d is not None and not may_sit(p, desks[d], options)
            for p, d in zip(people, choice, strict=True)
        ):
            continue
        team_at = {
            d: p.task for p, d in zip(people, choice, strict=True) if d is not None and p.task
        }
        pairs = sum(
            1 for d, t in team_at.items() for e in neighbours[d] if e > d and team_at.get(e) == t
        )
        best = max(best, (sum(d is not None for d in choice), pairs))
    return best


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=instances(max_desks=6, max_people=4))
def test_tiny_instances_reach_the_brute_force_optimum(instance) -> None:
    desks, people = instance
    people = [Candidate(p.key, p.name, p.task, p.role, p.needs) for p in people]  # nobody seated
    options = PlacementOptions(max_iterations=4_000, time_limit_s=30)
    result = place_people(desks, people, options)
    most_seated, most_pairs = _best_by_brute_force(desks, people, options)
    assert len(result.assignments) == most_seated
    assert result.pairs == most_pairs
