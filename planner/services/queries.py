"""Read-only questions: who sits where on a day, vacancy, move-outs, occupancy."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from planner.models import (
    Assignment,
    Building,
    Desk,
    Floor,
    Organisation,
    Person,
    ResearchTask,
    TaskMember,
    Zone,
)
from planner.services.availability_days import (
    BLOCKED,
    IDLE,
    blocked_desks,
    desk_state,
    on_leave,
)
from planner.services.moves import (  # noqa: F401 - one function for move-outs, re-exported
    FloorChange,
    MoveOut,
    changes_place,
    desk_places,
    successors,
    upcoming_floor_changes,
    upcoming_move_outs,
)


@dataclass(frozen=True)
class SeatRow:
    """One desk on one day, with its occupant if any (hot desks may appear once per user)."""

    desk_id: int
    desk_code: str
    floor_id: int
    floor_name: str
    zone_name: str
    desk_kind: str
    active: bool
    person_id: int | None
    name_ko: str | None
    name_en: str | None
    organisation: str | None
    start_date: dt.date | None
    end_date: dt.date | None


@dataclass(frozen=True)
class OccupancyRow:
    key: int
    label: str
    seats: int | None  # desks in service; None when grouping people (organisation, task)
    occupied: int
    people: int | None  # members staying on the day; None when grouping desks
    move_outs_30: int  # people leaving their seat (planner.services.moves), not moving
    move_outs_90: int
    label_en: str = ""  # organisations and tasks: the English name or title, "" when none
    floor_changes_30: int = 0  # people moving to another floor or zone within 30 days
    # Floors and zones: desks out of use on the day (counted apart: neither occupied nor
    # vacant), and the occupied desks whose holders are all on leave (idle, not vacant).
    blocked: int = 0
    idle: int = 0

    @property
    def vacant(self) -> int | None:
        return None if self.seats is None else max(self.seats - self.occupied - self.blocked, 0)

    @property
    def utilisation(self) -> float:
        base = self.seats if self.seats is not None else self.people
        return 100.0 * self.occupied / base if base else 0.0


def _covers(day: dt.date):
    return and_(
        Assignment.start_date <= day,
        or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
    )


def seating_on(session: Session, day: dt.date, floor_id: int | None = None) -> list[SeatRow]:
    on_day = select(Assignment).where(_covers(day)).subquery()
    query = (
        select(
            Desk.id, Desk.code, Desk.floor_id, Floor.name, Zone.name, Desk.kind, Desk.active,
            Person.id, Person.name_ko, Person.name_en, Organisation.name,
            on_day.c.start_date, on_day.c.end_date,
        )
        .join(Floor, Desk.floor_id == Floor.id)
        .outerjoin(Zone, Desk.zone_id == Zone.id)
        .outerjoin(on_day, on_day.c.desk_id == Desk.id)
        .outerjoin(Person, Person.id == on_day.c.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Desk.code)
    )
    if floor_id is not None:
        query = query.where(Desk.floor_id == floor_id)
    return [
        SeatRow(r[0], r[1], r[2], r[3], r[4] or "", str(r[5].value), r[6], r[7], r[8], r[9], r[10], r[11], r[12])
        for r in session.execute(query)
    ]


def desk_of(session: Session, person_id: int, day: dt.date) -> Desk | None:
    return session.scalars(
        select(Desk).join(Assignment).where(Assignment.person_id == person_id, _covers(day))
    ).first()


def vacant_desks(session: Session, day: dt.date, floor_id: int | None = None) -> list[Desk]:
    taken = select(Assignment.desk_id).where(_covers(day))
    query = select(Desk).where(Desk.active.is_(True), Desk.id.not_in(taken)).order_by(Desk.code)
    if floor_id is not None:
        query = query.where(Desk.floor_id == floor_id)
    return list(session.scalars(query))


def unseated_people(session: Session, day: dt.date) -> list[Person]:
    """People staying at the institute on ``day`` without a desk (alumni are not waiting)."""
    seated = select(Assignment.person_id).where(_covers(day))
    staying = and_(
        or_(Person.stay_end.is_(None), Person.stay_end >= day),
        or_(Person.stay_start.is_(None), Person.stay_start <= day),
    )
    return list(
        session.scalars(select(Person).where(Person.id.not_in(seated), staying).order_by(Person.name_ko))
    )


def occupancy(session: Session, day: dt.date, by: str) -> list[OccupancyRow]:
    """Occupancy grouped ``by`` 'floor', 'zone', 'organisation' or 'task'."""
    current = session.execute(
        select(Assignment.person_id, Assignment.desk_id, Assignment.end_date).where(_covers(day))
    ).all()
    soon = {30: day + dt.timedelta(days=30), 90: day + dt.timedelta(days=90)}
    # A seat that ends with a seat elsewhere the next day is a move, not a move-out
    # (planner.services.moves); a move to another floor or zone is a floor change.
    ending = [r for r in current if r.end_date is not None and r.end_date <= soon[90]]
    following = successors(session, ((r.person_id, r.end_date) for r in ending))
    places = (
        desk_places(
            session,
            {r.desk_id for r in ending if (r.person_id, r.end_date) in following}
            | set(following.values()),
        )
        if following
        else {}
    )

    def classified(r) -> _Seat:
        if r.end_date is None or r.end_date > soon[90]:
            return _Seat(r.person_id, r.desk_id, False, False, False)
        next_desk = following.get((r.person_id, r.end_date))
        within_30 = r.end_date <= soon[30]
        if next_desk is None:
            return _Seat(r.person_id, r.desk_id, within_30, True, False)
        moves = within_30 and changes_place(places, r.desk_id, next_desk)
        return _Seat(r.person_id, r.desk_id, False, False, moves)

    current = [classified(r) for r in current]

    def counts(rows, desks: bool = False) -> tuple[int, int, int, int]:
        # Floors and zones count desks in use (two people may share a hot desk on one day),
        # so that used + vacant = seats; organisations and tasks count people.
        occupied = len({r.desk_id if desks else r.person_id for r in rows})
        m30 = sum(1 for r in rows if r.out_30)
        m90 = sum(1 for r in rows if r.out_90)
        return occupied, m30, m90, sum(1 for r in rows if r.floor_change_30)

    if by in ("floor", "zone"):
        group_col = Desk.floor_id if by == "floor" else Desk.zone_id
        desk_group = dict(session.execute(select(Desk.id, group_col)).tuples().all())
        seats: dict[int, int] = defaultdict(int)
        active: set[int] = set()
        for desk_id, group in session.execute(
            select(Desk.id, group_col).where(Desk.active.is_(True))
        ):
            active.add(desk_id)
            if group is not None:
                seats[group] += 1
        if by == "floor":
            labels = {
                fid: f"{bname} {fname}"
                for fid, bname, fname in session.execute(
                    select(Floor.id, Building.name, Floor.name).join(Building).order_by(Building.code, Floor.level)
                )
            }
        else:
            labels = {
                zid: f"{fname} · {zname}"
                for zid, fname, zname in session.execute(
                    select(Zone.id, Floor.name, Zone.name).join(Floor).order_by(Floor.level, Zone.name)
                )
            }
        grouped: dict[int, list] = defaultdict(list)
        for row in current:
            group = desk_group.get(row.desk_id)
            if group is not None:
                grouped[group].append(row)
        apart = _blocked_and_idle(session, day, current, desk_group, active)
        return [
            _desk_row(key, label, seats.get(key, 0), counts(grouped.get(key, []), desks=True),
                      *apart.get(key, (0, 0)))
            for key, label in labels.items()
        ]

    if by == "organisation":
        labels = dict(session.execute(select(Organisation.id, Organisation.name).order_by(Organisation.name)).tuples().all())
        english = dict(session.execute(select(Organisation.id, Organisation.name_en)).tuples().all())
        membership = session.execute(select(Person.organisation_id, Person.id).where(_staying(day))).all()
    elif by == "task":
        tasks = session.execute(
            select(ResearchTask.id, ResearchTask.code, ResearchTask.title_ko, ResearchTask.title_en)
            .order_by(ResearchTask.code)
        ).all()
        labels = {tid: f"{code} {title}" for tid, code, title, _en in tasks}
        english = {tid: f"{code} {title_en}" if title_en else "" for tid, code, _ko, title_en in tasks}
        membership = session.execute(
            select(TaskMember.task_id, TaskMember.person_id)
            .join(Person, Person.id == TaskMember.person_id)
            .where(_staying(day))
        ).all()
    else:
        raise ValueError(f"unknown grouping {by!r}")
    members: dict[int, set[int]] = defaultdict(set)
    for group, person_id in membership:
        members[group].add(person_id)
    by_person: dict[int, list] = defaultdict(list)
    for row in current:
        by_person[row.person_id].append(row)
    result = []
    for key, label in labels.items():
        rows = [r for pid in members.get(key, ()) for r in by_person.get(pid, ())]
        occupied, m30, m90, moving = counts(rows)
        result.append(
            OccupancyRow(
                key, label, None, occupied, len(members.get(key, ())), m30, m90,
                english.get(key) or "", floor_changes_30=moving,
            )
        )
    return result


class _Seat(NamedTuple):
    """A seat held on the day, and whether it ends in a move-out or a floor change soon."""

    person_id: int
    desk_id: int
    out_30: bool
    out_90: bool
    floor_change_30: bool


def _staying(day: dt.date):
    """People at the institute on ``day``: alumni and later arrivals are not members to seat."""
    return and_(
        or_(Person.stay_end.is_(None), Person.stay_end >= day),
        or_(Person.stay_start.is_(None), Person.stay_start <= day),
    )


def _desk_row(
    key: int, label: str, seats: int, values: tuple[int, int, int, int], blocked: int = 0,
    idle: int = 0,
) -> OccupancyRow:
    occupied, m30, m90, moving = values
    return OccupancyRow(
        key, label, seats, occupied, None, m30, m90, floor_changes_30=moving, blocked=blocked,
        idle=idle,
    )


def _blocked_and_idle(
    session: Session, day: dt.date, current, desk_group: dict[int, int | None], active: set[int]
) -> dict[int, tuple[int, int]]:
    """Per group: (desks in service out of use, desks held only by people on leave) on the
    day, by the one rule of :func:`planner.services.availability.desk_state`."""
    blocked = set(blocked_desks(session, day)) & active
    holders: dict[int, set[int]] = defaultdict(set)
    for row in current:
        holders[row.desk_id].add(row.person_id)
    away = set(on_leave(session, day))  # leave is rare: all of the day's, not an IN list
    found: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for desk_id in blocked | set(holders):
        group = desk_group.get(desk_id)
        if group is None:
            continue
        state = desk_state(holders.get(desk_id, ()), desk_id in blocked, away)
        if state == BLOCKED:
            found[group][0] += 1
        elif state == IDLE:
            found[group][1] += 1
    return {key: (b, i) for key, (b, i) in found.items()}


def occupied_desk_count(session: Session, day: dt.date) -> int:
    return session.scalar(select(func.count(func.distinct(Assignment.desk_id))).where(_covers(day))) or 0
