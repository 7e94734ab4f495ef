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

# The tables of this revision: later revisions add their own triggers.
TABLES = ["site", "building", "floor", "zone", "desk", "organisation", "person", "assignment",
          "move_plan", "planned_move", "research_task", "task_member", "renewal_cycle", "task_renewal",
          "agreement_document"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_statements(TABLES):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(TABLES):
            op.execute(statement)
