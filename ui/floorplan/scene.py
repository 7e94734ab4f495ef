"""The graphics scene of a floor: a zones layer under a desk layer, built from a snapshot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsScene

from planner.services.floorplan import DeskSpot, FloorSnapshot, ZoneShape
from planner.services.swatches import Swatches
from ui.floorplan.background_image import BackgroundPicture
from ui.floorplan.colours import ColourMode, colour_desks
from ui.floorplan.desk_layer import DESK_D_M, DESK_W_M, PX_PER_M, DeskLayer
from ui.floorplan.edit_overlay import EditOverlay
from planner.labels import LabelMode
from ui.floorplan.zones_layer import ZonesLayer

MARGIN = 2.0 * PX_PER_M
BACKDROP = QColor("#dfe3e8")


def zone_headroom(snapshot: FloorSnapshot) -> dict[int, tuple[float, float]]:
    """Metres free above each zone's highest desk and below its lowest: where its name goes."""
    tops: dict[int, float] = {}
    bottoms: dict[int, float] = {}
    half_d, half_w = DESK_D_M / 2, DESK_W_M / 2
    for desk in snapshot.desks:
        half = half_w if desk.rotation % 180 else half_d
        if desk.y - half < tops.get(desk.zone_id, 1e9):
            tops[desk.zone_id] = desk.y - half
        if desk.y + half > bottoms.get(desk.zone_id, -1e9):
            bottoms[desk.zone_id] = desk.y + half
    room = {}
    for zone in snapshot.zones:
        zone_top = min(y for _x, y in zone.polygon)
        zone_bottom = max(y for _x, y in zone.polygon)
        if zone.id in tops:
            room[zone.id] = (tops[zone.id] - zone_top, zone_bottom - bottoms[zone.id])
        else:
            room[zone.id] = (99.0, 0.0)
    return room


class FloorScene(QGraphicsScene):
    """One floor (or, for benchmarks, several floors side by side, one layer pair each)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(BACKDROP)
        # Two items per floor: a BSP tree buys nothing and costs on every change.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.floors: list[tuple[FloorSnapshot, ZonesLayer, DeskLayer]] = []
        self.mode = ColourMode.ORGANISATION
        self.day: dt.date | None = None
        self.legend = ()
        # Every organisation's and task's swatch (planner.services.swatches): the page reads
        # them with the floor; without them colours still follow ids, with no badges.
        self.swatches = Swatches()
        self.label_mode, self.label_english = LabelMode.NAME, False
        self._desk_bounds: list[tuple[tuple[float, float, float, float], DeskLayer]] = []
        # Per floor id, its background image (None: known to have none); kept across reloads.
        self.backgrounds: dict[int, BackgroundPicture | None] = {}
        self.edit_overlay: EditOverlay | None = None

    @property
    def desk_layer(self) -> DeskLayer | None:
        return self.floors[0][2] if self.floors else None

    @property
    def snapshot(self) -> FloorSnapshot | None:
        return self.floors[0][0] if self.floors else None

    def show_floors(
        self, snapshots: Sequence[FloorSnapshot], columns: int = 1, mode: ColourMode | None = None
    ) -> None:
        """Replace the content with these floors, laid out in a grid of ``columns``."""
        overlay = self.edit_overlay
        if overlay is not None:
            self.removeItem(overlay)  # kept: clear() would delete it
        self.clear()
        self.floors = []
        self._desk_bounds: list[tuple[tuple[float, float, float, float], DeskLayer]] = []
        self.mode = mode or self.mode
        gap = 6.0 * PX_PER_M
        bounds = QRectF()
        for n, snapshot in enumerate(snapshots):
            row, column = divmod(n, columns)
            width = snapshot.width_m * PX_PER_M
            depth = snapshot.depth_m * PX_PER_M
            origin = QPointF(column * (width + gap), row * (depth + gap))
            zones = ZonesLayer(
                snapshot.width_m, snapshot.depth_m, snapshot.zones, zone_headroom(snapshot)
            )
            desks = DeskLayer(
                snapshot.desks, bounds=zones.boundingRect(), underlay=zones, backdrop=BACKDROP
            )
            zones.drawn_by_desks = True
            picture = self.backgrounds.get(snapshot.floor_id)
            if picture is not None:
                zones.set_background(picture.image, picture.scene_rect)
            desks.set_label_mode(self.label_mode, self.label_english)
            desks.setZValue(1)
            for layer in (zones, desks):
                layer.setPos(origin)
                self.addItem(layer)
            self.floors.append((snapshot, zones, desks))
            box = desks.mapRectToScene(desks.boundingRect())
            self._desk_bounds.append(((box.left(), box.top(), box.right(), box.bottom()), desks))
            bounds = bounds.united(QRectF(origin.x(), origin.y(), width, depth))
        self.day = snapshots[0].day if snapshots else None
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if overlay is not None:
            self.addItem(overlay)
            overlay.set_bounds(self.sceneRect())
        self.recolour(self.mode)

    def set_label_mode(self, mode: LabelMode, english: bool) -> None:
        """What the desks say (names, desk codes, teams), names in English or Korean."""
        self.label_mode, self.label_english = mode, english
        for _snapshot, _zones, desks in self.floors:
            desks.set_label_mode(mode, english)

    def set_edit_overlay(self, overlay: EditOverlay | None) -> None:
        if self.edit_overlay is not None:
            self.removeItem(self.edit_overlay)
        self.edit_overlay = overlay
        if overlay is not None:
            self.addItem(overlay)
            overlay.set_bounds(self.sceneRect())

    def set_background(self, floor_id: int, picture: BackgroundPicture | None) -> None:
        """Show (or take away) a floor's background image under its zones and desks."""
        self.backgrounds[floor_id] = picture
        for snapshot, zones, desks in self.floors:
            if snapshot.floor_id == floor_id:
                if picture is None:
                    zones.set_background(None)
                else:
                    zones.set_background(picture.image, picture.scene_rect)
                desks.redraw_underlay()

    def zone_at(self, scene_point: QPointF) -> ZoneShape | None:
        for _snapshot, zones, _desks in self.floors:
            found = zones.zone_at(scene_point - zones.pos())
            if found is not None:
                return found
        return None

    def recolour(self, mode: ColourMode) -> None:
        self.mode = mode
        legend = []
        for snapshot, _zones, desks in self.floors:
            colouring = colour_desks(desks.desks, mode, snapshot.day, self.swatches)
            desks.set_colours(colouring.keys, colouring.swatches)
            legend = colouring.legend
        self.legend = legend

    def floor_rect(self) -> QRectF:
        if not self.floors:
            return self.sceneRect()
        rect = QRectF()
        for _snapshot, zones, _desks in self.floors:
            rect = rect.united(zones.mapRectToScene(zones.floor_rect))
        return rect

    def desk_at(self, scene_point: QPointF) -> DeskSpot | None:
        """The desk under a scene point: the floor by its rectangle, then that floor's grid."""
        x, y = scene_point.x(), scene_point.y()
        for (x0, y0, x1, y1), layer in self._desk_bounds:
            if x0 <= x <= x1 and y0 <= y <= y1:
                found = layer.desk_at(scene_point - layer.pos())
                if found is not None:
                    return found
        return None

    def desk_scene_rect(self, desk_id: int) -> QRectF:
        for _snapshot, _zones, desks in self.floors:
            rect = desks.desk_rect(desk_id)
            if not rect.isEmpty():
                return desks.mapRectToScene(rect)
        return QRectF()

    def replace_desks(self, spots: Sequence[DeskSpot]) -> None:
        """Redraw just these desks with their new data; the legend is recounted."""
        if not self.floors or not spots:
            return
        snapshot, _zones, desks = self.floors[0]
        mine = [s for s in spots if desks.desk(s.id) is not None]
        if not mine:
            return
        merged = {d.id: d for d in desks.desks}
        merged.update({s.id: s for s in mine})
        # Recolour the whole floor: a new organisation or task may change the palette.
        colouring = colour_desks(list(merged.values()), self.mode, snapshot.day, self.swatches)
        keys = dict(zip(merged.keys(), colouring.keys, strict=True))
        if colouring.swatches != desks.swatches:
            desks.replace_desks(mine, [keys[s.id] for s in mine])
            desks.set_colours([keys[d.id] for d in desks.desks], colouring.swatches)
        else:
            desks.replace_desks(mine, [keys[s.id] for s in mine])
        self.legend = colouring.legend

    def prefetch(self, viewport_transform: QTransform, visible: QRectF, budget: int = 2) -> int:
        """Draw a few tiles around the visible area of each floor in view; returns how many
        are still missing (the view calls again while the user is idle)."""
        missing = 0
        for _snapshot, _zones, desks in self.floors:
            box = desks.mapRectToScene(desks.boundingRect())
            if not box.intersects(visible) or budget <= 0:
                continue
            world = desks.sceneTransform() * viewport_transform
            left = desks.prefetch(world, desks.mapRectFromScene(visible), budget)
            missing += left
        return missing

    def set_highlight(self, desk_id: int | None) -> None:
        for _snapshot, _zones, desks in self.floors:
            desks.set_highlight(desk_id)

    def set_focus_mark(self, desk_id: int | None) -> None:
        for _snapshot, _zones, desks in self.floors:
            desks.set_focus_mark(desk_id)

    def desk_centres(self) -> list[tuple[int, float, float]]:
        """(desk id, x, y) in scene units of every desk shown: where the arrow keys go."""
        centres = []
        for _snapshot, _zones, desks in self.floors:
            origin = desks.pos()
            for desk in desks.desks:
                centres.append(
                    (desk.id, origin.x() + desk.x * PX_PER_M, origin.y() + desk.y * PX_PER_M)
                )
        return centres

    def set_drop_target(self, desk_id: int | None) -> None:
        for _snapshot, _zones, desks in self.floors:
            desks.set_drop_target(desk_id)
