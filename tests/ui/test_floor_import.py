"""File ▸ Import floor plan…: the preview dialog (layers, units, counts, the changes), the import
as one undoable step, a revised drawing's diff, and refused drawings said in Korean."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from planner.models import Desk, Floor, Organisation, Zone
from planner.services import seating, sites
from tests.planner.factories import person
from tests.planner.io import dxf_drawings
from ui.floorplan import floor_import_actions
from ui.floorplan.floor_import_dialog import FloorImportDialog
from ui.floorplan.floor_import_model import FloorChangesModel


@pytest.fixture
def new_floor(db) -> int:
    with db.sessions() as session, session.begin():
        building_id = session.scalars(select(Floor.building_id)).first()
        return sites.create_floor(
            session, building_id, level=9, name="9층", width_m=20, depth_m=10
        ).id


def counts(db, floor_id: int) -> tuple[int, int]:
    with db.sessions() as session:
        return (
            session.scalar(select(func.count(Zone.id)).where(Zone.floor_id == floor_id)),
            session.scalar(select(func.count(Desk.id)).where(Desk.floor_id == floor_id)),
        )


def open_dialog(qtbot, db, path, floor_id, stack) -> FloorImportDialog:
    changed = []
    dialog = floor_import_actions.open_floor_import(
        None, db.sessions, None, changed.append, path=path, floor_id=floor_id, undo_stack=stack
    )
    qtbot.addWidget(dialog)
    return dialog


def test_preview_then_import_then_undo_and_redo(qtbot, db, new_floor, tmp_path, check_models):
    path = tmp_path / "9층.dxf"
    dxf_drawings.write_floor(path)
    stack = QUndoStack()
    dialog = open_dialog(qtbot, db, path, new_floor, stack)
    assert dialog.floor.currentData() == new_floor
    assert (dialog.rooms.currentData(), dialog.labels.currentData(),
            dialog.desks.currentData()) == ("A-ROOM", "A-LABEL", "A-DESK")
    assert dialog.units.currentText() == "도면 단위 그대로(mm)"
    assert "9층에 구역 40개, 좌석 240개" in dialog.summary.text()
    model = dialog.model
    check_models(model)
    assert model.rowCount() == 280  # 40 zones and 240 desks added
    assert model.headerData(0, Qt.Orientation.Horizontal) == "변경"
    assert model.display(model.rows()[0], FloorChangesModel.COL_CHANGE) == "구역 추가"
    assert len(dialog.scene.items()) > 280  # every zone and desk drawn
    assert counts(db, new_floor) == (0, 0)  # the preview wrote nothing

    dialog.import_button.click()
    assert counts(db, new_floor) == (40, 240)
    assert stack.count() == 1 and stack.undoText() == "평면도 가져오기 9층.dxf"
    stack.undo()
    assert counts(db, new_floor) == (0, 0)
    stack.redo()
    assert counts(db, new_floor) == (40, 240)


def test_a_revised_drawing_shows_its_diff_and_a_held_desk_blocks_import(
    qtbot, db, new_floor, tmp_path
):
    first = tmp_path / "rev1.dxf"
    dxf_drawings.write_floor(first)
    stack = QUndoStack()
    open_dialog(qtbot, db, first, new_floor, stack).import_button.click()
    with db.sessions() as session, session.begin():
        desk = session.scalars(select(Desk).where(Desk.code == "3F-R07-02")).one()
        org_id = session.scalar(select(func.min(Organisation.id)))
        someone = person(session, org_id, "도면시험", "dxf.test@example.org")
        seating.assign_desk(session, someone, desk.id, dt.date.today())
    moved = tmp_path / "rev2.dxf"
    dxf_drawings.write_floor(moved, moved={"3F-R01-01": (500.0, 0.0)})
    dialog = open_dialog(qtbot, db, moved, new_floor, stack)
    rows = [(r.action, r.name) for r in dialog.model.rows()]
    assert rows == [("move", "3F-R01-01")]
    assert "이동 1" in dialog.summary.text() and dialog.import_button.isEnabled()
    # Without codes and with the held desk 2 m away, it would be removed: refused up front.
    bare = tmp_path / "rev3.dxf"
    dxf_drawings.write_floor(bare, codes=False, moved={"3F-R07-02": (0.0, 2000.0)})
    dialog = open_dialog(qtbot, db, bare, new_floor, stack)
    assert not dialog.import_button.isEnabled()
    held = next(line for line in dialog.summary.text().splitlines() if "3F-R07-02" in line)
    assert "도면시험" in held and "쓰고 있습니다" in held


def test_a_hostile_drawing_is_refused_in_korean(qtbot, db, new_floor, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(
        floor_import_actions.QMessageBox, "warning", lambda parent, title, text: said.append(text)
    )
    path = tmp_path / "plan.dxf"
    path.write_bytes(b"AC1032" + bytes(100))
    assert floor_import_actions.open_floor_import(
        None, db.sessions, None, lambda _: None, path=path
    ) is None
    assert len(said) == 1 and said[0].startswith("plan.dxf")
    assert said[0].endswith("DWG 도면입니다. 먼저 DXF로 저장해 주십시오.")
