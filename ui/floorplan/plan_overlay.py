"""A draft move plan drawn over the floor: who moves from where to where.

Arrows join the old and new desk of moves within the floor; a move to or from another floor
(or from no desk) gets a tag at the desk on this floor naming the other end; a release is a
cross over the desk that becomes free. Text keeps a constant on-screen size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from planner.services.floorplan import PlanMove
from ui.floorplan.desk_details import FONT_FAMILY
from ui.floorplan.desk_layer import DeskLayer

ARROW = QColor("#6a3fd4")
RELEASE = QColor("#d1342f")
TAG_FILL = QColor(255, 255, 255, 235)


class PlanOverlay(QGraphicsItem):
    def __init__(self, layer: DeskLayer, floor_id: int, moves: Sequence[PlanMove]) -> None:
        super().__init__()
        self.setZValue(3)
        self.setPos(layer.pos())
        self.layer = layer
        self.floor_id = floor_id
        self.moves = tuple(moves)
        self._bounds = layer.boundingRect().adjusted(-400, -400, 400, 400)
        self._font = QFont(FONT_FAMILY)
        self._font.setPixelSize(11)
        self._font.setBold(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def on_this_floor(self) -> list[PlanMove]:
        return [m for m in self.moves if self.floor_id in (m.from_floor_id, m.to_floor_id)]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        world = painter.worldTransform()
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(world)
        if scale <= 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        tags: list[tuple[QPointF, str, QColor]] = []
        for move in self.on_this_floor():
            here_from = move.from_floor_id == self.floor_id and move.from_desk_id is not None
            here_to = move.to_floor_id == self.floor_id and move.to_desk_id is not None
            source = self.layer.desk_rect(move.from_desk_id) if here_from else QRectF()
            target = self.layer.desk_rect(move.to_desk_id) if here_to else QRectF()
            if here_from and here_to:
                self._arrow(painter, source.center(), target.center(), scale)
                self._outline(painter, target, ARROW, scale)
            elif here_from and move.to_desk_id is None:
                self._cross(painter, source, scale)
                tags.append((source.center(), f"{move.name_ko} ✕", RELEASE))
            elif here_from:
                self._outline(painter, source, ARROW, scale)
                tags.append((source.center(), f"{move.name_ko} → {move.to_code}", ARROW))
            elif here_to:
                self._outline(painter, target, ARROW, scale)
                origin = move.from_code or QCoreApplication.translate("PlanOverlay", "no desk")
                tags.append((target.center(), f"{move.name_ko} ← {origin}", ARROW))
        # Tags last, in device pixels, so they stay legible over arrows at any zoom.
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        for point, text, colour in tags:
            at = world.map(point)
            box = QRectF(
                at.x() + 8, at.y() - 22, metrics.horizontalAdvance(text) + 10, metrics.height() + 4
            )
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(TAG_FILL)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    @staticmethod
    def _pen(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _arrow(self, painter: QPainter, start: QPointF, end: QPointF, scale: float) -> None:
        line = QLineF(start, end)
        if line.length() < 1:
            return
        painter.setPen(self._pen(ARROW, 2.5))
        painter.drawLine(line)
        head = 12.0 / scale
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        left = QPointF(
            end.x() - head * math.cos(angle - 0.45), end.y() - head * math.sin(angle - 0.45)
        )
        right = QPointF(
            end.x() - head * math.cos(angle + 0.45), end.y() - head * math.sin(angle + 0.45)
        )
        painter.setBrush(QBrush(ARROW))
        painter.drawPolygon(QPolygonF([end, left, right]))

    def _outline(self, painter: QPainter, rect: QRectF, colour: QColor, scale: float) -> None:
        pen = self._pen(colour, 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grow = 3.0 / scale
        painter.drawRect(rect.adjusted(-grow, -grow, grow, grow))

    def _cross(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        painter.setPen(self._pen(RELEASE, 3.0))
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomLeft())
