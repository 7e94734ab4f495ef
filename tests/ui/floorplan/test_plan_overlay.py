"""A draft move plan shown over the floor plan as differences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QImage, QPainter
from sqlalchemy import select

from planner.models import Desk
from planner.services import move_plans
from tests.ui.floorplan.conftest import TODAY


def test_draft_plan_differences_on_the_floor(page, db):
    page.floor_combo.setCurrentIndex(1)  # 3F
    layer = page.scene.desk_layer
    seated = [d for d in layer.desks if d.occupant and d.occupant.end is None and d.kind == "fixed"]
    mover, leaver = seated[0], seated[1]
    with db.sessions() as s, s.begin():
        elsewhere = s.scalars(select(Desk.id).where(Desk.code == "4F-A-020")).one()
        plan = move_plans.create_move_plan(s, "12월 이동", TODAY + dt.timedelta(days=20))
        move_plans.stage_move(s, plan.id, mover.occupant.person_id, elsewhere)
        move_plans.stage_move(s, plan.id, leaver.occupant.person_id, None)
        plan_id = plan.id
    page.reload()
    assert page.plan_combo.findData(plan_id) > 0
    page.set_plan(plan_id)

    overlay = page.overlay
    assert overlay is not None and overlay.scene() is page.scene
    moves = {m.person_id: m for m in overlay.on_this_floor()}
    assert moves[mover.occupant.person_id].from_desk_id == mover.id
    assert moves[mover.occupant.person_id].to_code == "4F-A-020"
    assert moves[leaver.occupant.person_id].to_desk_id is None
    assert "2" in page.plan_combo.toolTip()

    page.floor_combo.setCurrentIndex(2)  # 4F: the arriving end, overlay rebuilt for it
    assert [m.person_id for m in page.overlay.on_this_floor()] == [mover.occupant.person_id]
    for scale in (0.3, 1.0, 3.0):
        page.view.set_zoom(scale)
        image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        page.view.render(painter)
        painter.end()
    page.set_plan(None)
    assert page.overlay is None
