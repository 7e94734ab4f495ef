"""Dialogs answered as a user would, and questions asked of the demo data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.models import Assignment, Desk, DeskKind, MovePlan, Person
from planner.services.floorplan import desk_of_person
from planner.storage import Database
from ui.moveplans.commands import PlanValues
from ui.moveplans.dialogs import MoveDialog, PlanDialog


def answer_plan_dialog(monkeypatch, values: PlanValues) -> None:
    def exec_(dialog: PlanDialog) -> int:
        dialog.name.setText(values.name)
        dialog.date.setDate(values.effective_date)
        dialog.note.setPlainText(values.note)
        return 1

    monkeypatch.setattr(PlanDialog, "exec", exec_)


def answer_move_dialog(monkeypatch, person_id: int, desk_id: int | None, seen: list | None = None):
    def exec_(dialog: MoveDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        dialog.choose(person_id, desk_id)
        return 1

    monkeypatch.setattr(MoveDialog, "exec", exec_)


def desk_on(db: Database, person_id: int, day: dt.date) -> int | None:
    with db.sessions() as s:
        found = desk_of_person(s, person_id, day)
    return None if found is None else found[1]


def free_desk(db: Database, day: dt.date, skip: int = 0) -> Desk:
    """A fixed desk in service that nobody holds from ``day`` on, in a zone with room."""
    with db.sessions() as s:
        held = select(Assignment.desk_id).where(
            (Assignment.end_date.is_(None)) | (Assignment.end_date >= day)
        )
        desks = s.scalars(
            select(Desk)
            .where(
                Desk.active.is_(True),
                Desk.kind == DeskKind.FIXED,
                Desk.id.not_in(held),
            )
            .order_by(Desk.code)
        )
        # The demo's zones have a seat per desk, so a free desk there has room.
        roomy = [
            d for d in desks if d.zone is None or d.zone.capacity_seats in (0, len(d.zone.desks))
        ]
        assert len(roomy) > skip, "no free desk in the demo"
        s.expunge(roomy[skip])
        return roomy[skip]


def unseated_person(db: Database, day: dt.date, skip: int = 0) -> Person:
    """Someone staying at the institute who has no desk from ``day`` on, and no special needs."""
    with db.sessions() as s:
        seated = select(Assignment.person_id).where(
            (Assignment.end_date.is_(None)) | (Assignment.end_date >= day)
        )
        people = list(
            s.scalars(
                select(Person)
                .where(
                    Person.id.not_in(seated),
                    Person.needs == 0,
                    (Person.stay_end.is_(None)) | (Person.stay_end >= day),
                    (Person.stay_start.is_(None)) | (Person.stay_start <= day),
                )
                .order_by(Person.id)
            )
        )
        person = people[skip]
        s.expunge(person)
        return person


def seated_people(db: Database, day: dt.date, count: int) -> list[tuple[int, int]]:
    """(person id, desk id) of people on fixed desks who stay all along (open-ended)."""
    with db.sessions() as s:
        rows = s.execute(
            select(Assignment.person_id, Assignment.desk_id)
            .join(Desk, Desk.id == Assignment.desk_id)
            .join(Person, Person.id == Assignment.person_id)
            .where(
                Desk.kind == DeskKind.FIXED,
                Assignment.start_date <= day,
                Assignment.end_date.is_(None),
                Person.needs == 0,
                Person.stay_end.is_(None),
            )
            .order_by(Assignment.id)
            .limit(count)
        ).all()
    return [tuple(r) for r in rows]


def plan_status(db: Database, plan_id: int) -> str | None:
    with db.sessions() as s:
        plan = s.get(MovePlan, plan_id)
        return None if plan is None else plan.status.value
