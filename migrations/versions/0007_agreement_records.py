"""the agreement as a record: frozen snapshots, templates in the database, signature blocks

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner import frozen_guards, live

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NEW_TABLES = ["agreement_snapshot", "agreement_template", "agreement_party"]
SEATS_CHECK = "seats_committed IS NULL OR seats_committed BETWEEN 1 AND 100000"


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "agreement_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("schema", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.Column("frozen_by", sa.String(length=100), nullable=False),
        sa.Column("unfrozen_at", sa.DateTime(), nullable=True),
        sa.Column("unfrozen_by", sa.String(length=100), nullable=False),
        sa.Column("unfreeze_reason", sa.Text(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_agreement_snapshot_version_positive")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_agreement_snapshot_sha256_length")),
        sa.CheckConstraint(
            "unfrozen_at IS NULL OR length(unfreeze_reason) > 0",
            name=op.f("ck_agreement_snapshot_unfreeze_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["renewal_cycle.id"],
            name=op.f("fk_agreement_snapshot_cycle_id_renewal_cycle"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_snapshot")),
        sa.UniqueConstraint(
            "cycle_id", "version", name=op.f("uq_agreement_snapshot_cycle_id_version")
        ),
    )
    op.create_index(
        "uq_agreement_snapshot_frozen",
        "agreement_snapshot",
        ["cycle_id"],
        unique=True,
        sqlite_where=sa.text("unfrozen_at IS NULL"),
        postgresql_where=sa.text("unfrozen_at IS NULL"),
    )
    op.create_table(
        "agreement_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "language IN ('ko', 'en')", name=op.f("ck_agreement_template_language_known")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_agreement_template_version_positive")),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_agreement_template_sha256_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_template")),
        sa.UniqueConstraint(
            "language", "version", name=op.f("uq_agreement_template_language_version")
        ),
    )
    op.create_table(
        "agreement_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        _text("institution_ko", 200),
        _text("institution_en", 200),
        _text("address_ko", 300),
        _text("address_en", 300),
        _text("position_ko", 100),
        _text("position_en", 100),
        _text("name_ko", 100),
        _text("name_en", 100),
        _text("signer_position_ko", 100),
        _text("signer_position_en", 100),
        _text("signer_name_ko", 100),
        _text("signer_name_en", 100),
        _text("delegation_ko", 300),
        _text("delegation_en", 300),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("party IN ('kt', 'kaist')", name=op.f("ck_agreement_party_party_known")),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["renewal_cycle.id"],
            name=op.f("fk_agreement_party_cycle_id_renewal_cycle"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_party")),
        sa.UniqueConstraint("cycle_id", "party", name=op.f("uq_agreement_party_cycle_id_party")),
    )
    # renewal_cycle is referenced by other tables: a column added in place (SQLite accepts a
    # CHECK on an added column), not a batch copy of the table.
    if bind.dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE renewal_cycle ADD COLUMN seats_committed INTEGER "
            f"CONSTRAINT ck_renewal_cycle_seats_committed_range CHECK ({SEATS_CHECK})"
        )
    else:
        op.add_column("renewal_cycle", sa.Column("seats_committed", sa.Integer(), nullable=True))
        op.create_check_constraint(
            op.f("ck_renewal_cycle_seats_committed_range"), "renewal_cycle", SEATS_CHECK
        )
    op.add_column(
        "task_renewal", sa.Column("reason_en", sa.Text(), nullable=False, server_default="")
    )
    # Several files may carry one version now (a draft, the agreed and the signed copy): the
    # record is per distinct file, found by its hash.
    with op.batch_alter_table("agreement_document") as batch:
        batch.drop_constraint(
            op.f("uq_agreement_document_cycle_id_language_version"), type_="unique"
        )
        batch.add_column(sa.Column("snapshot_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("stage", sa.String(length=10), nullable=False, server_default="")
        )
        batch.create_foreign_key(
            op.f("fk_agreement_document_snapshot_id_agreement_snapshot"),
            "agreement_snapshot",
            ["snapshot_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_index(op.f("ix_agreement_document_sha256"), ["sha256"], unique=False)
    frozen_guards.install(bind)
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_statements(NEW_TABLES, functions=False):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in live.postgres_drop_statements(NEW_TABLES, functions=False):
            op.execute(statement)
    frozen_guards.uninstall(bind)
    with op.batch_alter_table("agreement_document") as batch:
        batch.drop_index(op.f("ix_agreement_document_sha256"))
        batch.drop_constraint(
            op.f("fk_agreement_document_snapshot_id_agreement_snapshot"), type_="foreignkey"
        )
        batch.drop_column("snapshot_id")
        batch.drop_column("stage")
        batch.create_unique_constraint(
            op.f("uq_agreement_document_cycle_id_language_version"),
            ["cycle_id", "language", "version"],
        )
    # Columns dropped in place: a batch copy of renewal_cycle, which other tables reference,
    # would cascade under SQLite's foreign keys. (SQLite allows it: the only CHECK naming
    # seats_committed is the column's own.)
    if bind.dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_renewal_cycle_seats_committed_range"), "renewal_cycle")
    op.execute("ALTER TABLE task_renewal DROP COLUMN reason_en")
    op.execute("ALTER TABLE renewal_cycle DROP COLUMN seats_committed")
    op.drop_table("agreement_party")
    op.drop_table("agreement_template")
    op.drop_index("uq_agreement_snapshot_frozen", table_name="agreement_snapshot")
    op.drop_table("agreement_snapshot")
