"""A person's stay bounds their seating: nobody holds a desk on a day outside their stay.

Seating a person keeps to their stay (:func:`bound_to_stay`: an assignment starts on arrival at
the earliest and ends with the stay at the latest). Changing a stay that would leave
assignments outside it trims them in the same transaction (:func:`trims_for` says what would
be trimmed, for a form or an import preview to show first; :func:`apply_trims` does it). The
database holds the rule too (planner.guards: triggers on SQLite, constraint triggers on
PostgreSQL), so no path can store a desk outside a stay.

A stay bounds a person's participation in research tasks the same way
(:func:`participation_trims`, :func:`end_participations`): a person who leaves stops taking
part on their last day; the database holds that rule too (planner.research_guards).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import OutsideStay
from planner.models import Assignment, Desk, Person, TaskParticipant
from planner.services.audit import record

ONE_DAY = dt.timedelta(days=1)
Stay = tuple[dt.date | None, dt.date | None]  # (first day, last day); None = open


def bound_to_stay(
    start: dt.date, end: dt.date | None, stay_start: dt.date | None, stay_end: dt.date | None
) -> tuple[dt.date, dt.date | None] | None:
    """The part of ``start``–``end`` (inclusive; ``end`` None: open) inside the stay, or None
    when not one day of it is."""
    first = max(start, stay_start) if stay_start is not None else start
    last = end
    if stay_end is not None:
        last = stay_end if end is None else min(end, stay_end)
    if last is not None and last < first:
        return None
    return first, last


def within_stay(start: dt.date, end: dt.date | None, stay: Stay) -> bool:
    return bound_to_stay(start, end, *stay) == (start, end)


def stay_text(stay_start: dt.date | None, stay_end: dt.date | None) -> str:
    first = stay_start.isoformat() if stay_start else "…"
    return f"{first} – {stay_end.isoformat() if stay_end else '…'}"


# What a stay edit does to one assignment (StayTrim.kind), for messages in any language.
RELEASED = "released"  # the desk is given back from ``day`` (the stay ends before)
LATER = "later"  # the desk is held from ``day`` instead of from the old start
REMOVED = "removed"  # the whole assignment lies outside the stay


@dataclass(frozen=True)
class StayTrim:
    """One assignment a stay edit cuts to the stay."""

    assignment_id: int
    person_id: int
    person: str
    desk_code: str
    start: dt.date
    end: dt.date | None
    kept: tuple[dt.date, dt.date | None] | None  # what remains; None: removed

    @property
    def changes(self) -> tuple[tuple[str, dt.date], ...]:
        """(kind, day) of each change: RELEASED from a day, LATER from a day, or REMOVED."""
        if self.kept is None:
            return ((REMOVED, self.start),)
        found = []
        if self.kept[0] != self.start:
            found.append((LATER, self.kept[0]))
        if self.kept[1] != self.end and self.kept[1] is not None:
            found.append((RELEASED, self.kept[1] + ONE_DAY))
        return tuple(found)

    @property
    def message(self) -> str:
        """In English, as the CLI prints it: "desk 5F-A-001 released from 2027-01-04"."""
        texts = {
            RELEASED: "desk {desk} released from {day}",
            LATER: "desk {desk} held from {day} (the stay starts then)",
            REMOVED: "desk {desk} booking from {day} removed (outside the stay)",
        }
        return "; ".join(
            texts[kind].format(desk=self.desk_code, day=day.isoformat())
            for kind, day in self.changes
        )


def trims_for(session: Session, stays: Mapping[int, Stay]) -> list[StayTrim]:
    """What giving these people (id -> (stay start, stay end)) these stays would cut from their
    assignments; reads only. By person, then date."""
    ids = sorted(stays)
    found: list[StayTrim] = []
    for chunk in range(0, len(ids), 500):  # short IN lists on every database
        rows = session.execute(
            select(
                Assignment.id,
                Assignment.person_id,
                Person.name_ko,
                Desk.code,
                Assignment.start_date,
                Assignment.end_date,
            )
            .join(Person, Person.id == Assignment.person_id)
            .join(Desk, Desk.id == Assignment.desk_id)
            .where(Assignment.person_id.in_(ids[chunk : chunk + 500]))
            .order_by(Assignment.person_id, Assignment.start_date)
        )
        for row_id, person_id, name, code, start, end in rows:
            kept = bound_to_stay(start, end, *stays[person_id])
            if kept != (start, end):
                found.append(StayTrim(row_id, person_id, name, code, start, end, kept))
    return found


def refuse_trims(session: Session, stays: Mapping[int, Stay]) -> None:
    """Raise OutsideStay, naming the first seat concerned, when giving these people these
    stays would cut their seating. For undo: putting an old stay back must not throw away
    seating somebody made since."""
    trims = trims_for(session, stays)
    if trims:
        trim = trims[0]
        period = f"{trim.start.isoformat()} – {trim.end.isoformat() if trim.end else '…'}"
        raise OutsideStay(trim.person, stay_text(*stays[trim.person_id]), f"{trim.desk_code} {period}")


def apply_trims(session: Session, trims: Iterable[StayTrim]) -> frozenset[int]:
    """Cut the assignments to their stays (audited) and flush, before the stays themselves
    change: the database checks every stay against the assignments it holds. Returns the
    desks concerned."""
    desks: set[int] = set()
    for trim in trims:
        row = session.get(Assignment, trim.assignment_id)
        if row is None:
            continue
        desks.add(row.desk_id)
        label = f"{trim.person} @ {trim.desk_code}"
        if trim.kept is None:
            record(session, "delete", "assignment", row.id, "desk", label, None)
            session.delete(row)
            continue
        if row.start_date != trim.kept[0]:
            old_start = row.start_date
            record(session, "update", "assignment", row.id, "start_date", old_start, trim.kept[0])
            row.start_date = trim.kept[0]
        if row.end_date != trim.kept[1]:
            record(session, "update", "assignment", row.id, "end_date", row.end_date, trim.kept[1])
            row.end_date = trim.kept[1]
    session.flush()
    return frozenset(desks)


def trim_to_stay(
    session: Session, person_id: int, stay_start: dt.date | None, stay_end: dt.date | None
) -> list[StayTrim]:
    """Cut one person's assignments (and participations) to a stay they are about to get;
    returns what was cut of the seating."""
    trims = trims_for(session, {person_id: (stay_start, stay_end)})
    apply_trims(session, trims)
    end_participations(session, {person_id: (stay_start, stay_end)})
    return trims


@dataclass(frozen=True)
class ParticipationTrim:
    """One participation a stay edit cuts to the stay; ``kept`` None: removed."""

    participant_id: int
    person_id: int
    start: dt.date
    end: dt.date
    kept: tuple[dt.date, dt.date] | None


def participation_trims(session: Session, stays: Mapping[int, Stay]) -> list[ParticipationTrim]:
    """What giving these people these stays would cut from their participation in tasks."""
    ids = sorted(stays)
    found: list[ParticipationTrim] = []
    for chunk in range(0, len(ids), 500):
        rows = session.execute(
            select(TaskParticipant.id, TaskParticipant.person_id, TaskParticipant.period_start,
                   TaskParticipant.period_end)
            .where(TaskParticipant.person_id.in_(ids[chunk : chunk + 500]))
            .order_by(TaskParticipant.person_id, TaskParticipant.period_start)
        )
        for row_id, person_id, start, end in rows:
            kept = bound_to_stay(start, end, *stays[person_id])
            if kept != (start, end):
                found.append(ParticipationTrim(row_id, person_id, start, end, kept))  # type: ignore[arg-type]
    return found


def end_participations(session: Session, stays: Mapping[int, Stay]) -> int:
    """Cut participations to the people's new stays (audited) and flush, before the stays
    change; returns how many were cut or removed."""
    trims = participation_trims(session, stays)
    for trim in trims:
        row = session.get(TaskParticipant, trim.participant_id)
        if row is None:
            continue
        if trim.kept is None:
            record(session, "delete", "task_participant", row.id, "period",
                   f"{trim.start.isoformat()} – {trim.end.isoformat()}", None)
            session.delete(row)
            continue
        for name, old, new in (("period_start", row.period_start, trim.kept[0]),
                               ("period_end", row.period_end, trim.kept[1])):
            if old != new:
                record(session, "update", "task_participant", row.id, name, old, new)
                setattr(row, name, new)
    session.flush()
    return len(trims)
