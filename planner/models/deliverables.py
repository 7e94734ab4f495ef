"""What a task owes in a year (deliverables and milestones), and the review of a cycle
before it is agreed (a checklist whose items each institute configures)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import DeliverableKind, DeliverableState, enum_column
from planner.models.seating import utcnow
from planner.models.tasks import ResearchTask

WAIVED_HAS_REASON = "state <> 'waived' OR length(trim(waived_reason)) > 0"


class Deliverable(Versioned, Base):
    """One thing a task hands in for a year: a report, a paper, software, … with its due date
    and state. Evidence is a link here, or a file in :class:`DeliverableEvidence`."""

    __tablename__ = "deliverable"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(
        ForeignKey("research_task.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[DeliverableKind] = mapped_column(enum_column(DeliverableKind, "deliverable_kind"))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[dt.date]
    state: Mapped[DeliverableState] = mapped_column(
        enum_column(DeliverableState, "deliverable_state"), default=DeliverableState.PLANNED
    )
    waived_reason: Mapped[str] = mapped_column(Text, default="")
    evidence_link: Mapped[str] = mapped_column(String(2000), default="")

    task: Mapped[ResearchTask] = relationship()
    evidence: Mapped[DeliverableEvidence | None] = relationship(
        cascade="all, delete-orphan", lazy="select"
    )

    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2200", name="year_range"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint(WAIVED_HAS_REASON, name="waived_has_reason"),
    )


class DeliverableEvidence(Base):
    """The file handed in for a deliverable, kept in the database (like a floor's background)
    so every client of a shared server sees it; size and kind checked by the service."""

    __tablename__ = "deliverable_evidence"

    deliverable_id: Mapped[int] = mapped_column(
        ForeignKey("deliverable.id", ondelete="CASCADE"), primary_key=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    stored_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        CheckConstraint("length(file_name) > 0", name="file_name_not_empty"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )


class ReviewItem(Base):
    """One item of the review before agreement, as the institute configures it (a table, not
    code): IP terms, confidentiality, … Required items must be ticked before *agreed*."""

    __tablename__ = "review_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label_ko: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200), default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint("length(label_ko) > 0", name="label_not_empty"),
    )


class ReviewTick(Base):
    """A checklist item ticked for a cycle: by whom and when. Unticking deletes the row (the
    audit log keeps both)."""

    __tablename__ = "review_tick"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("renewal_cycle.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("review_item.id", ondelete="RESTRICT"))
    ticked_by: Mapped[str] = mapped_column(String(100))
    ticked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[ReviewItem] = relationship()

    __table_args__ = (UniqueConstraint("cycle_id", "item_id"),)


# The items a new institute starts with (code, Korean, English, required); the migration
# writes the same rows.
DEFAULT_REVIEW_ITEMS = [
    ("ip_terms", "지식재산권 조항 검토", "IP terms reviewed", True),
    ("confidentiality", "비밀유지 조항 검토", "Confidentiality reviewed", True),
    ("publication", "성과 발표·논문 게재 조항 검토", "Publication terms reviewed", True),
    ("budget_reconciled", "연구비 대사 완료", "Budget reconciled", True),
    ("participant_rates", "참여연구원 참여율 확인", "Participants' rates checked", False),
    ("legal_review", "법무 검토 완료", "Legal review done", True),
]


def default_items_sql() -> list[str]:
    return [
        "INSERT INTO review_item (code, label_ko, label_en, required, active, position) "
        f"VALUES ('{code}', '{ko}', '{en.replace(chr(39), chr(39) * 2)}', "
        f"{'TRUE' if required else 'FALSE'}, TRUE, {position})"
        for position, (code, ko, en, required) in enumerate(DEFAULT_REVIEW_ITEMS, start=1)
    ]


for _statement in default_items_sql():
    event.listen(ReviewItem.__table__, "after_create", DDL(_statement.replace("%", "%%")))
