"""Every enumeration of the domain, one style: a StrEnum whose values are stored as text."""

from __future__ import annotations

import enum

import sqlalchemy as sa


class ZoneKind(enum.StrEnum):
    OPEN_OFFICE = "open_office"
    PRIVATE_OFFICE = "private_office"
    LAB = "lab"
    MEETING = "meeting"
    SERVER_ROOM = "server_room"
    STARTUP = "startup"


class DeskKind(enum.StrEnum):
    FIXED = "fixed"
    HOT = "hot"
    OFFICE = "office"


class DeskFeature(enum.IntFlag):
    """Stored as a bit set so the database can check it; a person's needs use the same bits."""

    NONE = 0
    MONITOR = 1
    WINDOW = 2
    STANDING = 4
    ACCESSIBLE = 8

    @classmethod
    def all_bits(cls) -> int:
        return int(cls.MONITOR | cls.WINDOW | cls.STANDING | cls.ACCESSIBLE)

    @classmethod
    def parse(cls, names: str | list[str] | tuple[str, ...] | None) -> DeskFeature:
        """'monitor;window' or ['monitor', 'window'] -> flags; unknown names raise ValueError."""
        if not names:
            return cls.NONE
        if isinstance(names, str):
            names = [n for n in names.replace("|", ";").replace(",", ";").split(";")]
        flags = cls.NONE
        for name in names:
            name = name.strip().lower()
            if name:
                flags |= cls[name.upper()]
        return flags

    def names(self) -> list[str]:
        return [f.name.lower() for f in DeskFeature if f and f in self and f.name]


class OrganisationKind(enum.StrEnum):
    KT = "kt"
    KAIST = "kaist"
    STARTUP = "startup"
    OTHER = "other"


class Role(enum.StrEnum):
    PROFESSOR = "professor"
    RESEARCHER = "researcher"
    KT_STAFF = "kt_staff"
    STUDENT = "student"
    INTERN = "intern"
    STARTUP_MEMBER = "startup_member"
    VISITOR = "visitor"


class MovePlanStatus(enum.StrEnum):
    DRAFT = "draft"
    APPLIED = "applied"
    DISCARDED = "discarded"


class Track(enum.StrEnum):
    FOUNDATIONAL = "foundational"
    INDUSTRIAL = "industrial"


class TaskStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    CONCLUDED = "concluded"


class CycleStatus(enum.StrEnum):
    DRAFT = "draft"
    CONSULTATION = "consultation"
    AGREED = "agreed"
    SIGNED = "signed"


class Decision(enum.StrEnum):
    CONTINUE = "continue"
    MODIFY = "modify"
    CONCLUDE = "conclude"
    NEW = "new"


class DeliverableKind(enum.StrEnum):
    INTERIM_REPORT = "interim_report"
    FINAL_REPORT = "final_report"
    PAPER = "paper"
    PATENT = "patent"
    SOFTWARE = "software"
    DATASET = "dataset"
    DEMO = "demo"


class DeliverableState(enum.StrEnum):
    PLANNED = "planned"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    WAIVED = "waived"  # with a reason (a CHECK in the database)


class Language(enum.StrEnum):
    KO = "ko"
    EN = "en"
    BOTH = "both"


def enum_column(enum_cls: type[enum.Enum], name: str) -> sa.Enum:
    """A portable enum column: VARCHAR plus a named CHECK constraint listing the values."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
