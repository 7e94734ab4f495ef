"""Layout edits asked for on the plan, each turned into ONE undoable command.

The editor (ui.floorplan.edit_mode) says what the user did; here the dialogs ask for what is
missing (codes, a zone's name) and the services in planner.services.layout do the work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError, ValidationError
from planner.services import layout
from planner.services.floorplan import DeskSpot
from planner.services.layout import NewDesk
from planner.services.layout_geometry import Point, desk_codes, grid_positions, next_code
from ui.errors import error_message
from ui.floorplan.background_actions import BackgroundActions
from ui.floorplan.edit_commands import EditCommand, Ids, LayoutCommand, push_edit
from ui.floorplan.edit_dialogs import (
    DeskGridDialog,
    DeskPropertiesDialog,
    ZoneDialog,
    ZoneSpec,
)
from ui.floorplan.scene import FloorScene
from ui.i18n import fill

CONTEXT = "FloorPlanEdit"

# Which layout rule a refused edit broke, by the field the service names.
BROKEN_RULE = {
    "position": QT_TRANSLATE_NOOP("FloorPlanEdit", "A desk can only stand on the floor."),
    "polygon": QT_TRANSLATE_NOOP(
        "FloorPlanEdit",
        "A zone must be one closed outline on the floor that does not cross itself.",
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def layout_error_message(error: PlannerError) -> str:
    """The usual message, led by the layout rule that was broken when it is one of ours."""
    rule = BROKEN_RULE.get(error.field) if isinstance(error, ValidationError) else None
    return f"{_t(rule)}\n{error}" if rule else error_message(error)


def _none(_session: Session) -> Ids:
    return (), ()


class EditActions:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        stack: QUndoStack,
        scene: FloorScene,
        parent: QWidget,
        on_changed: Callable[[EditCommand], None],
        on_error: Callable[[PlannerError], None],
        select: Callable[[Sequence[int]], None],
    ) -> None:
        self.sessions = sessions
        self.stack = stack
        self.scene = scene
        self.parent = parent
        self.on_changed = on_changed
        self.on_error = on_error
        self.select = select
        self.background = BackgroundActions(sessions, stack, scene, parent, on_error)

    def calibrate(self, first: Point, second: Point) -> None:
        self.background.calibrate(first, second)

    def move_background(self, by: Point) -> None:
        self.background.move_by(by)

    @property
    def floor_id(self) -> int | None:
        snapshot = self.scene.snapshot
        return snapshot.floor_id if snapshot is not None else None

    def _push(
        self, text: str, work: Callable[[Session], Ids], involved: Callable[[Session], Ids] = _none
    ) -> LayoutCommand | None:
        command = LayoutCommand(
            self.sessions,
            text,
            work,
            involved,
            on_changed=self.on_changed,
            on_error=self.on_error,
        )
        return command if push_edit(self.stack, command) else None

    def _select_created(self, command: LayoutCommand | None) -> None:
        if command is not None:
            before = command.before.desks  # type: ignore[attr-defined]
            self.select([i for i, state in before.items() if state is None])

    # -- desks ------------------------------------------------------------------------------
    def suggested_code(self, where: Point) -> tuple[str, int, int]:
        """Prefix, next number, digits: following the nearest desk's code."""
        layer = self.scene.desk_layer
        desks: Sequence[DeskSpot] = layer.desks if layer is not None else ()
        near = min(desks, key=lambda d: (d.x - where[0]) ** 2 + (d.y - where[1]) ** 2, default=None)
        return next_code([d.code for d in desks], near.code if near else None)

    def add_desk_at(self, where: Point) -> None:
        floor_id = self.floor_id
        if floor_id is None:
            return
        prefix, number, digits = self.suggested_code(where)
        code = desk_codes(prefix, number, 1, digits)[0]
        spec = NewDesk(code, round(where[0], 3), round(where[1], 3))
        command = self._push(
            fill(_t("Add desk %1"), code),
            lambda s: (layout.add_desks(s, floor_id, [spec]), ()),
        )
        self._select_created(command)

    def add_grid_at(self, where: Point) -> None:
        floor_id = self.floor_id
        if floor_id is None:
            return
        grid = DeskGridDialog.ask(self.parent, *self.suggested_code(where))
        if grid is None:
            return
        positions = grid_positions(where, grid.rows, grid.columns, grid.spacing_x, grid.spacing_y)
        codes = desk_codes(grid.prefix, grid.first, len(positions), grid.digits)
        specs = [
            NewDesk(code, round(x, 3), round(y, 3), kind=grid.kind)
            for code, (x, y) in zip(codes, positions, strict=True)
        ]
        command = self._push(
            fill(_t("Add %1 desks"), len(specs)),
            lambda s: (layout.add_desks(s, floor_id, specs), ()),
        )
        self._select_created(command)

    def move_desks(self, positions: dict[int, Point]) -> None:
        moves = {i: (round(x, 3), round(y, 3)) for i, (x, y) in positions.items()}
        self._push(
            fill(_t("Move %1 desks"), len(moves)) if len(moves) > 1 else _t("Move desk"),
            lambda s: (layout.move_desks(s, moves), ()),
            lambda _s: (moves.keys(), ()),
        )

    def rotate_desks(self, desk_ids: Sequence[int], degrees: float) -> None:
        ids = list(desk_ids)
        self._push(
            fill(_t("Rotate %1 desk(s) by %2°"), len(ids), f"{degrees:+g}"),
            lambda s: (layout.rotate_desks(s, ids, degrees), ()),
            lambda _s: (ids, ()),
        )

    def delete_desks(self, desk_ids: Sequence[int]) -> None:
        ids = list(desk_ids)
        if self._push(
            fill(_t("Delete %1 desk(s)"), len(ids)),
            lambda s: (layout.remove_desks(s, ids), ()),
            lambda _s: (ids, ()),
        ):
            self.select([])

    def edit_desk(self, desk_id: int) -> None:
        layer = self.scene.desk_layer
        desk = layer.desk(desk_id) if layer is not None else None
        if desk is None:
            return
        values = DeskPropertiesDialog.ask(self.parent, desk)
        if values is None:
            return
        self._push(
            fill(_t("Edit desk %1"), desk.code),
            lambda s: ([layout.edit_desk(s, desk_id, **values)], ()),
            lambda _s: ([desk_id], ()),
        )

    # -- zones ------------------------------------------------------------------------------
    def finish_zone(self, corners: list[Point]) -> None:
        floor_id = self.floor_id
        if floor_id is None:
            return
        spec = ZoneDialog.ask(self.parent)
        if spec is None:
            return

        def work(s: Session) -> Ids:
            zone_id = layout.draw_zone(s, floor_id, spec.name, spec.kind, corners, spec.capacity)
            return (), [zone_id]

        self._push(
            fill(_t("Draw zone %1"), spec.name),
            work,
            lambda s: (layout.desks_near(s, floor_id, [corners]), ()),
        )

    def _zone_involved(self, zone_id: int, corners: list[Point] | None = None):
        floor_id = self.floor_id
        zone = next((z for z in self.scene.snapshot.zones if z.id == zone_id), None)
        outlines = [list(zone.polygon)] if zone is not None else []
        if corners:
            outlines.append(corners)

        def involved(s: Session) -> Ids:
            near = layout.desks_near(s, floor_id, outlines) if floor_id is not None else []
            return set(near) | set(layout.zone_desks(s, zone_id)), [zone_id]

        return zone, involved

    def reshape_zone(self, zone_id: int, corners: list[Point]) -> None:
        zone, involved = self._zone_involved(zone_id, corners)
        name = zone.name if zone is not None else ""
        self._push(
            fill(_t("Reshape zone %1"), name),
            lambda s: ((), [layout.reshape_zone(s, zone_id, corners)]),
            involved,
        )

    def edit_zone(self, zone_id: int) -> None:
        zone, involved = self._zone_involved(zone_id)
        if zone is None:
            return
        spec = ZoneDialog.ask(self.parent, ZoneSpec(zone.name, zone.kind, zone.capacity))
        if spec is None:
            return
        values = {"name": spec.name, "kind": spec.kind, "capacity_seats": spec.capacity}
        self._push(
            fill(_t("Edit zone %1"), spec.name),
            lambda s: ((), [layout.edit_zone(s, zone_id, **values)]),
            involved,
        )

    def delete_zone(self, zone_id: int) -> None:
        zone, involved = self._zone_involved(zone_id)
        name = zone.name if zone is not None else ""
        if self._push(
            fill(_t("Delete zone %1"), name),
            lambda s: (layout.remove_zone(s, zone_id), [zone_id]),
            involved,
        ):
            self.select([])
