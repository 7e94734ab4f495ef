"""The audit log: who changed what, when, from which value to which — as a hash chain.

Each entry carries its place in the chain (``chain_no``), the sha256 of the entry before it
(``prev_hash``) and its own (``entry_hash``, over its content and ``prev_hash``), written in the
transaction that wrote the entry (planner.services.audit_chain). Editing or deleting a row
with raw SQL breaks the chain there, and ``planner audit verify`` names the place.
``audit_chain_head`` holds the last link, so that removing the newest entries shows too; its
one row is locked while a transaction links its entries (concurrent writers queue for the
few statements of the link, never for longer).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DDL, CheckConstraint, DateTime, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from planner.db import Base
from planner.models.seating import utcnow

GENESIS = "0" * 64  # the "previous hash" of the first entry


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(50), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # NULL only between the entry's INSERT and its transaction's commit.
    chain_no: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        # Also finds the entries a committing transaction still has to link (chain_no IS NULL).
        Index("ix_audit_entry_chain_no", "chain_no", unique=True),
    )


class AuditChainHead(Base):
    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


event.listen(
    AuditChainHead.__table__,
    "after_create",
    DDL(f"INSERT INTO audit_chain_head (id, last_no, last_hash) VALUES (1, 0, '{GENESIS}')"),
)
