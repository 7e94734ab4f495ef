"""Edit mode on the demo's 2nd floor, driven by mouse and keys as a coordinator would: every
edit is one undo step that restores the database exactly; broken rules change nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from sqlalchemy import exists, func, select

from planner.models import Assignment, Desk, Zone
from planner.services.layout import capture_layout
from tests.ui.floorplan.conftest import drop
from ui.floorplan.desk_layer import PX_PER_M
from ui.floorplan.dragdrop import DraggedPerson, person_mime
from ui.floorplan.edit_dialogs import (
    DeskGridDialog,
    DeskPropertiesDialog,
    GridSpec,
    ZoneDialog,
    ZoneSpec,
)
from ui.floorplan.edit_mode import Tool

FREE = (55.0, 20.0)  # metres: a corridor of the 2nd floor, no desk and no zone


def at(page, x: float, y: float) -> QPoint:
    return page.view.mapFromScene(QPointF(x * PX_PER_M, y * PX_PER_M))


def click(qtbot, page, x, y, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, modifier, at(page, x, y))


def drag(qtbot, page, start, end) -> None:
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(page, *start))
    for step in (0.25, 0.5, 1.0):
        x = start[0] + (end[0] - start[0]) * step
        y = start[1] + (end[1] - start[1]) * step
        qtbot.mouseMove(viewport, at(page, x, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(page, *end))


def key(qtbot, page, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(page.view, which, modifier)


def floor_desks(db, floor_id) -> dict[int, tuple]:
    with db.sessions() as s:
        return {
            d.id: (d.code, d.x, d.y, d.rotation, d.zone_id, d.kind, d.features, d.active)
            for d in s.scalars(select(Desk).where(Desk.floor_id == floor_id))
        }


def floor_zones(db, floor_id) -> dict[int, tuple]:
    with db.sessions() as s:
        return {
            z.id: (z.name, z.kind, z.polygon, z.capacity_seats, z.area_m2)
            for z in s.scalars(select(Zone).where(Zone.floor_id == floor_id))
        }


def never_seated(db, floor_id) -> list[int]:
    with db.sessions() as s:
        return list(
            s.scalars(
                select(Desk.id)
                .where(Desk.floor_id == floor_id, ~exists().where(Assignment.desk_id == Desk.id))
                .order_by(Desk.code)
            )
        )


@pytest.fixture
def editing(page, messages):
    page.set_editing(True)
    page.edit_bar.snap_box.setChecked(True)
    page.edit_bar.snap_step.setValue(0.5)
    return page


def test_edit_mode_is_off_by_default_and_stops_seating_drops(page, db, messages):
    assert not page.edit_button.isChecked() and not page.edit_bar.isVisibleTo(page)
    page.edit_button.click()
    assert page.editing() and page.edit_bar.isVisibleTo(page)
    with db.sessions() as s:
        person_id, desk_id = s.execute(
            select(Assignment.person_id, Assignment.desk_id).limit(1)
        ).one()
    free = never_seated(db, page.current_floor_id())[0]
    before = floor_desks(db, page.current_floor_id())
    drop(page, person_mime(DraggedPerson(person_id, desk_id)), free)
    with db.sessions() as s:
        assert not s.scalar(select(exists().where(Assignment.desk_id == free)))
    assert floor_desks(db, page.current_floor_id()) == before
    page.edit_button.click()
    assert not page.editing() and not page.edit_bar.isVisibleTo(page)


def test_add_a_desk_where_clicked_then_undo_and_redo(qtbot, editing, db, stack):
    page, floor_id = editing, editing.current_floor_id()
    before = floor_desks(db, floor_id)
    page.edit_bar.choose_tool(Tool.ADD_DESK)
    click(qtbot, page, FREE[0] + 0.1, FREE[1] - 0.2)  # lands on the 0.5 m grid
    after = floor_desks(db, floor_id)
    (new_id,) = set(after) - set(before)
    code, x, y, *_rest = after[new_id]
    assert (x, y) == FREE and code.startswith("2F-")
    assert page.scene.desk_layer.desk(new_id) is not None
    assert page.editor.selected == [new_id]
    assert stack.count() == 1
    stack.undo()
    assert floor_desks(db, floor_id) == before
    assert page.scene.desk_layer.desk(new_id) is None
    stack.redo()
    assert floor_desks(db, floor_id) == after  # the same desk, id included


def test_add_a_grid_of_two_by_three_is_one_step(qtbot, editing, db, stack, monkeypatch):
    page, floor_id = editing, editing.current_floor_id()
    spec = GridSpec(2, 3, 1.6, 2.4, "2F-X-", 1, 3, "hot")
    monkeypatch.setattr(DeskGridDialog, "ask", staticmethod(lambda *_a: spec))
    before = floor_desks(db, floor_id)
    page.edit_bar.choose_tool(Tool.ADD_GRID)
    click(qtbot, page, *FREE)
    added = {v[0]: v for k, v in floor_desks(db, floor_id).items() if k not in before}
    assert sorted(added) == [f"2F-X-00{n}" for n in range(1, 7)]
    assert added["2F-X-006"][1:4] == (FREE[0] + 3.2, FREE[1] + 2.4, 0.0)
    assert {v[5].value for v in added.values()} == {"hot"}
    assert stack.count() == 1
    stack.undo()
    assert floor_desks(db, floor_id) == before


def test_select_two_desks_and_move_them_with_snap_in_one_step(qtbot, editing, db, stack):
    page, floor_id = editing, editing.current_floor_id()
    a, b = never_seated(db, floor_id)[:2]
    layer = page.scene.desk_layer
    da, db_ = layer.desk(a), layer.desk(b)
    before = floor_desks(db, floor_id)
    click(qtbot, page, da.x, da.y)
    click(qtbot, page, db_.x, db_.y, Qt.KeyboardModifier.ShiftModifier)
    assert page.editor.selected == [a, b]
    # Dragged by about (1.3, 0.2) m: the grabbed desk lands on the 0.5 m grid.
    drag(qtbot, page, (da.x, da.y), (da.x + 1.3, da.y + 0.2))
    after = floor_desks(db, floor_id)
    ax, ay = after[a][1:3]
    assert ax == pytest.approx(round((da.x + 1.3) * 2) / 2)
    assert ay == pytest.approx(round((da.y + 0.2) * 2) / 2)
    dx, dy = ax - da.x, ay - da.y
    assert after[b][1:3] == pytest.approx((db_.x + dx, db_.y + dy))
    assert page.scene.desk_layer.desk(a).x == pytest.approx(ax)
    assert stack.count() == 1
    stack.undo()
    assert floor_desks(db, floor_id) == before
    assert page.scene.desk_layer.desk(a).x == pytest.approx(da.x)


def test_rubber_band_selects_the_desks_inside(qtbot, editing, db):
    page = editing
    layer = page.scene.desk_layer
    spots = [layer.desk(i) for i in never_seated(db, page.current_floor_id())[:3]]
    # From the floor beside the desks (not on one), so that the drag draws a band.
    x0, y0 = min(s.x for s in spots) - 1.2, min(s.y for s in spots) - 1.2
    x1, y1 = max(s.x for s in spots) + 0.3, max(s.y for s in spots) + 0.3
    assert page.scene.desk_at(QPointF(x0 * PX_PER_M, y0 * PX_PER_M)) is None
    drag(qtbot, page, (x0, y0), (x1, y1))
    inside = {d.id for d in layer.desks if x0 <= d.x <= x1 and y0 <= d.y <= y1}
    assert {s.id for s in spots} <= inside
    assert set(page.editor.selected) == inside


def test_rotate_by_keys_and_undo(qtbot, editing, db, stack):
    page, floor_id = editing, editing.current_floor_id()
    desk_id = never_seated(db, floor_id)[0]
    spot = page.scene.desk_layer.desk(desk_id)
    before = floor_desks(db, floor_id)
    click(qtbot, page, spot.x, spot.y)
    key(qtbot, page, Qt.Key.Key_R)
    key(qtbot, page, Qt.Key.Key_BracketRight)
    assert floor_desks(db, floor_id)[desk_id][3] == (spot.rotation + 105) % 360
    assert page.scene.desk_layer.desk(desk_id).rotation == (spot.rotation + 105) % 360
    key(qtbot, page, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert floor_desks(db, floor_id)[desk_id][3] == (spot.rotation + 15) % 360
    assert stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert floor_desks(db, floor_id) == before


def test_delete_a_desk_and_undo(qtbot, editing, db, stack):
    page, floor_id = editing, editing.current_floor_id()
    desk_id = never_seated(db, floor_id)[0]
    spot = page.scene.desk_layer.desk(desk_id)
    before = floor_desks(db, floor_id)
    click(qtbot, page, spot.x, spot.y)
    key(qtbot, page, Qt.Key.Key_Delete)
    assert desk_id not in floor_desks(db, floor_id)
    assert page.scene.desk_layer.desk(desk_id) is None
    stack.undo()
    assert floor_desks(db, floor_id) == before
    assert page.scene.desk_layer.desk(desk_id) is not None


def test_deleting_an_occupied_desk_is_refused_with_a_message(qtbot, editing, db, stack, messages):
    page, floor_id = editing, editing.current_floor_id()
    occupied = next(d for d in page.scene.desk_layer.desks if d.occupant is not None)
    before = floor_desks(db, floor_id)
    click(qtbot, page, occupied.x, occupied.y)
    key(qtbot, page, Qt.Key.Key_Delete)
    assert floor_desks(db, floor_id) == before
    assert stack.count() == 0
    assert len(messages.warnings) == 1 and occupied.code in messages.warnings[0]


def test_a_duplicate_code_is_refused_and_changes_nothing(
    qtbot, editing, db, stack, messages, monkeypatch
):
    page, floor_id = editing, editing.current_floor_id()
    first, second = never_seated(db, floor_id)[:2]
    taken = page.scene.desk_layer.desk(second).code
    monkeypatch.setattr(
        DeskPropertiesDialog,
        "ask",
        staticmethod(
            lambda _p, desk: {"code": taken, "kind": desk.kind, "features": 0, "active": True}
        ),
    )
    before = floor_desks(db, floor_id)
    spot = page.scene.desk_layer.desk(first)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, spot.x, spot.y))
    assert floor_desks(db, floor_id) == before
    assert stack.count() == 0
    assert len(messages.warnings) == 1 and taken in messages.warnings[0]


def test_properties_edited_in_one_step(qtbot, editing, db, stack, monkeypatch):
    page, floor_id = editing, editing.current_floor_id()
    desk_id = never_seated(db, floor_id)[0]
    monkeypatch.setattr(
        DeskPropertiesDialog,
        "ask",
        staticmethod(
            lambda _p, _d: {"code": "2f-new-1", "kind": "office", "features": 3, "active": False}
        ),
    )
    before = floor_desks(db, floor_id)
    page.editor.select([desk_id])
    page.edit_bar.properties_button.click()
    code, *_pos, kind, features, active = floor_desks(db, floor_id)[desk_id]
    assert (code, kind.value, features, active) == ("2F-NEW-1", "office", 3, False)
    assert page.scene.desk_layer.desk(desk_id).code == "2F-NEW-1"
    stack.undo()
    assert floor_desks(db, floor_id) == before


def test_moving_a_desk_off_the_floor_is_refused(qtbot, editing, db, stack, messages):
    page, floor_id = editing, editing.current_floor_id()
    desk_id = never_seated(db, floor_id)[0]
    before = floor_desks(db, floor_id)
    page.edit_actions.move_desks({desk_id: (80.0, 10.0)})  # the floor is 64 m wide
    assert floor_desks(db, floor_id) == before and stack.count() == 0
    assert "층 안에만" in messages.warnings[0] and "outside the floor" in messages.warnings[0]


def test_draw_a_zone_then_drag_a_corner(qtbot, editing, db, stack, monkeypatch):
    page, floor_id = editing, editing.current_floor_id()
    monkeypatch.setattr(
        ZoneDialog, "ask", staticmethod(lambda *_a: ZoneSpec("휴게실", "meeting", 4))
    )
    zones_before, desks_before = floor_zones(db, floor_id), floor_desks(db, floor_id)
    page.edit_bar.choose_tool(Tool.DRAW_ZONE)
    for corner in ((50, 18), (60, 18), (60, 26)):
        click(qtbot, page, *corner)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 50, 26))
    zones = floor_zones(db, floor_id)
    (zone_id,) = set(zones) - set(zones_before)
    assert zones[zone_id] == (
        "휴게실",
        zones[zone_id][1],
        [[50, 18], [60, 18], [60, 26], [50, 26]],
        4,
        80.0,
    )
    assert any(z.id == zone_id for z in page.scene.snapshot.zones)
    assert stack.count() == 1
    drawn = floor_zones(db, floor_id)

    page.edit_bar.choose_tool(Tool.SELECT)
    click(qtbot, page, 55, 22)
    assert page.editor.zone_id == zone_id
    drag(qtbot, page, (60, 26), (62, 28))
    assert floor_zones(db, floor_id)[zone_id][2] == [[50, 18], [60, 18], [62, 28], [50, 26]]
    assert stack.count() == 2
    stack.undo()
    assert floor_zones(db, floor_id) == drawn
    stack.undo()
    assert floor_zones(db, floor_id) == zones_before
    assert floor_desks(db, floor_id) == desks_before
    stack.redo()
    assert floor_zones(db, floor_id) == drawn


def test_a_crossing_outline_is_refused(qtbot, editing, db, stack, messages, monkeypatch):
    page, floor_id = editing, editing.current_floor_id()
    monkeypatch.setattr(
        ZoneDialog, "ask", staticmethod(lambda *_a: ZoneSpec("꼬인 구역", "lab", 0))
    )
    before = floor_zones(db, floor_id)
    page.edit_bar.choose_tool(Tool.DRAW_ZONE)
    for corner in ((50, 18), (60, 26), (60, 18), (50, 26)):
        click(qtbot, page, *corner)
    key(qtbot, page, Qt.Key.Key_Return)
    assert floor_zones(db, floor_id) == before and stack.count() == 0
    assert "교차하지 않는" in messages.warnings[0] and "crosses itself" in messages.warnings[0]


def test_rename_and_delete_a_zone_keeping_its_desks(qtbot, editing, db, stack, monkeypatch):
    page, floor_id = editing, editing.current_floor_id()
    zone = next(z for z in page.scene.snapshot.zones if z.name == "창업보육공간")
    monkeypatch.setattr(
        ZoneDialog, "ask", staticmethod(lambda *_a: ZoneSpec("스타트업 존", zone.kind, 9))
    )
    zones_before, desks_before = floor_zones(db, floor_id), floor_desks(db, floor_id)
    members = [i for i, d in desks_before.items() if d[4] == zone.id]
    assert members
    page.edit_actions.edit_zone(zone.id)
    assert floor_zones(db, floor_id)[zone.id][0] == "스타트업 존"
    page.editor.select([], zone.id)
    key(qtbot, page, Qt.Key.Key_Delete)
    assert zone.id not in floor_zones(db, floor_id)
    assert all(floor_desks(db, floor_id)[i][4] is None for i in members)
    stack.undo()
    stack.undo()
    assert floor_zones(db, floor_id) == zones_before
    assert floor_desks(db, floor_id) == desks_before


def test_undo_captures_restore_the_same_state_objects(db, editing):
    """The states an undo puts back are what the services read: compared as plain objects."""
    floor_id = editing.current_floor_id()
    ids = never_seated(db, floor_id)[:2]
    with db.sessions() as s:
        first = capture_layout(s, ids)
    editing.edit_actions.rotate_desks(ids, 90)
    editing.undo_stack.undo()
    with db.sessions() as s:
        assert capture_layout(s, ids) == first
        assert s.scalar(select(func.count()).select_from(Desk)) > 0


def test_the_desk_menu_turns_by_fifteen_degrees(editing, db, stack):
    page, floor_id = editing, editing.current_floor_id()
    desk_id = never_seated(db, floor_id)[0]
    spot = page.scene.desk_layer.desk(desk_id)
    menu = page.editor.build_menu(QPointF(spot.x * PX_PER_M, spot.y * PX_PER_M))
    texts = [action.text() for action in menu.actions()]
    assert "시계 방향 15° 회전 (])" in texts  # in Korean, the default language
    menu.actions()[texts.index("시계 방향 15° 회전 (])")].trigger()
    assert floor_desks(db, floor_id)[desk_id][3] == (spot.rotation + 15) % 360
    assert page.editor.selected == [desk_id] and stack.count() == 1
