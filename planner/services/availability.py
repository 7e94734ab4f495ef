"""Desks and zones out of use, and people on leave: the services and the day's questions.

A block ("out of use from–to, with a reason") is on a desk or on a zone (all its desks).
Nobody holds a blocked desk on those days: :func:`check_not_blocked` refuses the seat (the
seating services call it), the database refuses it too (planner.out_of_use_guards).
Blocking a desk someone holds on those days never leaves a double state: :func:`block_desk`
refuses, naming them (:class:`BlockHitsSeating`), unless asked to end their seating the day
before; :func:`plan_moves_for_block` makes a draft move plan for them instead.

Leave keeps a person's desk theirs; the desk is *idle* (not vacant) on those days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner import out_of_use_guards
from planner import validation as v
from planner.db import actor_of
from planner.errors import BlockHitsSeating, ValidationError
from planner.models import Assignment, Desk, Leave, OutOfUse, Person, Zone
from planner.services._common import get
from planner.services.audit import record
from planner.services.availability_days import (  # noqa: F401 - the read side, re-exported
    BLOCKED,
    IDLE,
    OCCUPIED,
    STATES,
    VACANT,
    BlockRow,
    LeaveRow,
    _overlaps,
    blocked_desks,
    check_not_blocked,
    desk_state,
    leaves_of,
    list_blocks,
    on_leave,
)
from planner.services.seating import SeatingChange, lock_rows, period_text

ONE_DAY = dt.timedelta(days=1)
LEAVE_KINDS = ("leave", "sabbatical")


@dataclass(frozen=True)
class BlockChange:
    """What blocking or unblocking did: the block, and the seating it ended (for undo)."""

    block_id: int
    desk_ids: frozenset[int]
    seating: SeatingChange | None = None


def _period(start: dt.date, end: dt.date | None) -> tuple[dt.date, dt.date | None]:
    start = v.day("from", start, required=True)
    end = v.day("to", end)
    v.period("out of use", start, end)
    return start, end


def holders_during(
    session: Session, start: dt.date, end: dt.date | None, *, desk_id: int | None = None,
    zone_id: int | None = None,
) -> list[Assignment]:
    """Assignments on the desk (or any desk of the zone) on a day of ``start``–``end``."""
    query = select(Assignment).join(Desk, Desk.id == Assignment.desk_id).where(
        _overlaps(Assignment, start, end)
    )
    query = query.where(Desk.id == desk_id) if desk_id is not None else query.where(Desk.zone_id == zone_id)
    return list(session.scalars(query.order_by(Assignment.start_date, Assignment.id)))


def _holder_text(a: Assignment) -> str:
    return f"{a.person.name_ko} ({a.desk.code}, {period_text(a.start_date, a.end_date)})"


def _end_before(session: Session, holders: list[Assignment], day: dt.date) -> SeatingChange:
    """Each holder's seating there ends the day before ``day`` (removed if not yet begun)."""
    for a in holders:
        label = f"{a.person.name_ko} @ {a.desk.code}"
        if a.start_date >= day:
            record(session, "delete", "assignment", a.id, "desk", label, None)
            session.delete(a)
        else:
            old = a.end_date
            a.end_date = day - ONE_DAY
            record(session, "update", "assignment", a.id, "end_date", old, a.end_date)
    session.flush()
    return SeatingChange(
        frozenset(a.person_id for a in holders),
        frozenset(a.desk_id for a in holders),
        frozenset(a.id for a in holders),
    )


def _block(
    session: Session, target: str, *, desk_id: int | None, zone_id: int | None, start: dt.date,
    end: dt.date | None, reason: str, end_seating: bool,
) -> BlockChange:
    start, end = _period(start, end)
    reason = v.text("reason", reason, max_len=500, required=True)
    if desk_id is not None:
        desk = get(session, Desk, desk_id, "desk")
        label, desks = desk.code, [desk.id]
    else:
        zone = get(session, Zone, zone_id, "zone")
        label = f"{zone.floor.name} · {zone.name}"
        desks = list(session.scalars(select(Desk.id).where(Desk.zone_id == zone.id)))
    lock_rows(session, tuple(desks))
    holders = holders_during(session, start, end, desk_id=desk_id, zone_id=zone_id)
    seating = None
    if holders:
        if not end_seating:
            raise BlockHitsSeating(label, [_holder_text(a) for a in holders])
        seating = _end_before(session, holders, start)
    block = OutOfUse(desk_id=desk_id, zone_id=zone_id, start_date=start, end_date=end,
                     reason=reason, created_by=actor_of(session))
    session.add(block)
    try:
        session.flush()
    except IntegrityError as error:
        if out_of_use_guards.refused(error):  # seated by another client meanwhile
            raise BlockHitsSeating(label, [label]) from error
        raise
    record(session, "create", "out_of_use", block.id, target, None,
           f"{label} {period_text(start, end)}: {reason}")
    return BlockChange(block.id, frozenset(desks), seating)


def block_desk(
    session: Session, desk_id: int, start: dt.date, end: dt.date | None, reason: str, *,
    end_seating: bool = False,
) -> BlockChange:
    """Put the desk out of use from ``start`` to ``end`` (None: until unblocked). When someone
    holds it on those days: BlockHitsSeating naming them, or with ``end_seating`` their seat
    there ends the day before ``start`` in the same transaction."""
    return _block(session, "desk", desk_id=desk_id, zone_id=None, start=start, end=end,
                  reason=reason, end_seating=end_seating)


def block_zone(
    session: Session, zone_id: int, start: dt.date, end: dt.date | None, reason: str, *,
    end_seating: bool = False,
) -> BlockChange:
    """Put every desk of the zone out of use; see :func:`block_desk`."""
    return _block(session, "zone", desk_id=None, zone_id=zone_id, start=start, end=end,
                  reason=reason, end_seating=end_seating)


@dataclass(frozen=True)
class BlockState:
    """A block as stored, so that undoing its removal puts the same block back."""

    id: int
    desk_id: int | None
    zone_id: int | None
    start: dt.date
    end: dt.date | None
    reason: str


def unblock(session: Session, block_id: int) -> BlockState:
    """Remove the block (the desk is usable again on those days); returns what it was."""
    block = get(session, OutOfUse, block_id, "out of use")
    state = BlockState(block.id, block.desk_id, block.zone_id, block.start_date, block.end_date,
                       block.reason)
    record(session, "delete", "out_of_use", block.id, "desk" if block.desk_id else "zone",
           f"{period_text(block.start_date, block.end_date)}: {block.reason}", None)
    session.delete(block)
    session.flush()
    return state


def restore_block(session: Session, state: BlockState) -> BlockChange:
    """Put back a removed block with its id (undo of :func:`unblock`)."""
    if state.desk_id is not None:
        change = block_desk(session, state.desk_id, state.start, state.end, state.reason)
    else:
        change = block_zone(session, state.zone_id, state.start, state.end, state.reason)
    return change


def block_desk_ids(session: Session, block_id: int) -> frozenset[int]:
    block = get(session, OutOfUse, block_id, "out of use")
    if block.desk_id is not None:
        return frozenset({block.desk_id})
    return frozenset(session.scalars(select(Desk.id).where(Desk.zone_id == block.zone_id)))


def plan_moves_for_block(
    session: Session, name: str, start: dt.date, end: dt.date | None, *,
    desk_id: int | None = None, zone_id: int | None = None, plan_id: int | None = None,
):
    """A draft move plan effective on ``start`` that releases everyone holding the desk (or a
    desk of the zone) on those days — to be given desks in the plan, applied, and the block
    made then. Returns the plan and the people staged."""
    from planner.services.move_plans import create_move_plan, stage_move

    start, end = _period(start, end)
    holders = holders_during(session, start, end, desk_id=desk_id, zone_id=zone_id)
    plan = create_move_plan(
        session, name, start, "out of use " + period_text(start, end), plan_id=plan_id
    )
    people = []
    for a in holders:
        if a.person_id not in people:
            stage_move(session, plan.id, a.person_id, None)
            people.append(a.person_id)
    return plan, people


# -- leave ----------------------------------------------------------------------------------
def _leave_values(start, end, kind, note) -> tuple[dt.date, dt.date, str, str]:
    start = v.day("from", start, required=True)
    end = v.day("to", end, required=True)
    v.period("leave", start, end)
    if kind not in LEAVE_KINDS:
        raise ValidationError.from_template("kind", "must be one of %1", ", ".join(LEAVE_KINDS))
    return start, end, kind, v.text("note", note, max_len=2000, multiline=True)


def add_leave(
    session: Session, person_id: int, start: dt.date, end: dt.date, *, kind: str = "leave",
    note: str = "", leave_id: int | None = None,
) -> LeaveRow:
    """A leave or sabbatical of the person (``leave_id`` gives back a removed leave's id)."""
    person = get(session, Person, person_id, "person")
    start, end, kind, note = _leave_values(start, end, kind, note)
    leave = Leave(id=leave_id, person_id=person.id, start_date=start, end_date=end, kind=kind,
                  note=note)
    session.add(leave)
    session.flush()
    record(session, "create", "leave", leave.id, kind, None,
           f"{person.name_ko} {period_text(start, end)}")
    return LeaveRow.of(leave)


def update_leave(
    session: Session, leave_id: int, start: dt.date, end: dt.date, *, kind: str, note: str = "",
) -> LeaveRow:
    leave = get(session, Leave, leave_id, "leave")
    start, end, kind, note = _leave_values(start, end, kind, note)
    for name, value in (("start_date", start), ("end_date", end), ("kind", kind),
                        ("note", note)):
        old = getattr(leave, name)
        if old != value:
            setattr(leave, name, value)
            record(session, "update", "leave", leave.id, name, old, value)
    session.flush()
    return LeaveRow.of(leave)


def remove_leave(session: Session, leave_id: int) -> LeaveRow:
    leave = get(session, Leave, leave_id, "leave")
    row = LeaveRow.of(leave)
    record(session, "delete", "leave", leave.id, leave.kind,
           period_text(leave.start_date, leave.end_date), None)
    session.delete(leave)
    session.flush()
    return row


