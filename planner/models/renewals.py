"""The yearly renewal of the research tasks and the agreements it produces."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.budget import BudgetLine
from planner.models.enums import CycleStatus, Decision, Language, enum_column
from planner.models.seating import utcnow
from planner.models.tasks import ResearchTask


class RenewalCycle(Versioned, Base):
    __tablename__ = "renewal_cycle"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[CycleStatus] = mapped_column(
        enum_column(CycleStatus, "cycle_status"), default=CycleStatus.DRAFT
    )
    consultation_deadline: Mapped[dt.date | None]
    signing_target: Mapped[dt.date | None]
    signed_on: Mapped[dt.date | None]
    signatory_kt: Mapped[str] = mapped_column(String(200), default="")
    signatory_kaist: Mapped[str] = mapped_column(String(200), default="")
    # The desks KT undertakes to provide (제6조: "○석 내외"): a term of the agreement, recorded
    # by the partnership staff, never a count of today's seating.
    seats_committed: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Why the cycle was opened while a final report of an earlier year was missing (the
    # officer's words, also in the audit log); empty when nothing was missing.
    missing_reports_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    renewals: Mapped[list[TaskRenewal]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2200", name="year_range"),
        CheckConstraint("status <> 'signed' OR signed_on IS NOT NULL", name="signed_has_date"),
        CheckConstraint(
            "seats_committed IS NULL OR seats_committed BETWEEN 1 AND 100000",
            name="seats_committed_range",
        ),
    )


class TaskRenewal(Versioned, Base):
    """One task's decision and figures in one cycle. Budget is integer KRW (원)."""

    __tablename__ = "task_renewal"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("renewal_cycle.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("research_task.id", ondelete="RESTRICT"), index=True)
    decision: Mapped[Decision | None] = mapped_column(enum_column(Decision, "renewal_decision"))
    budget_krw: Mapped[int] = mapped_column(BigInteger, default=0)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    gpu_allocation: Mapped[int] = mapped_column(Integer, default=0)
    goals: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_en: Mapped[str] = mapped_column(Text, default="")  # for the English agreement

    cycle: Mapped[RenewalCycle] = relationship(back_populates="renewals")
    task: Mapped[ResearchTask] = relationship()
    # budget_krw is the sum of these (planner.services.budget; the database: budget_guards).
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="BudgetLine.id"
    )

    __table_args__ = (
        UniqueConstraint("cycle_id", "task_id"),
        CheckConstraint("budget_krw >= 0 AND budget_krw < 1000000000000000", name="budget_range"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint("headcount >= 0 AND headcount < 100000", name="headcount_range"),
        CheckConstraint("gpu_allocation >= 0 AND gpu_allocation < 100000", name="gpu_range"),
    )


class AgreementDocument(Base):
    """A file handed out for a cycle: language, the agreement version printed in it, the
    snapshot it was built from (None for a draft) and its exact bytes' hash. One row per
    distinct file; every hand-out is also an audit entry."""

    __tablename__ = "agreement_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("renewal_cycle.id", ondelete="CASCADE"))
    language: Mapped[Language] = mapped_column(enum_column(Language, "agreement_language"))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    snapshot_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreement_snapshot.id", ondelete="RESTRICT")
    )
    stage: Mapped[str] = mapped_column(String(10), default="")  # draft / agreed / signed
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    cycle: Mapped[RenewalCycle] = relationship()

    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )


class AgreementSignature(Base):
    """A party's electronic signature on an agreement file (planner.signing): the signed
    file (its own AgreementDocument row, found by its hash), the party, who signed with which
    certificate (its sha256 fingerprint) and when. KT signs first; KAIST's signature is an
    incremental update of the file KT signed, so both stay valid."""

    __tablename__ = "agreement_signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_document.id", ondelete="RESTRICT")
    )
    party: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40))
    signer: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    timestamped: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    document: Mapped[AgreementDocument] = relationship()

    __table_args__ = (
        CheckConstraint("party IN ('kt', 'kaist')", name="party_known"),
        CheckConstraint("length(certificate_sha256) = 64", name="fingerprint_length"),
    )
