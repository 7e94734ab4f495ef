"""Chairs and labels of the desk layer: occupants' names (or desk codes, or teams).

What each desk says at a zoom is chosen in planner.labels (the richest text that fits
the desk's label cell, so labels never overlap). Text is drawn in device pixels (fonts of an
exact on-screen size whatever the zoom) and each line is laid out once as a QStaticText, then
only drawn; Korean names use NanumGothic.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

from planner.labels import (
    CODE_PX_BELOW,
    HALF_HEIGHT_CAP_M,
    HALF_WIDTH_CAP_M,
    MIN_PX,
    Label,
    LabelMode,
    fit_label,
    label_cell,
    preferred_pixels,
    text_forms,
)
from planner.palette import INK

FONT_FAMILY = "NanumGothic"
OUTLINE = QColor("#3c4654")
TEXT = QColor(*INK)
MEASURE_PX = 100  # text is measured at this size and scaled
_CHIP_PEN = QPen(QColor(95, 102, 112, 150), 1.0)

# Level-of-detail thresholds, in on-screen pixels of a desk's long side.
LOD_OUTLINE = 14.0
LOD_LABEL = 8.0  # below this a floor is a pattern of dots: no text at all
LOD_NUMBER = 20.0  # vacant desks show their number from here
LOD_CODE = 48.0  # chairs from here
LOD_NAME = 84.0


class DeskDetails:
    """Mixed into DeskLayer, which provides ``_desks``, ``_rect(i)``, ``_geom``, the grid
    (``_cells``, ``_cell_of``), ``_polygons``, ``px_per_m``, ``desk_px`` and the caches."""

    label_mode = LabelMode.NAME
    label_english = False

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
        desks, rects = self._desks, self._rect
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
        # label is laid out once (QStaticText) and only blitted afterwards. Every fill of the
        # palette reads with the one ink (planner.palette checks the contrast).
        world = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        desks, keys, palette = self._desks, self._keys, self._palette
        placed = []
        for i in visible:
            label = self.label_of(i, scale)
            if label is not None:
                placed.append((i, label, world.mapRect(self._rect(i))))
        # A label wider or taller than its desk sits on a chip of the desk's colour, so that
        # no outline or wall runs through the name.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(_CHIP_PEN)
        for i, label, desk_box in placed:
            if label.width + 2 > desk_box.width() or label.height + 1 > desk_box.height():
                chip = QRectF(0, 0, label.width + 3, label.height + 1)
                chip.moveCenter(desk_box.center())
                painter.setBrush(palette[keys[i]] if keys[i] < len(palette) else palette[0])
                painter.drawRoundedRect(chip, 2.5, 2.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(TEXT)
        # Lines grouped by font: one setFont per group, not per line.
        runs: dict[tuple[int, bool], list[tuple[float, float, str]]] = defaultdict(list)
        mode_bold = self.label_mode != LabelMode.DESK
        for i, label, desk_box in placed:
            centre = desk_box.center()
            top = centre.y() - label.height / 2
            bold = mode_bold and desks[i].occupant is not None
            for n, line in enumerate(label.lines):
                pixels = label.pixels if n == 0 else max(MIN_PX, label.pixels - CODE_PX_BELOW)
                weight = bold and n == 0
                runs[(pixels, weight)].append((centre.x(), top, line))
                top += self._line_height(pixels, weight)
        for (pixels, weight), lines in runs.items():
            painter.setFont(self._font(pixels, weight))
            for x, top, line in lines:
                static, w, _h = self._label(line, pixels, weight)
                painter.drawStaticText(QPointF(x - w / 2, top), static)
        painter.restore()

    # -- labels: what each desk says at a zoom (planner.labels) ---------------------------
    def set_label_mode(self, mode: LabelMode, english: bool) -> None:
        if (mode, english) != (self.label_mode, self.label_english):
            self.label_mode, self.label_english = mode, english
            self._label_cache.clear()
            self._drop_pixels()
            self.update()

    def _line_height(self, pixels: float, bold: bool) -> float:
        key = (round(pixels), bold)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = QFontMetricsF(self._font(key[0], bold)).height()
        return height

    def _measure(self, text: str, bold: bool) -> float:
        """Width per pixel of text size: the sum of the characters' advances at a large size
        (cached per character: a campus has thousands of names but a few hundred syllables;
        NanumGothic does not kern Hangul and kerning only narrows Latin, so the sum never
        falls short)."""
        advances = self._advances.get(bold)
        if advances is None:
            advances = self._advances[bold] = {}
            self._metrics[bold] = QFontMetricsF(self._font(MEASURE_PX, bold))
        width = 0.0
        for char in text:
            advance = advances.get(char)
            if advance is None:
                advance = advances[char] = self._metrics[bold].horizontalAdvance(char) / MEASURE_PX
            width += advance
        return width

    def _label_cell(self, i: int) -> tuple[float, float]:
        """Half width and half height of desk ``i``'s label cell, in scene units (computed
        for the desks drawn, when first drawn: a campus floor never pays for all at once)."""
        cell = self._cells_hw.get(i) if self._cells_hw is not None else None
        if cell is None:
            if self._cells_hw is None:
                self._start_label_cells()
            cell = self._cells_hw[i] = label_cell(
                i,
                self._centres,
                self._near,
                self._halves_h,
                HALF_WIDTH_CAP_M * self.px_per_m,
                HALF_HEIGHT_CAP_M * self.px_per_m,
                self.desk_px,
            )
        return cell

    def _start_label_cells(self) -> None:
        """Desk centres, and a grid as fine as a label cell's reach allows (the desk grid's
        cells are larger, for hit testing) to find the desks that may bound a cell."""
        self._ensure_index()
        self._cells_hw, self._halves_h, self._near_of = {}, {}, {}
        self._centres = [((x0 + x1) / 2, (y0 + y1) / 2) for x0, y0, x1, y1 in self._geom]
        step = self._label_step = 2 * HALF_WIDTH_CAP_M * self.px_per_m
        grid = self._label_grid = defaultdict(list)
        for j, (x, y) in enumerate(self._centres):
            grid[(int(x // step), int(y // step))].append(j)

    def _near(self, i: int) -> list[int]:
        near = self._near_of.get(i)
        if near is None:
            x, y = self._centres[i]
            cx, cy = int(x // self._label_step), int(y // self._label_step)
            grid = self._label_grid
            near = self._near_of[i] = [
                j
                for gx in (cx - 1, cx, cx + 1)
                for gy in (cy - 1, cy, cy + 1)
                for j in grid.get((gx, gy), ())
            ]
        return near

    def label_of(self, i: int, scale: float) -> Label | None:
        """What desk ``i`` says at ``scale`` (None: nothing legible fits), measured to fit
        inside its label cell."""
        if scale != self._label_scale:
            self._label_cache.clear()
            self._label_scale = scale
        if i in self._label_cache:
            return self._label_cache[i]
        desk = self._desks[i]
        desk_px = self.desk_px * scale
        label = None
        vacant_text = desk.occupant is None or self.label_mode == LabelMode.DESK
        if desk.active and (desk.occupant is not None or desk_px >= LOD_NUMBER):
            half_w, half_h = self._label_cell(i)
            preferred = preferred_pixels(desk_px)
            if vacant_text and desk.occupant is None:
                preferred = max(MIN_PX, preferred - CODE_PX_BELOW)  # a vacant desk's code: quieter
            label = fit_label(
                text_forms(desk, self.label_mode, self.label_english),
                2 * half_w * scale,
                2 * half_h * scale,
                range(preferred, MIN_PX - 1, -1),
                self._measure,
                self._line_height,
                bold_first=not vacant_text,
            )
        self._label_cache[i] = label
        return label

    def label_boxes(self, scale: float) -> dict[int, tuple[Label, QRectF]]:
        """Every desk's label at ``scale`` with the box it is drawn in (this item's coordinates)."""
        boxes = {}
        for i, desk in enumerate(self._desks):
            label = self.label_of(i, scale)
            if label is not None:
                centre = self._rect(i).center()
                w, h = label.width / scale, label.height / scale
                boxes[desk.id] = (label, QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h))
        return boxes

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
