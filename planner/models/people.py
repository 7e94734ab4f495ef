"""Who sits: organisations and the people of the institute."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import DeskFeature, OrganisationKind, Role, enum_column


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind"), default=OrganisationKind.OTHER
    )

    people: Mapped[list[Person]] = relationship(back_populates="organisation")

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed: "find a person" (Ctrl+F, planner whereis) searches by either name.
    name_ko: Mapped[str] = mapped_column(String(100), index=True)
    name_en: Mapped[str] = mapped_column(String(200), default="", index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "person_role"))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    employee_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    stay_start: Mapped[dt.date | None]
    stay_end: Mapped[dt.date | None]
    # Desk features this person needs (same bits as Desk.features), e.g. ACCESSIBLE.
    needs: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="people")

    __table_args__ = (
        CheckConstraint("length(name_ko) > 0", name="name_not_empty"),
        CheckConstraint(
            "stay_end IS NULL OR stay_start IS NULL OR stay_end >= stay_start", name="stay_order"
        ),
        CheckConstraint(f"needs >= 0 AND needs <= {DeskFeature.all_bits()}", name="needs_known"),
    )

    @property
    def display_name(self) -> str:
        return f"{self.name_ko} ({self.name_en})" if self.name_en else self.name_ko
