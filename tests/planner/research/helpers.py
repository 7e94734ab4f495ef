"""A small institute for the research administration tests: three tasks in two years."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.models import OrganisationKind, Role, Track
from planner.services import people, renewals, tasks


@dataclass
class Lab:
    people: dict[str, int]  # e-mail -> id
    renewals: dict[tuple[str, int], int]  # (task code, year) -> renewal id
    tasks: dict[str, int]


def small_lab(session: Session, years=(2024, 2025)) -> Lab:
    kaist = people.create_organisation(session, "KAIST", "KAIST", OrganisationKind.KAIST)
    who = {}
    for email, name, role in (
        ("kim@kaist.ac.kr", "김연구", Role.RESEARCHER),
        ("lee@kaist.ac.kr", "이교수", Role.PROFESSOR),
        ("park@kaist.ac.kr", "박학생", Role.STUDENT),
        ("choi@kaist.ac.kr", "최인턴", Role.INTERN),
    ):
        who[email] = people.create_person(
            session, name_ko=name, name_en="", organisation_id=kaist.id, role=role, email=email
        ).id
    task_ids = {}
    for code in ("F-01", "F-02", "F-03"):
        task_ids[code] = tasks.create_task(
            session, code=code, title_ko=f"과제 {code}", track=Track.FOUNDATIONAL, start_year=2021,
            pi_id=who["lee@kaist.ac.kr"] if code == "F-01" else None,
        ).id
    found = {}
    for year in years:
        cycle = renewals.create_cycle(session, year)
        for code, task_id in task_ids.items():
            found[(code, year)] = renewals.add_task_renewal(
                session, cycle.id, task_id, period_start=dt.date(year, 3, 1),
                period_end=dt.date(year + 1, 2, 28),
            ).id
    return Lab(who, found, task_ids)
