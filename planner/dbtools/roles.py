"""PostgreSQL roles for shared use: what each kind of user may change.

The database enforces them (GRANTs on group roles), so a forbidden action fails even from a
modified client; the UI only hides what a role may not do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from planner.errors import ValidationError

SEATING_TABLES = ["site", "building", "floor", "floor_background", "zone", "desk", "organisation",
                  "person", "assignment", "move_plan", "planned_move", "out_of_use", "leave"]
PARTNERSHIP_TABLES = ["research_task", "task_member", "renewal_cycle", "task_renewal", "agreement_document",
                      "agreement_snapshot", "agreement_template", "agreement_party",
                      "agreement_signature", "budget_category", "budget_line", "indirect_rate",
                      "deliverable", "deliverable_evidence", "review_item", "review_tick",
                      "participation_cap", "task_participant", "task_kpi",
                      "ip_disclosure", "ip_inventor", "ip_task"]
ROLES = {
    "viewer": "planner_viewer",
    "coordinator": "planner_coordinator",
    "partnership": "planner_partnership",
    "admin": "planner_admin",
}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValidationError.from_template("user", "'%1' is not a valid database user name", name)
    return f'"{name}"'


def group_names(prefix: str = "planner") -> dict[str, str]:
    """role -> group role name; tests use their own prefix (roles are cluster-wide)."""
    if not _IDENT.match(prefix):
        raise ValidationError.from_template(
            "prefix", "'%1' is not a valid role name prefix", prefix
        )
    return {role: f"{prefix}_{role}" for role in ROLES}


def ensure_group_roles(connection: Connection, prefix: str = "planner") -> None:
    """Create the four group roles with their grants on the current schema (idempotent)."""
    groups = group_names(prefix)
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    for group in groups.values():
        connection.execute(text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        ))
        connection.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {group}'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO {group}'))
    writers = {
        groups["coordinator"]: SEATING_TABLES,
        groups["partnership"]: PARTNERSHIP_TABLES,
        groups["admin"]: SEATING_TABLES + PARTNERSHIP_TABLES + ["alembic_version"],
    }
    for group, tables in writers.items():
        for table in tables:
            connection.execute(text(f'GRANT INSERT, UPDATE, DELETE ON "{schema}".{table} TO {group}'))
        # Everyone who writes leaves an audit line, and may only add to the log — and link
        # what they add into its hash chain (planner.services.audit_chain), nothing else.
        connection.execute(text(f'GRANT INSERT ON "{schema}".audit_entry TO {group}'))
        connection.execute(text(
            f'GRANT UPDATE (chain_no, prev_hash, entry_hash) ON "{schema}".audit_entry TO {group}'
        ))
        connection.execute(text(f'GRANT SELECT, UPDATE ON "{schema}".audit_chain_head TO {group}'))
        connection.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {group}'))
    # A coordinator who ends a stay ends the person's participation with it (the stay rule,
    # planner.services.stays): its period only. A participation that lies wholly outside the
    # new stay is removed by partnership staff (the coordinator's change is refused, named).
    connection.execute(text(
        f'GRANT UPDATE (period_start, period_end, version) '
        f'ON "{schema}".task_participant TO {groups["coordinator"]}'
    ))


def grant_role(connection: Connection, user: str, role: str, prefix: str = "planner") -> None:
    if role not in ROLES:
        raise ValidationError.from_template(
            "role", "unknown role '%1'; choose one of %2", role, ", ".join(ROLES)
        )
    groups = group_names(prefix)
    ensure_group_roles(connection, prefix)
    quoted = _ident(user)
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    for other in groups.values():  # one role per user: granting a new one replaces the old
        connection.execute(text(f"REVOKE {other} FROM {quoted}"))
    connection.execute(text(f"GRANT {groups[role]} TO {quoted}"))


@dataclass(frozen=True)
class Permissions:
    """What the connected user may change. ``role`` is the group role shown in the window
    (None: no planner role, e.g. the owner of the tables or an SQLite file)."""

    role: str | None
    may_seat: bool  # desks, people, assignments, move plans
    may_edit_tasks: bool  # research tasks, renewals, agreements

    @property
    def read_only(self) -> bool:
        return not (self.may_seat or self.may_edit_tasks)


FULL = Permissions(None, True, True)


def current_permissions(connection: Connection, prefix: str = "planner") -> Permissions:
    """Ask the server what the current user may do: the privileges decide, the group role
    (pg_has_role) names it."""
    if connection.dialect.name != "postgresql":
        return FULL  # a file: whoever can open it can change it
    groups = group_names(prefix)
    member = {
        role for role, group in groups.items()
        if connection.execute(text(
            "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :g"
        ), {"g": group}).scalar()
    }
    superuser = connection.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    may_seat = bool(connection.execute(
        text("SELECT has_table_privilege('assignment', 'INSERT')")
    ).scalar())
    may_edit_tasks = bool(connection.execute(
        text("SELECT has_table_privilege('research_task', 'UPDATE')")
    ).scalar())
    role = next((r for r in ("admin", "coordinator", "partnership", "viewer") if r in member), None)
    if superuser:
        role = None  # a superuser is a member of every role; it is not a planner role
    return Permissions(role, may_seat, may_edit_tasks)
