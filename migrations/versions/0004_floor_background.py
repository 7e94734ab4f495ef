"""floor background images kept in the database

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from planner import live

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "floor_background",
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("offset_x_m", sa.Float(), nullable=False),
        sa.Column("offset_y_m", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(media_type) > 0", name=op.f("ck_floor_background_media_type_not_empty")
        ),
        sa.ForeignKeyConstraint(
            ["floor_id"],
            ["floor.id"],
            name=op.f("fk_floor_background_floor_id_floor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("floor_id", name=op.f("pk_floor_background")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Other clients hear of a new background like of any other change (live refresh).
        for statement in live.postgres_statements(["floor_background"], functions=False):
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("floor_background")
