"""The floor plan for screen readers: the view is a list whose items are its desks.

The desks are painted, not widgets, so assistive technology would see one blank picture.
A QAccessibleWidget for the view (installed with QAccessible.installFactory) has one child
per desk, named by its code, who sits there and its state; the keyboard's desk is the
focused child, the selected desk the selected one, and moving with the arrows tells the
screen reader (QAccessible.updateAccessibility).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from planner.services.floorplan import DeskSpot

if TYPE_CHECKING:
    from ui.floorplan.view import FloorView

CONTEXT = "FloorAccessible"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def desk_state(desk: DeskSpot) -> str:
    if not desk.active:
        return _tr("out of service")
    if desk.kind == "hot" and desk.occupants:
        return _tr("hot desk, in use")
    if desk.kind == "hot":
        return _tr("hot desk, free")
    return _tr("occupied") if desk.occupants else _tr("vacant")


def desk_name(desk: DeskSpot) -> str:
    """What a screen reader says for a desk: code, who sits there, state."""
    people = ", ".join(o.name_ko for o in desk.occupants)
    parts = [desk.code, people, desk_state(desk)] if people else [desk.code, desk_state(desk)]
    return ", ".join(parts)


def desk_description(desk: DeskSpot) -> str:
    lines = []
    for o in desk.occupants:
        name = f"{o.name_ko} ({o.name_en})" if o.name_en else o.name_ko
        until = o.end.isoformat() if o.end is not None else _tr("no move-out date")
        lines.append(f"{name}, {o.organisation}, {o.start.isoformat()} – {until}")
    return "; ".join(lines)


class DeskAccessible(QAccessibleInterface):
    """One desk of the view; it holds only the desk id and reads the rest when asked."""

    def __init__(self, view_interface: FloorViewAccessible, desk_id: int) -> None:
        super().__init__()
        self.owner = view_interface
        self.desk_id = desk_id

    def _desk(self) -> DeskSpot | None:
        layer = self.owner.view().floor_scene.desk_layer
        return layer.desk(self.desk_id) if layer is not None else None

    def isValid(self) -> bool:  # noqa: N802 - Qt's name
        return self._desk() is not None

    def object(self) -> QObject | None:
        return None

    def window(self):
        return self.owner.window()

    def parent(self) -> QAccessibleInterface:
        return self.owner

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # noqa: N802
        return None

    def text(self, kind: QAccessible.Text) -> str:
        desk = self._desk()
        if desk is None:
            return ""
        if kind == QAccessible.Text.Name:
            return desk_name(desk)
        if kind == QAccessible.Text.Description:
            return desk_description(desk)
        return ""

    def setText(self, _kind, _text) -> None:  # noqa: N802 - Qt's name
        pass

    def rect(self) -> QRect:
        view = self.owner.view()
        scene_rect = view.floor_scene.desk_scene_rect(self.desk_id)
        if scene_rect.isEmpty():
            return QRect()
        local = view.mapFromScene(scene_rect).boundingRect()
        return QRect(view.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        view = self.owner.view()
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        state.focused = view.hasFocus() and view.focus_desk_id == self.desk_id
        layer = view.floor_scene.desk_layer
        state.selected = layer is not None and layer.highlight_id == self.desk_id
        desk = self._desk()
        state.disabled = desk is not None and not desk.active
        return state


class FloorViewAccessible(QAccessibleWidget):
    def __init__(self, view: FloorView) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._children: dict[int, DeskAccessible] = {}

    def view(self) -> FloorView:
        return self.widget()  # type: ignore[return-value]

    def _desk_ids(self) -> list[int]:
        layer = self.view().floor_scene.desk_layer
        return [] if layer is None else [desk.id for desk in layer.desks]

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self._desk_ids())

    def child(self, index: int) -> QAccessibleInterface | None:
        ids = self._desk_ids()
        if not 0 <= index < len(ids):
            return None
        desk_id = ids[index]
        found = self._children.get(desk_id)
        if found is None:
            found = self._children[desk_id] = DeskAccessible(self, desk_id)
        return found

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        if not isinstance(child, DeskAccessible):
            return -1
        ids = self._desk_ids()
        return ids.index(child.desk_id) if child.desk_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt's name
        view = self.view()
        if view.focus_desk_id is None:
            return None
        return self.child(self.index_of_desk(view.focus_desk_id))

    def index_of_desk(self, desk_id: int) -> int:
        ids = self._desk_ids()
        return ids.index(desk_id) if desk_id in ids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        view = self.view()
        local = view.viewport().mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        desk = view.desk_at(local)
        return None if desk is None else self.child(self.index_of_desk(desk.id))


_views: list[type] = []  # the view class (passed by ui.floorplan.view: no import cycle)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if _views and isinstance(obj, _views[0]):
        return FloorViewAccessible(obj)  # type: ignore[arg-type]
    return None


def install(view_class: type) -> None:
    if not _views:
        _views.append(view_class)
        QAccessible.installFactory(_factory)


def tell_focus(view: FloorView, desk_id: int | None) -> None:
    """The keyboard's desk changed: a screen reader says the new one."""
    if desk_id is None or not QAccessible.isActive():
        return
    interface = QAccessible.queryAccessibleInterface(view)
    if not isinstance(interface, FloorViewAccessible):
        return
    index = interface.index_of_desk(desk_id)
    if index < 0:
        return
    event = QAccessibleEvent(view, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)
