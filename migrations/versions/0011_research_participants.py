"""research administration: participating researchers, KPIs, IP disclosures (issue 20)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import live, research_guards

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NEW_TABLES = ["participation_cap", "task_participant", "task_kpi", "ip_disclosure", "ip_inventor",
              "ip_task"]
_ROLES = ("professor", "researcher", "kt_staff", "student", "intern", "startup_member", "visitor")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "participation_cap",
        sa.Column("role", _enum("participation_cap_role", *_ROLES), nullable=False),
        sa.Column("cap_pct", sa.Integer(), nullable=False),
        sa.CheckConstraint("cap_pct BETWEEN 1 AND 100", name=op.f("ck_participation_cap_cap_range")),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_participation_cap")),
    )
    op.create_table(
        "task_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("renewal_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", _enum("participant_role", "lead", "co", "member", "student"), nullable=False),
        sa.Column("rate_pct", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("rate_pct BETWEEN 1 AND 100", name=op.f("ck_task_participant_rate_range")),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_task_participant_period_order")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_task_participant_person_id_person"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["renewal_id"], ["task_renewal.id"],
                                name=op.f("fk_task_participant_renewal_id_task_renewal"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_participant")),
        sa.UniqueConstraint("renewal_id", "person_id",
                            name=op.f("uq_task_participant_renewal_id_person_id")),
    )
    op.create_index(op.f("ix_task_participant_person_id"), "task_participant", ["person_id"])
    op.create_table(
        "task_kpi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("renewal_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("unit_en", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_task_kpi_name_not_empty")),
        sa.ForeignKeyConstraint(["renewal_id"], ["task_renewal.id"],
                                name=op.f("fk_task_kpi_renewal_id_task_renewal"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_kpi")),
        sa.UniqueConstraint("renewal_id", "name", name=op.f("uq_task_kpi_renewal_id_name")),
    )
    op.create_table(
        "ip_disclosure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("disclosed_on", sa.Date(), nullable=False),
        sa.Column("kt_share_pct", sa.Integer(), nullable=False),
        sa.Column("kaist_share_pct", sa.Integer(), nullable=False),
        sa.Column("filing_no", sa.String(length=40), nullable=True),
        sa.Column("state", _enum("ip_state", "disclosed", "filed", "registered", "abandoned"),
                  nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_ip_disclosure_title_not_empty")),
        sa.CheckConstraint(
            "kt_share_pct BETWEEN 0 AND 100 AND kaist_share_pct BETWEEN 0 AND 100 "
            "AND kt_share_pct + kaist_share_pct = 100",
            name=op.f("ck_ip_disclosure_shares_sum_100"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ip_disclosure")),
        sa.UniqueConstraint("filing_no", name=op.f("uq_ip_disclosure_filing_no")),
    )
    op.create_table(
        "ip_inventor",
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["disclosure_id"], ["ip_disclosure.id"],
                                name=op.f("fk_ip_inventor_disclosure_id_ip_disclosure"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_ip_inventor_person_id_person"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("disclosure_id", "person_id", name=op.f("pk_ip_inventor")),
    )
    op.create_index(op.f("ix_ip_inventor_person_id"), "ip_inventor", ["person_id"])
    op.create_table(
        "ip_task",
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["disclosure_id"], ["ip_disclosure.id"],
                                name=op.f("fk_ip_task_disclosure_id_ip_disclosure"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["research_task.id"],
                                name=op.f("fk_ip_task_task_id_research_task"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("disclosure_id", "task_id", name=op.f("pk_ip_task")),
    )
    op.create_index(op.f("ix_ip_task_task_id"), "ip_task", ["task_id"])
    bind = op.get_bind()
    research_guards.install(bind)
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    research_guards.uninstall(bind)
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
