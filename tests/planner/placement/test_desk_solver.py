"""The engine's promises on hand-made floors: rules, fixed seats, moves, reasons, seeds."""

from __future__ import annotations

import pytest

from planner.placement.desk import Candidate, DeskSpot, PlacementOptions, pair_bound, place_people
from planner.placement.desk.layout_gen import LayoutSpec, generate_desks, generate_people

QUICK = PlacementOptions(max_iterations=3_000, time_limit_s=30)


def row_of_desks(n: int, zone: str = "A", y: float = 0.0, **extra) -> list[DeskSpot]:
    return [
        DeskSpot(code=f"{zone}{i:02d}", floor="3F", zone=zone, x=1.5 * i, y=y, **extra)
        for i in range(n)
    ]


def grid(rows: int, columns: int, zone: str = "A") -> list[DeskSpot]:
    return [
        DeskSpot(code=f"{zone}{r}{c}", floor="3F", zone=zone, x=1.5 * c, y=1.7 * r)
        for r in range(rows)
        for c in range(columns)
    ]


def team(task: str, n: int, **extra) -> list[Candidate]:
    return [Candidate(key=f"{task}-{i}", task=task, **extra) for i in range(n)]


@pytest.mark.parametrize(
    ("size", "bound"), [(0, 0), (1, 0), (2, 1), (3, 2), (4, 4), (9, 12), (10, 13), (25, 40)]
)
def test_pair_bound_is_the_grid_formula(size: int, bound: int) -> None:
    assert pair_bound(size) == bound


def test_two_teams_each_fill_a_block_of_a_grid() -> None:
    result = place_people(grid(3, 6), team("F-01", 9) + team("F-02", 9), QUICK)
    assert [(t.task, t.pairs, t.bound) for t in result.teams] == [
        ("F-01", 12, 12),
        ("F-02", 12, 12),
    ]
    assert result.score == 100.0


def test_a_team_larger_than_its_zone_spills_into_the_nearest_zone() -> None:
    desks = grid(3, 3, "A") + [
        DeskSpot(code=f"{z}{i}", floor="3F", zone=z, x=x0 + 1.5 * i, y=0.0)
        for z, x0 in (("B", 8.0), ("C", 40.0))
        for i in range(3)
    ]
    result = place_people(desks, team("F-01", 11), QUICK)
    zones = {code[0] for code in result.assignments.values()}
    assert zones == {"A", "B"}  # 9 + 2 next door, not scattered over three zones
    assert result.teams[0].pairs == 12 + 1


def test_accessible_need_gets_an_accessible_desk() -> None:
    desks = row_of_desks(4) + [
        DeskSpot("A99", "3F", "A", 7.5, 0.0, features=frozenset({"accessible"}))
    ]
    people = team("F-01", 4) + [Candidate("wheel", task="F-01", needs=frozenset({"Accessible"}))]
    result = place_people(desks, people, QUICK)
    assert result.assignments["wheel"] == "A99"
    assert len(result.assignments) == 5


def test_nobody_takes_the_accessible_desk_someone_needs() -> None:
    # Listed first, the researchers could grab the accessible desk; the budget stops them.
    desks = row_of_desks(2) + [
        DeskSpot("A99", "3F", "A", 3.0, 0.0, features=frozenset({"accessible"}))
    ]
    people = team("F-01", 2) + [Candidate("wheel", task="F-02", needs=frozenset({"accessible"}))]
    result = place_people(desks, people, QUICK)
    assert result.assignments["wheel"] == "A99"
    assert not result.unplaced


def test_zone_rules_for_professors_and_start_ups() -> None:
    desks = (
        row_of_desks(3, "A")
        + row_of_desks(2, "S", zone_kind="startup")
        + row_of_desks(1, "P", zone_kind="private_office")
        + row_of_desks(1, "O", kind="office")
    )
    people = [
        Candidate("prof1", task="F-01", role="Professor"),
        Candidate("prof2", role="교수"),
        Candidate("founder", role="start-up member"),
        Candidate("intern", role="intern"),
    ] + team("F-01", 3)
    result = place_people(desks, people, QUICK)
    assert {result.assignments["prof1"][0], result.assignments["prof2"][0]} == {"P", "O"}
    assert result.assignments["founder"].startswith("S")
    # Four others want open desks and only three exist: someone is left out with a reason.
    open_seated = [k for k, d in result.assignments.items() if d.startswith("A")]
    assert len(open_seated) == 3
    [left_out] = result.unplaced
    assert left_out.reason == (
        "not enough desks: 4 people could use the 3 free desks in an open office or lab"
    )


def test_reason_when_no_desk_suits_at_all() -> None:
    result = place_people(row_of_desks(3), [Candidate("founder", role="startup member")], QUICK)
    assert result.unplaced[0].reason == "no free desk in a start-up zone in this plan"
    result = place_people(row_of_desks(3), [Candidate("w", needs=frozenset({"standing"}))], QUICK)
    assert (
        result.unplaced[0].reason
        == "no free desk in an open office or lab with the 'standing' feature in this plan"
    )


def test_seated_people_stay_when_no_moves_are_allowed() -> None:
    desks = row_of_desks(6)
    people = [
        Candidate("old1", task="F-01", current_desk="A00"),
        Candidate("old2", task="F-01", current_desk="A05"),
    ]
    people += team("F-02", 2)
    result = place_people(desks, people, QUICK)
    assert result.assignments["old1"] == "A00" and result.assignments["old2"] == "A05"
    assert result.moved == []


def test_allow_moves_limits_and_reports_the_moves() -> None:
    # F-01 sits scattered; bringing them together needs moves.
    desks = row_of_desks(8)
    seated = {"a": "A00", "b": "A02", "c": "A04", "d": "A06"}
    people = [Candidate(k, task="F-01", current_desk=d) for k, d in seated.items()]
    one = place_people(
        desks, people, PlacementOptions(allow_moves=1, max_iterations=5_000, time_limit_s=30)
    )
    assert len(one.moved) == 1
    assert one.pairs == 2  # d moves between b and c
    many = place_people(
        desks, people, PlacementOptions(allow_moves=4, max_iterations=5_000, time_limit_s=30)
    )
    assert many.pairs == 3
    assert 2 <= len(many.moved) <= 4
    for move in many.moved:
        assert move.from_desk == seated[move.key] and move.to_desk == many.assignments[move.key]


def test_moves_are_not_made_for_nothing() -> None:
    desks = row_of_desks(6)
    people = [
        Candidate("a", task="F-01", current_desk="A00"),
        Candidate("b", task="F-01", current_desk="A01"),
    ]
    result = place_people(
        desks, people + team("F-02", 3), PlacementOptions(allow_moves=2, max_iterations=5_000)
    )
    assert result.moved == []


def test_same_seed_same_plan_when_iteration_limited() -> None:
    desks = generate_desks(LayoutSpec(desks=60), seed=3)
    people = generate_people(50, 6, seed=3)
    options = PlacementOptions(seed=11, max_iterations=20_000, time_limit_s=60)
    assert (
        place_people(desks, people, options).assignments
        == place_people(desks, people, options).assignments
    )


def test_cancel_stops_early_with_a_valid_plan() -> None:
    # A team of 25 in zones of at most 24 desks: the bound is out of reach, so only
    # the cancel can stop this run before its minute is up.
    desks = generate_desks(LayoutSpec(desks=240), seed=4)
    people = generate_people(200, 20, seed=4)
    reports: list[float] = []
    result = place_people(
        desks,
        people,
        PlacementOptions(time_limit_s=60),
        progress=lambda fraction, _message: reports.append(fraction),
        cancel=lambda: len(reports) > 3,
    )
    assert result.cancelled
    assert result.seconds < 30
    assert len(result.assignments) == 200
    assert reports == sorted(reports)


def test_explanations_count_team_members_and_zones() -> None:
    result = place_people(grid(2, 3), team("F-01", 4) + [Candidate("x")], QUICK)
    [explanation] = result.teams
    assert (explanation.size, explanation.pairs, explanation.bound, explanation.unplaced) == (
        4,
        4,
        4,
        0,
    )
    assert explanation.zones == ("3F/A",)


def test_duplicate_input_is_refused() -> None:
    with pytest.raises(ValueError, match="listed twice"):
        place_people(row_of_desks(1) * 2, [], QUICK)
    with pytest.raises(ValueError, match="current desk of both"):
        place_people(
            row_of_desks(2),
            [Candidate("a", current_desk="A00"), Candidate("b", current_desk="A00")],
            QUICK,
        )


def test_split_team_whose_member_needs_a_desk_in_a_far_zone() -> None:
    # Neither small zone has the accessible desk; it is alone in a third zone.
    desks = (
        row_of_desks(3, "A")
        + row_of_desks(3, "B", y=10.0)
        + [DeskSpot("C0", "3F", "C", 40.0, 0.0, features=frozenset({"accessible"}))]
    )
    people = [Candidate("wheel", task="F-01", needs=frozenset({"accessible"}))]
    people += team("F-01", 5)
    result = place_people(desks, people, QUICK)
    assert result.assignments["wheel"] == "C0"
    assert len(result.assignments) == 6 and not result.unplaced


def test_cancel_at_once_still_seats_everyone() -> None:
    desks = generate_desks(LayoutSpec(desks=240), seed=4)
    people = generate_people(200, 20, seed=4)
    result = place_people(desks, people, PlacementOptions(time_limit_s=60), cancel=lambda: True)
    assert result.cancelled and result.iterations == 0
    assert len(result.assignments) == 200
