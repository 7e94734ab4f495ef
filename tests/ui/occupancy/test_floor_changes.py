"""Moves are not move-outs, in the window (issue #14, case 5): after F-13 moves to the 5th
floor, the Reports page lists none of its members under the move-outs of the next 30 days and
lists them all under floor changes; the 4th floor's 30-day move-out count stays what it was,
on the Reports page and on the Occupancy tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.services import queries
from planner.storage import Database, open_database
from tests.planner.services.test_moves import move_f13_to_the_5th_floor
from tests.ui.conftest import TODAY, open_page
from ui.models.reports import FloorChangeTableModel, MoveOutTableModel, OccupancyTableModel
from ui.occupancy.model import OccupancyGroupModel


def _floor_row(model, column_floor: int, level: str) -> int:
    return next(
        r for r in range(model.rowCount()) if model.index(r, column_floor).data().endswith(level)
    )


@pytest.fixture
def before(demo_file) -> dict[str, int]:
    """The 4th floor's move-outs in the unchanged demo."""
    db = open_database(demo_file)
    with db.sessions() as s:
        floors = {r.label.split()[-1]: r for r in queries.occupancy(s, TODAY, "floor")}
        names = {m.name_ko for m in queries.upcoming_move_outs(s, TODAY, 30)}
    db.close()
    return {"m30": floors["4층"].move_outs_30, "m90": floors["4층"].move_outs_90, "names": names}


@pytest.fixture
def moved(demo_copy) -> Iterator[tuple[Database, list[str]]]:
    db = open_database(demo_copy)
    people = move_f13_to_the_5th_floor(db)
    from planner.models import Person

    with db.sessions() as s:
        names = [s.get(Person, p).name_ko for p in people]
    yield db, names
    db.close()


@pytest.fixture
def database(moved) -> Database:
    return moved[0]  # the window fixture opens this one


def test_reports_page_lists_the_team_as_floor_changes_not_move_outs(
    qtbot, window, moved, before, check_models
):
    _db, team = moved
    page = open_page(qtbot, window, "reports")
    check_models(page.move_out_model, page.floor_change_model, page.occupancy_model)

    out_names = {
        page.move_out_model.index(r, MoveOutTableModel.COL_NAME).data()
        for r in range(page.move_out_model.rowCount())
    }
    assert out_names == before["names"]
    assert not out_names & set(team)
    changes = page.floor_change_model
    listed = [
        changes.index(r, FloorChangeTableModel.COL_NAME).data() for r in range(changes.rowCount())
    ]
    assert set(team) <= set(listed) and len(listed) == len(team) + 1  # the demo's own one too
    assert all(
        "5층" in changes.index(r, FloorChangeTableModel.COL_TO).data()
        for r in range(changes.rowCount())
        if changes.index(r, FloorChangeTableModel.COL_NAME).data() in team
    )
    assert "층 이동" in page.floor_change_box.title()

    occupancy = page.occupancy_model
    fourth = _floor_row(occupancy, OccupancyTableModel.COL_FLOOR, "4층")
    assert occupancy.index(fourth, OccupancyTableModel.COL_MOVE_OUTS_30).data() == str(before["m30"])
    assert occupancy.index(fourth, OccupancyTableModel.COL_FLOOR_CHANGES_30).data() == str(
        len(team)
    )


def test_occupancy_tab_counts_the_move_apart(qtbot, window, moved, before):
    _db, team = moved
    page = open_page(qtbot, window, "seating")
    tab = page.show_occupancy()
    qtbot.waitUntil(lambda: tab.loaded, timeout=5000)
    model = tab.model
    fourth = _floor_row(model, OccupancyGroupModel.COL_GROUP, "4층")
    row = [model.index(fourth, c).data() for c in range(model.columnCount())]
    assert row[OccupancyGroupModel.COL_MOVE_OUTS_30] == str(before["m30"])
    assert row[OccupancyGroupModel.COL_MOVE_OUTS_90] == str(before["m90"])
    assert row[OccupancyGroupModel.COL_FLOOR_CHANGES_30] == str(len(team))


def test_floor_plan_colours_the_team_as_changing_desks_not_moving_out(moved, before):
    """The plan's "moving out within 30 days" colour names the same people as the Reports
    page: a member of F-13 whose 4th-floor seat ends in a move to the 5th is shown as changing
    desks."""
    from sqlalchemy import select

    from planner.models import Floor
    from planner.services import floorplan
    from ui.floorplan.colours import LEAVING, MOVING, ColourMode, colour_desks

    db, team = moved
    with db.sessions() as s:
        floors = {
            f.name: floorplan.load_floor(s, f.id, TODAY)
            for f in s.scalars(select(Floor).order_by(Floor.level))
        }
        out_names = {m.name_ko for m in queries.upcoming_move_outs(s, TODAY, 30)}
    leaving, moving = set(), set()
    for snapshot in floors.values():
        keys = colour_desks(snapshot.desks, ColourMode.MOVE_OUT, TODAY).keys
        for desk, key in zip(snapshot.desks, keys, strict=True):
            names = {o.name_ko for o in desk.occupants}
            leaving |= names if key == LEAVING else set()
            moving |= names if key == MOVING else set()
    fourth = {o.name_ko for d in floors["4층"].desks for o in d.occupants}
    assert set(team) <= fourth and set(team) <= moving  # shown as changing desks ...
    assert not leaving & set(team)  # ... and never as moving out
    shown = set().union(*({o.name_ko for d in f.desks for o in d.occupants} for f in floors.values()))
    assert leaving == out_names & shown  # the plan and the Reports page name the same people
