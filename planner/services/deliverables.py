"""Deliverables and milestones (산출물) of the research tasks, per task and year.

Each has a kind, a title, a due date and a state: planned, submitted, accepted, or waived
with a reason (the database checks the reason too). Evidence is a link or a file kept in the
database. Due dates feed the iCal export and the overdue list; a task's final report of the
year before the running one must be in before the next cycle is opened
(:func:`missing_final_reports`, used by planner.services.renewals.open_next_cycle).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from planner import validation as v
from planner.db import actor_of
from planner.errors import ValidationError
from planner.models import (
    Deliverable,
    DeliverableEvidence,
    DeliverableKind,
    DeliverableState,
    RenewalCycle,
    ResearchTask,
    TaskRenewal,
)
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.evidence_files import check_link, inspect_evidence

DONE = (DeliverableState.SUBMITTED, DeliverableState.ACCEPTED, DeliverableState.WAIVED)
OPEN = (DeliverableState.PLANNED,)
REQUIRED = ("year", "kind", "title", "due_date")  # what is still owed: late when past its due date


def _kind(value: object) -> DeliverableKind:
    try:
        return DeliverableKind(value)
    except ValueError:
        raise ValidationError.from_template("kind", "unknown kind '%1'", value) from None


def _state(value: object) -> DeliverableState:
    try:
        return DeliverableState(value)
    except ValueError:
        raise ValidationError.from_template("state", "unknown state '%1'", value) from None


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "year" in values:
        out["year"] = v.integer("year", values["year"], minimum=2000, maximum=2200)
    if "kind" in values:
        out["kind"] = _kind(values["kind"])
    if "title" in values:
        out["title"] = v.text("title", values["title"], max_len=300, required=True)
    if "due_date" in values:
        out["due_date"] = v.day("due_date", values["due_date"], required=True)
    if "state" in values:
        out["state"] = _state(values["state"])
    if "waived_reason" in values:
        out["waived_reason"] = v.text("waived_reason", values["waived_reason"], max_len=2000,
                                      multiline=True)
    if "evidence_link" in values:
        out["evidence_link"] = check_link(values["evidence_link"])
    return out


def _check_waiver(state: DeliverableState, reason: str) -> None:
    if state == DeliverableState.WAIVED and not reason.strip():
        raise ValidationError.from_template("waived_reason", "a waived deliverable needs a reason")


def add_deliverable(session: Session, task_id: int, **values: Any) -> Deliverable:
    task = get(session, ResearchTask, task_id, "research task")
    fields = _fields(values)
    missing = next((name for name in REQUIRED if name not in fields), None)
    if missing == "year":
        raise ValidationError.from_template("year", "is required")
    if missing == "kind":
        raise ValidationError.from_template("kind", "is required")
    if missing == "title":
        raise ValidationError.from_template("title", "is required")
    if missing == "due_date":
        raise ValidationError.from_template("due_date", "is required")
    fields.setdefault("state", DeliverableState.PLANNED)
    fields.setdefault("waived_reason", "")
    _check_waiver(fields["state"], fields["waived_reason"])
    deliverable = Deliverable(task_id=task.id, **fields)
    session.add(deliverable)
    flush(session, "deliverable")
    record(session, "create", "deliverable", deliverable.id, "title", None,
           f"{task.code} {deliverable.year} {deliverable.title}")
    return deliverable


def update_deliverable(session: Session, deliverable_id: int, **values: Any) -> Deliverable:
    deliverable = get(session, Deliverable, deliverable_id, "deliverable")
    fields = _fields(values)
    state = fields.get("state", deliverable.state)
    if state != DeliverableState.WAIVED and "waived_reason" not in fields:
        fields["waived_reason"] = ""  # a reason belongs to a waiver only
    _check_waiver(state, fields.get("waived_reason", deliverable.waived_reason))
    apply_changes(session, deliverable, "deliverable", fields)
    flush(session, "deliverable")
    return deliverable


def delete_deliverable(session: Session, deliverable_id: int) -> None:
    deliverable = get(session, Deliverable, deliverable_id, "deliverable")
    record(session, "delete", "deliverable", deliverable.id, "title",
           f"{deliverable.task.code} {deliverable.year} {deliverable.title}", None)
    session.delete(deliverable)
    flush(session, "deliverable")


@dataclass(frozen=True)
class DeliverableSnapshot:
    """Everything of a deliverable, to put it back as it was (undo)."""

    task_id: int
    values: dict[str, Any]
    evidence: tuple[str, bytes] | None  # (file name, bytes)


def capture_deliverable(session: Session, deliverable_id: int) -> DeliverableSnapshot:
    d = get(session, Deliverable, deliverable_id, "deliverable")
    evidence = (d.evidence.file_name, bytes(d.evidence.data)) if d.evidence else None
    return DeliverableSnapshot(d.task_id, deliverable_values(d), evidence)


def deliverable_values(d: Deliverable) -> dict[str, Any]:
    return {
        "year": d.year, "kind": d.kind, "title": d.title, "due_date": d.due_date,
        "state": d.state, "waived_reason": d.waived_reason, "evidence_link": d.evidence_link,
    }


def restore_deliverable(session: Session, state: DeliverableSnapshot) -> Deliverable:
    """A deleted deliverable made again as captured (its id is new)."""
    deliverable = add_deliverable(session, state.task_id, **state.values)
    if state.evidence is not None:
        set_evidence_file(session, deliverable.id, state.evidence[1], state.evidence[0])
    return deliverable


# --- evidence ------------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceFile:
    deliverable_id: int
    file_name: str
    media_type: str
    sha256: str
    data: bytes


def evidence_file(session: Session, deliverable_id: int) -> EvidenceFile | None:
    get(session, Deliverable, deliverable_id, "deliverable")
    row = session.get(DeliverableEvidence, deliverable_id)
    if row is None:
        return None
    return EvidenceFile(deliverable_id, row.file_name, row.media_type, row.sha256, bytes(row.data))


def set_evidence_file(session: Session, deliverable_id: int, data: bytes, file_name: str) -> EvidenceFile:
    """Store a file as the deliverable's evidence (replacing any earlier one)."""
    get(session, Deliverable, deliverable_id, "deliverable")
    facts = inspect_evidence(data, file_name)
    row = session.get(DeliverableEvidence, deliverable_id)
    old = row.file_name if row is not None else None
    if row is None:
        row = DeliverableEvidence(deliverable_id=deliverable_id)
        session.add(row)
    row.file_name, row.media_type, row.sha256, row.data = (
        facts.file_name, facts.media_type, facts.sha256, data
    )
    row.stored_by = actor_of(session)
    record(session, "create" if old is None else "update", "deliverable_evidence",
           deliverable_id, "file", old, f"{facts.file_name} sha256:{facts.sha256}")
    flush(session, "deliverable")
    return EvidenceFile(deliverable_id, facts.file_name, facts.media_type, facts.sha256, data)


def remove_evidence_file(session: Session, deliverable_id: int) -> None:
    get(session, Deliverable, deliverable_id, "deliverable")
    row = session.get(DeliverableEvidence, deliverable_id)
    if row is not None:
        record(session, "delete", "deliverable_evidence", deliverable_id, "file", row.file_name, None)
        session.delete(row)
        flush(session, "deliverable")


# --- reading -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeliverableRow:
    """A deliverable as lists, reports, the calendar and exports show it."""

    id: int
    task_code: str
    task_title_ko: str
    task_title_en: str
    year: int
    kind: DeliverableKind
    title: str
    due_date: dt.date
    state: DeliverableState
    waived_reason: str
    evidence_link: str
    evidence_name: str  # the stored file's name, or ""
    version: int

    def days_late(self, today: dt.date) -> int:
        return (today - self.due_date).days


def list_deliverables(
    session: Session, *, year: int | None = None, task_code: str | None = None
) -> list[DeliverableRow]:
    query = (
        select(Deliverable, DeliverableEvidence.file_name)
        .join(Deliverable.task)
        .outerjoin(DeliverableEvidence, DeliverableEvidence.deliverable_id == Deliverable.id)
        .options(contains_eager(Deliverable.task))
        .order_by(Deliverable.year, ResearchTask.code, Deliverable.due_date, Deliverable.id)
    )
    if year is not None:
        query = query.where(Deliverable.year == year)
    if task_code is not None:
        query = query.where(ResearchTask.code == task_code)
    return [
        DeliverableRow(
            d.id, d.task.code, d.task.title_ko, d.task.title_en, d.year, d.kind, d.title,
            d.due_date, d.state, d.waived_reason, d.evidence_link, name or "", d.version,
        )
        for d, name in session.execute(query)
    ]


@dataclass(frozen=True)
class DueList:
    """What is owed: late (planned, past its due date) and coming (due within ``days``)."""

    today: dt.date
    days: int
    overdue: list[DeliverableRow]
    upcoming: list[DeliverableRow]


def deliverables_due(session: Session, today: dt.date, days: int = 30) -> DueList:
    """The one list the Renewals page, the renewals report and ``deliverable due`` show."""
    rows = [r for r in list_deliverables(session) if r.state in OPEN]
    horizon = today + dt.timedelta(days=days)
    overdue = sorted((r for r in rows if r.due_date < today), key=lambda r: (r.due_date, r.task_code))
    upcoming = sorted(
        (r for r in rows if today <= r.due_date <= horizon), key=lambda r: (r.due_date, r.task_code)
    )
    return DueList(today, days, overdue, upcoming)


def missing_final_reports(session: Session, year: int) -> list[str]:
    """Codes of the tasks of ``year``'s cycle whose final report for that year is neither
    submitted, accepted nor waived (no final report recorded counts as missing)."""
    cycle = session.scalars(select(RenewalCycle).where(RenewalCycle.year == year)).first()
    if cycle is None:
        return []
    owing = session.scalars(
        select(ResearchTask.code)
        .join(TaskRenewal, TaskRenewal.task_id == ResearchTask.id)
        .where(TaskRenewal.cycle_id == cycle.id, TaskRenewal.decision.is_not(None))
    ).all()
    done = set(session.scalars(
        select(ResearchTask.code)
        .join(Deliverable, Deliverable.task_id == ResearchTask.id)
        .where(
            Deliverable.year == year,
            Deliverable.kind == DeliverableKind.FINAL_REPORT,
            Deliverable.state.in_(DONE),
        )
    ))
    return sorted(code for code in owing if code not in done)


def finished_year(new_year: int) -> int:
    """The year whose final reports must be in before ``new_year``'s cycle is opened: not the
    year still running (its tasks report at its end, after next year is prepared), the one
    before it."""
    return new_year - 2


KIND_WORDS = {  # for the calendar's events (the window has its own labels)
    DeliverableKind.INTERIM_REPORT: ("중간보고서", "interim report"),
    DeliverableKind.FINAL_REPORT: ("최종보고서", "final report"),
    DeliverableKind.PAPER: ("논문", "paper"),
    DeliverableKind.PATENT: ("특허", "patent"),
    DeliverableKind.SOFTWARE: ("소프트웨어", "software"),
    DeliverableKind.DATASET: ("데이터셋", "data set"),
    DeliverableKind.DEMO: ("시연", "demo"),
}


def calendar_deliverables(session: Session, year: int) -> Sequence[DeliverableRow]:
    """The deliverables of ``year`` still to hand in or be accepted, for the .ics export."""
    return [
        r for r in list_deliverables(session, year=year)
        if r.state in (DeliverableState.PLANNED, DeliverableState.SUBMITTED)
    ]


def deliverable_deadlines(session: Session, year: int) -> list:
    """The due dates of ``year``'s open deliverables as calendar deadlines (planner.renewals.
    calendar), one event per deliverable."""
    from planner.renewals.calendar import Deadline

    found = []
    for row in calendar_deliverables(session, year):
        ko, en = KIND_WORDS[row.kind]
        found.append(Deadline(
            row.year, "deliverable", row.due_date, key=row.id,
            summary_ko=f"[{row.task_code}] {ko} 제출 기한: {row.title}",
            summary_en=f"[{row.task_code}] {en} due: {row.title}",
        ))
    return found


__all__ = [
    "DONE", "DeliverableRow", "DeliverableSnapshot", "DueList", "EvidenceFile", "add_deliverable",
    "calendar_deliverables", "capture_deliverable", "delete_deliverable", "deliverables_due",
    "evidence_file", "finished_year", "list_deliverables", "missing_final_reports",
    "remove_evidence_file", "restore_deliverable", "set_evidence_file", "update_deliverable",
]
