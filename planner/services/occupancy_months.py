"""Occupancy over time: per month, how many desks were occupied, idle, out of use or vacant.

Computed from the dated records — assignments, blocks (out of use) and leave — day by day
with the one rule of :func:`planner.services.availability.desk_state`, never from a stored
snapshot, so past months read history and coming months read what is planned. A month's
figure is the average over its days (desk-days / days), so a desk out of use for a week of a
31-day month counts 7/31 of a desk that month; the four figures add up to the desks in
service. The window's chart, the occupancy PDF and ``planner report occupancy`` all show
these numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import ValidationError
from planner.models import Assignment, Desk, Leave, OutOfUse
from planner.services.availability_days import BLOCKED, IDLE, OCCUPIED, VACANT, desk_state

ONE_DAY = dt.timedelta(days=1)
FAR_FUTURE = dt.date(9999, 12, 31)
MAX_MONTHS = 120


@dataclass(frozen=True)
class MonthOccupancy:
    month: dt.date  # its first day
    days: int
    seats: int  # desks in service
    occupied: float  # average per day
    idle: float
    blocked: float
    vacant: float

    @property
    def label(self) -> str:
        return f"{self.month.year}-{self.month.month:02d}"

    def as_json(self) -> dict:
        return {
            "month": self.label,
            "seats": self.seats,
            "occupied": round(self.occupied, 2),
            "idle": round(self.idle, 2),
            "blocked": round(self.blocked, 2),
            "vacant": round(self.vacant, 2),
        }


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """Six months back and five ahead of today's month: a year around today."""
    first = month_start(today)
    for _ in range(6):
        first = month_start(first - ONE_DAY)
    last = first
    for _ in range(11):
        last = next_month(last)
    return first, last


def occupancy_by_month(
    session: Session, first: dt.date, last: dt.date, floor_id: int | None = None
) -> list[MonthOccupancy]:
    """One row per month from ``first``'s month to ``last``'s (inclusive), for the desks in
    service (on ``floor_id`` when given)."""
    first = v.day("from", first, required=True)
    last = v.day("to", last, required=True)
    months = months_between(first, last)
    if not months:
        raise ValidationError.from_template("to", "is before %1", first.isoformat())
    if len(months) > MAX_MONTHS:
        raise ValidationError.from_template("to", "is more than %1 months after the start", MAX_MONTHS)
    start, end = months[0], next_month(months[-1]) - ONE_DAY
    desks_query = select(Desk.id, Desk.zone_id).where(Desk.active.is_(True))
    if floor_id is not None:
        desks_query = desks_query.where(Desk.floor_id == floor_id)
    zone_of = dict(session.execute(desks_query).tuples().all())
    held: dict[int, list[tuple[int, dt.date, dt.date]]] = defaultdict(list)
    for desk_id, person_id, a_start, a_end in session.execute(
        select(Assignment.desk_id, Assignment.person_id, Assignment.start_date, Assignment.end_date)
        .where(Assignment.start_date <= end)
        .where((Assignment.end_date.is_(None)) | (Assignment.end_date >= start))
    ):
        if desk_id in zone_of:
            held[desk_id].append((person_id, a_start, a_end or FAR_FUTURE))
    blocks: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    desks_of_zone: dict[int, list[int]] = defaultdict(list)
    for desk_id, zone_id in zone_of.items():
        if zone_id is not None:
            desks_of_zone[zone_id].append(desk_id)
    for desk_id, zone_id, b_start, b_end in session.execute(
        select(OutOfUse.desk_id, OutOfUse.zone_id, OutOfUse.start_date, OutOfUse.end_date)
        .where(OutOfUse.start_date <= end)
        .where((OutOfUse.end_date.is_(None)) | (OutOfUse.end_date >= start))
    ):
        for target in [desk_id] if desk_id is not None else desks_of_zone.get(zone_id, []):
            if target in zone_of:
                blocks[target].append((b_start, b_end or FAR_FUTURE))
    people = {p for spans in held.values() for p, _s, _e in spans}
    leaves: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    if people:
        for person_id, l_start, l_end in session.execute(
            select(Leave.person_id, Leave.start_date, Leave.end_date)
            .where(Leave.start_date <= end, Leave.end_date >= start)
        ):
            if person_id in people:
                leaves[person_id].append((l_start, l_end))

    seats = len(zone_of)
    totals = {m: dict.fromkeys((OCCUPIED, IDLE, BLOCKED, VACANT), 0) for m in months}
    quiet = seats - len(set(held) | set(blocks))  # vacant every day of the period
    day_count = {m: (next_month(m) - m).days for m in months}
    for m in months:
        totals[m][VACANT] += quiet * day_count[m]
    month_starts = months[1:]
    for desk_id in set(held) | set(blocks):
        spans, closed = held.get(desk_id, []), blocks.get(desk_id, [])
        holders_leave = [span for p, _s, _e in spans for span in leaves.get(p, ())]
        # The state changes only where a seat, a block or a holder's leave begins or ends:
        # between those days (and month starts) it is the same every day.
        cuts = set()
        for first_day, last_day in [(s_, e_) for _p, s_, e_ in spans] + closed + holders_leave:
            if start < first_day <= end:
                cuts.add(first_day)
            if start <= last_day < end:  # never past the period (nor past 9999-12-31)
                cuts.add(last_day + ONE_DAY)
        edges = sorted({start, end + ONE_DAY, *cuts, *month_starts})
        for left, right in zip(edges, edges[1:], strict=False):
            holders = [p for p, s_, e_ in spans if s_ <= left <= e_]
            away = {p for p in holders if any(s_ <= left <= e_ for s_, e_ in leaves.get(p, ()))}
            state = desk_state(holders, any(s_ <= left <= e_ for s_, e_ in closed), away)
            totals[month_start(left)][state] += (right - left).days
    return [
        MonthOccupancy(
            m, day_count[m], seats,
            *(totals[m][state] / day_count[m] for state in (OCCUPIED, IDLE, BLOCKED, VACANT)),
        )
        for m in months
    ]
