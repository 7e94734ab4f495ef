"""Every desk of a floor in ONE graphics item, drawn in batches, culled to the exposed area.

A Python-painted item per desk costs ~9 µs per frame each, and per-desk label items made hit
tests take 0.3 s; C++ rect items took 54 ms to draw a 50,000-desk campus. Here a floor is one
item: desks are grouped into grid cells (the spatial index), each cell keeps its rectangles
per colour, and a frame draws the cells the exposed rectangle touches with one
``drawRects`` per colour. Text appears only when desks are big enough on screen (level of
detail), in fonts sized in screen pixels so that codes and Korean names stay legible.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from planner.labels import Label
from planner.palette import VACANT as VACANT_SWATCH
from planner.palette import Swatch
from planner.services.floorplan import DeskSpot
from ui.floorplan.colours import VACANT as VACANT_KEY
from ui.floorplan.colours import pattern_brush, qcolor
from ui.floorplan.desk_details import (
    LOD_LABEL,
    LOD_NAME,
    LOD_OUTLINE,
    OUTLINE,
    DeskDetails,
)
from ui.floorplan.raster_cache import OVERVIEW_PX_PER_M, Overview, TileCache

PX_PER_M = 40.0  # scene units per metre: at zoom 1:1 one metre is 40 pixels
DESK_W_M, DESK_D_M = 1.5, 0.8
CELL = 4 * PX_PER_M  # grid cell edge of the spatial index: larger than any desk, about a tile


HIGHLIGHT = QColor("#ff2d87")
DROP_TARGET = QColor("#00a86b")
# The keyboard focus: a dashed ring outside the selection's, in a blue that reads on the light
# and on the dark backdrop (3:1 or more against both, WCAG's non-text contrast).
KEYBOARD_FOCUS = QColor("#1f6feb")


def desk_outline(spot: DeskSpot) -> QPolygonF:
    """The desk's outline in floor-plan scene units (centre, size and rotation)."""
    w, d = DESK_W_M * PX_PER_M, DESK_D_M * PX_PER_M
    transform = QTransform()
    transform.translate(spot.x * PX_PER_M, spot.y * PX_PER_M)
    transform.rotate(spot.rotation)
    return transform.map(QPolygonF(QRectF(-w / 2, -d / 2, w, d)))


_OUTLINE_PEN = QPen(OUTLINE, 1.0)
_OUTLINE_PEN.setCosmetic(True)
_VECTOR_ENGINES = (QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture, QPaintEngine.Type.SVG)
_VACANT_PEN = QPen(qcolor(VACANT_SWATCH.hue), 1.0)
_VACANT_PEN.setCosmetic(True)


def is_far(scale: float) -> bool:
    """Far enough out that a floor is drawn from its overview image."""
    return scale * PX_PER_M <= OVERVIEW_PX_PER_M * 1.5


def desk_px_of(scale: float) -> float:
    return DESK_W_M * PX_PER_M * scale


class DeskLayer(DeskDetails, QGraphicsItem):
    def __init__(
        self,
        desks: Sequence[DeskSpot],
        bounds: QRectF | None = None,
        underlay: QGraphicsItem | None = None,
        backdrop: QColor | None = None,
        parent: QGraphicsItem | None = None,
    ) -> None:
        """``bounds`` (the floor's, when known) lets the spatial index wait until the floor is
        first drawn or clicked: a campus scene then builds in time independent of its desks.
        ``underlay`` (the zones layer, with ``paint_plain`` and ``paint_region``) is drawn into
        this layer's cached pixels; ``backdrop`` is the scene colour around the floor."""
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._desks: list[DeskSpot] = list(desks)
        self._index_of: dict[int, int] | None = None
        # Geometry as plain tuples (x0, y0, x1, y1): building 50,000 QRectF up front would
        # cost more than the whole scene may take; QRectFs are made for the cells drawn.
        self._geom: list[tuple[float, float, float, float]] = []
        self._qrects: list[QRectF | None] = []
        self._polygons: dict[int, QPolygonF] = {}  # only desks not at a multiple of 90°
        self._cell_of: list[tuple[int, int]] = []
        self._cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._indexed = False
        self._bounds = QRectF(bounds) if bounds is not None else QRectF()
        if bounds is None:
            self._ensure_index()
        self._underlay = underlay
        self._keys: list[int] = [0] * len(self._desks)
        self._palette: tuple[QColor, ...] = (QColor("#ffffff"),)
        self._swatches: tuple[Swatch, ...] = ()
        self._patterns: dict[int, QBrush] = {}  # key -> the pattern drawn over its fill
        self._by_cell_colour: dict[tuple[int, int], dict[int, list[QRectF]]] = {}
        self._tiles = TileCache(self._paint_tile, backdrop or QColor("#ffffff"))
        self._overview = Overview(self._paint_overview, PX_PER_M)
        self.highlight_id: int | None = None
        self.drop_target_id: int | None = None
        self.focus_id: int | None = None  # the keyboard's desk, while the view has the focus
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._labels: dict[tuple[str, int, bool], tuple[QStaticText, float, float]] = {}
        # Labels (ui.floorplan.desk_details): each desk's cell, what it says at the current
        # zoom, and measured text.
        self.px_per_m, self.desk_px = PX_PER_M, DESK_W_M * PX_PER_M
        self._cells_hw: dict[int, tuple[float, float]] | None = None
        self._halves_h: dict[int, float] = {}
        self._label_cache: dict[int, Label | None] = {}
        self._label_scale = 0.0
        self._advances: dict[bool, dict[str, float]] = {}
        self._label_grid: dict[tuple[int, int], list[int]] = {}
        self._label_step = 1.0
        self._centres: list[tuple[float, float]] = []
        self._near_of: dict[int, list[int]] = {}
        self._metrics: dict[bool, QFontMetricsF] = {}
        self._heights: dict[tuple[int, bool], float] = {}

    def _ensure_index(self) -> None:
        if not self._indexed:
            self._indexed = True
            self._place_all()

    @property
    def index_of(self) -> dict[int, int]:
        if self._index_of is None:
            self._index_of = {d.id: i for i, d in enumerate(self._desks)}
        return self._index_of

    # -- geometry and the index -------------------------------------------------------------
    def _place_all(self) -> None:
        half_w, half_d = DESK_W_M * PX_PER_M / 2, DESK_D_M * PX_PER_M / 2
        desks = self._desks
        # Comprehensions over the common case (desks at 0° or 180°): several times faster than
        # a loop of appends; other rotations are then placed one by one.
        xs = [d.x * PX_PER_M for d in desks]
        ys = [d.y * PX_PER_M for d in desks]
        self._geom = geom = [
            (x - half_w, y - half_d, x + half_w, y + half_d) for x, y in zip(xs, ys, strict=True)
        ]
        self._cell_of = cell_of = [
            (int(x // CELL), int(y // CELL)) for x, y in zip(xs, ys, strict=True)
        ]
        self._qrects = [None] * len(geom)
        cells = self._cells
        for i, cell in enumerate(cell_of):
            cells[cell].append(i)
        for i, desk in enumerate(desks):
            if desk.rotation != 0.0 and desk.rotation != 180.0:
                self._place(i, desk)
        if self._bounds.isNull():
            self._bounds = self._compute_bounds()
        self._cells_hw = None

    def _place(self, i: int, desk: DeskSpot) -> None:
        x, y = desk.x * PX_PER_M, desk.y * PX_PER_M
        half_w, half_d = DESK_W_M * PX_PER_M / 2, DESK_D_M * PX_PER_M / 2
        quarter = round(desk.rotation / 90.0)
        self._polygons.pop(i, None)
        if abs(desk.rotation - 90.0 * quarter) < 0.01:
            if quarter % 2:
                half_w, half_d = half_d, half_w
            self._geom[i] = (x - half_w, y - half_d, x + half_w, y + half_d)
        else:
            polygon = desk_outline(desk)
            box = polygon.boundingRect()
            self._geom[i] = (box.left(), box.top(), box.right(), box.bottom())
            self._polygons[i] = polygon
        cell = (int(x // CELL), int(y // CELL))
        old = self._cell_of[i]
        if old != cell:
            self._cells[old].remove(i)
            self._cells[cell].append(i)
        self._cell_of[i] = cell
        if i < len(self._qrects):
            self._qrects[i] = None
        self._cells_hw = None  # a neighbour's label cell may grow or shrink

    def _compute_bounds(self) -> QRectF:
        if not self._geom:
            return QRectF()
        left = min(g[0] for g in self._geom)
        top = min(g[1] for g in self._geom)
        right = max(g[2] for g in self._geom)
        bottom = max(g[3] for g in self._geom)
        # Room for the drop-target and highlight rings drawn around a desk.
        return QRectF(left, top, right - left, bottom - top).adjusted(-12, -12, 12, 12)

    def _rect(self, i: int) -> QRectF:
        rect = self._qrects[i]
        if rect is None:
            x0, y0, x1, y1 = self._geom[i]
            rect = self._qrects[i] = QRectF(x0, y0, x1 - x0, y1 - y0)
        return rect

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    @property
    def palette(self) -> tuple[QColor, ...]:
        return self._palette

    @property
    def swatches(self) -> tuple[Swatch, ...]:
        return self._swatches

    @property
    def desks(self) -> Sequence[DeskSpot]:
        return self._desks

    def desk(self, desk_id: int) -> DeskSpot | None:
        i = self.index_of.get(desk_id)
        return None if i is None else self._desks[i]

    def desk_rect(self, desk_id: int) -> QRectF:
        """The desk's bounds in this item's coordinates (empty if not on this floor)."""
        i = self.index_of.get(desk_id)
        if i is None:
            return QRectF()
        self._ensure_index()
        return QRectF(self._rect(i))

    def desk_at(self, point: QPointF) -> DeskSpot | None:
        """The desk under ``point`` (item coordinates): a look-up in 3×3 grid cells."""
        self._ensure_index()
        px, py = point.x(), point.y()
        cx, cy = int(px // CELL), int(py // CELL)
        cells, geom = self._cells, self._geom
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for i in cells.get((gx, gy), ()):
                    x0, y0, x1, y1 = geom[i]
                    if x0 <= px <= x1 and y0 <= py <= y1:
                        polygon = self._polygons.get(i)
                        if polygon is None or polygon.containsPoint(point, Qt.FillRule.OddEvenFill):
                            return self._desks[i]
        return None

    def _visible(self, area: QRectF) -> list[int]:
        ax0, ay0, ax1, ay1 = area.left(), area.top(), area.right(), area.bottom()
        geom = self._geom
        return [
            i
            for cell in self._cells_in(area)
            for i in self._cells[cell]
            if geom[i][0] <= ax1 and geom[i][2] >= ax0 and geom[i][1] <= ay1 and geom[i][3] >= ay0
        ]

    def _cells_in(self, area: QRectF) -> list[tuple[int, int]]:
        # A desk is filed under the cell of its centre, so widen by one desk.
        pad = DESK_W_M * PX_PER_M
        x0, x1 = int((area.left() - pad) // CELL), int((area.right() + pad) // CELL)
        y0, y1 = int((area.top() - pad) // CELL), int((area.bottom() + pad) // CELL)
        cells = self._cells
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(cells):
            return [c for c in cells if x0 <= c[0] <= x1 and y0 <= c[1] <= y1]
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1) if (x, y) in cells]

    # -- colours and changes ----------------------------------------------------------------
    def set_colours(self, keys: Sequence[int], swatches: Sequence[Swatch]) -> None:
        self._keys = list(keys)
        self._swatches = tuple(swatches)
        self._palette = tuple(qcolor(s.fill) for s in swatches) or (QColor("#ffffff"),)
        self._patterns = {
            key: brush
            for key, brush in enumerate(pattern_brush(s) for s in swatches)
            if brush is not None
        }
        self._by_cell_colour.clear()
        self._drop_pixels()
        self.update()

    def _drop_pixels(self) -> None:
        self._tiles.clear()
        self._overview.clear()

    def redraw_underlay(self) -> None:
        """The underlay (zones, background image) changed: draw the cached pixels again."""
        self._drop_pixels()
        self.update()

    def replace_desks(self, spots: Sequence[DeskSpot], keys: Sequence[int]) -> list[QRectF]:
        """New data (occupant, position) for some desks; returns the areas to redraw."""
        self._ensure_index()
        dirty = []
        for spot, key in zip(spots, keys, strict=True):
            i = self.index_of.get(spot.id)
            if i is None:
                continue
            dirty.append(QRectF(self._rect(i)))
            self._by_cell_colour.pop(self._cell_of[i], None)
            self._desks[i] = spot
            self._keys[i] = key
            self._label_cache.pop(i, None)
            self._place(i, spot)
            self._by_cell_colour.pop(self._cell_of[i], None)
            dirty.append(QRectF(self._rect(i)))
        self._drop_pixels()
        for rect in dirty:
            self.update(rect.adjusted(-12, -12, 12, 12))
        return dirty

    def set_highlight(self, desk_id: int | None) -> None:
        self._mark("highlight_id", desk_id)

    def set_drop_target(self, desk_id: int | None) -> None:
        self._mark("drop_target_id", desk_id)

    def set_focus_mark(self, desk_id: int | None) -> None:
        self._mark("focus_id", desk_id)

    def _mark(self, attribute: str, desk_id: int | None) -> None:
        old = getattr(self, attribute)
        if old == desk_id:
            return
        setattr(self, attribute, desk_id)
        if any(changed in self.index_of for changed in (old, desk_id) if changed is not None):
            # The highlight ring has a constant on-screen size, so its scene extent varies.
            self.update()

    def _colour_lists(self, cell: tuple[int, int]) -> dict[int, list[QRectF]]:
        lists = self._by_cell_colour.get(cell)
        if lists is None:
            lists = defaultdict(list)
            keys, polygons, rect = self._keys, self._polygons, self._rect
            for i in self._cells[cell]:
                if i not in polygons:
                    lists[keys[i]].append(rect(i))
            self._by_cell_colour[cell] = lists
        return lists

    def _paint_overview(self, painter: QPainter) -> None:
        if self._underlay is not None:
            self._underlay.paint_plain(painter)
        painter.setPen(Qt.PenStyle.NoPen)
        self._draw_fills(painter, list(self._cells))
        self._outline_vacant(painter, list(self._cells))

    def _outline_vacant(self, painter: QPainter, cells: list[tuple[int, int]]) -> None:
        """Vacant desks are white: without their outline they vanish on the floor's white."""
        rects = [r for cell in cells for r in self._colour_lists(cell).get(VACANT_KEY, ())]
        if rects:
            painter.setPen(_VACANT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(rects)

    def _draw_fills(self, painter: QPainter, cells: list[tuple[int, int]]) -> None:
        merged: dict[int, list[QRectF]] = defaultdict(list)
        for cell in cells:
            for key, rects in self._colour_lists(cell).items():
                merged[key].extend(rects)
        palette, patterns = self._palette, self._patterns
        for key, rects in merged.items():
            painter.setBrush(palette[key] if key < len(palette) else palette[0])
            painter.drawRects(rects)
        # Colour is never the only signal: the swatch's pattern over the fill (no outline, so
        # the pen is saved and put back).
        pen = painter.pen()
        painter.setPen(Qt.PenStyle.NoPen)
        for key, rects in merged.items():
            brush = patterns.get(key)
            if brush is not None:
                painter.setBrush(brush)
                painter.drawRects(rects)
        painter.setPen(pen)
        for i, polygon in self._polygons.items():
            if self._cell_of[i] in cells or len(cells) == len(self._cells):
                painter.setBrush(palette[self._keys[i]])
                painter.drawPolygon(polygon)
                brush = patterns.get(self._keys[i])
                if brush is not None:
                    painter.setBrush(brush)
                    painter.drawPolygon(polygon)

    # -- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        self._ensure_index()
        world = painter.worldTransform()
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(world)
        engine = painter.paintEngine()
        if engine is not None and engine.type() in _VECTOR_ENGINES:
            # Printed or exported as PDF: paths and text, not the cached pixels.
            self._paint_tile(painter, option.exposedRect, scale)
        elif is_far(scale):
            self._overview.paint(painter, world, self._bounds)
        elif TileCache.usable(world) and self._underlay is not None:
            self._tiles.paint(painter, world, option.exposedRect, self._bounds)
        else:
            self._paint_tile(painter, option.exposedRect, scale)
        self._paint_marks(painter, scale)

    def prefetch(self, world: QTransform, area: QRectF, budget: int) -> int:
        """Between frames: draw tiles next to the visible ``area`` (item coordinates)."""
        if not self._indexed or self._underlay is None:
            return 0
        if is_far(QStyleOptionGraphicsItem.levelOfDetailFromTransform(world)):
            return 0
        return self._tiles.prefetch(world, area, budget)

    def _paint_tile(self, painter: QPainter, area: QRectF, scale: float) -> None:
        if self._underlay is not None:
            self._underlay.paint_region(painter, area, scale)
        self._paint_region(painter, area, scale)

    def _paint_region(self, painter: QPainter, area: QRectF, scale: float) -> None:
        """Fills, outlines, chairs and labels of the desks in ``area`` (item coordinates)."""
        desk_px = DESK_W_M * PX_PER_M * scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen if desk_px < LOD_OUTLINE else _OUTLINE_PEN)
        # Labels and chairs reach a little beyond their desk: include the neighbours.
        pad = DESK_W_M * PX_PER_M  # labels reach at most HALF_WIDTH_CAP_M from the centre
        wide = area.adjusted(-pad, -pad, pad, pad)
        cells = self._cells_in(wide)
        self._draw_fills(painter, cells)
        if desk_px < LOD_OUTLINE:
            self._outline_vacant(painter, cells)
        if desk_px >= LOD_LABEL:
            self._paint_details(painter, self._visible(wide), scale, desk_px)

    def _paint_marks(self, painter: QPainter, scale: float) -> None:
        if self.drop_target_id is None and self.highlight_id is None and self.focus_id is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.focus_id is not None and self.focus_id in self.index_of:
            rect = self.desk_rect(self.focus_id)
            pen = QPen(KEYBOARD_FOCUS, 3.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = max(6.0, 11.0 / scale) if scale > 0 else 6.0
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), grow, grow)
        for desk_id, colour, width in (
            (self.drop_target_id, DROP_TARGET, 3.0),
            (self.highlight_id, HIGHLIGHT, 3.0),
        ):
            if desk_id is None or desk_id not in self.index_of:
                continue
            rect = self.desk_rect(desk_id)
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grow = max(3.0, 6.0 / scale) if scale > 0 else 3.0
            painter.drawRoundedRect(rect.adjusted(-grow, -grow, grow, grow), grow, grow)
            if desk_id == self.highlight_id and desk_px_of(scale) < LOD_NAME:
                # Far out a desk is a few pixels: a ring of constant screen size finds it.
                radius = max(rect.width() * 0.8, 26.0 / max(scale, 1e-6))
                pen.setWidthF(2.0)
                painter.setPen(pen)
                painter.drawEllipse(rect.center(), radius, radius)
