"""What the workspace shows, read in one short session and handed out as frozen rows.

No Qt here: the views never hold ORM objects (they would expire or lazy-load after the
session closed), only these plain snapshots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import CycleStatus, Decision, RenewalCycle, ResearchTask, TaskStatus, Track
from planner.renewals.compare import Comparison
from planner.renewals.totals import CycleTotals
from planner.renewals.budget import CategoryChange
from planner.services.budget import category_comparison
from planner.services.audit import list_audit
from planner.services.renewals import compare_with_previous, list_cycles, overdue_deadlines
from planner.services.totals import all_cycle_totals

UNDECIDED = "undecided"  # filter key for a renewal without a decision yet


@dataclass(frozen=True)
class CycleInfo:
    id: int
    year: int
    status: CycleStatus
    consultation_deadline: dt.date | None
    signing_target: dt.date | None
    signed_on: dt.date | None
    signatory_kt: str
    signatory_kaist: str
    overdue: tuple[tuple[str, dt.date], ...]  # (kind, day) of every deadline passed unsigned
    seats_committed: int | None = None
    frozen: FrozenInfo | None = None  # the agreement's snapshot while agreed or signed

    @property
    def signed(self) -> bool:
        return self.status == CycleStatus.SIGNED


@dataclass(frozen=True)
class FrozenInfo:
    version: int
    fingerprint: str
    frozen_at: dt.datetime  # UTC
    frozen_by: str


@dataclass(frozen=True)
class RenewalRow:
    id: int
    task_id: int
    code: str
    title_ko: str
    title_en: str
    track: Track
    area: str
    decision: Decision | None
    budget_krw: int
    period_start: dt.date
    period_end: dt.date
    headcount: int
    gpu_allocation: int
    goals: str
    reason: str
    reason_en: str = ""

    @property
    def decision_key(self) -> str:
        return self.decision.value if self.decision else UNDECIDED


@dataclass(frozen=True)
class TaskChoice:
    """A catalogue task that could still be added to the cycle."""

    id: int
    code: str
    title_ko: str
    track: Track
    status: TaskStatus
    title_en: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC, as stored
    actor: str
    action: str
    subject: str  # "2025" for the cycle itself, else the task code
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class YearBudget:
    """Budget of the tasks going on (not concluded) in one cycle, per track."""

    year: int
    by_track: tuple[tuple[Track, int], ...]


@dataclass(frozen=True)
class WorkspaceData:
    cycles: tuple[CycleInfo, ...]
    current: CycleInfo | None
    renewals: tuple[RenewalRow, ...]
    comparison: Comparison | None
    audit: tuple[AuditRow, ...]
    budgets: tuple[YearBudget, ...]
    addable: tuple[TaskChoice, ...]
    totals: CycleTotals | None = None  # the chosen cycle's (planner.services.totals)
    # The chosen cycle and the one before it per budget category (planner.services.budget).
    by_category: tuple[CategoryChange, ...] = ()


def load_workspace(session: Session, year: int | None, today: dt.date) -> WorkspaceData:
    """Everything for the cycle of ``year`` (the latest cycle when None or unknown)."""
    cycles = list_cycles(session)
    overdue: dict[int, list[tuple[str, dt.date]]] = {}
    for cycle_year, kind, day in overdue_deadlines(session, today):
        overdue.setdefault(cycle_year, []).append((kind, day))
    frozen = _frozen(session)
    infos = tuple(_cycle_info(c, tuple(overdue.get(c.year, ())), frozen.get(c.id)) for c in cycles)
    chosen = next((c for c in cycles if c.year == year), cycles[-1] if cycles else None)
    totals = all_cycle_totals(session)
    budgets = tuple(
        YearBudget(year, tuple((track, t.budget_krw) for track, t in totals[year].by_track))
        for year in sorted(totals)
    )
    if chosen is None:
        return WorkspaceData(infos, None, (), None, (), budgets, ())
    renewals = tuple(_renewal_row(r) for r in sorted(chosen.renewals, key=lambda r: r.task.code))
    current = next(i for i in infos if i.id == chosen.id)
    return WorkspaceData(
        cycles=infos,
        current=current,
        renewals=renewals,
        comparison=compare_with_previous(session, chosen.year),
        audit=_audit_rows(session, current, renewals),
        budgets=budgets,
        addable=_addable_tasks(session, {r.task_id for r in renewals}),
        totals=totals[chosen.year],
        by_category=tuple(category_comparison(session, chosen.year)),
    )


def _frozen(session: Session) -> dict[int, FrozenInfo]:
    from planner.models import AgreementSnapshot

    rows = session.scalars(select(AgreementSnapshot).where(AgreementSnapshot.unfrozen_at.is_(None)))
    return {
        s.cycle_id: FrozenInfo(s.version, s.sha256[:12], s.frozen_at, s.frozen_by) for s in rows
    }


def _cycle_info(
    cycle: RenewalCycle,
    overdue: tuple[tuple[str, dt.date], ...],
    frozen: FrozenInfo | None = None,
) -> CycleInfo:
    return CycleInfo(
        id=cycle.id,
        year=cycle.year,
        status=cycle.status,
        consultation_deadline=cycle.consultation_deadline,
        signing_target=cycle.signing_target,
        signed_on=cycle.signed_on,
        signatory_kt=cycle.signatory_kt,
        signatory_kaist=cycle.signatory_kaist,
        overdue=overdue,
        seats_committed=cycle.seats_committed,
        frozen=frozen,
    )


def _renewal_row(r) -> RenewalRow:
    return RenewalRow(
        id=r.id,
        task_id=r.task_id,
        code=r.task.code,
        title_ko=r.task.title_ko,
        title_en=r.task.title_en,
        track=r.task.track,
        area=r.task.area,
        decision=r.decision,
        budget_krw=r.budget_krw,
        period_start=r.period_start,
        period_end=r.period_end,
        headcount=r.headcount,
        gpu_allocation=r.gpu_allocation,
        goals=r.goals,
        reason=r.reason,
        reason_en=r.reason_en,
    )


def _audit_rows(
    session: Session, cycle: CycleInfo, renewals: tuple[RenewalRow, ...]
) -> tuple[AuditRow, ...]:
    # One indexed query per renewal: the institute's whole log can be long, a cycle is ~20 tasks.
    from planner.services.agreements import party_rows

    subjects = [("renewal_cycle", cycle.id, str(cycle.year))]
    subjects += [("task_renewal", r.id, r.code) for r in renewals]
    # The signature blocks are part of the cycle's record too.
    subjects += [
        ("agreement_party", row.id, key.upper())
        for key, row in party_rows(session, cycle.id).items()
    ]
    rows = []
    for entity, entity_id, subject in subjects:
        for e in list_audit(session, entity, entity_id):
            rows.append(
                AuditRow(e.id, e.at, e.actor, e.action, subject, e.field, e.old_value, e.new_value)
            )
    return tuple(sorted(rows, key=lambda row: row.id, reverse=True))


def _addable_tasks(session: Session, present: set[int]) -> tuple[TaskChoice, ...]:
    # A concluded task does not come back by renewal; it would be proposed as a new task.
    tasks = session.scalars(
        select(ResearchTask)
        .where(ResearchTask.status != TaskStatus.CONCLUDED)
        .order_by(ResearchTask.code)
    )
    choices = [
        TaskChoice(t.id, t.code, t.title_ko, t.track, t.status, t.title_en or "")
        for t in tasks
        if t.id not in present
    ]
    # Proposed tasks first: they are what one adds to a cycle; an active task missing from it
    # was usually concluded last year (not signed yet) and is rarely wanted back.
    return tuple(sorted(choices, key=lambda c: (c.status != TaskStatus.PROPOSED, c.code)))


@dataclass(frozen=True)
class AgreementTerms:
    """What the dialog shows and returns: seats and each party's fields ({field_lang: text})."""

    seats_committed: int | None
    parties: dict[str, dict[str, str]]

    @classmethod
    def of(cls, seats: int | None, parties: tuple) -> AgreementTerms:
        from planner.services.agreements import PARTY_FIELDS

        return cls(
            seats,
            {
                party.key: {
                    f"{name}_{lang}": getattr(getattr(party, name), lang)
                    for name in PARTY_FIELDS
                    for lang in ("ko", "en")
                }
                for party in parties
            },
        )


def load_terms(session: Session, cycle_id: int) -> AgreementTerms:
    from planner.services.agreements import parties_of

    cycle = session.get(RenewalCycle, cycle_id)
    return AgreementTerms.of(
        cycle.seats_committed if cycle else None, parties_of(session, cycle_id)
    )
