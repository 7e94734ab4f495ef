"""What edit mode draws over the plan, in ONE item: outlines of the selected desks (where a
drag would put them), the rubber band, the zone being drawn or reshaped with its corner
handles, and calibration marks. Desks themselves stay in the desk layer, so a floor of
50,000 desks gets no item per desk; only the selection is drawn here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from planner.services.floorplan import DeskSpot
from ui.floorplan.desk_layer import desk_outline

SELECTION = QColor("#1f6feb")
DRAFT = QColor("#d9480f")
HANDLE_PX = 9.0  # on-screen size of a corner handle


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


class EditOverlay(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(5)
        self._bounds = QRectF()
        self.selected: list[DeskSpot] = []
        # The outlines of the selection as one path, built when the selection changes, not
        # at every frame of a pan or drag.
        self._outlines = QPainterPath()
        self.offset = QPointF()  # where a drag would move the selection (scene units)
        self.rubber: QRectF | None = None
        self.zone: list[QPointF] = []  # the selected zone's corners, or the one being drawn
        self.zone_closed = True
        self.cursor: QPointF | None = None  # the next corner while drawing
        self.marks: list[QPointF] = []  # calibration points
        self.frame: QRectF | None = None  # the background image's outline while it is moved
        self.scale = 1.0  # view scale, for handles of constant screen size

    def set_bounds(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def show_selection(self, desks: Sequence[DeskSpot], offset: QPointF | None = None) -> None:
        if list(desks) != self.selected:
            self.selected = list(desks)
            self._outlines = QPainterPath()
            for desk in self.selected:
                self._outlines.addPolygon(desk_outline(desk))
                self._outlines.closeSubpath()
        self.offset = QPointF(offset) if offset is not None else QPointF()
        self.update()

    def show_zone(self, corners: Sequence[QPointF], closed: bool = True) -> None:
        self.zone = list(corners)
        self.zone_closed = closed
        self.update()

    def handle_at(self, point: QPointF) -> int | None:
        """Index of the zone corner whose handle is under ``point`` (scene units)."""
        reach = HANDLE_PX / max(self.scale, 1e-6)
        for n, corner in enumerate(self.zone):
            if abs(corner.x() - point.x()) <= reach and abs(corner.y() - point.y()) <= reach:
                return n
        return None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        self.scale = scale
        if self.selected:
            # Desks are mostly axis-aligned rectangles: crisp and cheap without antialiasing.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(_pen(SELECTION, 2.0))
            painter.setBrush(QColor(31, 111, 235, 50))
            painter.drawPath(self._outlines.translated(self.offset))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.frame is not None:
            painter.setPen(_pen(DRAFT, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.frame)
        if self.rubber is not None:
            painter.setPen(_pen(SELECTION, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(31, 111, 235, 30))
            painter.drawRect(self.rubber)
        if self.zone:
            self._paint_zone(painter, scale)
        if self.marks:
            painter.setPen(_pen(DRAFT, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = 6.0 / max(scale, 1e-6)
            for mark in self.marks:
                painter.drawEllipse(mark, radius, radius)
            if len(self.marks) == 2 or self.cursor is not None:
                end = self.marks[1] if len(self.marks) == 2 else self.cursor
                painter.drawLine(self.marks[0], end)

    def _paint_zone(self, painter: QPainter, scale: float) -> None:
        colour = SELECTION if self.zone_closed else DRAFT
        painter.setPen(_pen(colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        corners = QPolygonF(self.zone)
        if self.zone_closed:
            painter.drawPolygon(corners)
        else:
            if self.cursor is not None:
                corners.append(self.cursor)
            painter.drawPolyline(corners)
        half = HANDLE_PX / 2 / max(scale, 1e-6)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(_pen(colour, 1.5))
        for corner in self.zone:
            painter.drawRect(QRectF(corner.x() - half, corner.y() - half, 2 * half, 2 * half))
