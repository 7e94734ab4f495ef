"""Participating researchers (참여연구원) of a task in one year, and their rates.

A participant belongs to one task renewal (the task in one cycle). Rules, checked here first so
that the refusal names the tasks, and held by the database too (planner.research_guards):

* a person's rates over the tasks of one year add up to at most their cap (:func:`cap_of`:
  the institute's ``participation_cap`` for their kind of person, else 100 %);
* a participation lies within the task's period and the person's stay (a stay that ends ends
  it: :func:`planner.services.stays.participation_trims`);
* the task's PI is a participant, as 책임 (:func:`problems` lists a task whose PI is missing,
  and the PI's own line cannot be removed while others remain).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import InUse, ParticipationOverCap, ValidationError
from planner.models import (
    ParticipantRole,
    ParticipationCap,
    Person,
    RenewalCycle,
    ResearchTask,
    Role,
    TaskParticipant,
    TaskRenewal,
)
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.renewals import ensure_editable
from planner.services.research_queries import (  # noqa: F401 - the lists' rows, re-exported
    ParticipantRow,
    participant_rows,
    person_load,
    tasks_on,
)

FULL = 100  # the cap of a kind of person the institute set none for

OVER_CAP = "%1's participation in %2 would exceed %3 %: %4 > %3 %."


def cap_of(session: Session, role: Role) -> int:
    cap = session.scalar(select(ParticipationCap.cap_pct).where(ParticipationCap.role == role))
    return FULL if cap is None else cap


def caps(session: Session) -> dict[Role, int]:
    """Every kind of person's cap (100 where the institute set none)."""
    found = {role: cap for role, cap in session.execute(select(ParticipationCap.role, ParticipationCap.cap_pct))}
    return {role: found.get(role, FULL) for role in Role}


def set_cap(session: Session, role: Role | str, cap_pct: int | None) -> None:
    """Set (or with None remove) the cap of a kind of person; refused while someone of that kind
    already takes part above it."""
    role = Role(role)
    row = session.get(ParticipationCap, role)
    old = row.cap_pct if row else None
    if cap_pct is None:
        if row is not None:
            session.delete(row)
            record(session, "delete", "participation_cap", None, role.value, old, None)
        return
    cap_pct = v.integer("cap_pct", cap_pct, minimum=1, maximum=100)
    over = session.execute(
        select(Person.name_ko, RenewalCycle.year, func.sum(TaskParticipant.rate_pct))
        .join(TaskParticipant, TaskParticipant.person_id == Person.id)
        .join(TaskRenewal, TaskRenewal.id == TaskParticipant.renewal_id)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .where(Person.role == role)
        .group_by(Person.id, Person.name_ko, RenewalCycle.year)
        .having(func.sum(TaskParticipant.rate_pct) > cap_pct)
        .order_by(Person.name_ko)
    ).first()
    if over is not None:
        name, year, total = over
        raise ParticipationOverCap.from_template(OVER_CAP, name, year, cap_pct, f"{total} %")
    if row is None:
        session.add(ParticipationCap(role=role, cap_pct=cap_pct))
    else:
        row.cap_pct = cap_pct
    record(session, "update", "participation_cap", None, role.value, old, cap_pct)
    flush(session, "participation cap")


def rates_in_cycle(
    session: Session, person_id: int, cycle_id: int, *, leave_out: int | None = None
) -> list[tuple[str, int]]:
    """(task code, rate) of the person's participations in the cycle, by task code."""
    query = (
        select(ResearchTask.code, TaskParticipant.rate_pct)
        .join(TaskRenewal, TaskRenewal.id == TaskParticipant.renewal_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .where(TaskParticipant.person_id == person_id, TaskRenewal.cycle_id == cycle_id)
        .order_by(ResearchTask.code)
    )
    if leave_out is not None:
        query = query.where(TaskParticipant.id != leave_out)
    return [(code, rate) for code, rate in session.execute(query)]


def over_cap_breakdown(rates: Sequence[tuple[str, int]]) -> str:
    """"F-01 60 % + F-02 50 %" (the sentence of a refusal)."""
    return " + ".join(f"{code} {rate} %" for code, rate in rates)


def check_rate(
    session: Session, person: Person, renewal: TaskRenewal, rate: int, *, leave_out: int | None = None
) -> None:
    """Refuse, naming every task of the year with its rate, a rate that would take the person
    past their cap."""
    others = rates_in_cycle(session, person.id, renewal.cycle_id, leave_out=leave_out)
    cap = cap_of(session, person.role)
    if sum(r for _, r in others) + rate > cap:
        lines = sorted([*others, (renewal.task.code, rate)])
        raise ParticipationOverCap.from_template(
            OVER_CAP, person.name_ko, renewal.cycle.year, cap, over_cap_breakdown(lines)
        )


def _role(value: Any) -> ParticipantRole:
    try:
        return ParticipantRole(value)
    except ValueError:
        raise ValidationError.from_template("role", "unknown role in the task '%1'", value) from None


def _period(
    renewal: TaskRenewal, person: Person, start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The participation's period: as given, else the task's period cut to the person's stay;
    refused outside either."""
    first = start or max(d for d in (renewal.period_start, person.stay_start) if d is not None)
    last = end or min(d for d in (renewal.period_end, person.stay_end) if d is not None)
    v.period("period", first, last)
    if first < renewal.period_start or last > renewal.period_end:
        raise ValidationError.from_template(
            "period", "lies outside the task's period (%1 – %2)",
            renewal.period_start, renewal.period_end,
        )
    if (person.stay_start and first < person.stay_start) or (person.stay_end and last > person.stay_end):
        raise ValidationError.from_template(
            "period", "lies outside %1's stay (%2 – %3)", person.name_ko,
            person.stay_start or "…", person.stay_end or "…",
        )
    return first, last


def add_participant(
    session: Session,
    renewal_id: int,
    person_id: int,
    *,
    role: ParticipantRole | str = ParticipantRole.MEMBER,
    rate_pct: int,
    period_start: dt.date | str | None = None,
    period_end: dt.date | str | None = None,
) -> TaskParticipant:
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    ensure_editable(renewal.cycle)
    person = get(session, Person, person_id, "person")
    rate = v.integer("rate_pct", rate_pct, minimum=1, maximum=100)
    first, last = _period(
        renewal, person, v.day("period_start", period_start), v.day("period_end", period_end)
    )
    if session.scalar(
        select(TaskParticipant.id).where(
            TaskParticipant.renewal_id == renewal_id, TaskParticipant.person_id == person_id
        )
    ):
        raise ValidationError.from_template(
            "person", "%1 already takes part in %2", person.name_ko, renewal.task.code
        )
    check_rate(session, person, renewal, rate)
    row = TaskParticipant(
        renewal_id=renewal_id, person_id=person_id, role=_role(role), rate_pct=rate,
        period_start=first, period_end=last,
    )
    session.add(row)
    flush(session, "participant")
    record(session, "create", "task_participant", row.id, "person",
           None, f"{renewal.task.code} {renewal.cycle.year} {person.name_ko} {rate} %")
    return row


def update_participant(session: Session, participant_id: int, **values: Any) -> TaskParticipant:
    """Change role, rate or period (keys ``role``, ``rate_pct``, ``period_start``,
    ``period_end``)."""
    row = get(session, TaskParticipant, participant_id, "participant")
    ensure_editable(row.renewal.cycle)
    fields: dict[str, Any] = {}
    if "role" in values:
        fields["role"] = _role(values["role"])
        if fields["role"] != ParticipantRole.LEAD and _is_pi(row) and _others(session, row):
            raise InUse.from_template(
                "%1 is the PI of %2 and stays its participant while others take part.",
                row.person.name_ko, row.renewal.task.code,
            )
    if "rate_pct" in values:
        fields["rate_pct"] = v.integer("rate_pct", values["rate_pct"], minimum=1, maximum=100)
        check_rate(session, row.person, row.renewal, fields["rate_pct"], leave_out=row.id)
    if "period_start" in values or "period_end" in values:
        start = v.day("period_start", values.get("period_start", row.period_start), required=True)
        end = v.day("period_end", values.get("period_end", row.period_end), required=True)
        fields["period_start"], fields["period_end"] = _period(row.renewal, row.person, start, end)
    apply_changes(session, row, "task_participant", fields)
    flush(session, "participant")
    return row


def _is_pi(row: TaskParticipant) -> bool:
    return row.renewal.task.pi_id == row.person_id


def _others(session: Session, row: TaskParticipant) -> bool:
    return bool(session.scalar(
        select(func.count()).select_from(TaskParticipant).where(
            TaskParticipant.renewal_id == row.renewal_id, TaskParticipant.id != row.id
        )
    ))


def remove_participant(session: Session, participant_id: int, *, keep_pi: bool = True) -> None:
    """Remove a participation; the PI's own line stays while others take part, unless an undo
    takes back the adding of it (``keep_pi`` False)."""
    row = get(session, TaskParticipant, participant_id, "participant")
    ensure_editable(row.renewal.cycle)
    if keep_pi and _is_pi(row) and _others(session, row):
        raise InUse.from_template(
            "%1 is the PI of %2 and stays its participant while others take part.",
            row.person.name_ko, row.renewal.task.code,
        )
    record(session, "delete", "task_participant", row.id, "person",
           f"{row.renewal.task.code} {row.renewal.cycle.year} {row.person.name_ko} {row.rate_pct} %",
           None)
    session.delete(row)
    flush(session, "participant")


def renewal_of(session: Session, task_code: str, year: int) -> TaskRenewal:
    """The renewal of the task with this code in ``year``'s cycle."""
    from planner.errors import NotFound

    renewal = session.scalar(
        select(TaskRenewal)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .where(ResearchTask.code == task_code.strip().upper(), RenewalCycle.year == year)
    )
    if renewal is None:
        raise NotFound("task renewal", f"{task_code} {year}")
    return renewal


def problems(session: Session, year: int) -> list[str]:
    """What the year's participants break that the database cannot see (English sentences):
    a task with participants whose PI is not one of them."""
    found = []
    renewals = session.scalars(
        select(TaskRenewal).join(RenewalCycle).where(RenewalCycle.year == year)
    ).all()
    for renewal in sorted(renewals, key=lambda r: r.task.code):
        people = set(session.scalars(
            select(TaskParticipant.person_id).where(TaskParticipant.renewal_id == renewal.id)
        ))
        pi = renewal.task.pi
        if people and pi is not None and pi.id not in people:
            found.append(f"{renewal.task.code}: the PI {pi.name_ko} is not a participant.")
    return found
