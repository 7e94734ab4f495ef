"""What an agreed agreement rests on cannot change: enforced by the database itself.

* a frozen snapshot (``agreement_snapshot``) is never edited nor deleted; it can only be marked
  unfrozen once, with a reason;
* a template version (``agreement_template``) is never edited (a change is a new version);
* while a cycle is *agreed* or *signed*, its task renewals, its parties' signature blocks and
  its committed seats cannot be added, changed or removed;
* a cycle becomes *agreed* or *signed* only with a frozen snapshot, and leaves *agreed* for
  consultation only after the snapshot was unfrozen.

The services check all of this first and say it in words (planner.services.agreements); these
triggers are what makes it true for every client, raw SQL included. They raise
``agreement_frozen`` or ``cycle_frozen``, which :func:`frozen_refusal` recognises.
"""

from __future__ import annotations

from sqlalchemy import Connection

from planner.guards import create_with, run_for_dialect

AGREEMENT_FROZEN = "agreement_frozen"
CYCLE_FROZEN = "cycle_frozen"

_FROZEN_CYCLE = (
    "(SELECT status FROM renewal_cycle WHERE id = {row}.cycle_id) IN ('agreed', 'signed')"
)
_HAS_SNAPSHOT = (
    "EXISTS (SELECT 1 FROM agreement_snapshot s "
    "WHERE s.cycle_id = NEW.id AND s.unfrozen_at IS NULL)"
)


def _sqlite_raise(name: str, when: str, event_: str, table: str, message: str) -> str:
    return (
        f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event_} ON {table} "
        f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


SQLITE_STATEMENTS = [
    _sqlite_raise(
        "agreement_snapshot_immutable",
        "1",
        "UPDATE OF cycle_id, version, schema, payload, sha256, frozen_at, frozen_by",
        "agreement_snapshot",
        AGREEMENT_FROZEN,
    ),
    _sqlite_raise(
        "agreement_snapshot_unfrozen_once",
        "OLD.unfrozen_at IS NOT NULL",
        "UPDATE",
        "agreement_snapshot",
        AGREEMENT_FROZEN,
    ),
    _sqlite_raise("agreement_snapshot_kept", "1", "DELETE", "agreement_snapshot", AGREEMENT_FROZEN),
    _sqlite_raise(
        "agreement_template_immutable",
        "1",
        "UPDATE OF language, version, body, sha256",
        "agreement_template",
        AGREEMENT_FROZEN,
    ),
    _sqlite_raise(
        "renewal_cycle_agreed_needs_snapshot",
        f"NEW.status IN ('agreed', 'signed') AND OLD.status <> NEW.status AND NOT {_HAS_SNAPSHOT}",
        "UPDATE OF status",
        "renewal_cycle",
        CYCLE_FROZEN,
    ),
    _sqlite_raise(
        "renewal_cycle_unfreeze_first",
        f"OLD.status = 'agreed' AND NEW.status NOT IN ('agreed', 'signed') AND {_HAS_SNAPSHOT}",
        "UPDATE OF status",
        "renewal_cycle",
        CYCLE_FROZEN,
    ),
    _sqlite_raise(
        "renewal_cycle_terms_frozen",
        "OLD.status IN ('agreed', 'signed') AND NEW.seats_committed IS NOT OLD.seats_committed",
        "UPDATE OF seats_committed",
        "renewal_cycle",
        CYCLE_FROZEN,
    ),
]
for _table in ("task_renewal", "agreement_party"):
    SQLITE_STATEMENTS += [
        _sqlite_raise(
            f"{_table}_frozen_insert",
            _FROZEN_CYCLE.format(row="NEW"),
            "INSERT",
            _table,
            CYCLE_FROZEN,
        ),
        _sqlite_raise(
            f"{_table}_frozen_update",
            f"{_FROZEN_CYCLE.format(row='OLD')} OR {_FROZEN_CYCLE.format(row='NEW')}",
            "UPDATE",
            _table,
            CYCLE_FROZEN,
        ),
        _sqlite_raise(
            f"{_table}_frozen_delete",
            _FROZEN_CYCLE.format(row="OLD"),
            "DELETE",
            _table,
            CYCLE_FROZEN,
        ),
    ]

SQLITE_DROP = [
    statement.split(" BEFORE ")[0].replace("CREATE TRIGGER IF NOT EXISTS", "DROP TRIGGER IF EXISTS")
    for statement in SQLITE_STATEMENTS
]


def _plpgsql(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} END $$ "
        "LANGUAGE plpgsql"
    )


def _pg_raise(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation';"


_PG_FROZEN_ROW = (
    "IF (TG_OP <> 'INSERT' AND (SELECT status FROM renewal_cycle WHERE id = OLD.cycle_id) "
    "IN ('agreed', 'signed')) OR (TG_OP <> 'DELETE' AND (SELECT status FROM renewal_cycle "
    f"WHERE id = NEW.cycle_id) IN ('agreed', 'signed')) THEN {_pg_raise(CYCLE_FROZEN)} END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"
)
_PG_SNAPSHOT = (
    f"IF TG_OP = 'DELETE' THEN {_pg_raise(AGREEMENT_FROZEN)} END IF; "
    "IF OLD.unfrozen_at IS NOT NULL OR NEW.cycle_id <> OLD.cycle_id "
    "OR NEW.version <> OLD.version OR NEW.schema <> OLD.schema OR NEW.payload <> OLD.payload "
    "OR NEW.sha256 <> OLD.sha256 OR NEW.frozen_at <> OLD.frozen_at "
    f"OR NEW.frozen_by <> OLD.frozen_by THEN {_pg_raise(AGREEMENT_FROZEN)} END IF; RETURN NEW;"
)
_PG_TEMPLATE = (
    "IF NEW.language <> OLD.language OR NEW.version <> OLD.version OR NEW.body <> OLD.body "
    f"OR NEW.sha256 <> OLD.sha256 THEN {_pg_raise(AGREEMENT_FROZEN)} END IF; RETURN NEW;"
)
_PG_CYCLE = (
    "IF NEW.status IN ('agreed', 'signed') AND OLD.status <> NEW.status AND NOT "
    f"{_HAS_SNAPSHOT} THEN {_pg_raise(CYCLE_FROZEN)} END IF; "
    "IF OLD.status = 'agreed' AND NEW.status NOT IN ('agreed', 'signed') AND "
    f"{_HAS_SNAPSHOT} THEN {_pg_raise(CYCLE_FROZEN)} END IF; "
    "IF OLD.status IN ('agreed', 'signed') AND NEW.seats_committed IS DISTINCT FROM "
    f"OLD.seats_committed THEN {_pg_raise(CYCLE_FROZEN)} END IF; RETURN NEW;"
)

POSTGRES_STATEMENTS = [
    _plpgsql("planner_frozen_row", _PG_FROZEN_ROW),
    _plpgsql("planner_snapshot_kept", _PG_SNAPSHOT),
    _plpgsql("planner_template_kept", _PG_TEMPLATE),
    _plpgsql("planner_cycle_frozen", _PG_CYCLE),
    "CREATE TRIGGER agreement_snapshot_kept BEFORE UPDATE OR DELETE ON agreement_snapshot "
    "FOR EACH ROW EXECUTE FUNCTION planner_snapshot_kept()",
    "CREATE TRIGGER agreement_template_kept BEFORE UPDATE ON agreement_template "
    "FOR EACH ROW EXECUTE FUNCTION planner_template_kept()",
    "CREATE TRIGGER renewal_cycle_frozen BEFORE UPDATE ON renewal_cycle "
    "FOR EACH ROW EXECUTE FUNCTION planner_cycle_frozen()",
    "CREATE TRIGGER task_renewal_frozen BEFORE INSERT OR UPDATE OR DELETE ON task_renewal "
    "FOR EACH ROW EXECUTE FUNCTION planner_frozen_row()",
    "CREATE TRIGGER agreement_party_frozen BEFORE INSERT OR UPDATE OR DELETE ON agreement_party "
    "FOR EACH ROW EXECUTE FUNCTION planner_frozen_row()",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS agreement_party_frozen ON agreement_party",
    "DROP TRIGGER IF EXISTS task_renewal_frozen ON task_renewal",
    "DROP TRIGGER IF EXISTS renewal_cycle_frozen ON renewal_cycle",
    "DROP TRIGGER IF EXISTS agreement_template_kept ON agreement_template",
    "DROP TRIGGER IF EXISTS agreement_snapshot_kept ON agreement_snapshot",
    "DROP FUNCTION IF EXISTS planner_cycle_frozen()",
    "DROP FUNCTION IF EXISTS planner_template_kept()",
    "DROP FUNCTION IF EXISTS planner_snapshot_kept()",
    "DROP FUNCTION IF EXISTS planner_frozen_row()",
]


def install(connection: Connection) -> None:
    """Create the guards (used by migrations; ``create_all`` gets them through events)."""
    run_for_dialect(connection, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


def uninstall(connection: Connection) -> None:
    run_for_dialect(connection, SQLITE_DROP, POSTGRES_DROP)


def frozen_refusal(error: Exception) -> bool:
    """Whether the database refused a write because an agreement or a cycle is frozen."""
    text = str(getattr(error, "orig", error))
    return AGREEMENT_FROZEN in text or CYCLE_FROZEN in text


def _attach() -> None:
    # After the whole metadata: the triggers read renewal_cycle and agreement_snapshot.
    from planner.db import Base

    create_with(Base.metadata, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


_attach()
