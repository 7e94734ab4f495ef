"""PostgreSQL roles for shared use: what each kind of user may change.

The database enforces them (GRANTs on group roles), so a forbidden action fails even from a
modified client; the UI only hides what a role may not do.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from planner.errors import ValidationError

SEATING_TABLES = ["site", "building", "floor", "zone", "desk", "organisation", "person",
                  "assignment", "move_plan", "planned_move"]
PARTNERSHIP_TABLES = ["research_task", "task_member", "renewal_cycle", "task_renewal", "agreement_document"]
ROLES = {
    "viewer": "planner_viewer",
    "coordinator": "planner_coordinator",
    "partnership": "planner_partnership",
    "admin": "planner_admin",
}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValidationError("user", f"'{name}' is not a valid database user name")
    return f'"{name}"'


def ensure_group_roles(connection: Connection) -> None:
    """Create the four group roles with their grants on the current schema (idempotent)."""
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    for group in ROLES.values():
        connection.execute(text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        ))
        connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {group}'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO {group}'))
    writers = {
        "planner_coordinator": SEATING_TABLES,
        "planner_partnership": PARTNERSHIP_TABLES,
        "planner_admin": SEATING_TABLES + PARTNERSHIP_TABLES + ["alembic_version"],
    }
    for group, tables in writers.items():
        for table in tables:
            connection.execute(text(f'GRANT INSERT, UPDATE, DELETE ON "{schema}".{table} TO {group}'))
        # Everyone who writes leaves an audit line, and may only add to the log.
        connection.execute(text(f'GRANT INSERT ON "{schema}".audit_entry TO {group}'))
        connection.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {group}'))


def grant_role(connection: Connection, user: str, role: str) -> None:
    if role not in ROLES:
        raise ValidationError("role", f"unknown role '{role}'; choose one of {', '.join(ROLES)}")
    ensure_group_roles(connection)
    quoted = _ident(user)
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    for other in ROLES.values():  # one role per user: granting a new one replaces the old
        connection.execute(text(f"REVOKE {other} FROM {quoted}"))
    connection.execute(text(f"GRANT {ROLES[role]} TO {quoted}"))
