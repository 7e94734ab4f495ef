"""The review before agreement, enforced by the database itself.

* a cycle becomes *agreed* only when every active, required item of the institute's checklist
  (``review_item``) is ticked for it (``review_tick``);
* while a cycle is *agreed* or *signed*, its ticks cannot be added or removed (what was
  reviewed is part of the record).

The services check this first and name the items (planner.services.review); these triggers
make it true for every client, raw SQL included. They raise ``review_unticked`` or
``cycle_frozen`` (the latter as planner.frozen_guards, so the same refusal applies).
"""

from __future__ import annotations

from sqlalchemy import Connection

from planner.guards import create_with, run_for_dialect

REVIEW_UNTICKED = "review_unticked"
# planner.frozen_guards.CYCLE_FROZEN, which frozen_refusal recognises; written out because
# that module may still be loading when this one is (both are attached by planner.models).
CYCLE_FROZEN = "cycle_frozen"

_UNTICKED = (
    "EXISTS (SELECT 1 FROM review_item i WHERE i.required AND i.active AND NOT EXISTS "
    "(SELECT 1 FROM review_tick t WHERE t.cycle_id = NEW.id AND t.item_id = i.id))"
)
_FROZEN = "(SELECT status FROM renewal_cycle WHERE id = {row}.cycle_id) IN ('agreed', 'signed')"

SQLITE_STATEMENTS = [
    "CREATE TRIGGER IF NOT EXISTS renewal_cycle_review_ticked BEFORE UPDATE OF status "
    "ON renewal_cycle WHEN NEW.status = 'agreed' AND OLD.status <> 'agreed' AND "
    f"{_UNTICKED} BEGIN SELECT RAISE(ABORT, '{REVIEW_UNTICKED}'); END",
    "CREATE TRIGGER IF NOT EXISTS review_tick_frozen_insert BEFORE INSERT ON review_tick "
    f"WHEN {_FROZEN.format(row='NEW')} BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
    "CREATE TRIGGER IF NOT EXISTS review_tick_frozen_update BEFORE UPDATE ON review_tick "
    f"WHEN {_FROZEN.format(row='OLD')} OR {_FROZEN.format(row='NEW')} "
    f"BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
    "CREATE TRIGGER IF NOT EXISTS review_tick_frozen_delete BEFORE DELETE ON review_tick "
    f"WHEN {_FROZEN.format(row='OLD')} BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS renewal_cycle_review_ticked",
    "DROP TRIGGER IF EXISTS review_tick_frozen_insert",
    "DROP TRIGGER IF EXISTS review_tick_frozen_update",
    "DROP TRIGGER IF EXISTS review_tick_frozen_delete",
]

_PG_CYCLE = (
    "IF NEW.status = 'agreed' AND OLD.status <> 'agreed' AND "
    f"{_UNTICKED} THEN RAISE EXCEPTION '{REVIEW_UNTICKED}' USING ERRCODE = 'check_violation'; "
    "END IF; RETURN NEW;"
)
_PG_TICK = (
    "IF (TG_OP <> 'INSERT' AND (SELECT status FROM renewal_cycle WHERE id = OLD.cycle_id) "
    "IN ('agreed', 'signed')) OR (TG_OP <> 'DELETE' AND (SELECT status FROM renewal_cycle "
    "WHERE id = NEW.cycle_id) IN ('agreed', 'signed')) THEN "
    f"RAISE EXCEPTION '{CYCLE_FROZEN}' USING ERRCODE = 'check_violation'; END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"
)

POSTGRES_STATEMENTS = [
    "CREATE OR REPLACE FUNCTION planner_review_ticked() RETURNS trigger AS $$ BEGIN "
    f"{_PG_CYCLE} END $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION planner_review_tick_frozen() RETURNS trigger AS $$ BEGIN "
    f"{_PG_TICK} END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER renewal_cycle_review_ticked BEFORE UPDATE OF status ON renewal_cycle "
    "FOR EACH ROW EXECUTE FUNCTION planner_review_ticked()",
    "CREATE TRIGGER review_tick_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_tick "
    "FOR EACH ROW EXECUTE FUNCTION planner_review_tick_frozen()",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS review_tick_frozen ON review_tick",
    "DROP TRIGGER IF EXISTS renewal_cycle_review_ticked ON renewal_cycle",
    "DROP FUNCTION IF EXISTS planner_review_tick_frozen()",
    "DROP FUNCTION IF EXISTS planner_review_ticked()",
]


def install(connection: Connection) -> None:
    """Create the guards (used by migrations; ``create_all`` gets them through events)."""
    run_for_dialect(connection, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


def uninstall(connection: Connection) -> None:
    run_for_dialect(connection, SQLITE_DROP, POSTGRES_DROP)


def review_refusal(error: Exception) -> bool:
    """Whether the database refused *agreed* because a required review item is unticked."""
    return REVIEW_UNTICKED in str(getattr(error, "orig", error))


def _attach() -> None:
    from planner.db import Base

    create_with(Base.metadata, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


_attach()
