"""The tile cache: a pan meets tiles already drawn ahead of it, never a whole missing column."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from ui.floorplan.raster_cache import TILE, TileCache

VIEW_W, VIEW_H = 1600, 1000


def _frame(cache: TileCache, origin_x: float, drawn: list[tuple[float, float]]) -> int:
    """Paint one 1:1 frame whose view starts at scene x = ``origin_x``; tiles drawn during it."""
    before = len(drawn)
    target = QImage(VIEW_W, VIEW_H, QImage.Format.Format_RGB32)
    painter = QPainter(target)
    world = QTransform.fromTranslate(-origin_x, 0.0)
    area = QRectF(origin_x, 0.0, VIEW_W, VIEW_H)
    cache.paint(painter, world, area, QRectF(0, 0, 40 * TILE, 8 * TILE))
    painter.end()
    return len(drawn) - before


def test_a_steady_pan_draws_at_most_one_tile_per_frame_after_the_first(qapp):
    drawn: list[tuple[float, float]] = []

    def render(painter: QPainter, area: QRectF, scale: float) -> None:
        drawn.append((area.left(), area.top()))

    cache = TileCache(render, QColor("white"))
    first = _frame(cache, 0.0, drawn)
    assert first == 7 * 4  # the screenful: 7 columns × 4 rows of tiles (1600×1000 px)
    per_frame = [_frame(cache, 24.0 * step, drawn) for step in range(1, 200)]
    # Moving right at 24 px a frame: the tiles ahead are drawn one per frame, so no frame
    # has to draw the four tiles of a newly exposed column at once.
    assert max(per_frame) == 1
    assert sum(per_frame) > 0
    # Read-ahead goes the way the view moves: nothing to the left of the start is drawn.
    assert min(left for left, _top in drawn) >= 0.0


def test_a_view_standing_still_draws_nothing_more(qapp):
    drawn: list[tuple[float, float]] = []
    cache = TileCache(lambda painter, area, scale: drawn.append((area.left(), 0.0)), QColor("white"))
    _frame(cache, 0.0, drawn)
    assert [_frame(cache, 0.0, drawn) for _ in range(5)] == [0] * 5
