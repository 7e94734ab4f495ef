"""Pixels kept between frames, so that panning and far-out views blit instead of redrawing.

* Tiles: at a given zoom the layer is drawn once per 256×256-pixel tile of the device grid;
  a panning frame blits the tiles it shows and draws only the newly exposed ones. Any change
  of zoom, colours or desks drops the tiles (a change redraws at most one screenful).
* Read-ahead: every frame also draws at most AHEAD_PER_FRAME missing tiles of the ring just
  outside the view, those in the direction the view last moved first. A steady pan then never
  meets a whole missing column at once (a ~6 ms frame every tenth frame), even when the event
  loop gets no idle time between frames for the view's own prefetching.
* Overview: far out (a campus fit on screen) a floor is one small image drawn at
  OVERVIEW_PX_PER_M, rescaled once per zoom level and then blitted.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable
from math import ceil, floor

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

TILE = 256
MAX_TILES = 160  # ~40 MB over all floors: about two full-HD screenfuls with their ring
OVERVIEW_PX_PER_M = 4.0
AHEAD_PER_FRAME = 1  # ~1.2 ms per tile at 1:1 on the campus; a column is ~5 tiles

Render = Callable[[QPainter, QRectF, float], None]  # painter, item area, scale


def _image(width: int, height: int) -> QImage:
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


class TileCache:
    """Opaque tiles pre-filled with ``backdrop``, cropped to the layer's bounds when drawn.

    One least-recently-used budget (MAX_TILES) is shared by the caches of all floors, so a
    campus scene holds at most ~40 MB of tiles however many floors have been visited."""

    _lru: OrderedDict[tuple[int, tuple[int, int]], weakref.ref] = OrderedDict()

    def __init__(self, render: Render, backdrop: QColor) -> None:
        self._render = render
        self._backdrop = backdrop
        self._scale = 0.0
        self._tiles: dict[tuple[int, int], QImage] = {}
        self._last_origin: tuple[float, float] | None = None
        self._motion = (0.0, 0.0)  # device pixels the view moved by at its last move

    def clear(self) -> None:
        for key in self._tiles:
            TileCache._lru.pop((id(self), key), None)
        self._tiles.clear()

    def _store(self, key: tuple[int, int], image: QImage) -> None:
        self._tiles[key] = image
        lru = TileCache._lru
        lru[(id(self), key)] = weakref.ref(self)
        lru.move_to_end((id(self), key))
        while len(lru) > MAX_TILES:
            (_owner_id, old), owner = lru.popitem(last=False)
            cache = owner()
            if cache is not None:
                cache._tiles.pop(old, None)

    def _touch(self, key: tuple[int, int]) -> None:
        entry = (id(self), key)
        if entry in TileCache._lru:
            TileCache._lru.move_to_end(entry)

    @staticmethod
    def usable(world: QTransform) -> bool:
        """Tiles need an unrotated view (pure scale and translation)."""
        return (
            world.m12() == 0.0
            and world.m21() == 0.0
            and world.m13() == 0.0
            and world.m23() == 0.0
            and abs(world.m11() - world.m22()) < 1e-9
            and world.m11() > 0
        )

    def paint(self, painter: QPainter, world: QTransform, area: QRectF, bounds: QRectF) -> None:
        scale = world.m11()
        if scale != self._scale:
            self.clear()
            self._scale = scale
            self._last_origin = None
        dx, dy = world.dx(), world.dy()
        if self._last_origin is not None and self._last_origin != (dx, dy):
            # The scene moves by (dx, dy) on screen: the view travels the other way.
            self._motion = (self._last_origin[0] - dx, self._last_origin[1] - dy)
        self._last_origin = (dx, dy)
        x0, x1 = floor(area.left() * scale / TILE), ceil(area.right() * scale / TILE)
        y0, y1 = floor(area.top() * scale / TILE), ceil(area.bottom() * scale / TILE)
        # Crop each tile to the layer's bounds instead of clipping: a cropped blit of an opaque
        # tile is a plain copy of lines, a clipped one is not (about 1 ms a frame).
        limit = world.mapRect(bounds).toAlignedRect()
        painter.save()
        painter.resetTransform()
        tiles = self._tiles
        for ty in range(y0, y1):
            for tx in range(x0, x1):
                key = (tx, ty)
                image = tiles.get(key)
                if image is None:
                    image = self._draw_tile(tx, ty, scale)
                    self._store(key, image)
                else:
                    self._touch(key)
                left, top = round(tx * TILE + dx), round(ty * TILE + dy)
                target = QRect(left, top, TILE, TILE)
                if limit.contains(target):
                    painter.drawImage(QPoint(left, top), image)
                else:
                    shown = target.intersected(limit)
                    if not shown.isEmpty():
                        painter.drawImage(shown.topLeft(), image, shown.translated(-left, -top))
        painter.restore()
        self._read_ahead(x0, x1, y0, y1, scale, world.mapRect(bounds))

    def _read_ahead(self, x0: int, x1: int, y0: int, y1: int, scale: float, limit: QRectF) -> None:
        mx, my = self._motion
        if mx == 0.0 and my == 0.0:
            return
        tiles = self._tiles
        ring = [
            (tx, ty)
            for ty in range(y0 - 1, y1 + 1)
            for tx in range(x0 - 1, x1 + 1)
            if (tx < x0 or tx >= x1 or ty < y0 or ty >= y1) and (tx, ty) not in tiles
        ]
        if not ring:
            return
        # Tiles beyond the layer are never shown: no need to draw them.
        dx, dy = self._last_origin or (0.0, 0.0)
        ring = [
            key
            for key in ring
            if limit.intersects(QRectF(key[0] * TILE + dx, key[1] * TILE + dy, TILE, TILE))
        ]
        cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        ring.sort(key=lambda key: -((key[0] + 0.5 - cx) * mx + (key[1] + 0.5 - cy) * my))
        for tx, ty in ring[:AHEAD_PER_FRAME]:
            if (tx + 0.5 - cx) * mx + (ty + 0.5 - cy) * my <= 0:
                break  # only what lies ahead
            self._store((tx, ty), self._draw_tile(tx, ty, scale))

    def prefetch(self, world: QTransform, area: QRectF, budget: int) -> int:
        """Draw up to ``budget`` missing tiles around ``area`` (a ring one tile wide), between
        frames; returns how many are still missing. Only at the zoom of the last frame."""
        scale = world.m11()
        if scale != self._scale or not self.usable(world):
            return 0
        x0, x1 = floor(area.left() * scale / TILE) - 1, ceil(area.right() * scale / TILE) + 1
        y0, y1 = floor(area.top() * scale / TILE) - 1, ceil(area.bottom() * scale / TILE) + 1
        missing = [
            (tx, ty) for ty in range(y0, y1) for tx in range(x0, x1) if (tx, ty) not in self._tiles
        ]
        for tx, ty in missing[:budget]:
            self._store((tx, ty), self._draw_tile(tx, ty, scale))
        return max(0, len(missing) - budget)

    def _draw_tile(self, tx: int, ty: int, scale: float) -> QImage:
        # Opaque: copying RGB32 lines is far cheaper than blending premultiplied ARGB.
        image = QImage(TILE, TILE, QImage.Format.Format_RGB32)
        image.fill(self._backdrop)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setTransform(QTransform(scale, 0, 0, scale, -tx * TILE, -ty * TILE))
        self._render(
            painter, QRectF(tx * TILE / scale, ty * TILE / scale, TILE / scale, TILE / scale), scale
        )
        painter.end()
        return image


class Overview:
    """The floor as one image at OVERVIEW_PX_PER_M scene-metre resolution, and its rescaling."""

    def __init__(self, draw: Callable[[QPainter], None], px_per_m: float) -> None:
        self._draw = draw
        self._factor = OVERVIEW_PX_PER_M / px_per_m
        self._base: QImage | None = None
        self._scaled: tuple[tuple[int, int], QImage] | None = None

    def clear(self) -> None:
        self._base = None
        self._scaled = None

    def paint(self, painter: QPainter, world: QTransform, bounds: QRectF) -> None:
        if self._base is None:
            image = _image(
                ceil(bounds.width() * self._factor), ceil(bounds.height() * self._factor)
            )
            p = QPainter(image)
            p.scale(self._factor, self._factor)
            p.translate(-bounds.left(), -bounds.top())
            self._draw(p)
            p.end()
            self._base = image
        device = world.mapRect(bounds)
        size = (max(1, round(device.width())), max(1, round(device.height())))
        if self._scaled is None or self._scaled[0] != size:
            scaled = self._base.scaled(
                size[0],
                size[1],
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled = (size, scaled)
        painter.save()
        painter.resetTransform()
        painter.drawImage(QPointF(round(device.left()), round(device.top())), self._scaled[1])
        painter.restore()
