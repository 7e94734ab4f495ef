"""The floor outline and its zones (rooms and areas) in one graphics item, names included."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from planner.services.floorplan import ZoneShape
from ui.floorplan.desk_details import FONT_FAMILY
from ui.floorplan.desk_layer import PX_PER_M

CONTEXT = "FloorPlanZones"

ZONE_FILL = {
    "open_office": QColor("#eef3f8"),
    "private_office": QColor("#f4efe6"),
    "lab": QColor("#eaf5ec"),
    "meeting": QColor("#f3ecf7"),
    "server_room": QColor("#e6e8eb"),
    "startup": QColor("#fdf3e1"),
}
ZONE_KIND_TEXT = {
    "open_office": QT_TRANSLATE_NOOP("FloorPlanZones", "Open office"),
    "private_office": QT_TRANSLATE_NOOP("FloorPlanZones", "Private offices"),
    "lab": QT_TRANSLATE_NOOP("FloorPlanZones", "Lab"),
    "meeting": QT_TRANSLATE_NOOP("FloorPlanZones", "Meeting room"),
    "server_room": QT_TRANSLATE_NOOP("FloorPlanZones", "Server room"),
    "startup": QT_TRANSLATE_NOOP("FloorPlanZones", "Start-up space"),
}
WALL = QColor("#4a5562")
FLOOR_FILL = QColor("#fbfbfa")
ZONE_TEXT = QColor("#36404c")
OTHER_ZONE = QColor("#f0f0f0")
# These are planner.palette.LIGHT_PLAN's; ui.floorplan.plan_scheme sets them to the dark
# scheme's and back.
MIN_NAME_PX = 10.0  # a zone name smaller than this is not drawn


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


_WALL_PEN = _cosmetic(WALL, 2.5)
_ZONE_PEN = _cosmetic(WALL, 1.5)
_SERVER_HATCH = QBrush(QColor("#c5cad1"), Qt.BrushStyle.Dense6Pattern)
# Over a background image: the image faint enough that desks stay legible, and zone fills
# translucent so that the drawing's walls show through them.
BACKGROUND_OPACITY = 0.45
ZONE_ALPHA_OVER_IMAGE = 150


def zone_kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, ZONE_KIND_TEXT.get(kind, kind))


class ZonesLayer(QGraphicsItem):
    def __init__(
        self,
        width_m: float,
        depth_m: float,
        zones: Sequence[ZoneShape],
        headroom_m: dict[int, tuple[float, float]] | None = None,
        parent: QGraphicsItem | None = None,
    ) -> None:
        """``headroom_m``: per zone, the free depth above its first desks and below its last,
        where the name goes."""
        super().__init__(parent)
        self._headroom = headroom_m or {}
        # Set when a desk layer draws this layer into its cached pixels (tiles, overview): the
        # floor is then one opaque blit per tile instead of three full-screen fills a frame.
        self.drawn_by_desks = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.floor_rect = QRectF(0, 0, width_m * PX_PER_M, depth_m * PX_PER_M)
        self.zones = tuple(zones)
        self._polygons = [
            QPolygonF([QPointF(x * PX_PER_M, y * PX_PER_M) for x, y in zone.polygon])
            for zone in self.zones
        ]
        self._bounds = self.floor_rect.adjusted(-8, -8, 8, 8)
        for polygon in self._polygons:
            self._bounds = self._bounds.united(polygon.boundingRect().adjusted(-8, -8, 8, 8))
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._metrics_cache: dict[float, QFontMetricsF] = {}
        self._advances: dict[tuple[str, float], float] = {}
        self._boxes = [polygon.boundingRect() for polygon in self._polygons]
        # One path per kind: far out, a campus of 1,000+ zones is a handful of fills.
        self._paths: dict[str, QPainterPath] = {}
        for zone, polygon in zip(self.zones, self._polygons, strict=True):
            path = self._paths.setdefault(zone.kind, QPainterPath())
            path.addPolygon(polygon)
            path.closeSubpath()
        self.background: QImage | None = None
        self.background_rect = QRectF()

    def set_background(self, image: QImage | None, rect: QRectF | None = None) -> None:
        """An image under the zones at ``rect`` (scene units); None takes it away. The desk
        layer that draws this layer into its pixels must be told to draw them again."""
        self.background = image
        self.background_rect = QRectF(rect) if rect is not None else QRectF()
        self.update()

    def _fill(self, kind: str) -> QColor:
        colour = QColor(ZONE_FILL.get(kind, OTHER_ZONE))
        if self.background is not None:
            colour.setAlpha(ZONE_ALPHA_OVER_IMAGE)
        return colour

    def _paint_background(self, painter: QPainter, area: QRectF | None) -> None:
        if self.background is None or self.background_rect.isEmpty():
            return
        target = self.background_rect.intersected(self.floor_rect)
        if area is not None:
            target = target.intersected(area)
        if target.isEmpty():
            return
        # Only the part of the image that lands in ``target``: a tile never scales the whole.
        full = self.background_rect
        sx = self.background.width() / full.width()
        sy = self.background.height() / full.height()
        source = QRectF(
            (target.left() - full.left()) * sx,
            (target.top() - full.top()) * sy,
            target.width() * sx,
            target.height() * sy,
        )
        painter.save()
        painter.setOpacity(BACKGROUND_OPACITY)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, self.background, source)
        painter.restore()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def _metrics(self, font: QFont, size: float) -> QFontMetricsF:
        key = round(size, 2)
        metrics = self._metrics_cache.get(key)
        if metrics is None:
            metrics = self._metrics_cache[key] = QFontMetricsF(font)
        return metrics

    def _advance(self, metrics: QFontMetricsF, text: str, size: float) -> float:
        key = (text, round(size, 2))
        width = self._advances.get(key)
        if width is None:
            width = self._advances[key] = metrics.horizontalAdvance(text)
        return width

    def zone_at(self, point: QPointF) -> ZoneShape | None:
        for zone, polygon in zip(self.zones, self._polygons, strict=True):
            if polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
                return zone
        return None

    def _font(self, pixels: float, bold: bool) -> QFont:
        key = (round(pixels, 2), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(FONT_FAMILY)
            # Scene units: a fractional size keeps the on-screen size exact at any zoom.
            font.setPointSizeF(max(0.1, pixels * 72.0 / 96.0))
            font.setBold(bold)
            self._fonts[key] = font
        return font

    def paint_plain(self, painter: QPainter, area: QRectF | None = None) -> None:
        """Floor and zones without names: also what the desk layer's overview image shows.

        With ``area`` only the zones it touches are drawn (a tile sees two or three)."""
        painter.setPen(_WALL_PEN)
        painter.setBrush(FLOOR_FILL)
        painter.drawRect(self.floor_rect)
        self._paint_background(painter, area)
        painter.setPen(_ZONE_PEN)
        if area is None:
            for kind, path in self._paths.items():
                painter.setBrush(self._fill(kind))
                painter.drawPath(path)
                if kind == "server_room":
                    painter.setBrush(_SERVER_HATCH)
                    painter.drawPath(path)
            return
        for zone, polygon, box in zip(self.zones, self._polygons, self._boxes, strict=True):
            if not box.intersects(area):
                continue
            painter.setBrush(self._fill(zone.kind))
            painter.drawPolygon(polygon)
            if zone.kind == "server_room":
                painter.setBrush(_SERVER_HATCH)
                painter.drawPolygon(polygon)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self.drawn_by_desks:
            return  # the desk layer draws this layer into its tiles and overview image
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        self.paint_region(painter, option.exposedRect, scale)

    def paint_region(self, painter: QPainter, area: QRectF, scale: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.paint_plain(painter, area)

        # Names at a constant on-screen size, in the zone's free band above its desks or
        # below them (the deeper), when they fit; never over a desk.
        name_px, kind_px = 14.0, 11.0
        if scale * PX_PER_M * 3 < 24:  # a zone label needs ~3 m on screen to be of use
            return
        kind_font = self._font(kind_px / scale, False)
        pad = 4.0 / scale
        painter.setPen(ZONE_TEXT)
        for zone, box in zip(self.zones, self._boxes, strict=True):
            if not box.intersects(area):
                continue
            above, below = self._headroom.get(zone.id, (99.0, 0.0))
            band_px = max(above, below) * PX_PER_M * scale
            pixels = min(name_px, band_px - 3.0)
            if pixels < MIN_NAME_PX:
                continue
            name_font = self._font(pixels / scale, True)
            metrics = self._metrics(name_font, pixels / scale)
            if self._advance(metrics, zone.name, pixels / scale) > box.width() - 2 * pad:
                continue
            painter.setFont(name_font)
            if above >= below:
                top = box.top() + 1.5 / scale
            else:
                top = box.bottom() - 1.5 / scale - metrics.height()
            text_box = QRectF(box.left() + pad, top, box.width() - 2 * pad, metrics.height())
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, zone.name
            )
            if zone.kind in ("meeting", "server_room") or not zone.capacity:
                # Rooms without desks: say what they are in the middle of the room.
                painter.setFont(kind_font)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, zone_kind_label(zone.kind))
