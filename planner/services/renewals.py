"""Renewal cycles and the task renewals inside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import ReadOnly, ValidationError
from planner.models import CycleStatus, Decision, RenewalCycle, ResearchTask, TaskRenewal
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record


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


def ensure_editable(cycle: RenewalCycle) -> None:
    if cycle.status == CycleStatus.SIGNED:
        raise ReadOnly(f"The {cycle.year} cycle is signed and can no longer be changed.")


def _renewal_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "decision" in values:
        decision = values["decision"]
        try:
            out["decision"] = None if decision is None else Decision(decision)
        except ValueError:
            raise ValidationError("decision", f"unknown decision '{decision}'") from None
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
    return out


def add_task_renewal(session: Session, cycle_id: int, task_id: int, **values: Any) -> TaskRenewal:
    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    ensure_editable(cycle)
    get(session, ResearchTask, task_id, "research task")
    fields = _renewal_fields(values)
    for key in ("period_start", "period_end"):
        if key not in fields:
            raise ValidationError(key, "is required")
    v.period("period", fields["period_start"], fields["period_end"])
    renewal = TaskRenewal(cycle_id=cycle_id, task_id=task_id, **fields)
    session.add(renewal)
    flush(session, "task renewal")
    record(session, "create", "task_renewal", renewal.id, "task", None, renewal.task.code)
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
    apply_changes(session, renewal, "task_renewal", fields)
    flush(session, "task renewal")
    return renewal


def list_cycles(session: Session) -> Sequence[RenewalCycle]:
    return session.scalars(
        select(RenewalCycle)
        .options(selectinload(RenewalCycle.renewals).selectinload(TaskRenewal.task))
        .order_by(RenewalCycle.year)
    ).all()


def cycle_by_year(session: Session, year: int) -> RenewalCycle | None:
    return session.scalars(select(RenewalCycle).where(RenewalCycle.year == year)).first()
