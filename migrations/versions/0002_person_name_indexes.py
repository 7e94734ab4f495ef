"""Index people's names for finding a person by name.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name_ko"), ["name_ko"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_name_en"), ["name_en"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_name_en"))
        batch_op.drop_index(batch_op.f("ix_person_name_ko"))
