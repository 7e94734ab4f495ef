"""The drag image of a person: a small chip with their name in their organisation's colour,
held beside the cursor so that the desks under it stay in sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPen,
    QPixmap,
)

from planner import palette
from ui.floorplan.colours import qcolor
from ui.floorplan.desk_details import FONT_FAMILY

CHIP_PX = 13  # the name's size on the chip
OFFSET = QPoint(-14, -16)  # the chip sits below and right of the cursor's tip


def name_chip(text: str, swatch: palette.Swatch = palette.OCCUPIED) -> QPixmap:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(CHIP_PX)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 16, metrics.height() + 8
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio()
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    pixmap = QPixmap(round(width * ratio) + 2, round(height * ratio) + 2)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(qcolor(swatch.hue), 1.5))
    painter.setBrush(qcolor(swatch.fill))
    box = QRectF(1, 1, width, height)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(QColor(*swatch.ink))
    painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def dress(drag: QDrag, text: str, swatch: palette.Swatch = palette.OCCUPIED) -> None:
    """Give ``drag`` the chip as its image, held off the cursor."""
    drag.setPixmap(name_chip(text, swatch))
    drag.setHotSpot(OFFSET)
