"""Edit mode of the floor plan: what a click, a drag or a key does while the layout is edited.

The view hands its mouse and key events here first while edit mode is on. Tools: select
(click, Shift-click, rubber band; drag to move; corner handles of a selected zone), add a
desk, add a row or grid of desks, draw a zone, calibrate the background. Changes go to an
:class:`EditTarget` (the page), which turns each into one undoable command.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

from planner.services.floorplan import DeskSpot
from planner.services.layout_geometry import Point, snap
from ui.floorplan.desk_layer import PX_PER_M
from ui.floorplan.edit_overlay import EditOverlay
from ui.floorplan.scene import FloorScene

CONTEXT = "FloorPlanEdit"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Tool(enum.Enum):
    SELECT = "select"
    ADD_DESK = "add_desk"
    ADD_GRID = "add_grid"
    DRAW_ZONE = "draw_zone"
    CALIBRATE = "calibrate"
    MOVE_BACKGROUND = "move_background"


ROTATIONS = (
    (90.0, QT_TRANSLATE_NOOP("FloorPlanEdit", "Rotate 90° clockwise (R)")),
    (-90.0, QT_TRANSLATE_NOOP("FloorPlanEdit", "Rotate 90° counter-clockwise (Shift+R)")),
    (15.0, QT_TRANSLATE_NOOP("FloorPlanEdit", "Rotate 15° clockwise (])")),
    (-15.0, QT_TRANSLATE_NOOP("FloorPlanEdit", "Rotate 15° counter-clockwise ([)")),
)


class EditTarget(Protocol):
    """What the editor asks for; each call is one user operation (one undo step)."""

    def add_desk_at(self, where: Point) -> None: ...
    def add_grid_at(self, where: Point) -> None: ...
    def move_desks(self, positions: dict[int, Point]) -> None: ...
    def rotate_desks(self, desk_ids: Sequence[int], degrees: float) -> None: ...
    def delete_desks(self, desk_ids: Sequence[int]) -> None: ...
    def edit_desk(self, desk_id: int) -> None: ...
    def finish_zone(self, corners: list[Point]) -> None: ...
    def reshape_zone(self, zone_id: int, corners: list[Point]) -> None: ...
    def edit_zone(self, zone_id: int) -> None: ...
    def delete_zone(self, zone_id: int) -> None: ...
    def calibrate(self, first: Point, second: Point) -> None: ...
    def move_background(self, by: Point) -> None: ...


def metres(point: QPointF) -> Point:
    return (point.x() / PX_PER_M, point.y() / PX_PER_M)


def scene_point(where: Point) -> QPointF:
    return QPointF(where[0] * PX_PER_M, where[1] * PX_PER_M)


class LayoutEditor:
    def __init__(self, scene: FloorScene, target: EditTarget) -> None:
        self.scene = scene
        self.target = target
        self.overlay = EditOverlay()
        self.active = False
        self.tool = Tool.SELECT
        self.snap_step: float | None = 0.5  # metres; None: no snapping
        self.selected: list[int] = []
        self.zone_id: int | None = None
        self._drawing: list[QPointF] = []
        self._marks: list[QPointF] = []
        # A press in progress: what it started ("desks", "handle", "band") and where.
        self._press: tuple[str, QPointF] | None = None
        self._dragging = False
        self._anchor: DeskSpot | None = None
        self._handle: int | None = None
        self._corners: list[QPointF] = []
        self._extend = False
        self.tool_changed: Callable[[Tool], None] | None = None

    # -- state ------------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        self.active = on
        self.scene.set_edit_overlay(self.overlay if on else None)
        self.set_tool(Tool.SELECT)
        self.clear_selection()

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self._drawing, self._marks = [], []
        self._press = None
        self._dragging = False
        self.overlay.cursor = None
        self.overlay.marks = []
        self.overlay.frame = None
        self.refresh()
        if self.tool_changed is not None:
            self.tool_changed(tool)

    def clear_selection(self) -> None:
        self.selected, self.zone_id = [], None
        self.refresh()

    def select(self, desk_ids: Sequence[int], zone_id: int | None = None) -> None:
        self.selected = list(dict.fromkeys(desk_ids))
        self.zone_id = zone_id
        self.refresh()

    def selected_desks(self) -> list[DeskSpot]:
        layer = self.scene.desk_layer
        if layer is None:
            return []
        return [d for d in (layer.desk(i) for i in self.selected) if d is not None]

    def refresh(self) -> None:
        """Redraw the overlay from the current layers (after any reload or change)."""
        desks = self.selected_desks()
        self.selected = [d.id for d in desks]
        self.overlay.show_selection(desks)
        self.overlay.rubber = None
        if self.tool is Tool.DRAW_ZONE:
            self.overlay.show_zone(self._drawing, closed=False)
            return
        zone = self._zone()
        if zone is None:
            self.zone_id = None
            self.overlay.show_zone([])
        else:
            self.overlay.show_zone([scene_point(p) for p in zone.polygon])

    def _zone(self):
        snapshot = self.scene.snapshot
        if snapshot is None or self.zone_id is None:
            return None
        return next((z for z in snapshot.zones if z.id == self.zone_id), None)

    def _snap(self, point: QPointF) -> QPointF:
        if not self.snap_step:
            return QPointF(point)
        x, y = metres(point)
        return scene_point((snap(x, self.snap_step), snap(y, self.snap_step)))

    def _far_enough(self, start: QPointF, point: QPointF) -> bool:
        views = self.scene.views()
        scale = views[0].transform().m11() if views else max(self.overlay.scale, 1e-6)
        distance = math.hypot(point.x() - start.x(), point.y() - start.y()) * scale
        return distance >= QApplication.startDragDistance()

    # -- mouse ------------------------------------------------------------------------------
    def mouse_press(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        if self.tool is Tool.ADD_DESK:
            self.target.add_desk_at(metres(self._snap(point)))
            return True
        if self.tool is Tool.ADD_GRID:
            self.target.add_grid_at(metres(self._snap(point)))
            return True
        if self.tool is Tool.DRAW_ZONE:
            corner = self._snap(point)
            if not self._drawing or self._drawing[-1] != corner:
                self._drawing.append(corner)
            self.overlay.show_zone(self._drawing, closed=False)
            return True
        if self.tool is Tool.CALIBRATE:
            self._marks.append(QPointF(point))
            self.overlay.marks = list(self._marks)
            self.overlay.update()
            if len(self._marks) == 2:
                first, second = self._marks
                self.target.calibrate(metres(first), metres(second))
                self.set_tool(Tool.SELECT)
            return True
        if self.tool is Tool.MOVE_BACKGROUND:
            if self._background_rect() is not None:
                self._press = ("background", QPointF(point))
            return True
        return self._select_press(point, modifiers)

    def _background_rect(self) -> QRectF | None:
        snapshot = self.scene.snapshot
        picture = self.scene.backgrounds.get(snapshot.floor_id) if snapshot else None
        return picture.scene_rect if picture is not None else None

    def _select_press(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        self._extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        handle = self.overlay.handle_at(point) if self.zone_id is not None else None
        if handle is not None:
            self._handle = handle
            self._corners = list(self.overlay.zone)
            self._press = ("handle", QPointF(point))
            return True
        desk = self.scene.desk_at(point)
        if desk is not None:
            if self._extend:
                if desk.id in self.selected:
                    self.selected.remove(desk.id)
                    self.refresh()
                    return True
                self.select([*self.selected, desk.id])
            elif desk.id not in self.selected:
                self.select([desk.id])
            self._anchor = desk
            self._press = ("desks", QPointF(point))
            return True
        self._press = ("band", QPointF(point))
        return True

    def mouse_move(self, point: QPointF) -> bool:
        if self.tool is Tool.DRAW_ZONE and self._drawing:
            self.overlay.cursor = self._snap(point)
            self.overlay.update()
            return True
        if self.tool is Tool.CALIBRATE and len(self._marks) == 1:
            self.overlay.cursor = QPointF(point)
            self.overlay.update()
            return True
        if self._press is None:
            return False
        kind, start = self._press
        if not self._dragging and not self._far_enough(start, point):
            return True
        self._dragging = True
        if kind == "desks" and self._anchor is not None:
            self.overlay.show_selection(self.selected_desks(), self._drag_offset(start, point))
        elif kind == "handle" and self._handle is not None:
            corners = list(self._corners)
            corners[self._handle] = self._snap(point)
            self.overlay.show_zone(corners)
        elif kind == "band":
            self.overlay.rubber = QRectF(start, point).normalized()
            self.overlay.update()
        elif kind == "background":
            # Only the image's frame follows the mouse: redrawing the image itself would
            # repaint every cached tile at each step.
            rect = self._background_rect()
            self.overlay.frame = rect.translated(point - start) if rect is not None else None
            self.overlay.update()
        return True

    def _drag_offset(self, start: QPointF, point: QPointF) -> QPointF:
        """How far the selection moves: the grabbed desk's centre lands on the snap grid."""
        assert self._anchor is not None
        centre = scene_point((self._anchor.x, self._anchor.y))
        landed = self._snap(centre + (point - start))
        return landed - centre

    def mouse_release(self, point: QPointF) -> bool:
        if self._press is None:
            return self.tool is not Tool.SELECT
        kind, start = self._press
        dragged = self._dragging
        self._press, self._dragging = None, False
        if kind == "desks" and not dragged and not self._extend and self._anchor is not None:
            self.select([self._anchor.id])  # a plain click on one of several selected desks
        elif kind == "desks" and dragged and self._anchor is not None:
            offset = self._drag_offset(start, point)
            self.overlay.show_selection(self.selected_desks())
            dx, dy = offset.x() / PX_PER_M, offset.y() / PX_PER_M
            if dx or dy:
                moves = {d.id: (d.x + dx, d.y + dy) for d in self.selected_desks()}
                self.target.move_desks(moves)
        elif kind == "handle" and dragged and self._handle is not None and self.zone_id is not None:
            corners = list(self._corners)
            corners[self._handle] = self._snap(point)
            self.target.reshape_zone(self.zone_id, [metres(c) for c in corners])
        elif kind == "background":
            self.overlay.frame = None
            self.overlay.update()
            if dragged:
                self.target.move_background(metres(point - start))
        elif kind == "band":
            self.overlay.rubber = None
            if dragged:
                self._band_select(QRectF(start, point).normalized())
            else:
                zone = self.scene.zone_at(point)
                keep = self.selected if self._extend else []
                self.select(keep, zone.id if zone is not None else None)
        self.refresh()
        return True

    def _band_select(self, band: QRectF) -> None:
        layer = self.scene.desk_layer
        if layer is None:
            return
        x0, y0 = metres(band.topLeft())
        x1, y1 = metres(band.bottomRight())
        inside = [d.id for d in layer.desks if x0 <= d.x <= x1 and y0 <= d.y <= y1]
        self.select([*self.selected, *inside] if self._extend else inside)

    def double_click(self, point: QPointF) -> bool:
        if self.tool is Tool.DRAW_ZONE:
            # Qt turns the second press of a double-click into this event: its point is the
            # last corner (unless the first click of the pair already put it there).
            corner = self._snap(point)
            if not self._drawing or self._drawing[-1] != corner:
                self._drawing.append(corner)
            self.close_zone()
            return True
        if self.tool is not Tool.SELECT:
            return True
        desk = self.scene.desk_at(point)
        if desk is not None:
            self.target.edit_desk(desk.id)
            return True
        zone = self.scene.zone_at(point)
        if zone is not None:
            self.target.edit_zone(zone.id)
        return True

    def close_zone(self) -> None:
        corners = [metres(c) for c in self._drawing]
        self._drawing = []
        self.overlay.cursor = None
        self.overlay.show_zone([], closed=False)
        if len(corners) >= 3:
            self.target.finish_zone(corners)

    # -- keys and menu ----------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.set_tool(Tool.SELECT)
            self.clear_selection()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tool is Tool.DRAW_ZONE:
            self.close_zone()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.selected:
                self.target.delete_desks(list(self.selected))
            elif self.zone_id is not None:
                self.target.delete_zone(self.zone_id)
            return True
        turn = {
            Qt.Key.Key_R: -90.0 if shift else 90.0,
            Qt.Key.Key_BracketRight: 15.0,
            Qt.Key.Key_BracketLeft: -15.0,
        }.get(Qt.Key(key))
        if turn is not None and self.selected:
            self.target.rotate_desks(list(self.selected), turn)
            return True
        return False

    def context_menu(self, point: QPointF, global_pos: QPoint) -> bool:
        menu = self.build_menu(point)
        if menu is not None:
            menu.exec(global_pos)
        return True

    def build_menu(self, point: QPointF) -> QMenu | None:
        """The edit menu for the desk or zone under ``point`` (selecting it first)."""
        menu = QMenu()
        desk = self.scene.desk_at(point)
        if desk is not None:
            if desk.id not in self.selected:
                self.select([desk.id])
            ids = list(self.selected)
            for degrees, text in ROTATIONS:
                action = menu.addAction(_t(text))
                action.triggered.connect(
                    lambda _c=False, d=degrees: self.target.rotate_desks(ids, d)
                )
            menu.addSeparator()
            menu.addAction(_t("Properties…")).triggered.connect(
                lambda: self.target.edit_desk(desk.id)
            )
            menu.addAction(_t("Delete (Del)")).triggered.connect(
                lambda: self.target.delete_desks(ids)
            )
            return menu
        zone = self.scene.zone_at(point)
        if zone is not None:
            self.select([], zone.id)
            menu.addAction(_t("Edit zone…")).triggered.connect(
                lambda: self.target.edit_zone(zone.id)
            )
            menu.addAction(_t("Delete zone")).triggered.connect(
                lambda: self.target.delete_zone(zone.id)
            )
            return menu
        return None
