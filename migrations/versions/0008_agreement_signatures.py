"""electronic signatures on agreement files (PAdES, planner.signing)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import live

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

NEW_TABLES = ["agreement_signature"]


def upgrade() -> None:
    op.create_table(
        "agreement_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("signer", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("certificate_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("timestamped", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "party IN ('kt', 'kaist')", name=op.f("ck_agreement_signature_party_known")
        ),
        sa.CheckConstraint(
            "length(certificate_sha256) = 64",
            name=op.f("ck_agreement_signature_fingerprint_length"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["agreement_document.id"],
            name=op.f("fk_agreement_signature_document_id_agreement_document"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_signature")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    op.drop_table("agreement_signature")
