"""Fixtures for the floor plan: a FloorPage on a private copy of the demo institute."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from planner.models import Assignment
from planner.storage import Database
from ui.floorplan.floor_page import FloorPage

TODAY = dt.date(2025, 11, 25)


def drop(page: FloorPage, mime: QMimeData, desk_id: int) -> None:
    """Deliver a drop of ``mime`` at the centre of the desk, through the view's drop handler."""
    centre = page.scene.desk_scene_rect(desk_id).center()
    position = QPointF(page.view.mapFromScene(centre))
    event = QDropEvent(
        position,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.view.dropEvent(event)


def rows_of(db: Database, person_id: int) -> list[tuple]:
    with db.sessions() as s:
        return [
            (a.id, a.desk_id, a.start_date, a.end_date)
            for a in s.scalars(
                select(Assignment).where(Assignment.person_id == person_id).order_by(Assignment.id)
            )
        ]


def desk_on(db: Database, person_id: int, day: dt.date = TODAY) -> int | None:
    from planner.services.floorplan import desk_of_person

    with db.sessions() as s:
        found = desk_of_person(s, person_id, day)
    return None if found is None else found[1]
