"""deliverables and milestones per task and year; the review checklist before agreement

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import live, review_guards
from planner.models.deliverables import WAIVED_HAS_REASON, default_items_sql

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NEW_TABLES = ["deliverable", "deliverable_evidence", "review_item", "review_tick"]


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "deliverable",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum(
            "interim_report", "final_report", "paper", "patent", "software", "dataset", "demo",
            name="deliverable_kind", native_enum=False, create_constraint=True, length=14,
        ), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("state", sa.Enum(
            "planned", "submitted", "accepted", "waived",
            name="deliverable_state", native_enum=False, create_constraint=True, length=9,
        ), nullable=False),
        sa.Column("waived_reason", sa.Text(), nullable=False),
        sa.Column("evidence_link", sa.String(length=2000), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("year BETWEEN 2000 AND 2200", name=op.f("ck_deliverable_year_range")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_deliverable_title_not_empty")),
        sa.CheckConstraint(WAIVED_HAS_REASON, name=op.f("ck_deliverable_waived_has_reason")),
        sa.ForeignKeyConstraint(
            ["task_id"], ["research_task.id"],
            name=op.f("fk_deliverable_task_id_research_task"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliverable")),
    )
    op.create_index(op.f("ix_deliverable_task_id"), "deliverable", ["task_id"], unique=False)
    op.create_table(
        "deliverable_evidence",
        sa.Column("deliverable_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.Column("stored_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "length(file_name) > 0", name=op.f("ck_deliverable_evidence_file_name_not_empty")
        ),
        sa.CheckConstraint(
            "length(sha256) = 64", name=op.f("ck_deliverable_evidence_sha256_length")
        ),
        sa.ForeignKeyConstraint(
            ["deliverable_id"], ["deliverable.id"],
            name=op.f("fk_deliverable_evidence_deliverable_id_deliverable"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("deliverable_id", name=op.f("pk_deliverable_evidence")),
    )
    op.create_table(
        "review_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label_ko", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_review_item_code_not_empty")),
        sa.CheckConstraint("length(label_ko) > 0", name=op.f("ck_review_item_label_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_item")),
        sa.UniqueConstraint("code", name=op.f("uq_review_item_code")),
    )
    op.create_table(
        "review_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("ticked_by", sa.String(length=100), nullable=False),
        sa.Column("ticked_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["renewal_cycle.id"],
            name=op.f("fk_review_tick_cycle_id_renewal_cycle"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["review_item.id"],
            name=op.f("fk_review_tick_item_id_review_item"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_tick")),
        sa.UniqueConstraint("cycle_id", "item_id", name=op.f("uq_review_tick_cycle_id_item_id")),
    )
    for statement in default_items_sql():
        op.execute(statement)
    # Cycles agreed before this revision were reviewed outside the program: their record
    # stays as it is (the rule applies to a cycle becoming agreed from now on).
    op.add_column(
        "renewal_cycle",
        sa.Column("missing_reports_reason", sa.Text(), nullable=False, server_default=""),
    )
    review_guards.install(bind)
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    review_guards.uninstall(bind)
    # Dropped in place: a batch copy of renewal_cycle would cascade (see 0007).
    op.execute("ALTER TABLE renewal_cycle DROP COLUMN missing_reports_reason")
    op.drop_table("review_tick")
    op.drop_table("review_item")
    op.drop_table("deliverable_evidence")
    op.drop_index(op.f("ix_deliverable_task_id"), table_name="deliverable")
    op.drop_table("deliverable")
