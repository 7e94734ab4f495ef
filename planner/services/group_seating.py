"""Seat several people together: a group dropped on a desk takes the free desks nearest to it.

A coordinator seating a new team (five interns starting on Monday) selects them in the people
list and drops them on one desk; each person then gets the nearest desk on that floor that is
free from the day on and has what they need. People already seated move there; their
move-out dates are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import NotEnoughFreeDesks, NotFound, ValidationError
from planner.models import Assignment, Desk, DeskFeature, DeskKind, Person
from planner.services import seating
from planner.services._common import get
from planner.services.availability_days import blocked_desks


def choose_group_desks(
    session: Session,
    person_ids: Sequence[int],
    near_desk_id: int,
    on: dt.date,
    *,
    exclude: Collection[int] = (),
) -> list[tuple[int, int]]:
    """(person id, desk id) for each person in order, nearest desks first; changes nothing.

    A desk counts as free when nobody holds it on ``on`` or later (so nobody's booking next
    month is cut into), it is in service and it is not a hot desk (those are shared, not
    given). ``exclude`` leaves out more desks (those a move plan already fills).
    """
    on = v.day("on", on, required=True)
    if not person_ids:
        raise ValidationError.from_template("people", "choose at least one person")
    if len(set(person_ids)) != len(person_ids):
        raise ValidationError.from_template("people", "lists a person twice")
    near = get(session, Desk, near_desk_id, "desk")
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    for person_id in person_ids:
        if person_id not in people:
            raise NotFound("person", person_id)
    held = set(
        session.scalars(
            select(Assignment.desk_id).where(
                or_(Assignment.end_date.is_(None), Assignment.end_date >= on)
            )
        )
    )
    blocked = blocked_desks(session, on, dt.date.max)  # out of use on `on` or later
    free = [
        desk
        for desk in session.scalars(
            select(Desk).where(
                Desk.floor_id == near.floor_id, Desk.active, Desk.kind != DeskKind.HOT
            )
        )
        if desk.id not in held and desk.id not in exclude and desk.id not in blocked
    ]
    free.sort(key=lambda d: ((d.x - near.x) ** 2 + (d.y - near.y) ** 2, d.code))
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for person_id in person_ids:
        needs = DeskFeature(people[person_id].needs)
        desk = next(
            (d for d in free if d.id not in taken and not needs & ~DeskFeature(d.features)), None
        )
        if desk is None:
            raise NotEnoughFreeDesks(len(person_ids), len(chosen), near.code)
        chosen.append((person_id, desk.id))
        taken.add(desk.id)
    return chosen


def seat_group(
    session: Session, person_ids: Sequence[int], near_desk_id: int, on: dt.date
) -> seating.SeatingChange:
    """Seat (or move) every person at the desks :func:`choose_group_desks` picks, from ``on``.
    The caller's transaction holds all of it: one broken rule and nobody moves."""
    pairs = choose_group_desks(session, person_ids, near_desk_id, on)
    people: set[int] = set()
    desks: set[int] = set()
    assignments: set[int] = set()
    for person_id, desk_id in pairs:
        if seating.assignment_on(session, person_id, on) is None:
            made = seating.assign_desk(session, person_id, desk_id, on)
            change = seating.SeatingChange(
                frozenset({person_id}), frozenset({desk_id}), frozenset({made.id})
            )
        else:
            change = seating.move_person(session, person_id, desk_id, on)
        people |= change.person_ids
        desks |= change.desk_ids
        assignments |= change.assignment_ids
    return seating.SeatingChange(frozenset(people), frozenset(desks), frozenset(assignments))
