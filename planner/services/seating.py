"""Assign, release, move and swap desks with effective dates.

Dates are inclusive: an assignment runs from ``start_date`` to ``end_date`` (the last day at
the desk). A change "on" a day takes effect that morning: the old assignment's last day is the
day before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import (
    and_,
    bindparam,
    case,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, make_transient_to_detached

from planner import guards, out_of_use_guards
from planner import validation as v
from planner.errors import (
    DeskAlreadyTaken,
    DeskInactive,
    DeskOutOfUse,
    NeedsNotMet,
    NotSeated,
    OutsideStay,
    PersonAlreadySeated,
    ValidationError,
    ZoneOverCapacity,
)
from planner.models import Assignment, Desk, DeskFeature, DeskKind, OutOfUse, Person, Zone
from planner.models.seating import utcnow
from planner.services._common import get
from planner.services.audit import record, record_many
from planner.services.availability_days import check_not_blocked
from planner.services.stays import bound_to_stay, stay_text

FAR_FUTURE = dt.date(9999, 12, 31)
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class SeatingChange:
    """People and desks whose seating changed; the floor plan redraws just these."""

    person_ids: frozenset[int]
    desk_ids: frozenset[int]
    assignment_ids: frozenset[int] = frozenset()


def period_text(start: dt.date, end: dt.date | None) -> str:
    return f"{start.isoformat()} – {end.isoformat() if end else '…'}"


def _overlapping(start: dt.date, end: dt.date | None):
    return (Assignment.start_date <= (end or FAR_FUTURE)) & (
        or_(Assignment.end_date.is_(None), Assignment.end_date >= start)
    )


def assignment_on(session: Session, person_id: int, day: dt.date) -> Assignment | None:
    return session.scalars(
        select(Assignment).where(Assignment.person_id == person_id, _overlapping(day, day))
    ).first()


def occupants_on(session: Session, desk_id: int, day: dt.date) -> list[Assignment]:
    return list(
        session.scalars(
            select(Assignment).where(Assignment.desk_id == desk_id, _overlapping(day, day))
        )
    )


def lock_rows(session: Session, desks: tuple[int, ...] = (), people: tuple[int, ...] = ()) -> None:
    """Serialise writers per desk and per person (PostgreSQL row locks, in id order so two
    clients never wait on each other in a cycle). Without this, two concurrent inserts both
    wait on the other's exclusion-constraint check and one dies of a deadlock after a second.
    SQLite needs nothing: BEGIN IMMEDIATE already serialises writers."""
    if session.get_bind().dialect.name != "postgresql":
        return
    if desks:
        session.execute(select(Desk.id).where(Desk.id.in_(sorted(set(desks)))).order_by(Desk.id).with_for_update())
    if people:
        session.execute(
            select(Person.id).where(Person.id.in_(sorted(set(people)))).order_by(Person.id).with_for_update()
        )


def check_assignment(
    session: Session,
    person: Person,
    desk: Desk,
    start: dt.date,
    end: dt.date | None,
    *,
    ignore: tuple[int, ...] = (),
) -> None:
    """Raise the first rule this assignment would break; changes nothing."""
    if bound_to_stay(start, end, person.stay_start, person.stay_end) != (start, end):
        raise OutsideStay(
            person.name_ko, stay_text(person.stay_start, person.stay_end), period_text(start, end)
        )
    if not desk.active:
        raise DeskInactive(desk.code)
    check_not_blocked(session, desk, start, end)
    missing = DeskFeature(person.needs) & ~DeskFeature(desk.features)
    if missing:
        raise NeedsNotMet(person.name_ko, desk.code, DeskFeature(missing).names())
    clash = session.scalars(
        select(Assignment)
        .where(Assignment.person_id == person.id, _overlapping(start, end), Assignment.id.not_in(ignore))
        .order_by(Assignment.start_date)
    ).first()
    if clash is not None:
        raise PersonAlreadySeated(
            person.name_ko, clash.desk.code, period_text(clash.start_date, clash.end_date)
        )
    if desk.kind != DeskKind.HOT:
        taken = session.scalars(
            select(Assignment)
            .where(Assignment.desk_id == desk.id, _overlapping(start, end), Assignment.id.not_in(ignore))
            .order_by(Assignment.start_date)
        ).first()
        if taken is not None:
            raise DeskAlreadyTaken(
                desk.code, taken.person.name_ko, period_text(taken.start_date, taken.end_date)
            )
    if desk.zone_id is not None:
        zone = session.get(Zone, desk.zone_id)
        if zone is not None and zone.capacity_seats > 0:
            seated = session.scalar(
                select(func.count(func.distinct(Assignment.person_id)))
                .join(Desk)
                .where(Desk.zone_id == zone.id, _overlapping(start, start), Assignment.id.not_in(ignore))
            )
            if seated >= zone.capacity_seats:
                raise ZoneOverCapacity(zone.name, zone.capacity_seats)


@dataclass(frozen=True)
class _Seat:
    """Names for the audit entry and the refusal of a lost race, and whether the desk is
    shared (a hot desk), for one assignment about to be written."""

    person_name: str
    desk_code: str
    shared: bool

    @classmethod
    def of(cls, person: Person, desk: Desk) -> _Seat:
        return cls(person.name_ko, desk.code, desk.kind == DeskKind.HOT)


def within_stay(
    person: Person, start: dt.date, end: dt.date | None
) -> tuple[dt.date, dt.date | None]:
    """The days of start–end the person stays at the institute: a desk is held from arrival at
    the earliest and ends with the stay. OutsideStay when not one day of it is in the stay."""
    bounded = bound_to_stay(start, end, person.stay_start, person.stay_end)
    if bounded is None:
        raise OutsideStay(
            person.name_ko, stay_text(person.stay_start, person.stay_end), period_text(start, end)
        )
    return bounded


def check_seat(
    session: Session, person: Person, desk: Desk, start: dt.date, end: dt.date | None
) -> tuple[dt.date, dt.date | None]:
    """What :func:`assign_desk` does before writing, the thorough way: the period kept to the
    stay (:func:`within_stay`), then every rule checked (:func:`check_assignment`). Returns
    the period the assignment would have; changes nothing."""
    start, end = within_stay(person, start, end)
    check_assignment(session, person, desk, start, end)
    return start, end


_ADD = insert(Assignment).returning(Assignment.id)


def _quick_check_statement():
    """Every rule of check_seat in one SELECT, built (and compiled) once and run on the
    connection: a drop on the floor plan then costs one read instead of six ORM round trips
    (benchmarks/db.py). The period asked for is first kept to the person's stay (``first`` /
    ``last``, as the columns of the same name return it); the rules then hold for that period.
    It only answers "allowed or not"; check_seat still words a refusal.
    tests/planner/services/test_seating_quick_check.py holds the two to the same answer on
    both databases."""
    date = Assignment.start_date.type
    asked_first, asked_last = bindparam("first", type_=date), bindparam("last", type_=date)
    person_id, desk_id = bindparam("person_id"), bindparam("desk_id")
    other, seat = aliased(Assignment), aliased(Desk)
    # NULL ends of a stay compare as unknown, so the asked day stays.
    first = type_coerce(
        case((Person.stay_start > asked_first, Person.stay_start), else_=asked_first), date
    )
    last = type_coerce(
        case((Person.stay_end < asked_last, Person.stay_end), else_=asked_last), date
    )

    def overlapping(start, end):
        return and_(other.start_date <= end, or_(other.end_date.is_(None), other.end_date >= start))

    hot = Desk.kind == DeskKind.HOT
    needs_met = Person.needs.op("&")(Desk.features) == Person.needs
    person_free = ~exists().where(other.person_id == person_id, overlapping(first, last))
    desk_free = ~exists().where(other.desk_id == desk_id, overlapping(first, last))
    # Out of use (planner.services.availability): the desk's own block or its zone's.
    in_use = ~exists().where(
        or_(OutOfUse.desk_id == desk_id, OutOfUse.zone_id == Desk.zone_id),
        OutOfUse.start_date <= last,
        or_(OutOfUse.end_date.is_(None), OutOfUse.end_date >= first),
    )
    seated = (
        select(func.count(func.distinct(other.person_id)))
        .join(seat, seat.id == other.desk_id)
        .where(seat.zone_id == Desk.zone_id, overlapping(first, first))
        .scalar_subquery()
    )
    zone_has_room = case(
        (func.coalesce(Zone.capacity_seats, 0) > 0, seated < Zone.capacity_seats), else_=literal(True)
    )
    staying = first <= last
    allowed = (
        staying & Desk.active & in_use & needs_met & person_free & (hot | desk_free) & zone_has_room
    )
    return (
        select(
            Person.name_ko,
            Desk.code,
            hot.label("shared"),
            allowed.label("allowed"),
            first.label("first"),
            last.label("last"),
        )
        .select_from(Person)
        .join(Desk, Desk.id == desk_id)
        .outerjoin(Zone, Zone.id == Desk.zone_id)
        .where(Person.id == person_id)
    )


_QUICK_CHECK = _quick_check_statement()


def _seat_if_allowed(
    session: Session, person_id: int, desk_id: int, start: dt.date, end: dt.date | None
) -> tuple[_Seat, dt.date, dt.date | None] | None:
    """What the insert needs to know when the assignment breaks no rule — with its period
    kept to the person's stay —, else None."""
    if session.autoflush:
        session.flush()  # as an ORM query would: the caller's pending changes count
    row = (
        session.connection()
        .execute(
            _QUICK_CHECK,
            {"person_id": person_id, "desk_id": desk_id, "first": start, "last": end or FAR_FUTURE},
        )
        .first()
    )
    if row is None or not row.allowed:
        return None
    last = None if row.last == FAR_FUTURE else row.last
    return _Seat(row.name_ko, row.code, row.shared), row.first, last


def _insert(
    session: Session,
    seat: _Seat,
    person_id: int,
    desk_id: int,
    start: dt.date,
    end: dt.date | None,
    move_plan_id: int | None = None,
) -> Assignment:
    """Write one assignment and its audit entry as two Core INSERTs (a unit-of-work flush
    costs more than the rest of a drop on the floor plan together; benchmarks/db.py) and
    hand back the row as a persistent, fully loaded ORM object without reading it again."""
    values = {
        "person_id": person_id,
        "desk_id": desk_id,
        "start_date": start,
        "end_date": end,
        "move_plan_id": move_plan_id,
        "desk_shared": seat.shared,  # what the database's trigger sets too
        "created_at": utcnow(),
        "version": 1,
    }
    try:
        new_id = session.connection().execute(_ADD, values).scalar_one()
    except IntegrityError as error:
        # Another client won the race between our check and our write; the caller's
        # transaction is rolled back as the error leaves its `with` block.
        kind = guards.overlap_kind(error)
        if kind == "desk":
            raise DeskAlreadyTaken(seat.desk_code) from error
        if kind == "person":
            raise PersonAlreadySeated(seat.person_name) from error
        if kind == "stay":
            raise OutsideStay(seat.person_name, period=period_text(start, end)) from error
        if out_of_use_guards.refused(error):
            raise DeskOutOfUse(seat.desk_code, period_text(start, end)) from error
        raise
    record_many(
        session, "create", "assignment", "desk",
        [(new_id, None, f"{seat.person_name} @ {seat.desk_code} {period_text(start, end)}")],
    )
    assignment = Assignment(id=new_id, **values)
    make_transient_to_detached(assignment)
    session.add(assignment)
    return assignment


def assign_desk(
    session: Session,
    person_id: int,
    desk_id: int,
    start: dt.date,
    end: dt.date | None = None,
    *,
    move_plan_id: int | None = None,
) -> Assignment:
    """Seat the person at the desk from ``start`` to ``end`` (None: open), kept to their
    stay: from their arrival at the earliest, ending with the stay at the latest (so someone
    whose stay ends never gets an open-ended desk). The returned assignment has the dates
    stored. OutsideStay when not one day of the period is in the stay."""
    start = v.day("start", start, required=True)
    end = v.day("end", end)
    v.period("assignment", start, end)
    lock_rows(session, (desk_id,), (person_id,))
    allowed = _seat_if_allowed(session, person_id, desk_id, start, end)
    if allowed is None:
        # Something is wrong (or missing): the thorough check names it, in the usual order.
        person = get(session, Person, person_id, "person")
        desk = get(session, Desk, desk_id, "desk")
        first, last = check_seat(session, person, desk, start, end)
        allowed = _Seat.of(person, desk), first, last
    seat, first, last = allowed
    return _insert(session, seat, person_id, desk_id, first, last, move_plan_id)


def _end_before(session: Session, assignment: Assignment, day: dt.date) -> None:
    """Make ``day`` the first day without this assignment (deleting it if it had not begun)."""
    label = f"{assignment.person.name_ko} @ {assignment.desk.code}"
    if assignment.start_date >= day:
        record(session, "delete", "assignment", assignment.id, "desk", label, None)
        session.delete(assignment)
    else:
        old_end = assignment.end_date
        assignment.end_date = day - ONE_DAY
        record(session, "update", "assignment", assignment.id, "end_date", old_end, assignment.end_date)


def release_desk(session: Session, person_id: int, on: dt.date) -> SeatingChange:
    """From ``on`` the person has no desk: the current assignment ends the day before, later
    ones are removed."""
    on = v.day("on", on, required=True)
    person = get(session, Person, person_id, "person")
    affected = list(
        session.scalars(
            select(Assignment).where(
                Assignment.person_id == person.id,
                or_(Assignment.end_date.is_(None), Assignment.end_date >= on),
            )
        )
    )
    if not affected:
        raise NotSeated(person.name_ko, on)
    desks = frozenset(a.desk_id for a in affected)
    ids = frozenset(a.id for a in affected)
    for assignment in affected:
        _end_before(session, assignment, on)
    session.flush()
    return SeatingChange(frozenset({person.id}), desks, ids)


def set_move_out(session: Session, person_id: int, last_day: dt.date | None, on: dt.date) -> Assignment:
    """Set (or clear) the last day at the desk the person has on ``on``."""
    lock_rows(session, people=(person_id,))
    person = get(session, Person, person_id, "person")
    last_day = v.day("last_day", last_day)
    current = assignment_on(session, person.id, on)
    if current is None:
        raise NotSeated(person.name_ko, on)
    v.period("move-out", current.start_date, last_day)
    if last_day is None:
        last_day = person.stay_end  # no date of its own: the desk is given back with the stay
    old = current.end_date
    if old is not None and (last_day is None or last_day > old):
        # Extending must not run into somebody else's later booking of the desk.
        check_assignment(session, person, current.desk, old + ONE_DAY, last_day, ignore=(current.id,))
    current.end_date = last_day
    record(session, "update", "assignment", current.id, "end_date", old, last_day)
    session.flush()
    return current


def move_person(session: Session, person_id: int, to_desk_id: int, on: dt.date) -> SeatingChange:
    """The person sits at ``to_desk_id`` from ``on``; their move-out date, if any, is kept."""
    on = v.day("on", on, required=True)
    lock_rows(session, (to_desk_id,), (person_id,))
    person = get(session, Person, person_id, "person")
    desk = get(session, Desk, to_desk_id, "desk")
    current = assignment_on(session, person.id, on)
    if current is None:
        raise NotSeated(person.name_ko, on)
    if current.desk_id == desk.id:
        raise ValidationError.from_template(
            "desk", "%1 already sits at %2", person.name_ko, desk.code
        )
    end = current.end_date
    check_assignment(session, person, desk, on, end, ignore=(current.id,))
    old_desk = current.desk_id
    _end_before(session, current, on)
    session.flush()
    new = _insert(session, _Seat.of(person, desk), person.id, desk.id, on, end)
    return SeatingChange(frozenset({person.id}), frozenset({old_desk, desk.id}), frozenset({current.id, new.id}))


def swap_people(session: Session, person_a: int, person_b: int, on: dt.date) -> SeatingChange:
    """Two seated people exchange desks from ``on``; each keeps their own move-out date."""
    on = v.day("on", on, required=True)
    if person_a == person_b:
        raise ValidationError.from_template("swap", "choose two different people")
    lock_rows(session, people=(person_a, person_b))
    a = get(session, Person, person_a, "person")
    b = get(session, Person, person_b, "person")
    cur_a = assignment_on(session, a.id, on)
    cur_b = assignment_on(session, b.id, on)
    if cur_a is None:
        raise NotSeated(a.name_ko, on)
    if cur_b is None:
        raise NotSeated(b.name_ko, on)
    desk_a, desk_b = cur_a.desk, cur_b.desk
    ignore = (cur_a.id, cur_b.id)
    lock_rows(session, desks=(desk_a.id, desk_b.id))
    check_assignment(session, a, desk_b, on, cur_a.end_date, ignore=ignore)
    check_assignment(session, b, desk_a, on, cur_b.end_date, ignore=ignore)
    end_a, end_b = cur_a.end_date, cur_b.end_date
    _end_before(session, cur_a, on)
    _end_before(session, cur_b, on)
    session.flush()
    new_a = _insert(session, _Seat.of(a, desk_b), a.id, desk_b.id, on, end_a)
    new_b = _insert(session, _Seat.of(b, desk_a), b.id, desk_a.id, on, end_b)
    return SeatingChange(
        frozenset({a.id, b.id}), frozenset({desk_a.id, desk_b.id}),
        frozenset({cur_a.id, cur_b.id, new_a.id, new_b.id}),
    )
