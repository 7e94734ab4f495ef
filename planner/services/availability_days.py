"""What is unavailable on which days: desks and zones out of use (blocks) and people on leave.

The read side of planner.services.availability, kept apart so that the seating services,
placement, move-plan checks, occupancy and the floor plan can ask it without importing the
services that write blocks (which build on seating): one rule, one place.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.errors import DeskOutOfUse
from planner.models import Desk, Floor, Leave, OutOfUse, Zone

FAR_FUTURE = dt.date(9999, 12, 31)


def period_text(start: dt.date, end: dt.date | None) -> str:
    return f"{start.isoformat()} – {end.isoformat() if end else '…'}"


@dataclass(frozen=True)
class BlockRow:
    """A block as lists, the CLI's JSON and the window show it."""

    id: int
    target: str  # "desk" or "zone"
    desk_id: int | None
    zone_id: int | None
    floor_id: int
    label: str  # the desk's code, or "floor · zone"
    start: dt.date
    end: dt.date | None
    reason: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "target": self.target,
            "desk": self.label if self.target == "desk" else None,
            "zone": self.label if self.target == "zone" else None,
            "from": self.start.isoformat(),
            "to": self.end.isoformat() if self.end else None,
            "reason": self.reason,
        }


def _overlaps(model, start: dt.date, end: dt.date | None):
    return (model.start_date <= (end or FAR_FUTURE)) & or_(
        model.end_date.is_(None), model.end_date >= start
    )


def _block_query():
    return (
        select(OutOfUse, Desk.code, Desk.floor_id, Zone.name, Zone.floor_id, Floor.name)
        .outerjoin(Desk, Desk.id == OutOfUse.desk_id)
        .outerjoin(Zone, Zone.id == OutOfUse.zone_id)
        .outerjoin(Floor, Floor.id == Zone.floor_id)
    )


def _rows(session: Session, query) -> list[BlockRow]:
    found = []
    for block, code, desk_floor, zone, zone_floor, floor_name in session.execute(query):
        if block.desk_id is not None:
            found.append(BlockRow(block.id, "desk", block.desk_id, None, desk_floor, code,
                                  block.start_date, block.end_date, block.reason))
        else:
            found.append(BlockRow(block.id, "zone", None, block.zone_id, zone_floor,
                                  f"{floor_name} · {zone}", block.start_date, block.end_date,
                                  block.reason))
    return found


def list_blocks(
    session: Session, *, on: dt.date | None = None, floor_id: int | None = None
) -> list[BlockRow]:
    """Every block (those covering ``on`` when given), by start date."""
    query = _block_query().order_by(OutOfUse.start_date, OutOfUse.id)
    if on is not None:
        query = query.where(_overlaps(OutOfUse, on, on))
    rows = _rows(session, query)
    return [r for r in rows if floor_id is None or r.floor_id == floor_id]


def blocked_desks(
    session: Session, start: dt.date, end: dt.date | None = None, desk_ids: Iterable[int] | None = None
) -> dict[int, BlockRow]:
    """Desks out of use on any day of ``start``–``end`` (default: the one day ``start``), each
    with the first block that covers it; a zone's block counts for every desk of the zone."""
    end = start if end is None else end
    blocks = _rows(session, _block_query().where(_overlaps(OutOfUse, start, end)).order_by(
        OutOfUse.start_date, OutOfUse.id))
    if not blocks:
        return {}
    zones = {b.zone_id: b for b in reversed(blocks) if b.zone_id is not None}
    found: dict[int, BlockRow] = {}
    if zones:
        query = select(Desk.id, Desk.zone_id).where(Desk.zone_id.in_(zones))
        if desk_ids is not None:
            query = query.where(Desk.id.in_(list(desk_ids)))
        for desk_id, zone_id in session.execute(query):
            found[desk_id] = zones[zone_id]
    wanted = None if desk_ids is None else set(desk_ids)
    for b in reversed(blocks):
        if b.desk_id is not None and (wanted is None or b.desk_id in wanted):
            found[b.desk_id] = b
    return found


def check_not_blocked(session: Session, desk: Desk, start: dt.date, end: dt.date | None) -> None:
    """DeskOutOfUse when the desk (or its zone) is out of use on a day of ``start``–``end``."""
    block = blocked_desks(session, start, end or FAR_FUTURE, (desk.id,)).get(desk.id)
    if block is not None:
        raise DeskOutOfUse(desk.code, period_text(block.start, block.end), block.reason)


# -- leave ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LeaveRow:
    id: int
    person_id: int
    start: dt.date
    end: dt.date
    kind: str
    note: str

    @classmethod
    def of(cls, leave: Leave) -> LeaveRow:
        return cls(leave.id, leave.person_id, leave.start_date, leave.end_date, leave.kind,
                   leave.note)


def leaves_of(session: Session, person_id: int) -> list[LeaveRow]:
    return [LeaveRow.of(x) for x in session.scalars(
        select(Leave).where(Leave.person_id == person_id).order_by(Leave.start_date))]


def on_leave(
    session: Session, start: dt.date, end: dt.date | None = None, person_ids: Iterable[int] | None = None
) -> dict[int, list[LeaveRow]]:
    """Leaves overlapping ``start``–``end`` (default: the day ``start``), by person."""
    end = start if end is None else end
    query = select(Leave).where(Leave.start_date <= end, Leave.end_date >= start)
    if person_ids is not None:
        query = query.where(Leave.person_id.in_(list(person_ids)))
    found: dict[int, list[LeaveRow]] = defaultdict(list)
    for leave in session.scalars(query.order_by(Leave.start_date)):
        found[leave.person_id].append(LeaveRow.of(leave))
    return found


# -- the state of a desk on a day: one rule for the day's figures and the months' -------------
OCCUPIED, IDLE, BLOCKED, VACANT = "occupied", "idle", "blocked", "vacant"
STATES = (OCCUPIED, IDLE, BLOCKED, VACANT)


def desk_state(holders: Iterable[int], blocked: bool, away: Iterable[int] | set[int]) -> str:
    """A desk in service on one day: out of use (``blocked``), held by someone there
    (occupied), held only by people on leave (idle), or nobody's (vacant). ``holders`` are
    the people holding it that day, ``away`` the people on leave that day."""
    if blocked:
        return BLOCKED
    people = set(holders)
    if not people:
        return VACANT
    return IDLE if people <= set(away) else OCCUPIED


# -- as columns of another query (the floor plan reads a floor in a handful of queries) ---------
def block_reason_column(day: dt.date):
    """The reason a block gives for ``Desk`` (its own or its zone's) on ``day``, else NULL: a
    correlated scalar subquery to select beside the desk's columns."""
    return (
        select(OutOfUse.reason)
        .where(
            or_(OutOfUse.desk_id == Desk.id, OutOfUse.zone_id == Desk.zone_id),
            _overlaps(OutOfUse, day, day),
        )
        .order_by(OutOfUse.start_date, OutOfUse.id)
        .limit(1)
        .correlate(Desk)
        .scalar_subquery()
    )


def on_leave_column(day: dt.date, person_id_column):
    """Whether the person of ``person_id_column`` is on leave on ``day`` (an EXISTS)."""
    return (
        select(Leave.id)
        .where(Leave.person_id == person_id_column, Leave.start_date <= day, Leave.end_date >= day)
        .exists()
    )
