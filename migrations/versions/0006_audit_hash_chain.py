"""the audit log as a hash chain (tamper-evident), linked over the entries already there

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from planner.services.audit_chain import entry_hash

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("chain_no", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_entry_chain_no", "audit_entry", ["chain_no"], unique=True)
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_no", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_head_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    last_no, last_hash = _link_existing(op.get_bind())
    op.execute(
        sa.text("INSERT INTO audit_chain_head (id, last_no, last_hash) VALUES (1, :no, :hash)")
        .bindparams(no=last_no, hash=last_hash)
    )
    if op.get_bind().dialect.name == "postgresql":
        _grant_to_writers()


def _link_existing(bind) -> tuple[int, str]:
    """Every entry so far, in id order, linked as if it had been written with its hash."""
    audit = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime()),  # read as the application reads it, then hashed
        *(sa.column(name, sa.String()) for name in ("actor", "action", "entity")),
        sa.column("entity_id", sa.Integer()),
        *(sa.column(name, sa.String()) for name in ("field", "old_value", "new_value")),
        sa.column("chain_no", sa.Integer()),
        sa.column("prev_hash", sa.String()),
        sa.column("entry_hash", sa.String()),
    )
    last_no, last_hash, after = 0, GENESIS, 0
    while True:
        rows = bind.execute(
            sa.select(
                audit.c.id, audit.c.at, audit.c.actor, audit.c.action, audit.c.entity,
                audit.c.entity_id, audit.c.field, audit.c.old_value, audit.c.new_value,
            ).where(audit.c.id > after).order_by(audit.c.id).limit(BATCH)
        ).all()
        if not rows:
            return last_no, last_hash
        links = []
        for entry_id, *content in rows:
            last_no += 1
            digest = entry_hash(last_no, last_hash, *content)
            links.append({"entry": entry_id, "no": last_no, "prev": last_hash, "hash": digest})
            last_hash = digest
        bind.execute(
            sa.update(audit).where(audit.c.id == sa.bindparam("entry")).values(
                chain_no=sa.bindparam("no"),
                prev_hash=sa.bindparam("prev"),
                entry_hash=sa.bindparam("hash"),
            ),
            links,
        )
        after = rows[-1][0]


def _grant_to_writers() -> None:
    """Whoever may add to the log (planner.dbtools.roles) may link what they add."""
    for (grantee,) in op.get_bind().execute(sa.text(
        "SELECT DISTINCT grantee FROM information_schema.role_table_grants "
        "WHERE table_schema = current_schema() AND table_name = 'audit_entry' "
        "AND privilege_type = 'INSERT' AND grantee <> current_user"
    )):
        role = '"' + grantee.replace('"', '""') + '"'
        op.execute(f"GRANT UPDATE (chain_no, prev_hash, entry_hash) ON audit_entry TO {role}")
        op.execute(f"GRANT SELECT, UPDATE ON audit_chain_head TO {role}")


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    op.drop_index("ix_audit_entry_chain_no", table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("chain_no")
