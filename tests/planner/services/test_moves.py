"""Moves are not move-outs (issue #14, case 5): after F-13 moves to the 5th floor, the
move-outs of the next 30 days are the same people as before, and the ten members are listed
as floor changes — by the service, by ``planner report occupancy`` and in the occupancy PDF."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.demo.create import create_demo
from planner.models import Desk, Floor, ResearchTask
from planner.services import documents, group_seating, queries, seating
from planner.storage import open_database
from tests.planner.export.pdfcheck import squeezed, text_of
from tests.planner.factories import person, small_site

D = dt.date
TODAY = dt.date(2025, 11, 25)
MOVE_DAY = TODAY + dt.timedelta(days=7)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("moves") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_path, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    database.close()


def move_f13_to_the_5th_floor(db) -> list[int]:
    """F-13's seated members move, as a group, to the 5th floor a week from today."""
    with db.sessions() as s, s.begin():
        task = s.scalars(select(ResearchTask).where(ResearchTask.code == "F-13")).one()
        members = [m.person_id for m in task.members]
        seated = [p for p in members if queries.desk_of(s, p, TODAY) is not None]
        fifth = s.scalars(
            select(Desk).join(Floor).where(Floor.level == 5).order_by(Desk.code)
        ).first()
        group_seating.seat_group(s, seated, fifth.id, MOVE_DAY)
    return seated


def figures(db):
    with db.sessions() as s:
        outs = [(m.person_id, m.last_day) for m in queries.upcoming_move_outs(s, TODAY, 30)]
        floors = {r.label.split()[-1]: r for r in queries.occupancy(s, TODAY, "floor")}
        changes = queries.upcoming_floor_changes(s, TODAY, 30)
    return outs, floors, changes


def test_moving_a_team_to_another_floor_is_no_move_out(demo):
    outs_before, floors_before, changes_before = figures(demo)
    moved = move_f13_to_the_5th_floor(demo)
    outs_after, floors_after, changes = figures(demo)

    assert len(moved) >= 5
    assert outs_after == outs_before  # nobody leaves
    assert floors_after["4층"].move_outs_30 == floors_before["4층"].move_outs_30
    assert floors_after["4층"].move_outs_90 == floors_before["4층"].move_outs_90
    assert len(changes_before) == 1  # the demo's own: a KT engineer moving to the 4th floor
    new = [c for c in changes if c not in changes_before]
    assert sorted(c.person_id for c in new) == sorted(moved)
    assert {(c.from_place.split()[0], c.to_place.split()[0], c.day) for c in new} == {
        ("4층", "5층", MOVE_DAY)
    }
    assert floors_after["4층"].floor_changes_30 == len(moved)
    # By organisation too: the team's members still count as staying.
    with demo.sessions() as s:
        organisations = queries.occupancy(s, TODAY, "organisation")
    assert sum(r.floor_changes_30 for r in organisations) == len(moved) + len(changes_before)


def test_the_occupancy_pdf_lists_floor_changes_apart(demo, tmp_path, capsys):
    move_f13_to_the_5th_floor(demo)
    with demo.sessions() as s:
        report = documents.occupancy_report(s, TODAY)
        outs = queries.upcoming_move_outs(s, TODAY, 30)
        changes = queries.upcoming_floor_changes(s, TODAY, 30)
    assert list(report.move_outs) == outs and list(report.floor_changes) == changes
    target = tmp_path / "occupancy.pdf"
    database = str(tmp_path / "demo.sqlite3")  # the copy the fixture opened
    args = ["report", "occupancy", "--on", TODAY.isoformat(), "-o", str(target)]
    assert main([*args, "--database", database]) == 0, capsys.readouterr().err
    text = squeezed(text_of(target))
    moved_out = sum(r.move_outs_30 for r in report.floors)
    assert f"30일안에{moved_out}명" in text
    assert f"30일안에{len(changes)}명이다른층이나구역으로옮깁니다" in text
    assert "층이동예정자" in text
    for change in changes:
        assert squeezed(change.to_desk) in text


def test_a_move_the_next_day_is_a_floor_change_a_gap_is_a_move_out(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3)
        mover = person(s, site.org_id, "김민준", "a@x.kr")
        leaver = person(s, site.org_id, "이서연", "b@x.kr")
        seating.assign_desk(s, mover, site.desks[0], D(2025, 1, 1))
        seating.assign_desk(s, leaver, site.desks[1], D(2025, 1, 1), D(2025, 6, 20))
        seating.move_person(s, mover, site.desks[2], D(2025, 6, 15))
    with sessions() as s:
        outs = queries.upcoming_move_outs(s, D(2025, 6, 10), 30)
        assert [m.name_ko for m in outs] == ["이서연"]
        floor = queries.occupancy(s, D(2025, 6, 10), "floor")[0]
        assert (floor.move_outs_30, floor.move_outs_90) == (1, 1)
        # Same floor and zone: neither a move-out nor a floor change.
        assert queries.upcoming_floor_changes(s, D(2025, 6, 10), 30) == []
        assert floor.floor_changes_30 == 0
