"""Who leaves and who only changes place: move-outs and floor changes, read from the assignments.

A move (planner.services.seating.move_person, a move plan, a swap) ends the person's assignment
the day before the next one starts. That ending is not a move-out: the person stays at the
institute. A **move-out** is an assignment that ends without the person sitting anywhere the
next day — the stay ends, or the desk is given back. A **floor change** is an assignment
followed the next day by one on another floor or in another zone. The Reports page, the
Occupancy tab, the occupancy PDF and ``planner`` all count with the functions of this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.models import Assignment, Desk, Floor, Organisation, Person, Zone

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class MoveOut:
    person_id: int
    name_ko: str
    organisation: str
    desk_code: str
    last_day: dt.date
    organisation_en: str = ""  # the organisation's English name, "" when it has none


@dataclass(frozen=True)
class FloorChange:
    """A person who sits on another floor (or in another zone) from ``day``."""

    person_id: int
    name_ko: str
    organisation: str
    from_desk: str
    from_place: str  # "4층 · 개방형 사무실 A"
    to_desk: str
    to_place: str
    day: dt.date  # the first day at the new desk
    organisation_en: str = ""  # the organisation's English name, "" when it has none


@dataclass(frozen=True)
class Ending:
    """An assignment that ends, and the desk its person sits at the next day (if any)."""

    assignment_id: int
    person_id: int
    desk_id: int
    end_date: dt.date
    next_desk_id: int | None

    @property
    def leaves(self) -> bool:
        return self.next_desk_id is None


def successors(session: Session, ends: Iterable[tuple[int, dt.date]]) -> dict[tuple[int, dt.date], int]:
    """(person id, last day) → the desk that person holds from the next day, for those who
    hold one (a move, a swap, a plan); the others leave their seat."""
    wanted = {(person_id, end + ONE_DAY) for person_id, end in ends}
    if not wanted:
        return {}
    people = {person_id for person_id, _day in wanted}
    first = min(day for _p, day in wanted)
    found: dict[tuple[int, dt.date], int] = {}
    for chunk in _chunks(sorted(people)):
        for person_id, start, desk_id in session.execute(
            select(Assignment.person_id, Assignment.start_date, Assignment.desk_id).where(
                Assignment.person_id.in_(chunk), Assignment.start_date >= first
            )
        ):
            if (person_id, start) in wanted:
                found[(person_id, start - ONE_DAY)] = desk_id
    return found


def endings(session: Session, today: dt.date, until: dt.date) -> list[Ending]:
    """Every assignment whose last day falls in [today, until], with its successor."""
    rows = session.execute(
        select(Assignment.id, Assignment.person_id, Assignment.desk_id, Assignment.end_date).where(
            Assignment.end_date >= today, Assignment.end_date <= until
        )
    ).all()
    following = successors(session, ((r.person_id, r.end_date) for r in rows))
    return [
        Ending(r.id, r.person_id, r.desk_id, r.end_date, following.get((r.person_id, r.end_date)))
        for r in rows
    ]


def upcoming_move_outs(session: Session, today: dt.date, days: int) -> list[MoveOut]:
    """People whose seat ends within ``days`` of ``today`` and who sit nowhere the day after."""
    until = today + dt.timedelta(days=days)
    rows = session.execute(
        select(
            Person.id,
            Person.name_ko,
            Organisation.name,
            Desk.code,
            Assignment.end_date,
            func.coalesce(Organisation.name_en, ""),
        )
        .join(Person, Person.id == Assignment.person_id)
        .join(Organisation, Organisation.id == Person.organisation_id)
        .join(Desk, Desk.id == Assignment.desk_id)
        .where(Assignment.end_date >= today, Assignment.end_date <= until)
        .order_by(Assignment.end_date, Person.name_ko)
    ).all()
    moving = successors(session, ((r[0], r[4]) for r in rows))
    return [MoveOut(*row) for row in rows if (row[0], row[4]) not in moving]


def desk_places(session: Session, desk_ids: Iterable[int] | None = None) -> dict[int, tuple[int, int | None, str, str]]:
    """desk id → (floor id, zone id, code, "floor · zone")."""
    query = (
        select(Desk.id, Desk.floor_id, Desk.zone_id, Desk.code, Floor.name, Zone.name)
        .join(Floor, Floor.id == Desk.floor_id)
        .outerjoin(Zone, Zone.id == Desk.zone_id)
    )
    if desk_ids is not None:
        query = query.where(Desk.id.in_(set(desk_ids)))
    return {
        desk_id: (floor_id, zone_id, code, f"{floor} · {zone}" if zone else floor)
        for desk_id, floor_id, zone_id, code, floor, zone in session.execute(query)
    }


def changes_place(
    places: dict[int, tuple[int, int | None, str, str]], desk_id: int, next_desk_id: int | None
) -> bool:
    """Whether ``next_desk_id`` is on another floor or in another zone than ``desk_id``."""
    if next_desk_id is None:
        return False
    before, after = places.get(desk_id), places.get(next_desk_id)
    return before is not None and after is not None and before[:2] != after[:2]


def upcoming_floor_changes(session: Session, today: dt.date, days: int) -> list[FloorChange]:
    """People who move to another floor or zone within ``days`` of ``today`` (they stay)."""
    moving = [e for e in endings(session, today, today + dt.timedelta(days=days)) if not e.leaves]
    if not moving:
        return []
    places = desk_places(
        session, {e.desk_id for e in moving} | {e.next_desk_id for e in moving if e.next_desk_id}
    )
    moving = [e for e in moving if changes_place(places, e.desk_id, e.next_desk_id)]
    people = {
        person_id: (name, organisation, organisation_en or "")
        for person_id, name, organisation, organisation_en in session.execute(
            select(Person.id, Person.name_ko, Organisation.name, Organisation.name_en)
            .join(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.id.in_({e.person_id for e in moving}))
        )
    }
    changes = [
        FloorChange(
            e.person_id,
            people[e.person_id][0],
            people[e.person_id][1],
            places[e.desk_id][2],
            places[e.desk_id][3],
            places[e.next_desk_id][2],  # type: ignore[index]
            places[e.next_desk_id][3],  # type: ignore[index]
            e.end_date + ONE_DAY,
            people[e.person_id][2],
        )
        for e in moving
    ]
    return sorted(changes, key=lambda c: (c.day, c.name_ko, c.from_desk))


def _chunks(values: list[int], size: int = 900) -> Iterable[list[int]]:
    """SQLite allows 999 bound parameters in one statement (older builds)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
