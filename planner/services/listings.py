"""Read-only rows for the window's lists: everything one list shows, in one or two queries.

Each function returns frozen dataclasses (no ORM objects, nothing lazy), so a list can be
filled after its session is closed and never triggers a query per row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from planner.models import (
    Assignment,
    Desk,
    Organisation,
    Person,
    RenewalCycle,
    ResearchTask,
    TaskMember,
)
from planner.services.tasks import tasks_by_person
from planner.services.totals import all_cycle_totals


@dataclass(frozen=True)
class PersonListing:
    person_id: int
    name_ko: str
    name_en: str
    organisation: str
    role: str  # a planner.models.Role value
    email: str
    task_codes: tuple[str, ...]
    desk_code: str | None  # the desk on the day asked for
    stay_start: dt.date | None
    stay_end: dt.date | None
    organisation_en: str = ""  # the organisation's English name, "" when it has none


@dataclass(frozen=True)
class TaskListing:
    task_id: int
    code: str
    track: str  # a planner.models.Track value
    title_ko: str
    title_en: str
    area: str
    pi_name: str
    kt_contact_name: str
    member_count: int
    status: str  # a planner.models.TaskStatus value


@dataclass(frozen=True)
class CycleListing:
    cycle_id: int
    year: int
    status: str  # a planner.models.CycleStatus value
    task_count: int  # tasks going on: concluded ones count in no total
    total_budget_krw: int
    consultation_deadline: dt.date | None
    signing_target: dt.date | None
    signed_on: dt.date | None
    concluded: int = 0  # tasks concluded in the cycle


@dataclass(frozen=True)
class OrganisationListing:
    organisation_id: int
    name: str
    name_en: str
    kind: str
    people: int


def organisation_listing(session: Session) -> list[OrganisationListing]:
    """Every organisation with how many people belong to it, by name."""
    rows = session.execute(
        select(
            Organisation.id, Organisation.name, Organisation.name_en, Organisation.kind,
            func.count(Person.id),
        )
        .outerjoin(Person, Person.organisation_id == Organisation.id)
        .group_by(Organisation.id, Organisation.name, Organisation.name_en, Organisation.kind)
        .order_by(Organisation.name)
    )
    return [
        OrganisationListing(org_id, name, name_en, kind.value, count)
        for org_id, name, name_en, kind, count in rows
    ]


def people_listing(session: Session, day: dt.date) -> list[PersonListing]:
    """Everyone, with their organisation, task codes and desk on ``day``, by Korean name."""
    on_day = (
        select(Assignment.person_id, Assignment.desk_id)
        .where(
            Assignment.start_date <= day,
            or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
        )
        .subquery()
    )
    rows = session.execute(
        select(
            Person.id,
            Person.name_ko,
            Person.name_en,
            Organisation.name,
            Person.role,
            Person.email,
            Desk.code,
            Person.stay_start,
            Person.stay_end,
            Organisation.name_en,
        )
        .join(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(on_day, on_day.c.person_id == Person.id)
        .outerjoin(Desk, Desk.id == on_day.c.desk_id)
        .order_by(Person.name_ko, Person.id, Desk.code)
    )
    codes = tasks_by_person(session)
    result: list[PersonListing] = []
    seen: set[int] = set()
    for pid, name_ko, name_en, org, role, email, desk, stay_start, stay_end, org_en in rows:
        if pid in seen:  # the guards allow one desk per person per day; be safe anyway
            continue
        seen.add(pid)
        result.append(
            PersonListing(
                pid,
                name_ko,
                name_en or "",
                org,
                str(role.value),
                email or "",
                tuple(codes.get(pid, ())),
                desk,
                stay_start,
                stay_end,
                org_en or "",
            )
        )
    return result


def task_listing(session: Session) -> list[TaskListing]:
    pi = aliased(Person)
    kt_contact = aliased(Person)
    members = (
        select(TaskMember.task_id, func.count().label("n")).group_by(TaskMember.task_id).subquery()
    )
    rows = session.execute(
        select(
            ResearchTask.id,
            ResearchTask.code,
            ResearchTask.track,
            ResearchTask.title_ko,
            ResearchTask.title_en,
            ResearchTask.area,
            pi.name_ko,
            kt_contact.name_ko,
            func.coalesce(members.c.n, 0),
            ResearchTask.status,
        )
        .outerjoin(pi, pi.id == ResearchTask.pi_id)
        .outerjoin(kt_contact, kt_contact.id == ResearchTask.kt_contact_id)
        .outerjoin(members, members.c.task_id == ResearchTask.id)
        .order_by(ResearchTask.code)
    )
    return [
        TaskListing(
            tid,
            code,
            str(track.value),
            title_ko,
            title_en or "",
            area or "",
            pi_name or "",
            kt_name or "",
            int(count),
            str(status.value),
        )
        for tid, code, track, title_ko, title_en, area, pi_name, kt_name, count, status in rows
    ]


def cycle_listing(session: Session) -> list[CycleListing]:
    """Every cycle, newest first, with its totals from :func:`planner.services.totals`."""
    totals = all_cycle_totals(session)
    rows = session.execute(
        select(
            RenewalCycle.id,
            RenewalCycle.year,
            RenewalCycle.status,
            RenewalCycle.consultation_deadline,
            RenewalCycle.signing_target,
            RenewalCycle.signed_on,
        ).order_by(RenewalCycle.year.desc())
    )
    return [
        CycleListing(
            cid,
            year,
            str(status.value),
            totals[year].tasks,
            totals[year].budget_krw,
            deadline,
            target,
            signed,
            totals[year].concluded,
        )
        for cid, year, status, deadline, target, signed in rows
    ]
