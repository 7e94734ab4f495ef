"""The inverse of a seating change, for undo.

Every seating service (assign, move, swap, release, set move-out) only creates, shortens,
lengthens or deletes assignment rows of the people it touches. So one inverse covers them
all: take the rows of those people before the change (:func:`capture`), compare with the
rows after it, and :func:`revert` puts back exactly the difference. Revert refuses
(:class:`ConcurrentEdit`) when somebody changed those rows in between, rather than undoing
their work as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ConcurrentEdit, DeskAlreadyTaken, OutsideStay, PersonAlreadySeated
from planner.models import Assignment, Desk, DeskKind, Person
from planner.services.audit import record
from planner.services.seating import FAR_FUTURE, SeatingChange, period_text
from planner.services.stays import within_stay


@dataclass(frozen=True)
class AssignmentState:
    id: int
    person_id: int
    desk_id: int
    start_date: dt.date
    end_date: dt.date | None
    move_plan_id: int | None
    created_at: dt.datetime

    @classmethod
    def of(cls, a: Assignment) -> AssignmentState:
        return cls(
            a.id, a.person_id, a.desk_id, a.start_date, a.end_date, a.move_plan_id, a.created_at
        )


Snapshot = dict[int, AssignmentState]


def capture(session: Session, person_ids: Iterable[int]) -> Snapshot:
    """Every assignment row of these people, as it is now."""
    ids = list(set(person_ids))
    if not ids:
        return {}
    session.flush()
    rows = session.scalars(select(Assignment).where(Assignment.person_id.in_(ids)))
    return {a.id: AssignmentState.of(a) for a in rows}


@dataclass(frozen=True)
class Difference:
    """What a change did to the assignment rows: enough to take it back and to redo it."""

    before: tuple[AssignmentState, ...]  # rows the change altered or deleted, as they were
    after: tuple[AssignmentState, ...]  # rows the change altered or created, as they became

    @property
    def person_ids(self) -> frozenset[int]:
        return frozenset(s.person_id for s in (*self.before, *self.after))

    @property
    def desk_ids(self) -> frozenset[int]:
        return frozenset(s.desk_id for s in (*self.before, *self.after))


def difference(before: Snapshot, after: Snapshot) -> Difference:
    changed = {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
    return Difference(
        tuple(before[i] for i in sorted(changed) if i in before),
        tuple(after[i] for i in sorted(changed) if i in after),
    )


def revert(session: Session, diff: Difference) -> SeatingChange:
    """Put the rows back as they were before the change described by ``diff``."""
    before = {s.id: s for s in diff.before}
    after = {s.id: s for s in diff.after}
    rows = {
        a.id: a
        for a in session.scalars(
            select(Assignment).where(Assignment.id.in_(before.keys() | after.keys()))
        )
    }
    for row_id, state in after.items():
        row = rows.get(row_id)
        if row is None or AssignmentState.of(row) != state:
            raise ConcurrentEdit("This seating")
    for row_id in before.keys() - after.keys():
        if row_id in rows:
            raise ConcurrentEdit("This seating")

    # What comes back must still fit: someone may have taken the freed desk, seated the person
    # elsewhere or shortened their stay since. Refused with that reason, not with the
    # database's guard (which would only say that a rule was broken).
    _refuse_clashes(session, [before[i] for i in before], frozenset(before) | frozenset(after))

    # A row id in both states may be a different row: SQLite gives a new row the id of the
    # highest deleted one, so a change that deletes a seat (it had not begun) and writes one
    # reuses its id, possibly for another person. Such a row goes, and the old one comes back.
    replaced = {
        i for i in after.keys() & before.keys()
        if (before[i].person_id, before[i].created_at) != (after[i].person_id, after[i].created_at)
    }
    changed = sorted(after.keys() & before.keys() - replaced, key=lambda i: not _shrinks(before[i], after[i]))
    returning = sorted(before.keys() - after.keys() | replaced)

    # Deletions and shortenings first, so that the database's overlap guards never see two
    # rows for one desk or one person at the same time while the old state comes back.
    for row_id in sorted(after.keys() - before.keys() | replaced):
        row = rows[row_id]
        record(
            session,
            "delete",
            "assignment",
            row.id,
            "desk",
            f"undo {row.person_id}@{row.desk_id}",
            None,
        )
        session.delete(row)
    session.flush()
    for row_id in changed:
        row, old = rows[row_id], before[row_id]
        if row.end_date != old.end_date:
            record(session, "update", "assignment", row.id, "end_date", row.end_date, old.end_date)
        row.start_date, row.end_date, row.desk_id = old.start_date, old.end_date, old.desk_id
        session.flush()
    for row_id in returning:
        old = before[row_id]
        session.add(
            Assignment(
                id=old.id,
                person_id=old.person_id,
                desk_id=old.desk_id,
                start_date=old.start_date,
                end_date=old.end_date,
                move_plan_id=old.move_plan_id,
                created_at=old.created_at,
            )
        )
        session.flush()
        record(
            session,
            "create",
            "assignment",
            old.id,
            "desk",
            None,
            f"undo {old.person_id}@{old.desk_id} {period_text(old.start_date, old.end_date)}",
        )
    session.flush()
    return SeatingChange(diff.person_ids, diff.desk_ids, frozenset(before) | frozenset(after))


def _shrinks(old: AssignmentState, now: AssignmentState) -> bool:
    """Whether putting ``old`` back only gives days up (so it goes before any that takes days)."""
    far = dt.date.max
    return (
        old.desk_id == now.desk_id
        and old.start_date >= now.start_date
        and (old.end_date or far) <= (now.end_date or far)
    )


def _refuse_clashes(
    session: Session, restoring: list[AssignmentState], ignore: frozenset[int]
) -> None:
    """Raise what stops these rows from coming back beside the rows not being reverted
    (``ignore``): the person's stay, another desk of theirs, another occupant of the desk."""
    for old in restoring:
        person = session.get(Person, old.person_id)
        desk = session.get(Desk, old.desk_id)
        if person is None or desk is None:
            raise ConcurrentEdit("This seating")
        period = period_text(old.start_date, old.end_date)
        if not within_stay(old.start_date, old.end_date, (person.stay_start, person.stay_end)):
            raise OutsideStay(person.name_ko, period=period)
        overlapping = (Assignment.start_date <= (old.end_date or FAR_FUTURE)) & (
            (Assignment.end_date.is_(None)) | (Assignment.end_date >= old.start_date)
        )
        others = select(Assignment).where(overlapping, Assignment.id.not_in(ignore))
        elsewhere = session.scalars(others.where(Assignment.person_id == person.id)).first()
        if elsewhere is not None:
            raise PersonAlreadySeated(
                person.name_ko, elsewhere.desk.code, period_text(elsewhere.start_date, elsewhere.end_date)
            )
        if desk.kind != DeskKind.HOT:
            taken = session.scalars(others.where(Assignment.desk_id == desk.id)).first()
            if taken is not None:
                raise DeskAlreadyTaken(
                    desk.code, taken.person.name_ko, period_text(taken.start_date, taken.end_date)
                )
