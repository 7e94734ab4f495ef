"""The batched desk layer on its own: hit testing at any rotation, culling, changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

from planner import palette
from planner.services.floorplan import DeskSpot, Occupant
from ui.floorplan.desk_layer import PX_PER_M, DeskLayer


def spot(i: int, x: float, y: float, rotation: float = 0.0, occupied: bool = False) -> DeskSpot:
    occupants = ()
    if occupied:
        occupants = (
            Occupant(i, i, "김민수", "Min-su Kim", 1, "KT", ("F-01",), dt.date(2025, 1, 1), None),
        )
    return DeskSpot(i, f"T-{i:03d}", x, y, rotation, "fixed", 1, True, None, occupants)


def test_hit_testing_at_every_rotation(qapp):
    desks = [
        spot(1, 2, 2),
        spot(2, 6, 2, 90),
        spot(3, 10, 2, 180),
        spot(4, 14, 2, 45),
        spot(5, 30, 30),
    ]
    layer = DeskLayer(desks)
    for desk in desks:
        assert layer.desk_at(QPointF(desk.x * PX_PER_M, desk.y * PX_PER_M)).id == desk.id
    # 90°: tall, not wide
    assert layer.desk_at(QPointF(6 * PX_PER_M + 0.6 * PX_PER_M, 2 * PX_PER_M)) is None
    assert layer.desk_at(QPointF(6 * PX_PER_M, 2 * PX_PER_M + 0.6 * PX_PER_M)).id == 2
    # 45°: the corner of the bounding box is outside the rotated desk
    box = layer.desk_rect(4)
    assert layer.desk_at(box.topLeft() + QPointF(1, 1)) is None
    assert layer.desk_at(QPointF(100 * PX_PER_M, 100 * PX_PER_M)) is None


def test_lazy_index_and_replacing_desks(qapp):
    desks = [spot(i, 2 + (i % 40) * 1.6, 2 + (i // 40) * 2.0) for i in range(1, 801)]
    layer = DeskLayer(desks, bounds=QRectF(0, 0, 70 * PX_PER_M, 45 * PX_PER_M))
    assert not layer._indexed  # nothing computed until drawn or clicked
    assert layer.desk_at(QPointF(desks[0].x * PX_PER_M, desks[0].y * PX_PER_M)).id == 1
    assert layer._indexed
    moved = spot(5, 68, 44, occupied=True)
    layer.replace_desks([moved], [3])
    assert layer.desk_at(QPointF(68 * PX_PER_M, 44 * PX_PER_M)).id == 5
    assert layer.desk_at(QPointF(desks[4].x * PX_PER_M, desks[4].y * PX_PER_M)) is None
    assert layer.desk(5).occupant.name_ko == "김민수"


def test_paints_only_what_is_exposed_at_every_zoom(qapp):
    desks = [
        spot(i, 2 + (i % 40) * 1.6, 2 + (i // 40) * 2.0, occupied=i % 3 == 0) for i in range(1, 801)
    ]
    scene = QGraphicsScene()
    layer = DeskLayer(desks)
    layer.set_colours(
        [8 if d.occupants else 0 for d in desks],
        [palette.VACANT] * 8 + [palette.organisation_swatch(4)],  # one with a pattern
    )
    scene.addItem(layer)
    for scale in (0.05, 0.4, 1.0, 3.0):
        image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.scale(scale, scale)
        option = QStyleOptionGraphicsItem()
        option.exposedRect = QRectF(0, 0, 800 / scale, 600 / scale)
        layer.paint(painter, option, None)
        painter.end()
        visible = layer._visible(QRectF(0, 0, 200, 100))
        assert visible and len(visible) < len(desks)
