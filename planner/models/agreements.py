"""The agreement as a record: frozen snapshots, wording templates and the parties who sign.

* :class:`AgreementSnapshot` — what a cycle's agreement is built from, stored as JSON with its
  sha256 when the cycle becomes *agreed*. It is never changed or deleted (database triggers,
  :mod:`planner.frozen_guards`); going back to consultation only marks it unfrozen, with who,
  when and why. The next freeze is the next version.
* :class:`AgreementTemplate` — one version of the clause wording of one language. The newest
  version is the one in use; the shipped files in ``resources/templates`` are the defaults.
* :class:`AgreementParty` — the signature block of one party of one cycle, in both languages.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.seating import utcnow

PARTIES = ("kt", "kaist")
TEMPLATE_LANGUAGES = ("ko", "en")


class AgreementSnapshot(Base):
    __tablename__ = "agreement_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("renewal_cycle.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    schema: Mapped[int] = mapped_column(
        Integer
    )  # the payload's format (planner.export.agreement_data)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    sha256: Mapped[str] = mapped_column(String(64))  # of the payload's UTF-8 bytes
    frozen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    frozen_by: Mapped[str] = mapped_column(String(100), default="")
    unfrozen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    unfrozen_by: Mapped[str] = mapped_column(String(100), default="")
    unfreeze_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("cycle_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint(
            "unfrozen_at IS NULL OR length(unfreeze_reason) > 0", name="unfreeze_has_reason"
        ),
        # At most one frozen (not unfrozen) snapshot per cycle.
        Index(
            "uq_agreement_snapshot_frozen",
            "cycle_id",
            unique=True,
            sqlite_where=text("unfrozen_at IS NULL"),
            postgresql_where=text("unfrozen_at IS NULL"),
        ),
    )


class AgreementTemplate(Base):
    __tablename__ = "agreement_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(2))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        UniqueConstraint("language", "version"),
        CheckConstraint("language IN ('ko', 'en')", name="language_known"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )


class AgreementParty(Versioned, Base):
    """Who signs for one party: institution, address, representative (position and name) and,
    when a delegate signs instead, the delegate and the basis of the delegation (위임 근거)."""

    __tablename__ = "agreement_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("renewal_cycle.id", ondelete="CASCADE"))
    party: Mapped[str] = mapped_column(String(10))
    institution_ko: Mapped[str] = mapped_column(String(200), default="")
    institution_en: Mapped[str] = mapped_column(String(200), default="")
    address_ko: Mapped[str] = mapped_column(String(300), default="")
    address_en: Mapped[str] = mapped_column(String(300), default="")
    position_ko: Mapped[str] = mapped_column(String(100), default="")
    position_en: Mapped[str] = mapped_column(String(100), default="")
    name_ko: Mapped[str] = mapped_column(String(100), default="")
    name_en: Mapped[str] = mapped_column(String(100), default="")
    signer_position_ko: Mapped[str] = mapped_column(String(100), default="")
    signer_position_en: Mapped[str] = mapped_column(String(100), default="")
    signer_name_ko: Mapped[str] = mapped_column(String(100), default="")
    signer_name_en: Mapped[str] = mapped_column(String(100), default="")
    delegation_ko: Mapped[str] = mapped_column(String(300), default="")
    delegation_en: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (
        UniqueConstraint("cycle_id", "party"),
        CheckConstraint("party IN ('kt', 'kaist')", name="party_known"),
    )
