"""Renewal cycles and the task renewals inside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import CycleCannotAdvance, InvalidTransition, ValidationError
from planner.models import (
    CycleStatus,
    Decision,
    RenewalCycle,
    ResearchTask,
    TaskRenewal,
    TaskStatus,
)
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.cycle_state import ensure_editable


def create_cycle(
    session: Session,
    year: int,
    *,
    consultation_deadline: dt.date | None = None,
    signing_target: dt.date | None = None,
) -> RenewalCycle:
    cycle = RenewalCycle(
        year=v.integer("year", year, minimum=2000, maximum=2200),
        consultation_deadline=v.day("consultation_deadline", consultation_deadline),
        signing_target=v.day("signing_target", signing_target),
    )
    session.add(cycle)
    flush(session, f"renewal cycle {year}")
    record(session, "create", "renewal_cycle", cycle.id, "year", None, cycle.year)
    return cycle


def _renewal_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "decision" in values:
        decision = values["decision"]
        try:
            out["decision"] = None if decision is None else Decision(decision)
        except ValueError:
            raise ValidationError.from_template(
                "decision", "unknown decision '%1'", decision
            ) from None
    if "budget_krw" in values:
        out["budget_krw"] = v.integer("budget_krw", values["budget_krw"], maximum=10**15 - 1)
    if "period_start" in values:
        out["period_start"] = v.day("period_start", values["period_start"], required=True)
    if "period_end" in values:
        out["period_end"] = v.day("period_end", values["period_end"], required=True)
    if "headcount" in values:
        out["headcount"] = v.integer("headcount", values["headcount"], maximum=99999)
    if "gpu_allocation" in values:
        out["gpu_allocation"] = v.integer("gpu_allocation", values["gpu_allocation"], maximum=99999)
    if "goals" in values:
        out["goals"] = v.text("goals", values["goals"], max_len=10000, multiline=True)
    if "reason" in values:
        out["reason"] = v.text("reason", values["reason"], max_len=4000, multiline=True)
    if "reason_en" in values:
        out["reason_en"] = v.text("reason_en", values["reason_en"], max_len=4000, multiline=True)
    return out


def add_task_renewal(
    session: Session, cycle_id: int, task_id: int, *, budget_lines: Sequence[Any] | None = None,
    **values: Any,
) -> TaskRenewal:
    """A task's renewal in a cycle. Its budget: ``budget_lines`` (planner.services.budget
    LineInput), or ``budget_krw`` as one figure (one line of the default category)."""
    from planner.services import budget

    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    ensure_editable(cycle)
    get(session, ResearchTask, task_id, "research task")
    fields = _renewal_fields(values)
    total = fields.pop("budget_krw", 0)
    if budget_lines is not None:  # the renewal is born with its total: no 0 → total to audit
        budget_lines = budget.clean_lines(session, budget_lines)
        total = sum(line.amount_krw or 0 for line in budget_lines)
    for key in ("period_start", "period_end"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    v.period("period", fields["period_start"], fields["period_end"])
    renewal = TaskRenewal(cycle_id=cycle_id, task_id=task_id, budget_krw=total, **fields)
    session.add(renewal)
    flush(session, "task renewal")
    record(session, "create", "task_renewal", renewal.id, "task", None, renewal.task.code)
    if budget_lines is not None:
        budget.set_budget_lines(session, renewal.id, budget_lines)
    elif total:
        budget.set_bare_total(session, renewal, total)
    return renewal


def update_task_renewal(session: Session, renewal_id: int, **values: Any) -> TaskRenewal:
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    ensure_editable(renewal.cycle)
    fields = _renewal_fields(values)
    v.period(
        "period",
        fields.get("period_start", renewal.period_start),
        fields.get("period_end", renewal.period_end),
    )
    total = fields.pop("budget_krw", None)
    apply_changes(session, renewal, "task_renewal", fields)
    flush(session, "task renewal")
    if total is not None:
        from planner.services.budget import set_bare_total

        set_bare_total(session, renewal, total)
    return renewal


def list_cycles(session: Session) -> Sequence[RenewalCycle]:
    return session.scalars(
        select(RenewalCycle)
        .options(selectinload(RenewalCycle.renewals).selectinload(TaskRenewal.task))
        .order_by(RenewalCycle.year)
    ).all()


def cycle_by_year(session: Session, year: int) -> RenewalCycle | None:
    return session.scalars(select(RenewalCycle).where(RenewalCycle.year == year)).first()


# --- the yearly workflow -------------------------------------------------------------------

def open_next_cycle(
    session: Session, year: int | None = None, *, today: dt.date | None = None,
    despite_missing_reports: str = "",
) -> RenewalCycle:
    """Next year's cycle from the latest one: every task still running is copied as *continue*
    with last year's figures and its period moved on by a year. The deadlines keep their month
    and day in the new year but are never before ``today`` (planner.renewals.deadlines): a
    cycle is not overdue the day it is opened.

    Every task's final report of the finished year (planner.services.deliverables.
    finished_year) must be in; otherwise the cycle is opened only with the officer's reason
    ``despite_missing_reports``, which is kept on the cycle and in the audit log."""
    from planner.errors import FinalReportsMissing
    from planner.renewals.deadlines import next_deadlines
    from planner.services.deliverables import finished_year, missing_final_reports

    latest = session.scalars(select(RenewalCycle).order_by(RenewalCycle.year.desc())).first()
    if latest is None:
        raise ValidationError.from_template(
            "cycle", "there is no earlier cycle to start from; create one first"
        )
    year = latest.year + 1 if year is None else year
    if year <= latest.year:
        raise ValidationError.from_template(
            "year", "the latest cycle is %1; the next one must be later", latest.year
        )
    from planner.services.agreements import copy_parties

    reason = v.text("missing_reports_reason", despite_missing_reports, max_len=2000, multiline=True)
    reported = finished_year(year)
    missing = missing_final_reports(session, reported)
    if missing and not reason:
        raise FinalReportsMissing.from_template(
            "The final reports of %1 are missing for %2; give the reason to open the %3 cycle "
            "anyway.",
            reported, ", ".join(missing), year,
        )
    consultation, signing = next_deadlines(
        latest.consultation_deadline, latest.signing_target, year - latest.year,
        today or dt.date.today(),
    )
    cycle = create_cycle(
        session, year, consultation_deadline=consultation, signing_target=signing
    )
    if missing:
        cycle.missing_reports_reason = reason
        record(session, "update", "renewal_cycle", cycle.id, "missing_reports_reason", None,
               f"{reported}: {', '.join(missing)} — {reason}")
    # The same parties sign every year, and the space offered stays until renegotiated.
    copy_parties(session, latest.id, cycle.id)
    if latest.seats_committed:
        update_cycle(session, cycle.id, seats_committed=latest.seats_committed)
    for renewal in sorted(latest.renewals, key=lambda r: r.task.code):
        if renewal.decision == Decision.CONCLUDE or renewal.task.status == TaskStatus.CONCLUDED:
            continue
        years = year - latest.year
        from planner.services.budget import lines_of

        add_task_renewal(
            session, cycle.id, renewal.task_id, decision=Decision.CONTINUE,
            budget_lines=lines_of(renewal), period_start=_shift(renewal.period_start, years), period_end=_shift(renewal.period_end, years),
            headcount=renewal.headcount, gpu_allocation=renewal.gpu_allocation, goals=renewal.goals,
        )
    return cycle


def unsigned_before(session: Session, year: int) -> list[tuple[int, CycleStatus]]:
    """(year, status) of every cycle earlier than ``year`` that is not signed yet: opening a
    new cycle while one of them is open deserves a word."""
    return [
        (cycle.year, cycle.status)
        for cycle in session.scalars(
            select(RenewalCycle)
            .where(RenewalCycle.year < year, RenewalCycle.status != CycleStatus.SIGNED)
            .order_by(RenewalCycle.year)
        )
    ]


def _shift(day: dt.date | None, years: int) -> dt.date | None:
    from planner.renewals.deadlines import shift_years

    return shift_years(day, years)


def advance_cycle(
    session: Session,
    cycle_id: int,
    target: CycleStatus | str,
    *,
    signed_on: dt.date | None = None,
    signatory_kt: str = "",
    signatory_kaist: str = "",
    reason: str = "",
    frozen_at: dt.datetime | None = None,
) -> RenewalCycle:
    """Move a cycle to ``target``. Becoming *agreed* freezes its agreement (a new snapshot
    version, taken ``frozen_at`` or now); going back from *agreed* to consultation unfreezes
    it and needs ``reason``. Signing takes the signatories from the frozen signature blocks
    when none are given."""
    from planner.renewals.workflow import RenewalFacts, transition_problems
    from planner.services import agreements

    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    try:
        target = CycleStatus(target)
    except ValueError:
        raise ValidationError.from_template("status", "unknown state '%1'", target) from None
    reason = v.text("reason", reason, max_len=2000, multiline=True)
    signatory_kt = v.text("signatory_kt", signatory_kt, max_len=200) or cycle.signatory_kt
    signatory_kaist = v.text("signatory_kaist", signatory_kaist, max_len=200) or cycle.signatory_kaist
    if target == CycleStatus.SIGNED and cycle.status == CycleStatus.AGREED:
        data, _issue, _snapshot = agreements.agreement_of(session, cycle.year, now=frozen_at)
        kt, kaist = agreements.signer_of(data.party("kt")), agreements.signer_of(data.party("kaist"))
        signatory_kt, signatory_kaist = signatory_kt or kt, signatory_kaist or kaist
        from planner.services.signatures import signing_evidence

        evidence = signing_evidence(session, cycle)
        if evidence is not None:  # both parties signed one file electronically
            signed_on = signed_on or evidence[0]
            signatory_kt, signatory_kaist = evidence[1] or signatory_kt, evidence[2] or signatory_kaist
    signed_on = v.day("signed_on", signed_on)
    facts = [RenewalFacts(r.task.code, r.decision, r.reason) for r in cycle.renewals]
    unticked: list[tuple[str, str]] = []
    if target == CycleStatus.AGREED:
        from planner.services.review import unticked_required

        unticked = [(line.label_en, line.label_ko) for line in unticked_required(session, cycle.id)]
    problems = transition_problems(
        cycle.status, target, facts, signed_on_given=signed_on is not None,
        signatories_given=bool(signatory_kt and signatory_kaist), reason_given=bool(reason),
        agreement_problems=agreements.freeze_problems(session, cycle)
        if target == CycleStatus.AGREED else (),
        unticked_review=unticked,
    )
    if problems:
        raise CycleCannotAdvance(cycle.year, target.value, problems)
    # The snapshot first: the database lets a cycle be agreed only with one, and leave
    # agreed only without one (planner.frozen_guards).
    if target == CycleStatus.AGREED:
        agreements.freeze_agreement(session, cycle, at=frozen_at)
    elif cycle.status == CycleStatus.AGREED and target != CycleStatus.SIGNED:
        agreements.unfreeze_agreement(session, cycle, reason)
    changes: dict[str, Any] = {"status": target}
    if target == CycleStatus.SIGNED:
        changes.update(signed_on=signed_on, signatory_kt=signatory_kt, signatory_kaist=signatory_kaist)
        for renewal in cycle.renewals:
            if renewal.decision == Decision.CONCLUDE and renewal.task.status != TaskStatus.CONCLUDED:
                renewal.task.status = TaskStatus.CONCLUDED
                record(session, "update", "research_task", renewal.task_id, "status", "active", "concluded")
            elif renewal.decision == Decision.NEW and renewal.task.status == TaskStatus.PROPOSED:
                renewal.task.status = TaskStatus.ACTIVE
                record(session, "update", "research_task", renewal.task_id, "status", "proposed", "active")
    apply_changes(session, cycle, "renewal_cycle", changes)
    flush(session, f"renewal cycle {cycle.year}")
    return cycle


def update_cycle(session: Session, cycle_id: int, **values: Any) -> RenewalCycle:
    """Deadlines of a cycle, and the desks KT commits to (a term of the agreement, so not
    while it is frozen). The status changes only through :func:`advance_cycle`."""
    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    if cycle.status == CycleStatus.SIGNED or "seats_committed" in values:
        ensure_editable(cycle)
    fields: dict[str, Any] = {}
    for key in ("consultation_deadline", "signing_target"):
        if key in values:
            fields[key] = v.day(key, values[key])
    if "seats_committed" in values:
        seats = values["seats_committed"]
        fields["seats_committed"] = (
            None if seats is None or seats == "" else v.integer("seats_committed", seats, minimum=1,
                                                        maximum=100000)
        )  # fmt: skip
    apply_changes(session, cycle, "renewal_cycle", fields)
    flush(session, f"renewal cycle {cycle.year}")
    return cycle


def delete_cycle(session: Session, cycle_id: int) -> None:
    """A cycle still in draft can be thrown away (e.g. opened by mistake); later ones cannot."""
    from planner.models import AgreementSnapshot

    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    if cycle.status != CycleStatus.DRAFT:
        raise InvalidTransition.from_template(
            "The %1 cycle is %2; only a draft can be deleted.", cycle.year, cycle.status.value
        )
    if session.scalar(select(AgreementSnapshot.id).where(AgreementSnapshot.cycle_id == cycle.id)):
        raise InvalidTransition.from_template(
            "The %1 cycle's agreement was agreed once and is on record; it cannot be deleted.",
            cycle.year,
        )
    record(session, "delete", "renewal_cycle", cycle.id, "year", cycle.year, None)
    session.delete(cycle)
    flush(session, f"renewal cycle {cycle.year}")


def remove_task_renewal(session: Session, renewal_id: int) -> None:
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    ensure_editable(renewal.cycle)
    record(session, "delete", "task_renewal", renewal.id, "task", renewal.task.code, None)
    session.delete(renewal)
    flush(session, "task renewal")


def figures_of(cycle: RenewalCycle):
    from planner.renewals.compare import Figures

    return [
        Figures(
            task_code=r.task.code, title_ko=r.task.title_ko, title_en=r.task.title_en, track=r.task.track,
            area=r.task.area, decision=r.decision, budget_krw=r.budget_krw, period_start=r.period_start,
            period_end=r.period_end, headcount=r.headcount, gpu_allocation=r.gpu_allocation, reason=r.reason,
        )
        for r in sorted(cycle.renewals, key=lambda r: r.task.code)
    ]


def compare_with_previous(session: Session, year: int):
    """The comparison of ``year`` with the cycle before it (if any)."""
    from planner.errors import NotFound
    from planner.renewals.compare import compare

    cycle = cycle_by_year(session, year)
    if cycle is None:
        raise NotFound("renewal cycle", year)
    previous = session.scalars(
        select(RenewalCycle).where(RenewalCycle.year < year).order_by(RenewalCycle.year.desc())
    ).first()
    return compare(
        year, figures_of(cycle), previous.year if previous else None, figures_of(previous) if previous else []
    )


def overdue_deadlines(session: Session, today: dt.date) -> list[tuple[int, str, dt.date]]:
    """(year, which deadline, date) for every unsigned cycle past a deadline."""
    result = []
    for cycle in session.scalars(select(RenewalCycle).where(RenewalCycle.status != CycleStatus.SIGNED)):
        if cycle.consultation_deadline and cycle.consultation_deadline < today and cycle.status in (
            CycleStatus.DRAFT, CycleStatus.CONSULTATION
        ):
            result.append((cycle.year, "consultation", cycle.consultation_deadline))
        if cycle.signing_target and cycle.signing_target < today:
            result.append((cycle.year, "signing", cycle.signing_target))
    return sorted(result)


def cycle_deadlines(session: Session, year: int):
    from planner.errors import NotFound
    from planner.renewals.calendar import Deadline

    cycle = cycle_by_year(session, year)
    if cycle is None:
        raise NotFound("renewal cycle", year)
    found = []
    if cycle.consultation_deadline:
        found.append(Deadline(cycle.year, "consultation", cycle.consultation_deadline))
    if cycle.signing_target:
        found.append(Deadline(cycle.year, "signing", cycle.signing_target))
    from planner.services.deliverables import deliverable_deadlines

    return found + deliverable_deadlines(session, year)


def people_freed_by_conclusion(session: Session, renewal_id: int, on: dt.date) -> list[tuple[int, str, str | None]]:
    """(person id, name, desk code on ``on``) of the members of a task concluded in this
    renewal who belong to no other task that goes on: their desks would be freed."""
    from planner.models import Assignment, Desk, Person, TaskMember

    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    continuing = select(TaskRenewal.task_id).where(
        TaskRenewal.cycle_id == renewal.cycle_id,
        TaskRenewal.task_id != renewal.task_id,
        TaskRenewal.decision != Decision.CONCLUDE,
    )
    elsewhere = select(TaskMember.person_id).where(TaskMember.task_id.in_(continuing))
    covers = (Assignment.start_date <= on) & ((Assignment.end_date.is_(None)) | (Assignment.end_date >= on))
    rows = session.execute(
        select(Person.id, Person.name_ko, Desk.code)
        .join(TaskMember, TaskMember.person_id == Person.id)
        .outerjoin(Assignment, (Assignment.person_id == Person.id) & covers)
        .outerjoin(Desk, Desk.id == Assignment.desk_id)
        .where(TaskMember.task_id == renewal.task_id, Person.id.not_in(elsewhere))
        .order_by(Person.name_ko)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def release_day(period_end: dt.date, today: dt.date) -> dt.date:
    """When the desks a concluded task frees are given back: the day after the task's end in
    the cycle, or today if that day has passed (a plan dated in the past would rewrite past
    seating)."""
    return max(period_end + dt.timedelta(days=1), today)


def draft_release_plan(session: Session, renewal_id: int, effective: dt.date):
    """A draft move plan releasing the desks that concluding this task frees (not applied)."""
    from planner.services import move_plans

    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    freed = [(pid, name, desk) for pid, name, desk in people_freed_by_conclusion(session, renewal_id, effective) if desk]
    plan = move_plans.create_move_plan(
        session, f"{renewal.task.code} 종료에 따른 좌석 반납", effective,
        note=f"{renewal.cycle.year}년 갱신에서 {renewal.task.code} 과제 종료",
    )
    for person_id, _name, _desk in freed:
        move_plans.stage_move(session, plan.id, person_id, None)
    return plan
