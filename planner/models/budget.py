"""A task renewal's budget by category (비목): the categories, the lines and the indirect rates.

* :class:`BudgetCategory` — the institute's list of 비목 (a table, not code), each with its
  Korean and English name and its place in the list. One of them is the indirect cost
  (간접비), computed from a party's rate.
* :class:`BudgetLine` — one category's amount in integer KRW (원) paid by one party (KT or
  KAIST) in one task renewal. The renewal's ``budget_krw`` is the sum of its lines: the
  service writes it from the lines and the database keeps it so (planner.budget_guards).
* :class:`IndirectRate` — a party's indirect-cost rate, in hundredths of a percent, of its
  direct costs (``direct``) or of its total (``total``).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned

PAYING_PARTIES = ("kt", "kaist")
RATE_BASES = ("direct", "total")
MAX_AMOUNT_KRW = 10**15 - 1
RATE_SCALE = 10_000  # basis points: 1500 is 15.00 %

# The categories a new database starts with (code, Korean, English, indirect).
DEFAULT_CATEGORIES = (
    ("personnel", "인건비", "Personnel", False),
    ("student_personnel", "학생인건비", "Student personnel", False),
    ("equipment", "연구시설·장비비", "Research facilities and equipment", False),
    ("materials", "연구재료비", "Research materials", False),
    ("activities", "연구활동비", "Research activities", False),
    ("allowance", "연구수당", "Research allowance", False),
    ("commissioned", "위탁연구개발비", "Commissioned R&D", False),
    ("indirect", "간접비", "Indirect costs", True),
)
# Where a budget recorded as one figure goes (data from before budget lines, a bare total).
DEFAULT_CATEGORY = "activities"
DEFAULT_PARTY = "kt"


class BudgetCategory(Versioned, Base):
    __tablename__ = "budget_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ko: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    indirect: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint("length(name_ko) > 0", name="name_not_empty"),
    )


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    renewal_id: Mapped[int] = mapped_column(
        ForeignKey("task_renewal.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("budget_category.id", ondelete="RESTRICT"))
    party: Mapped[str] = mapped_column(String(10))
    amount_krw: Mapped[int] = mapped_column(BigInteger, default=0)
    # An indirect line is computed from the party's rate unless overridden: then the reason.
    override_reason: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[BudgetCategory] = relationship()

    __table_args__ = (
        UniqueConstraint("renewal_id", "category_id", "party"),
        CheckConstraint("party IN ('kt', 'kaist')", name="party_known"),
        CheckConstraint(
            "amount_krw >= 0 AND amount_krw < 1000000000000000", name="amount_range"
        ),
    )


class IndirectRate(Versioned, Base):
    __tablename__ = "indirect_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    party: Mapped[str] = mapped_column(String(10), unique=True)
    rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    basis: Mapped[str] = mapped_column(String(10), default="direct")

    __table_args__ = (
        CheckConstraint("party IN ('kt', 'kaist')", name="party_known"),
        CheckConstraint("basis IN ('direct', 'total')", name="basis_known"),
        # Of the total, 100 % would leave nothing for the direct costs.
        CheckConstraint(
            "rate_bp >= 0 AND (rate_bp < 10000 OR (basis = 'direct' AND rate_bp <= 100000))",
            name="rate_range",
        ),
    )
