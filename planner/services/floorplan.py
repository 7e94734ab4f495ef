"""The floor plan's read model: one floor on one day as frozen plain objects.

Built with a handful of set-based queries (floor, zones, desks, the day's occupants, their
tasks) whatever the number of desks, so a 1,000-desk floor loads as fast as a 50-desk one.
Past days come from history and future days from planned assignments: only ``day`` differs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from planner.errors import NotFound
from planner.models import (
    Assignment,
    Building,
    Desk,
    Floor,
    MovePlan,
    MovePlanStatus,
    Organisation,
    Person,
    PlannedMove,
    ResearchTask,
    TaskMember,
    Zone,
)
from planner.services.availability_days import block_reason_column, on_leave_column
from planner.services.moves import successors


@dataclass(frozen=True)
class FloorInfo:
    id: int
    building: str
    level: int
    name: str

    @property
    def label(self) -> str:
        return f"{self.building} · {self.name}"


@dataclass(frozen=True)
class ZoneShape:
    id: int
    name: str
    kind: str
    polygon: tuple[tuple[float, float], ...]  # floor metres
    capacity: int


@dataclass(frozen=True)
class Occupant:
    assignment_id: int
    person_id: int
    name_ko: str
    name_en: str
    organisation_id: int
    organisation: str
    task_codes: tuple[str, ...]
    start: dt.date
    end: dt.date | None
    organisation_en: str = ""  # the organisation's English name, "" when it has none
    # The desk the person sits at from the day after ``end`` (a move, a swap, a plan): such an
    # ending is a change of desk, not a move-out (planner.services.moves decides, for every view).
    next_desk_id: int | None = None
    on_leave: bool = False  # away on the day (planner.services.availability): the desk is idle

    @property
    def moves_out(self) -> bool:
        """Whether this seat ends without the person sitting anywhere the next day."""
        return self.end is not None and self.next_desk_id is None


@dataclass(frozen=True)
class DeskSpot:
    id: int
    code: str
    x: float  # centre, floor metres
    y: float
    rotation: float
    kind: str
    features: int
    active: bool
    zone_id: int | None
    occupants: tuple[Occupant, ...] = ()  # more than one only on a hot desk
    out_of_use: str = ""  # the reason when the desk (or its zone) is out of use on the day

    @property
    def occupant(self) -> Occupant | None:
        return self.occupants[0] if self.occupants else None

    @property
    def idle(self) -> bool:
        """Held, but everyone holding it is on leave on the day (not vacant)."""
        return bool(self.occupants) and all(o.on_leave for o in self.occupants)


@dataclass(frozen=True)
class FloorSnapshot:
    floor_id: int
    name: str
    building: str
    width_m: float
    depth_m: float
    day: dt.date
    zones: tuple[ZoneShape, ...]
    desks: tuple[DeskSpot, ...]


@dataclass(frozen=True)
class FindHit:
    kind: str  # "person" or "desk"
    label: str
    floor_id: int | None  # None: the person has no desk on the day asked
    desk_id: int | None
    person_id: int | None = None


@dataclass(frozen=True)
class PersonRow:
    """A person as the people panel lists them on one day."""

    id: int
    name_ko: str
    name_en: str
    organisation_id: int
    organisation: str
    role: str
    email: str
    task_codes: tuple[str, ...]
    needs: int
    desk_id: int | None  # the desk on the day, None when unseated
    desk_code: str | None
    organisation_en: str = ""  # the organisation's English name, "" when it has none


def _covers(day: dt.date):
    return and_(
        Assignment.start_date <= day,
        or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
    )


def list_floors(session: Session) -> list[FloorInfo]:
    rows = session.execute(
        select(Floor.id, Building.name, Floor.level, Floor.name)
        .join(Building, Building.id == Floor.building_id)
        .order_by(Building.code, Floor.level)
    )
    return [FloorInfo(*row) for row in rows]


def _task_codes(
    session: Session, person_ids: Iterable[int], day: dt.date | None = None
) -> dict[int, tuple[str, ...]]:
    """Each person's task codes: the tasks they take part in on ``day`` (by rate), then the
    other tasks they are a member of (by code)."""
    ids = list(set(person_ids))
    codes: dict[int, list[str]] = defaultdict(list)
    query = (
        select(TaskMember.person_id, ResearchTask.code)
        .join(ResearchTask, ResearchTask.id == TaskMember.task_id)
        .order_by(ResearchTask.code)
    )
    if len(ids) > 20000:
        # Most of a campus: one scan of all memberships beats many IN lists.
        wanted = set(ids)
        rows = (r for r in session.execute(query) if r[0] in wanted)
    else:
        # Chunks keep each IN list well under SQLite's limit on bound variables.
        rows = (
            r
            for start in range(0, len(ids), 5000)
            for r in session.execute(
                query.where(TaskMember.person_id.in_(ids[start : start + 5000]))
            )
        )
    for person_id, code in rows:
        codes[person_id].append(code)
    found = {pid: tuple(sorted(c)) for pid, c in codes.items()}
    if day is None:
        return found
    # The tasks people take part in on the day come first, the highest rate first: the first
    # code is the task the plan colours a desk by ("colour by task").
    from planner.services.research_queries import tasks_on  # noqa: PLC0415

    wanted = set(ids)
    for person_id, taking_part in tasks_on(session, day).items():
        if person_id in wanted:
            rest = tuple(c for c in found.get(person_id, ()) if c not in taking_part)
            found[person_id] = taking_part + rest
    return found


def _occupants(session: Session, day: dt.date, *where) -> dict[int, list[Occupant]]:
    rows = session.execute(
        select(
            Assignment.desk_id,
            Assignment.id,
            Person.id,
            Person.name_ko,
            Person.name_en,
            Organisation.id,
            Organisation.name,
            Assignment.start_date,
            Assignment.end_date,
            Organisation.name_en,
            on_leave_column(day, Person.id),
        )
        .join(Desk, Desk.id == Assignment.desk_id)
        .join(Person, Person.id == Assignment.person_id)
        .join(Organisation, Organisation.id == Person.organisation_id)
        .where(_covers(day), *where)
        .order_by(Assignment.desk_id, Assignment.start_date, Person.name_ko)
    ).all()
    tasks = _task_codes(session, (r[2] for r in rows), day)
    following = successors(session, ((r[2], r[8]) for r in rows if r[8] is not None))
    by_desk: dict[int, list[Occupant]] = defaultdict(list)
    for desk_id, aid, pid, ko, en, oid, org, start, end, org_en, away in rows:
        by_desk[desk_id].append(
            Occupant(
                aid, pid, ko, en or "", oid, org, tasks.get(pid, ()), start, end, org_en or "",
                following.get((pid, end)) if end is not None else None,
                on_leave=bool(away),
            )
        )
    return by_desk


def _desk_spots(session: Session, day: dt.date, *where) -> list[tuple[int, DeskSpot]]:
    """(floor id, desk) pairs, ordered by code."""
    occupants = _occupants(session, day, *where)
    rows = session.execute(
        select(
            Desk.floor_id,
            Desk.id,
            Desk.code,
            Desk.x,
            Desk.y,
            Desk.rotation,
            Desk.kind,
            Desk.features,
            Desk.active,
            Desk.zone_id,
            block_reason_column(day),
        )
        .where(*where)
        .order_by(Desk.code)
    )
    kinds: dict[object, str] = {}
    return [
        (
            floor_id,
            DeskSpot(
                i,
                code,
                x,
                y,
                rot,
                kinds.setdefault(kind, str(kind.value)),
                feat,
                active,
                zone,
                tuple(occupants.get(i, ())),
                reason or "",
            ),
        )
        for floor_id, i, code, x, y, rot, kind, feat, active, zone, reason in rows
    ]


def load_floor(session: Session, floor_id: int, day: dt.date) -> FloorSnapshot:
    """The floor as it is (or was, or is planned to be) on ``day``."""
    return load_floors(session, [floor_id], day)[0]


def load_floors(session: Session, floor_ids: Sequence[int], day: dt.date) -> list[FloorSnapshot]:
    """Several floors with the same handful of queries as one (in the order asked)."""
    ids = list(dict.fromkeys(floor_ids))
    heads = {
        fid: row
        for fid, *row in session.execute(
            select(Floor.id, Floor.name, Building.name, Floor.width_m, Floor.depth_m)
            .join(Building, Building.id == Floor.building_id)
            .where(Floor.id.in_(ids))
        )
    }
    missing = [fid for fid in ids if fid not in heads]
    if missing:
        raise NotFound("floor", missing[0])
    zones: dict[int, list[ZoneShape]] = defaultdict(list)
    for fid, zid, name, kind, polygon, cap in session.execute(
        select(Zone.floor_id, Zone.id, Zone.name, Zone.kind, Zone.polygon, Zone.capacity_seats)
        .where(Zone.floor_id.in_(ids))
        .order_by(Zone.name)
    ):
        zones[fid].append(
            ZoneShape(
                zid, name, str(kind.value), tuple((float(p[0]), float(p[1])) for p in polygon), cap
            )
        )
    desks: dict[int, list[DeskSpot]] = defaultdict(list)
    for floor_of, spot in _desk_spots(session, day, Desk.floor_id.in_(ids)):
        desks[floor_of].append(spot)
    return [
        FloorSnapshot(
            fid,
            heads[fid][0],
            heads[fid][1],
            heads[fid][2],
            heads[fid][3],
            day,
            tuple(zones[fid]),
            tuple(desks[fid]),
        )
        for fid in ids
    ]


def load_desks(session: Session, desk_ids: Iterable[int], day: dt.date) -> list[DeskSpot]:
    """Just these desks on ``day``: what the plan redraws after a change."""
    ids = list(set(desk_ids))
    if not ids:
        return []
    return [spot for _floor, spot in _desk_spots(session, day, Desk.id.in_(ids))]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_in_site(
    session: Session, query: str, day: dt.date | None = None, *, limit: int = 50
) -> list[FindHit]:
    """People by Korean or English name or e-mail, and desks by code; each with its floor.

    A person's desk is the one they have on ``day`` (default today). Exact matches come first.
    """
    text = query.strip()
    if not text:
        return []
    day = day or dt.date.today()
    pattern = _like(text.lower())
    folded = func.lower
    desk_on_day = select(Assignment.person_id, Assignment.desk_id).where(_covers(day)).subquery()
    people = session.execute(
        select(
            Person.id,
            Person.name_ko,
            Person.name_en,
            Person.email,
            Desk.id,
            Desk.code,
            Desk.floor_id,
        )
        .outerjoin(desk_on_day, desk_on_day.c.person_id == Person.id)
        .outerjoin(Desk, Desk.id == desk_on_day.c.desk_id)
        .where(
            or_(
                Person.name_ko.like(_like(text), escape="\\"),
                folded(Person.name_en).like(pattern, escape="\\"),
                folded(Person.email).like(pattern, escape="\\"),
            )
        )
        .order_by(Person.name_ko)
        .limit(limit)
    ).all()
    desks = session.execute(
        select(Desk.id, Desk.code, Desk.floor_id)
        .where(folded(Desk.code).like(pattern, escape="\\"))
        .order_by(Desk.code)
        .limit(limit)
    ).all()
    hits: list[tuple[int, FindHit]] = []
    needle = text.casefold()
    for pid, ko, en, email, desk_id, code, floor_id in people:
        exact = needle in (ko.casefold(), (en or "").casefold(), (email or "").casefold())
        label = f"{ko} ({en})" if en else ko
        if code:
            label = f"{label} — {code}"
        hits.append((0 if exact else 1, FindHit("person", label, floor_id, desk_id, pid)))
    for desk_id, code, floor_id in desks:
        exact = code.casefold() == needle
        hits.append((0 if exact else 2, FindHit("desk", code, floor_id, desk_id)))
    hits.sort(key=lambda pair: pair[0])
    return [hit for _rank, hit in hits[:limit]]


def people_on(session: Session, day: dt.date, *, unseated_only: bool = False) -> list[PersonRow]:
    """People with their desk on ``day`` (None when unseated), for the people panel.

    ``unseated_only`` keeps a campus of 45,000 people down to the few thousand without a desk.
    """
    seats: dict[int, tuple[int, str]] = {}
    query = select(
        Person.id,
        Person.name_ko,
        Person.name_en,
        Organisation.id,
        Organisation.name,
        Person.role,
        Person.email,
        Person.needs,
        Organisation.name_en,
    ).join(Organisation, Organisation.id == Person.organisation_id)
    if unseated_only:
        # Waiting for a desk means staying here that day: alumni and later arrivals are not.
        query = query.where(
            Person.id.not_in(select(Assignment.person_id).where(_covers(day))),
            or_(Person.stay_end.is_(None), Person.stay_end >= day),
            or_(Person.stay_start.is_(None), Person.stay_start <= day),
        )
    else:
        for person_id, desk_id, code in session.execute(
            select(Assignment.person_id, Desk.id, Desk.code)
            .join(Desk, Desk.id == Assignment.desk_id)
            .where(_covers(day))
        ):
            seats.setdefault(person_id, (desk_id, code))
    rows = session.execute(query.order_by(Person.name_ko, Person.id)).all()
    tasks = _task_codes(session, (r[0] for r in rows), day)
    result = []
    for pid, ko, en, oid, org, role, email, needs, org_en in rows:
        desk_id, code = seats.get(pid, (None, None))
        result.append(
            PersonRow(
                pid,
                ko,
                en or "",
                oid,
                org,
                str(role.value),
                email or "",
                tasks.get(pid, ()),
                needs,
                desk_id,
                code,
                org_en or "",
            )
        )
    return result


def desk_of_person(session: Session, person_id: int, day: dt.date) -> tuple[int, int] | None:
    """(floor id, desk id) of the person's desk on ``day``, or None when unseated."""
    row = session.execute(
        select(Desk.floor_id, Desk.id)
        .join(Assignment, Assignment.desk_id == Desk.id)
        .where(Assignment.person_id == person_id, _covers(day))
        .order_by(Assignment.start_date)
    ).first()
    return None if row is None else (row[0], row[1])


@dataclass(frozen=True)
class PlanMove:
    """One staged move of a draft plan, as the plan would change the seating on its date."""

    person_id: int
    name_ko: str
    from_desk_id: int | None
    from_floor_id: int | None
    from_code: str | None
    to_desk_id: int | None  # None: released
    to_floor_id: int | None
    to_code: str | None


def plan_moves(session: Session, plan_id: int) -> list[PlanMove]:
    """Who moves from where to where in a move plan (the seats on its effective date; for an
    applied plan, the seats the day before, which the plan changed)."""
    plan = session.get(MovePlan, plan_id)
    if plan is None:
        raise NotFound("move plan", plan_id)
    day = plan.effective_date
    if plan.status == MovePlanStatus.APPLIED:
        day -= dt.timedelta(days=1)
    target = select(Desk.id, Desk.floor_id, Desk.code).subquery()
    current = (
        select(Assignment.person_id, Desk.id.label("desk_id"), Desk.floor_id, Desk.code)
        .join(Desk, Desk.id == Assignment.desk_id)
        .where(_covers(day))
        .subquery()
    )
    rows = session.execute(
        select(
            PlannedMove.person_id,
            Person.name_ko,
            current.c.desk_id,
            current.c.floor_id,
            current.c.code,
            target.c.id,
            target.c.floor_id,
            target.c.code,
        )
        .join(Person, Person.id == PlannedMove.person_id)
        .outerjoin(current, current.c.person_id == PlannedMove.person_id)
        .outerjoin(target, target.c.id == PlannedMove.to_desk_id)
        .where(PlannedMove.plan_id == plan_id)
        .order_by(Person.name_ko)
    )
    return [PlanMove(*row) for row in rows]


def draft_plans(session: Session) -> list[tuple[int, str, dt.date]]:
    """(id, name, effective date) of the move plans still in draft."""
    return [
        tuple(row)
        for row in session.execute(
            select(MovePlan.id, MovePlan.name, MovePlan.effective_date)
            .where(MovePlan.status == MovePlanStatus.DRAFT)
            .order_by(MovePlan.effective_date, MovePlan.name)
        )
    ]
