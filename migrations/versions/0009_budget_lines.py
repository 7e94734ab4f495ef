"""budget by category (비목): categories, lines per task renewal, indirect rates per party

Every renewal recorded before this revision gets one line carrying its budget (연구활동비,
paid by KT), so no total changes; from here on a renewal's budget_krw is the sum of its lines
(planner.budget_guards). Renewals of agreed or signed cycles get their line too (written
before the guards that freeze lines exist; the renewals themselves are not touched).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import budget_guards, live

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NEW_TABLES = ["budget_category", "budget_line", "indirect_rate"]


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "budget_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_ko", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indirect", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_budget_category_code_not_empty")),
        sa.CheckConstraint("length(name_ko) > 0", name=op.f("ck_budget_category_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_category")),
        sa.UniqueConstraint("code", name=op.f("uq_budget_category_code")),
    )
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("renewal_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("amount_krw", sa.BigInteger(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("party IN ('kt', 'kaist')", name=op.f("ck_budget_line_party_known")),
        sa.CheckConstraint(
            "amount_krw >= 0 AND amount_krw < 1000000000000000",
            name=op.f("ck_budget_line_amount_range"),
        ),
        sa.ForeignKeyConstraint(
            ["renewal_id"],
            ["task_renewal.id"],
            name=op.f("fk_budget_line_renewal_id_task_renewal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["budget_category.id"],
            name=op.f("fk_budget_line_category_id_budget_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint(
            "renewal_id", "category_id", "party", name=op.f("uq_budget_line_renewal_id_category_id_party")
        ),
    )
    op.create_index(op.f("ix_budget_line_renewal_id"), "budget_line", ["renewal_id"], unique=False)
    op.create_table(
        "indirect_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("party IN ('kt', 'kaist')", name=op.f("ck_indirect_rate_party_known")),
        sa.CheckConstraint("basis IN ('direct', 'total')", name=op.f("ck_indirect_rate_basis_known")),
        sa.CheckConstraint(
            "rate_bp >= 0 AND (rate_bp < 10000 OR (basis = 'direct' AND rate_bp <= 100000))",
            name=op.f("ck_indirect_rate_rate_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indirect_rate")),
        sa.UniqueConstraint("party", name=op.f("uq_indirect_rate_party")),
    )
    for statement in budget_guards.seed_statements():
        op.execute(statement)
    # One line per renewal that has a budget, before the guards: the frozen ones too (their
    # agreements are on record as snapshots and do not change; only the renewals gain lines).
    op.execute(
        "INSERT INTO budget_line (renewal_id, category_id, party, amount_krw, override_reason, "
        "version) SELECT r.id, c.id, 'kt', r.budget_krw, '', 1 FROM task_renewal r "
        "JOIN budget_category c ON c.code = 'activities' WHERE r.budget_krw > 0"
    )
    budget_guards.install(bind)
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    budget_guards.uninstall(bind)
    op.drop_table("indirect_rate")
    op.drop_index(op.f("ix_budget_line_renewal_id"), table_name="budget_line")
    op.drop_table("budget_line")
    op.drop_table("budget_category")

