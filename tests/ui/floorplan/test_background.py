"""A floor's background image: chosen from a file, drawn under the plan, calibrated by two
points and a distance, stored in the database (seen again after reloading), undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from planner.services.layout_background import floor_background
from tests.ui.floorplan.conftest import TODAY
from ui.floorplan import background_actions
from ui.floorplan.desk_layer import PX_PER_M
from ui.floorplan.edit_mode import Tool
from ui.floorplan.floor_page import FloorPage
from ui.settings import LAST_FOLDER, Settings

FREE = (55.0, 22.0)  # metres: a corridor of the 2nd floor


def at(page, x: float, y: float) -> QPoint:
    return page.view.mapFromScene(QPointF(x * PX_PER_M, y * PX_PER_M))


def drag(qtbot, page, start, end) -> None:
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at(page, *start))
    qtbot.mouseMove(viewport, at(page, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    qtbot.mouseMove(viewport, at(page, *end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at(page, *end))


def stored(db, floor_id):
    with db.sessions() as s:
        return floor_background(s, floor_id)


@pytest.fixture
def red_png(tmp_path):
    image = QImage(320, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    path = tmp_path / "plan.png"
    assert image.save(str(path))
    return path


def colour_at(page, x: float, y: float) -> QColor:
    return page.view.grab().toImage().pixelColor(at(page, x, y))


def test_background_set_drawn_calibrated_reloaded_and_undone(
    qtbot, page, db, stack, red_png, messages, monkeypatch
):
    floor_id = page.current_floor_id()
    plain = colour_at(page, *FREE)
    page.set_editing(True)
    assert page.edit_actions.background.use_file(red_png)
    first = stored(db, floor_id)
    # Fitted to the 64 × 30 m floor until calibrated: 0.2 m per pixel.
    assert (first.media_type, first.file_name, first.scale) == ("image/png", "plan.png", 0.2)
    assert first.data == red_png.read_bytes()
    tinted = colour_at(page, *FREE)
    assert tinted.red() > tinted.green() + 40 and tinted != plain  # red shows through, faintly
    assert tinted.green() > 60  # … and only faintly: desks stay legible

    # Two points 20 m apart on the plan are in truth 10 m apart: the image halves in size,
    # the first point staying where it was.
    monkeypatch.setattr(background_actions, "ask_distance", lambda _parent: 10.0)
    page.edit_bar.choose_tool(Tool.CALIBRATE)
    for point in ((10.0, 5.0), (30.0, 5.0)):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, *point))
    calibrated = stored(db, floor_id)
    assert calibrated.scale == pytest.approx(0.1, rel=0.03)
    assert calibrated.offset_x_m == pytest.approx(5.0, abs=0.2)
    assert calibrated.offset_y_m == pytest.approx(2.5, abs=0.2)
    assert page.editor.tool is Tool.SELECT
    # The image now ends at 5 + 32 = 37 m: the corridor at 55 m is plain again.
    assert colour_at(page, *FREE) == plain
    assert stack.count() == 2

    # Dragged 2 m right and 1 m down into place; the scale stays.
    page.edit_bar.choose_tool(Tool.MOVE_BACKGROUND)
    drag(qtbot, page, (12.0, 6.0), (14.0, 7.0))
    moved = stored(db, floor_id)
    assert moved.offset_x_m == pytest.approx(calibrated.offset_x_m + 2.0, abs=0.1)
    assert moved.offset_y_m == pytest.approx(calibrated.offset_y_m + 1.0, abs=0.1)
    assert moved.scale == calibrated.scale
    stack.undo()
    assert stored(db, floor_id) == calibrated

    again = FloorPage(db.sessions, stack, today=lambda: TODAY)
    qtbot.addWidget(again)
    picture = again.scene.backgrounds[floor_id]
    assert picture is not None and picture.scale == pytest.approx(calibrated.scale)
    assert picture.offset_m == (calibrated.offset_x_m, calibrated.offset_y_m)

    stack.undo()
    assert stored(db, floor_id) == first
    assert page.scene.backgrounds[floor_id].scale == 0.2
    stack.undo()
    assert stored(db, floor_id) is None
    assert page.scene.backgrounds[floor_id] is None
    assert colour_at(page, *FREE) == plain
    stack.redo()
    assert stored(db, floor_id) == first


def test_an_svg_drawing_is_used_at_its_own_size(page, db, tmp_path, messages):
    svg = tmp_path / "plan.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300">'
        '<rect x="10" y="10" width="620" height="280" fill="none" stroke="black"/></svg>',
        encoding="utf-8",
    )
    assert page.edit_actions.background.use_file(svg)
    floor_id = page.current_floor_id()
    assert stored(db, floor_id).media_type == "image/svg+xml"
    picture = page.scene.backgrounds[floor_id]
    assert (picture.natural_size.width(), picture.natural_size.height()) == (640, 300)
    assert picture.scale == pytest.approx(0.1)
    assert picture.image.width() >= 640  # rendered finer than its nominal size


def test_a_file_that_is_no_image_is_refused(page, db, tmp_path, stack, messages):
    not_image = tmp_path / "plan.png"
    not_image.write_bytes(b"%PDF-1.7 not an image")
    assert not page.edit_actions.background.use_file(not_image)
    assert stored(db, page.current_floor_id()) is None and stack.count() == 0
    assert len(messages.warnings) == 1


def test_calibrating_without_an_image_says_so(page, messages):
    page.set_editing(True)
    page.edit_bar.choose_tool(Tool.CALIBRATE)
    assert page.editor.tool is Tool.SELECT
    assert len(messages.warnings) == 1


def test_the_file_dialog_starts_in_the_last_folder(page, red_png, monkeypatch, messages):
    Settings().set(LAST_FOLDER, "/nowhere")
    asked = []

    def chosen(_parent, _title, folder, _filter):
        asked.append(folder)
        return str(red_png), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chosen))
    assert page.edit_actions.background.choose()
    assert asked == ["/nowhere"]
    assert Settings().get(LAST_FOLDER) == str(red_png.parent.resolve())


def test_a_png_declaring_100000_pixels_square_is_refused_with_its_size(
    page, db, tmp_path, stack, messages
):
    from tests.planner.factories import png_bytes

    huge = tmp_path / "scan.png"
    huge.write_bytes(png_bytes(100_000, 100_000, rows=1))  # 40 GB once decoded
    assert not page.edit_actions.background.use_file(huge)
    assert stored(db, page.current_floor_id()) is None and stack.count() == 0
    assert len(messages.warnings) == 1 and "100,000 × 100,000" in messages.warnings[0]
