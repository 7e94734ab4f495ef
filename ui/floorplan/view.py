"""The floor plan view: zoom (wheel, pinch, + - 0), pan (middle button, space or empty-space
drag), fit, tooltips, dragging people off desks and dropping them onto desks."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip, QWidget

from planner.io.labels import FEATURE_LABELS, label_of
from planner.services.floorplan import DeskSpot
from ui.floorplan import accessible
from ui.floorplan.desk_focus import DIRECTIONS, nearest_in_direction, nearest_to
from ui.floorplan.dragdrop import DraggedPerson, dragged_person, person_mime
from ui.floorplan.name_chip import dress
from ui.floorplan.scene import FloorScene
from ui.i18n import current_language, in_language

if TYPE_CHECKING:
    from ui.floorplan.edit_mode import LayoutEditor

MIN_SCALE, MAX_SCALE = 0.02, 8.0
WHEEL_STEP = 1.0015  # per 1/8 degree of wheel rotation: one notch ≈ ×1.2
KEY_STEP = 1.25
# Zoom when centring on a found desk: full names on it and on its neighbours, and about
# twenty metres of the floor around it for context.
FOCUS_SCALE = 1.0
FIT_MARGIN = 12.0  # scene units (0.3 m) left around the floor when it is fitted


def feature_labels(bits: int) -> list[str]:
    """The features' labels in the window's language: the words spreadsheets use too."""
    return [label_of(feature, current_language()) for feature in FEATURE_LABELS if bits & feature]


class FloorView(QGraphicsView):
    desk_activated = Signal(int)  # double-click
    desk_selected = Signal(int)  # click; 0 when clicking on no desk
    desk_menu_requested = Signal(int, QPoint)  # desk id, global position
    person_dropped = Signal(int, int, int)  # person id, from desk id (0: none), to desk id
    people_dropped = Signal(list, int)  # person ids (two or more), to desk id
    zoom_changed = Signal(float)
    desk_focused = Signal(int)  # the arrow keys' desk (0: none)

    def __init__(self, scene: FloorScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # Axis-aligned desks and walls are crisper and several times faster without it; the
        # layers switch it on for the few round marks they draw.
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # Between frames, tiles just outside the view are drawn ahead of a pan.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._prefetch_rounds = 0
        self._pan_from: QPoint | None = None
        self._press: tuple[QPoint, DeskSpot] | None = None
        self._space = False
        # While the layout is edited, mouse and keys go to the editor first; seating by
        # drag and drop is off.
        self.editor: LayoutEditor | None = None
        # Fitted: the floor is fitted again whenever the view's size changes, until the user
        # zooms or goes to a desk.
        self._fitted = False
        # The desk the arrow keys are on: Space selects it, Enter or the Menu key opens its
        # actions; ringed while the view has the keyboard focus.
        self.focus_desk_id: int | None = None
        accessible.install(FloorView)  # desks as children of the view for screen readers

    def editing(self) -> bool:
        return self._active_editor() is not None

    def _active_editor(self) -> LayoutEditor | None:
        return self.editor if self.editor is not None and self.editor.active else None

    @property
    def floor_scene(self) -> FloorScene:
        return self.scene()  # type: ignore[return-value]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self._prefetch_rounds = 0
        self._prefetch_timer.start(1)

    def _prefetch(self) -> None:
        # A few tiles per turn of the event loop, so input is never kept waiting; bounded in
        # case the tile budget cannot hold the whole ring.
        visible = self.visible_scene_rect()
        self._prefetch_rounds += 1
        if (
            self.floor_scene.prefetch(self.viewportTransform(), visible)
            and self._prefetch_rounds < 40
        ):
            self._prefetch_timer.start(0)

    # -- zoom -----------------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.fitted = False
        current = self.scale_factor()
        target = min(max(current * factor, MIN_SCALE), MAX_SCALE)
        if abs(target - current) < 1e-9:
            return
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(target)

    def set_zoom(self, scale: float) -> None:
        self.zoom_by(scale / self.scale_factor())

    @property
    def fitted(self) -> bool:
        return self._fitted

    @fitted.setter
    def fitted(self, fitted: bool) -> None:
        """Fitted, the whole floor is in view: no scroll bars. With them, the fitted scale could
        show a scroll bar, whose room made the floor fit smaller, which took the bar away, which
        fitted it larger… for ever, Qt queuing more scroll-bar updates at every turn (the
        English window at 150 % on a 1920×1080 screen hung after it was shown, issue #18)."""
        self._fitted = fitted
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if fitted
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
            self.setHorizontalScrollBarPolicy(policy)

    def fit_floor(self) -> None:
        rect = self.floor_scene.floor_rect()
        if rect.isEmpty():
            return
        margin = FIT_MARGIN
        self.fitted = True  # first: the bars go, the viewport has its full size
        self.setSceneRect(QRectF())  # the scene's own again (centre_on_desk may have widened it)
        # Centred on the floor, not on the mouse (which would ask the display where it is).
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.scale_factor())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fitted:
            self.fit_floor()

    def centre_on_desk(self, desk_id: int, zoom: bool = True) -> bool:
        rect = self.floor_scene.desk_scene_rect(desk_id)
        if rect.isEmpty():
            return False
        # Far out or very close, the found desk would show without readable neighbours.
        if zoom and not FOCUS_SCALE * 0.9 <= self.scale_factor() <= FOCUS_SCALE * 2.5:
            self.set_zoom(FOCUS_SCALE)
        self.fitted = False
        # A desk by the floor's edge is centred too: the view may scroll past the floor.
        visible = self.visible_scene_rect()
        around = QRectF(0, 0, visible.width(), visible.height())
        around.moveCenter(rect.center())
        self.setSceneRect(self.floor_scene.sceneRect().united(around))
        self.centerOn(rect.center())
        return True

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        delta = event.angleDelta().y()
        if delta == 0 and not event.pixelDelta().isNull():
            # Two-finger scroll on a touchpad pans, as in map applications.
            super().wheelEvent(event)
            return
        self.zoom_by(WHEEL_STEP**delta, QPointF(event.position()))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        if (
            kind == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            return True
        if kind == QEvent.Type.ToolTip:
            desk = self.desk_at(event.pos())
            if desk is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_html(desk), self.viewport())
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        editor = self._active_editor()
        if editor is not None and editor.key_press(event):
            event.accept()
            return
        if editor is None and self._desk_key(event):
            event.accept()
            return
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / KEY_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_floor()
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            if self.focus_desk_id is not None:
                self.desk_selected.emit(self.focus_desk_id)
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
        else:
            super().keyReleaseEvent(event)

    # -- the keyboard's desk --------------------------------------------------------------
    def _desk_key(self, event: QKeyEvent) -> bool:
        """Arrows move between desks, Enter / Menu / Shift+F10 open the desk's actions."""
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if key in DIRECTIONS and plain:
            return self.move_desk_focus(DIRECTIONS[Qt.Key(key)])
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain) or key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            return self.open_desk_actions()
        return False

    def focused_desk(self) -> DeskSpot | None:
        layer = self.floor_scene.desk_layer
        if self.focus_desk_id is None or layer is None:
            return None
        return layer.desk(self.focus_desk_id)

    def move_desk_focus(self, direction: tuple[int, int]) -> bool:
        centres = self.floor_scene.desk_centres()
        if not centres:
            return False
        here = next((c for c in centres if c[0] == self.focus_desk_id), None)
        if here is None:
            middle = self.visible_scene_rect().center()
            target = nearest_to((middle.x(), middle.y()), centres)
        else:
            target = nearest_in_direction((here[1], here[2]), direction, centres, here[0])
        if target is not None:
            self.set_focus_desk(target)
        return True  # at the last desk of a row the arrow stays there (no scrolling away)

    def set_focus_desk(self, desk_id: int | None) -> None:
        layer = self.floor_scene.desk_layer
        if desk_id is not None and (layer is None or layer.desk(desk_id) is None):
            desk_id = None
        self.focus_desk_id = desk_id
        self.floor_scene.set_focus_mark(desk_id if self.hasFocus() else None)
        if desk_id is not None:
            self.ensureVisible(self.floor_scene.desk_scene_rect(desk_id), 60, 60)
        self.desk_focused.emit(desk_id or 0)
        accessible.tell_focus(self, desk_id)

    def restore_focus_mark(self) -> None:
        """After the scene was rebuilt (another floor, day or a reload): the ring again, or
        no keyboard desk when it is gone."""
        if self.focused_desk() is None:
            self.focus_desk_id = None
        self.floor_scene.set_focus_mark(self.focus_desk_id if self.hasFocus() else None)

    def open_desk_actions(self) -> bool:
        desk = self.focused_desk()
        if desk is None:
            return False
        centre = self.mapFromScene(self.floor_scene.desk_scene_rect(desk.id).center())
        self.desk_menu_requested.emit(desk.id, self.viewport().mapToGlobal(centre))
        return True

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        if self.focused_desk() is None:
            self.focus_desk_id = None
        self.floor_scene.set_focus_mark(self.focus_desk_id)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.floor_scene.set_focus_mark(None)

    # -- hit testing, tooltips --------------------------------------------------------------
    def desk_at(self, viewport_pos: QPoint) -> DeskSpot | None:
        return self.floor_scene.desk_at(self.mapToScene(viewport_pos))

    def tooltip_html(self, desk: DeskSpot) -> str:
        """Desk, features and each occupant with organisation, task and dates (rich text)."""

        def put(text: str, *values: object) -> str:
            for n, value in enumerate(values, start=1):
                text = text.replace(f"%{n}", html.escape(str(value)))
            return text

        lines = [f"<b>{html.escape(desk.code)}</b>"]
        if not desk.active:
            out_of_service = self.tr("Out of service")
            lines.append(f"<i>{out_of_service}</i>")
        if desk.out_of_use:
            lines.append(f"<i>{put(self.tr('Out of use: %1'), desk.out_of_use)}</i>")
        if desk.kind == "hot":
            lines.append(self.tr("Hot desk"))
        features = feature_labels(desk.features)
        if features:
            lines.append(put(self.tr("Features: %1"), ", ".join(features)))
        if not desk.occupants:
            lines.append(self.tr("Vacant"))
        for o in desk.occupants:
            name = f"{o.name_ko} ({o.name_en})" if o.name_en else o.name_ko
            if o.end is None:
                dates = put(self.tr("From %1 (no move-out date)"), o.start.isoformat())
            else:
                dates = put(self.tr("From %1 until %2"), o.start.isoformat(), o.end.isoformat())
            details = [
                f"<b>{html.escape(name)}</b>" + (f" <i>({self.tr('on leave')})</i>" if o.on_leave else ""),
                put(self.tr("Organisation: %1"), in_language(o.organisation, o.organisation_en)),
                put(self.tr("Research task: %1"), ", ".join(o.task_codes) or "—"),
                dates,
            ]
            lines.append("<hr>" + "<br>".join(details))
        return "<br>".join(lines)

    # -- mouse: select, pan, drag a person off a desk ---------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        pos = event.position().toPoint()
        button = event.button()
        editor = self._active_editor()
        if (
            editor is not None
            and button == Qt.MouseButton.LeftButton
            and not self._space
            and editor.mouse_press(self.mapToScene(pos), event.modifiers())
        ):
            event.accept()
            return
        desk = self.desk_at(pos)
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and (self._space or desk is None)
        ):
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if desk is None and button == Qt.MouseButton.LeftButton:
                self.desk_selected.emit(0)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and desk is not None:
            self._press = (pos, desk)
            self.focus_desk_id = desk.id  # the arrows go on from the clicked desk
            self.desk_selected.emit(desk.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        editor = self._active_editor()
        if editor is not None and editor.mouse_move(self.mapToScene(pos)):
            event.accept()
            return
        if self._press is not None:
            start, desk = self._press
            if (
                pos - start
            ).manhattanLength() >= QApplication.startDragDistance() and desk.occupant:
                self._press = None
                self._start_drag(desk)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        editor = self._active_editor()
        if (
            editor is not None
            and event.button() == Qt.MouseButton.LeftButton
            and editor.mouse_release(self.mapToScene(event.position().toPoint()))
        ):
            event.accept()
            return
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        editor = self._active_editor()
        if editor is not None and event.button() == Qt.MouseButton.LeftButton:
            editor.double_click(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        desk = self.desk_at(event.position().toPoint())
        if desk is not None:
            self.desk_activated.emit(desk.id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        editor = self._active_editor()
        if editor is not None:
            editor.context_menu(self.mapToScene(event.pos()), event.globalPos())
            event.accept()
            return
        if event.reason() == event.Reason.Keyboard:
            if self.open_desk_actions():
                event.accept()
            return
        desk = self.desk_at(event.pos())
        if desk is not None:
            self.desk_selected.emit(desk.id)
            self.desk_menu_requested.emit(desk.id, event.globalPos())
            event.accept()

    def _start_drag(self, desk: DeskSpot) -> None:
        occupant = desk.occupant
        if occupant is None:
            return
        drag = QDrag(self)
        drag.setMimeData(person_mime(DraggedPerson(occupant.person_id, desk.id)))
        dress(
            drag, occupant.name_ko, self.floor_scene.swatches.organisation(occupant.organisation_id)
        )
        drag.exec(Qt.DropAction.MoveAction)
        self.floor_scene.set_drop_target(None)

    # -- dropping ---------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dragged_person(event.mimeData()) is not None and not self.editing():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dragged_person(event.mimeData()) is None:
            event.ignore()
            return
        desk = self.desk_at(event.position().toPoint())
        self.floor_scene.set_drop_target(desk.id if desk else None)
        if desk is None or not desk.active:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.floor_scene.set_drop_target(None)
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.floor_scene.set_drop_target(None)
        person = dragged_person(event.mimeData())
        desk = self.desk_at(event.position().toPoint())
        if person is None or desk is None or self.editing():
            event.ignore()
            return
        event.acceptProposedAction()
        if person.group:
            self.people_dropped.emit(list(person.group), desk.id)
        else:
            self.person_dropped.emit(person.person_id, person.from_desk_id or 0, desk.id)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
