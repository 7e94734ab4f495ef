"""desks and zones out of use (with the out-of-use rule in the database), people on leave

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import live, out_of_use_guards

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

NEW_TABLES = ["out_of_use", "leave"]


def upgrade() -> None:
    op.create_table(
        "out_of_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=True),
        sa.Column("zone_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(desk_id IS NULL) <> (zone_id IS NULL)", name=op.f("ck_out_of_use_desk_or_zone")
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_out_of_use_date_order")
        ),
        sa.CheckConstraint("length(reason) > 0", name=op.f("ck_out_of_use_reason_not_empty")),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desk.id"], name=op.f("fk_out_of_use_desk_id_desk"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"], ["zone.id"], name=op.f("fk_out_of_use_zone_id_zone"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_out_of_use")),
    )
    op.create_index(op.f("ix_out_of_use_desk_id"), "out_of_use", ["desk_id"])
    op.create_index(op.f("ix_out_of_use_zone_id"), "out_of_use", ["zone_id"])
    op.create_table(
        "leave",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_leave_date_order")),
        sa.CheckConstraint("kind IN ('leave', 'sabbatical')", name=op.f("ck_leave_kind_known")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_leave_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave")),
    )
    op.create_index("ix_leave_person_dates", "leave", ["person_id", "start_date"])
    bind = op.get_bind()
    out_of_use_guards.install(bind)
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)
        _grant_as_assignment()


def _grant_as_assignment() -> None:
    """On a server already shared (planner.dbtools.roles): whoever may read the seating may
    read the new tables, and whoever may write assignments may write them."""
    rows = op.get_bind().execute(sa.text(
        "SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants "
        "WHERE table_schema = current_schema() AND table_name = 'assignment' "
        "AND privilege_type IN ('SELECT', 'INSERT') AND grantee <> current_user"
    )).all()
    for grantee, privilege in rows:
        role = '"' + grantee.replace('"', '""') + '"'
        for table in NEW_TABLES:
            if privilege == "SELECT":
                op.execute(f"GRANT SELECT ON {table} TO {role}")
            else:
                op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {role}")
                op.execute(f"GRANT USAGE ON SEQUENCE {table}_id_seq TO {role}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    out_of_use_guards.uninstall(bind)
    op.drop_index("ix_leave_person_dates", table_name="leave")
    op.drop_table("leave")
    op.drop_index(op.f("ix_out_of_use_zone_id"), table_name="out_of_use")
    op.drop_index(op.f("ix_out_of_use_desk_id"), table_name="out_of_use")
    op.drop_table("out_of_use")
