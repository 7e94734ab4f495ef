"""PostgreSQL: NOTIFY other clients of every committed change (live refresh).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op

from planner import live

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_drop_statements():
            op.execute(statement)
