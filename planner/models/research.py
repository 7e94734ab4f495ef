"""Research administration of a task's year: participating researchers (참여연구원), KPIs
(성과지표) and IP disclosures (지식재산 신고).

A participant and a KPI belong to one task renewal (a task in one cycle, so one year). A
person's participation rates across the tasks of one year stay within their cap (100 %, or
less for a kind of person as ``participation_cap`` says): the service checks first and names
the tasks (planner.services.participants); planner.research_guards makes it true in the
database. An IP disclosure's KT and KAIST shares add up to exactly 100 % (a CHECK).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import Role, enum_column
from planner.models.people import Person
from planner.models.renewals import TaskRenewal
from planner.models.tasks import ResearchTask


class ParticipantRole(enum.StrEnum):
    """A researcher's role in a task: 책임 / 공동 / 참여 / 학생."""

    LEAD = "lead"  # 책임연구원: the task's PI
    CO = "co"  # 공동연구원
    MEMBER = "member"  # 참여연구원
    STUDENT = "student"  # 학생연구원


class IpState(enum.StrEnum):
    DISCLOSED = "disclosed"  # 발명신고
    FILED = "filed"  # 출원
    REGISTERED = "registered"  # 등록
    ABANDONED = "abandoned"  # 포기


class ParticipationCap(Base):
    """The highest sum of participation rates in one year for a kind of person (Role); a
    kind without a row may reach 100 %. A table, so that an institute sets its own."""

    __tablename__ = "participation_cap"

    role: Mapped[Role] = mapped_column(enum_column(Role, "participation_cap_role"), primary_key=True)
    cap_pct: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("cap_pct BETWEEN 1 AND 100", name="cap_range"),)


class TaskParticipant(Versioned, Base):
    __tablename__ = "task_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    renewal_id: Mapped[int] = mapped_column(ForeignKey("task_renewal.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(enum_column(ParticipantRole, "participant_role"))
    rate_pct: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]

    renewal: Mapped[TaskRenewal] = relationship()
    person: Mapped[Person] = relationship()

    __table_args__ = (
        UniqueConstraint("renewal_id", "person_id"),
        CheckConstraint("rate_pct BETWEEN 1 AND 100", name="rate_range"),
        CheckConstraint("period_end >= period_start", name="period_order"),
    )


class TaskKpi(Versioned, Base):
    """One performance indicator of a task in one year: name, unit, target and (once known)
    the actual figure. Last year's line is the one of the same task with the same name."""

    __tablename__ = "task_kpi"

    id: Mapped[int] = mapped_column(primary_key=True)
    renewal_id: Mapped[int] = mapped_column(ForeignKey("task_renewal.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")  # for the English agreement
    unit: Mapped[str] = mapped_column(String(40), default="")
    unit_en: Mapped[str] = mapped_column(String(40), default="")
    target: Mapped[float] = mapped_column(Float)
    actual: Mapped[float | None] = mapped_column(Float)

    renewal: Mapped[TaskRenewal] = relationship()

    __table_args__ = (
        UniqueConstraint("renewal_id", "name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )


class IpDisclosure(Versioned, Base):
    __tablename__ = "ip_disclosure"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300), default="")
    disclosed_on: Mapped[dt.date]
    kt_share_pct: Mapped[int] = mapped_column(Integer)
    kaist_share_pct: Mapped[int] = mapped_column(Integer)
    filing_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    state: Mapped[IpState] = mapped_column(enum_column(IpState, "ip_state"), default=IpState.DISCLOSED)
    notes: Mapped[str] = mapped_column(Text, default="")

    inventors: Mapped[list[IpInventor]] = relationship(
        cascade="all, delete-orphan", order_by="IpInventor.position"
    )
    tasks: Mapped[list[IpTask]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint(
            "kt_share_pct BETWEEN 0 AND 100 AND kaist_share_pct BETWEEN 0 AND 100 "
            "AND kt_share_pct + kaist_share_pct = 100",
            name="shares_sum_100",
        ),
    )


class IpInventor(Base):
    __tablename__ = "ip_inventor"

    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("ip_disclosure.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()


class IpTask(Base):
    __tablename__ = "ip_task"

    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("ip_disclosure.id", ondelete="CASCADE"), primary_key=True
    )
    task_id: Mapped[int] = mapped_column(
        ForeignKey("research_task.id", ondelete="RESTRICT"), primary_key=True, index=True
    )

    task: Mapped[ResearchTask] = relationship()
