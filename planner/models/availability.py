"""When desks and people are not there: desks and zones out of use, people on leave."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.people import Person
from planner.models.seating import utcnow
from planner.models.site import Desk, Zone


class OutOfUse(Versioned, Base):
    """A desk, or every desk of a zone, out of use from ``start_date`` to ``end_date``
    inclusive (open-ended if None), for a reason (repairs, a visiting team, a reserved lab).

    Nobody holds such a desk on those days: the database refuses an assignment that overlaps
    a block and a block that overlaps an assignment (planner.guards, the out-of-use rule)."""

    __tablename__ = "out_of_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id", ondelete="CASCADE"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    desk: Mapped[Desk | None] = relationship()
    zone: Mapped[Zone | None] = relationship()

    __table_args__ = (
        CheckConstraint("(desk_id IS NULL) <> (zone_id IS NULL)", name="desk_or_zone"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        CheckConstraint("length(reason) > 0", name="reason_not_empty"),
    )

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


class Leave(Versioned, Base):
    """A person away (leave, sabbatical) from ``start_date`` to ``end_date`` inclusive. Their
    desk stays theirs and shows as idle, not vacant, on those days."""

    __tablename__ = "leave"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    kind: Mapped[str] = mapped_column(String(20), default="leave")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship()

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="date_order"),
        CheckConstraint("kind IN ('leave', 'sabbatical')", name="kind_known"),
        Index("ix_leave_person_dates", "person_id", "start_date"),
    )

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date
