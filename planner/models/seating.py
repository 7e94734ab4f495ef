"""Who sits where, when: assignments over date ranges and move plans."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import MovePlanStatus, enum_column
from planner.models.people import Person
from planner.models.site import Desk


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Assignment(Versioned, Base):
    """A person at a desk from ``start_date`` to ``end_date`` inclusive (open-ended if None).

    The overlap rules (one occupant per desk per day unless the desk is a hot desk, one desk
    per person per day) are enforced by the database itself — triggers on SQLite, exclusion
    constraints on PostgreSQL (see planner.guards) — so they hold inside the writing
    transaction even when two clients race.
    """

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id", ondelete="CASCADE"))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    # Copied from desk.kind == 'hot' by the database (trigger); never set by hand.
    desk_shared: Mapped[bool] = mapped_column(default=False)
    move_plan_id: Mapped[int | None] = mapped_column(ForeignKey("move_plan.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship()
    desk: Mapped[Desk] = relationship()

    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        Index("ix_assignment_desk_dates", "desk_id", "start_date"),
        Index("ix_assignment_person_dates", "person_id", "start_date"),
    )

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


class MovePlan(Versioned, Base):
    """A named batch of moves that take effect together on one date; draft until applied."""

    __tablename__ = "move_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    effective_date: Mapped[dt.date]
    status: Mapped[MovePlanStatus] = mapped_column(
        enum_column(MovePlanStatus, "move_plan_status"), default=MovePlanStatus.DRAFT
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    applied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    moves: Mapped[list[PlannedMove]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlannedMove.id"
    )

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class PlannedMove(Base):
    """One person's change in a plan: to a desk, or released when ``to_desk_id`` is None."""

    __tablename__ = "planned_move"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("move_plan.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    to_desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id", ondelete="CASCADE"))

    plan: Mapped[MovePlan] = relationship(back_populates="moves")
    person: Mapped[Person] = relationship()
    to_desk: Mapped[Desk | None] = relationship()

    __table_args__ = (UniqueConstraint("plan_id", "person_id"),)
