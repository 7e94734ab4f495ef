"""What would stop a move plan from applying, named move by move, before anything is written.

The checks mirror what :func:`planner.services.move_plans.apply_move_plan` does: every mover's
seat on the plan's date is freed first, then each move is seated from that date — or from the
mover's arrival, when their stay starts later — until the mover's old move-out date, within
their stay. So a plan without problems applies, and a plan with problems says which move
breaks which rule instead of failing on the first one. A plan dated before today is a problem
of its own (:data:`PAST_DATE`): applying it rewrites past seating, which the user confirms
separately.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from planner.models import Assignment, Desk, DeskFeature, DeskKind, MovePlan, PlannedMove, Zone
from planner.services._common import get
from planner.services.availability_days import blocked_desks
from planner.services.seating import FAR_FUTURE, period_text
from planner.services.stays import bound_to_stay, stay_text

# The kinds of problem, in the order a coordinator reads them.
DESK_TAKEN = "desk_taken"  # someone who stays (or has booked) sits there on the date
SAME_DESK = "same_desk"  # two movers to one desk that is not a hot desk
DESK_INACTIVE = "desk_inactive"
DESK_OUT_OF_USE = "desk_out_of_use"  # the desk (or its zone) is blocked on a day of the move
NEEDS_NOT_MET = "needs_not_met"
NOT_RESIDENT = "not_resident"  # the mover's stay does not cover the date
ZONE_FULL = "zone_full"
PERSON_BOOKED = "person_booked"  # the mover already has another desk booked after the date
PAST_DATE = "past_date"  # the plan is dated before today: it would change past seating


@dataclass(frozen=True)
class MoveProblem:
    """One rule one move would break. ``detail`` holds the specifics the message names:
    the other person, the zone, or the missing features."""

    person_id: int
    person: str
    kind: str
    desk_code: str | None
    detail: str
    message: str  # the same in plain English, for the command line and logs

    def __str__(self) -> str:
        return self.message


def past_date_problem(day: dt.date, today: dt.date) -> MoveProblem | None:
    """The plan-wide problem of a plan dated before ``today`` (person 0: no one mover's), with
    ``detail`` "<date> <days>"; None when the date is today or later."""
    days = (today - day).days
    if days <= 0:
        return None
    return MoveProblem(
        0,
        "",
        PAST_DATE,
        None,
        f"{day.isoformat()} {days}",
        f"the plan is dated {day.isoformat()}, {days} days before today: "
        f"applying it changes {days} days of past seating",
    )


def _overlapping(start: dt.date, end: dt.date | None):
    return (Assignment.start_date <= (end or FAR_FUTURE)) & (
        or_(Assignment.end_date.is_(None), Assignment.end_date >= start)
    )


def _held(
    session: Session,
    column,
    keys: list[int],
    start: dt.date,
    end: dt.date | None,
    freed: tuple[int, ...] = (),
) -> list[Assignment]:
    """Assignments of these people (or desks) overlapping ``start``–``end``, except ``freed``,
    earliest first; with their person and desk loaded (names and codes for the messages)."""
    if not keys:
        return []
    found: list[Assignment] = []
    for chunk in range(0, len(keys), 500):  # well under SQLite's limit on bound variables
        found.extend(
            session.scalars(
                select(Assignment)
                .where(
                    column.in_(keys[chunk : chunk + 500]),
                    _overlapping(start, end),
                    Assignment.id.not_in(freed),
                )
                .options(selectinload(Assignment.person), selectinload(Assignment.desk))
                .order_by(Assignment.start_date)
            )
        )
    return found


def _first_between(
    assignments: list[Assignment], start: dt.date, end: dt.date | None
) -> Assignment | None:
    """The first of these (from the plan's date on) that holds a day of ``start``–``end``."""
    return next(
        (
            a
            for a in assignments
            if (end is None or a.start_date <= end) and (a.end_date is None or a.end_date >= start)
        ),
        None,
    )


def validate_move_plan(
    session: Session, plan_id: int, *, today: dt.date | None = None
) -> list[MoveProblem]:
    """Every problem of the plan's moves on its effective date; empty when it can be applied.
    With ``today``, a plan dated before it also has the :data:`PAST_DATE` problem."""
    plan = get(session, MovePlan, plan_id, "move plan")
    day = plan.effective_date
    moves = list(
        session.scalars(
            select(PlannedMove)
            .where(PlannedMove.plan_id == plan.id)
            .options(selectinload(PlannedMove.person), selectinload(PlannedMove.to_desk))
            .order_by(PlannedMove.id)
        )
    )
    movers = [m.person_id for m in moves]
    current = {a.person_id: a for a in _held(session, Assignment.person_id, movers, day, day)}
    freed = tuple(a.id for a in current.values())  # apply ends these first
    keep_end = {
        pid: (a.end_date if a else None) for pid, a in ((p, current.get(p)) for p in movers)
    }
    movers_to: dict[int, list[PlannedMove]] = defaultdict(list)
    for move in moves:
        if move.to_desk_id is not None:
            movers_to[move.to_desk_id].append(move)
    # Everything that could still be in the way from the date on, in two queries: what stays
    # at the target desks, and the movers' other bookings.
    at_desk: dict[int, list[Assignment]] = defaultdict(list)
    for a in _held(session, Assignment.desk_id, list(movers_to), day, None, freed):
        at_desk[a.desk_id].append(a)
    of_person: dict[int, list[Assignment]] = defaultdict(list)
    for a in _held(session, Assignment.person_id, movers, day, None, freed):
        of_person[a.person_id].append(a)

    problems: list[MoveProblem] = []

    def add(move: PlannedMove, kind: str, detail: str, message: str) -> None:
        code = move.to_desk.code if move.to_desk is not None else None
        name = move.person.name_ko
        problems.append(MoveProblem(move.person_id, name, kind, code, detail, f"{name}: {message}"))

    for move in moves:
        desk, person = move.to_desk, move.person
        if desk is None:
            continue
        # Seated from the plan's date, or from arrival; until the old move-out, within the stay.
        period = bound_to_stay(day, keep_end[move.person_id], person.stay_start, person.stay_end)
        if period is None:
            stay = stay_text(person.stay_start, person.stay_end)
            message = f"is not staying at the institute from {day} (stay {stay})"
            add(move, NOT_RESIDENT, stay, message)
            continue
        start, end = period
        if not desk.active:
            add(move, DESK_INACTIVE, "", f"desk {desk.code} is out of service")
        block = blocked_desks(session, start, end or FAR_FUTURE, (desk.id,)).get(desk.id)
        if block is not None:
            when = period_text(block.start, block.end)
            add(move, DESK_OUT_OF_USE, f"{when}: {block.reason}",
                f"desk {desk.code} is out of use ({when}: {block.reason})")
        missing = DeskFeature(person.needs) & ~DeskFeature(desk.features)
        if missing:
            names = ", ".join(DeskFeature(missing).names())
            add(move, NEEDS_NOT_MET, names, f"desk {desk.code} lacks what they need ({names})")
        if desk.kind != DeskKind.HOT:
            others = [m.person.name_ko for m in movers_to[desk.id] if m.person_id != move.person_id]
            if others:
                who = ", ".join(others)
                add(move, SAME_DESK, who, f"desk {desk.code} is also planned for {who}")
            taken = _first_between(at_desk[desk.id], start, end)
            if taken is not None:
                add(
                    move,
                    DESK_TAKEN,
                    taken.person.name_ko,
                    f"desk {desk.code} is taken by {taken.person.name_ko} "
                    f"({period_text(taken.start_date, taken.end_date)}), who is not moving away",
                )
        booked = _first_between(of_person[move.person_id], start, end)
        if booked is not None:
            detail = f"{booked.desk.code} {period_text(booked.start_date, booked.end_date)}"
            add(move, PERSON_BOOKED, detail, f"already has desk {detail} booked")
    problems.extend(_zone_problems(session, day, moves, freed))
    past = past_date_problem(day, today) if today is not None else None
    if past is not None:
        problems.insert(0, past)
    return problems


def _zone_problems(
    session: Session, day: dt.date, moves: list[PlannedMove], freed: tuple[int, ...]
) -> list[MoveProblem]:
    """Zones with a seat limit that would hold more people after the plan than they have seats."""
    incoming: dict[int, set[int]] = defaultdict(set)
    for move in moves:
        if move.to_desk is not None and move.to_desk.zone_id is not None:
            incoming[move.to_desk.zone_id].add(move.person_id)
    zones = {
        z.id: z
        for z in session.scalars(
            select(Zone).where(Zone.id.in_(list(incoming)), Zone.capacity_seats > 0)
        )
    }
    if not zones:
        return []
    # Who stays seated in those zones on the date: everyone but the movers.
    staying_by_zone = dict(
        session.execute(
            select(Desk.zone_id, func.count(func.distinct(Assignment.person_id)))
            .join(Desk, Desk.id == Assignment.desk_id)
            .where(
                Desk.zone_id.in_(list(zones)),
                _overlapping(day, day),
                Assignment.id.not_in(freed),
                Assignment.person_id.not_in([m.person_id for m in moves]),
            )
            .group_by(Desk.zone_id)
        ).all()
    )
    problems = []
    for zone_id, people in incoming.items():
        zone = zones.get(zone_id)
        if zone is None:
            continue
        staying = staying_by_zone.get(zone_id, 0)
        after = staying + len(people)
        if after <= zone.capacity_seats:
            continue
        detail = f"{zone.name} ({after}/{zone.capacity_seats})"
        for move in moves:
            if move.person_id in people:
                name = move.person.name_ko
                problems.append(
                    MoveProblem(
                        move.person_id,
                        name,
                        ZONE_FULL,
                        move.to_desk.code,
                        detail,
                        f"{name}: zone {zone.name} would hold {after} people "
                        f"for {zone.capacity_seats} seats",
                    )
                )
    return problems
