"""What the research administration's lists read: participants, a person's load in a year,
the tasks people take part in on a day, KPIs beside last year's.

Read-only and importing nothing but the models, so that the agreement (planner.services.
agreements), the floor plan (planner.services.floorplan) and the editing services
(participants, kpis) all read one figure from one function.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.models import (
    ParticipantRole,
    Person,
    RenewalCycle,
    ResearchTask,
    TaskKpi,
    TaskParticipant,
    TaskRenewal,
)


@dataclass(frozen=True)
class ParticipantRow:
    """One participant as lists, reports and exports show them."""

    id: int
    year: int
    renewal_id: int
    task_code: str
    task_title_ko: str
    task_title_en: str
    person_id: int
    name_ko: str
    name_en: str
    email: str | None
    organisation: str
    role: ParticipantRole
    rate_pct: int
    period_start: dt.date
    period_end: dt.date
    is_pi: bool


def person_load(session: Session, person_id: int, year: int) -> int:
    """The sum of a person's rates over the tasks of ``year``: the one figure every screen,
    report and export shows for it."""
    total = session.scalar(
        select(func.coalesce(func.sum(TaskParticipant.rate_pct), 0))
        .join(TaskRenewal, TaskRenewal.id == TaskParticipant.renewal_id)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .where(TaskParticipant.person_id == person_id, RenewalCycle.year == year)
    )
    return int(total or 0)


def participant_rows(
    session: Session, year: int | None = None, *, task_code: str | None = None,
    person_id: int | None = None,
) -> list[ParticipantRow]:
    """Participants by year, task code and role (책임 first), then name."""
    query = (
        select(TaskParticipant, TaskRenewal, RenewalCycle.year, ResearchTask, Person)
        .join(TaskRenewal, TaskRenewal.id == TaskParticipant.renewal_id)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .join(Person, Person.id == TaskParticipant.person_id)
    )
    if year is not None:
        query = query.where(RenewalCycle.year == year)
    if task_code is not None:
        query = query.where(ResearchTask.code == task_code)
    if person_id is not None:
        query = query.where(Person.id == person_id)
    order = list(ParticipantRole)
    rows = [
        ParticipantRow(
            id=p.id, year=cycle_year, renewal_id=r.id, task_code=t.code, task_title_ko=t.title_ko,
            task_title_en=t.title_en, person_id=person.id, name_ko=person.name_ko,
            name_en=person.name_en, email=person.email, organisation=person.organisation.name,
            role=p.role, rate_pct=p.rate_pct, period_start=p.period_start, period_end=p.period_end,
            is_pi=t.pi_id == person.id,
        )
        for p, r, cycle_year, t, person in session.execute(query)
    ]
    rows.sort(key=lambda row: (row.year, row.task_code, order.index(row.role), row.name_ko, row.id))
    return rows


def tasks_on(session: Session, day: dt.date) -> dict[int, tuple[str, ...]]:
    """person id -> the codes of the tasks they take part in on ``day``, highest rate first
    (then by code): the first is the task a floor plan colours their desk by."""
    rows = session.execute(
        select(TaskParticipant.person_id, ResearchTask.code, TaskParticipant.rate_pct)
        .join(TaskRenewal, TaskRenewal.id == TaskParticipant.renewal_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .where(TaskParticipant.period_start <= day, TaskParticipant.period_end >= day)
    ).all()
    found: dict[int, list[tuple[int, str]]] = {}
    for person_id, code, rate in rows:
        found.setdefault(person_id, []).append((-rate, code))
    return {pid: tuple(code for _rate, code in sorted(items)) for pid, items in found.items()}


@dataclass(frozen=True)
class KpiRow:
    id: int
    year: int
    renewal_id: int
    task_code: str
    name: str
    unit: str
    target: float
    actual: float | None
    last_target: float | None  # the same KPI of the same task a year before
    last_actual: float | None
    name_en: str = ""
    unit_en: str = ""

    @property
    def achieved_pct(self) -> float | None:
        """Actual over target, in %, when both are known and the target is not 0."""
        if self.actual is None or not self.target:
            return None
        return 100.0 * self.actual / self.target


def kpi_rows(session: Session, year: int | None = None, *, task_code: str | None = None) -> list[KpiRow]:
    """KPIs by year, task and name, each with last year's target and actual."""
    query = (
        select(TaskKpi, RenewalCycle.year, ResearchTask.code, ResearchTask.id)
        .join(TaskRenewal, TaskRenewal.id == TaskKpi.renewal_id)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
    )
    everything = session.execute(query).all()
    index = {(task_id, y, k.name): k for k, y, _code, task_id in everything}
    rows = []
    for kpi, kpi_year, code, task_id in everything:
        if year is not None and kpi_year != year:
            continue
        if task_code is not None and code != task_code:
            continue
        last = index.get((task_id, kpi_year - 1, kpi.name))
        rows.append(KpiRow(
            id=kpi.id, year=kpi_year, renewal_id=kpi.renewal_id, task_code=code, name=kpi.name,
            unit=kpi.unit, target=kpi.target, actual=kpi.actual,
            last_target=last.target if last else None, last_actual=last.actual if last else None,
            name_en=kpi.name_en, unit_en=kpi.unit_en,
        ))
    rows.sort(key=lambda r: (r.year, r.task_code, r.name))
    return rows
