"""Turning other users' changes into reloads of just what shows them.

The floor plan redraws only the desks that changed when the change names them (an
assignment, a desk, a person); floors, zones and the like redraw the whole plan.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from planner.live import Change
from planner.models import Assignment
from ui.connection.live_refresh import DESK_LEVEL


def changed_desks(sessions: sessionmaker[Session], changes: list[Change]) -> set[int] | None:
    """Desk ids touched by desk-level changes; None when they cannot all be named."""
    desks: set[int] = set()
    assignments: set[int] = set()
    people: set[int] = set()
    for change in changes:
        if change.entity not in DESK_LEVEL or not change.ids:
            return None
        {"desk": desks, "assignment": assignments, "person": people}[change.entity].update(
            change.ids
        )
    if assignments or people:
        with sessions() as session:
            rows = session.execute(
                select(Assignment.id, Assignment.desk_id).where(
                    or_(Assignment.id.in_(assignments), Assignment.person_id.in_(people))
                )
            ).all()
        if not assignments <= {assignment_id for assignment_id, _desk in rows}:
            return None  # a deleted assignment: its desk is unknown now
        desks.update(desk_id for _assignment, desk_id in rows)
    return desks


def refresh_seating(page, changes: list[Change]) -> None:
    """The seating page: its desk list, then its floor plan as little as possible."""
    page.reload()
    floor = getattr(page, "floor_page", None)
    if floor is None:
        return
    desks = changed_desks(page.sessions, changes)
    if desks is None:
        layer = floor.scene.desk_layer
        if layer is None or {c.entity for c in changes} - DESK_LEVEL:
            floor.reload()  # floors, zones, plans: the whole plan again
            return
        desks = {spot.id for spot in layer.desks}
    floor.refresh_desks(desks)
