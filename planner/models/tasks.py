"""The joint research tasks (연구과제) and their members."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import TaskStatus, Track, enum_column
from planner.models.people import Person


class ResearchTask(Versioned, Base):
    __tablename__ = "research_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title_ko: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300), default="")
    track: Mapped[Track] = mapped_column(enum_column(Track, "task_track"))
    area: Mapped[str] = mapped_column(String(100), default="")
    pi_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    kt_contact_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    start_year: Mapped[int] = mapped_column(Integer)
    status: Mapped[TaskStatus] = mapped_column(
        enum_column(TaskStatus, "task_status"), default=TaskStatus.ACTIVE
    )
    description: Mapped[str] = mapped_column(Text, default="")

    pi: Mapped[Person | None] = relationship(foreign_keys=[pi_id])
    kt_contact: Mapped[Person | None] = relationship(foreign_keys=[kt_contact_id])
    members: Mapped[list[TaskMember]] = relationship(
        back_populates="task", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint("length(title_ko) > 0", name="title_not_empty"),
        CheckConstraint("start_year BETWEEN 2000 AND 2200", name="start_year_range"),
    )


class TaskMember(Base):
    __tablename__ = "task_member"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("research_task.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    task: Mapped[ResearchTask] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
