"""Chairs and labels of the desk layer: desk numbers, codes, and occupants' names.

Text is drawn in device pixels (fonts of an exact on-screen size whatever the zoom) and each
label is laid out once as a QStaticText, then only drawn; Korean names use NanumGothic.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QStaticText, QTransform

FONT_FAMILY = "NanumGothic"
OUTLINE = QColor("#3c4654")
TEXT = QColor("#1d232b")
TEXT_ON_DARK = QColor("#ffffff")

# Level-of-detail thresholds, in on-screen pixels of a desk's long side.
LOD_OUTLINE = 14.0
LOD_NUMBER = 20.0
LOD_CODE = 48.0
LOD_NAME = 84.0


def _is_dark(colour: QColor) -> bool:
    return colour.lightnessF() < 0.45


class DeskDetails:
    """Mixed into DeskLayer, which provides ``_desks``, ``_rect(i)``, ``_keys``, ``_palette``,
    ``_polygons``, ``_fonts`` and ``_labels``."""

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        size = max(1, round(pixels))
        font = self._fonts.get((size, bold))
        if font is None:
            font = QFont(FONT_FAMILY)
            font.setPixelSize(size)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[(size, bold)] = font
        return font

    def _paint_details(
        self, painter: QPainter, visible: list[int], scale: float, desk_px: float
    ) -> None:
        desks, rects, keys, palette = self._desks, self._rect, self._keys, self._palette
        inactive = [rects(i) for i in visible if not desks[i].active]
        if inactive:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(60, 60, 60, 140), Qt.BrushStyle.BDiagPattern))
            painter.drawRects(inactive)
        # Chairs: a small bar on the seated side shows which way the desk faces.
        chair_pen = QPen(OUTLINE, max(1.5, 2.5 * min(scale, 2.0)))
        chair_pen.setCosmetic(True)
        chair_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if desk_px >= LOD_CODE:
            painter.setPen(chair_pen)
            lines = []
            for i in visible:
                if i in self._polygons:
                    continue
                r, rot = rects(i), desks[i].rotation % 360
                inset = r.width() * 0.3 if r.width() > r.height() else r.height() * 0.3
                if 45 <= rot < 135:
                    lines.append(
                        (
                            QPointF(r.right() + 5, r.top() + inset),
                            QPointF(r.right() + 5, r.bottom() - inset),
                        )
                    )
                elif 135 <= rot < 225:
                    lines.append(
                        (
                            QPointF(r.left() + inset, r.bottom() + 5),
                            QPointF(r.right() - inset, r.bottom() + 5),
                        )
                    )
                elif 225 <= rot < 315:
                    lines.append(
                        (
                            QPointF(r.left() - 5, r.top() + inset),
                            QPointF(r.left() - 5, r.bottom() - inset),
                        )
                    )
                else:
                    lines.append(
                        (
                            QPointF(r.left() + inset, r.top() - 5),
                            QPointF(r.right() - inset, r.top() - 5),
                        )
                    )
            painter.drawLines([p for pair in lines for p in pair])

        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Text in device pixels: fonts of an exact on-screen size, whatever the zoom; each
        # label is laid out once (QStaticText) and only blitted afterwards.
        world = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        dark = [_is_dark(c) for c in palette]
        by_ink: tuple[list[int], list[int]] = ([], [])
        for i in visible:
            by_ink[dark[keys[i]]].append(i)
        for ink, indices in zip((TEXT, TEXT_ON_DARK), by_ink, strict=True):
            if not indices:
                continue
            painter.setPen(ink)
            if desk_px < LOD_CODE:
                self._draw_centred(
                    painter, world, indices, lambda d: d.code.rsplit("-", 1)[-1], 9, False
                )
            elif desk_px < LOD_NAME:
                self._draw_centred(painter, world, indices, lambda d: d.code, 11, False)
            else:
                self._draw_named(painter, world, indices, round(min(14.0, 7.0 + desk_px / 16.0)))
        painter.restore()

    def _label(self, text: str, pixels: int, bold: bool) -> tuple[QStaticText, float, float]:
        key = (text, pixels, bold)
        label = self._labels.get(key)
        if label is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            font = self._font(pixels, bold)
            static.prepare(QTransform(), font)
            size = static.size()
            label = self._labels[key] = (static, size.width(), size.height())
            if len(self._labels) > 20000:  # zooming through many sizes: start afresh
                self._labels.clear()
        return label

    def _draw_centred(
        self, painter, world: QTransform, indices, text_of, pixels: int, bold: bool
    ) -> None:
        painter.setFont(self._font(pixels, bold))
        desks, rect = self._desks, self._rect
        for i in indices:
            static, w, h = self._label(text_of(desks[i]), pixels, bold)
            centre = world.map(rect(i).center())
            painter.drawStaticText(QPointF(centre.x() - w / 2, centre.y() - h / 2), static)

    def _draw_named(self, painter, world: QTransform, indices, name_px: int) -> None:
        """Zoomed in: the occupant's Korean name in bold, the desk code small underneath."""
        desks, rect = self._desks, self._rect
        for i in indices:
            desk = desks[i]
            r = world.mapRect(rect(i))
            cx = r.center().x()
            occupant = desk.occupant
            if occupant is None:
                painter.setFont(self._font(10, False))
                static, w, h = self._label(desk.code, 10, False)
                painter.drawStaticText(QPointF(cx - w / 2, r.center().y() - h / 2), static)
                continue
            name = occupant.name_ko + (
                f" +{len(desk.occupants) - 1}" if len(desk.occupants) > 1 else ""
            )
            middle = r.top() + r.height() * 0.56
            painter.setFont(self._font(name_px, True))
            static, w, h = self._label(name, name_px, True)
            painter.drawStaticText(QPointF(cx - w / 2, middle - h), static)
            painter.setFont(self._font(10, False))
            static, w, h = self._label(desk.code, 10, False)
            painter.drawStaticText(QPointF(cx - w / 2, middle + 1), static)
