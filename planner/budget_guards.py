"""A task renewal's budget is the sum of its lines: enforced by the database itself.

* after every insert, change or removal of a budget line, the renewal's ``budget_krw`` is set
  to the sum of its lines (so every total read from ``budget_krw`` — cycle, track, agreement,
  reports — is the sum of the lines, whoever wrote them);
* a renewal that has lines cannot be given another ``budget_krw`` than their sum
  (``budget_total_mismatch``);
* while a cycle is *agreed* or *signed*, its renewals' lines cannot be added, changed or
  removed (``cycle_frozen``, as the renewals themselves: planner.frozen_guards).

The service (planner.services.budget) writes the same total itself, in the same transaction;
these triggers are what makes it true for every client, raw SQL included. On PostgreSQL the
line trigger locks the renewal before it sums, so two clients adding lines to one renewal at
the same moment both count.
"""

from __future__ import annotations

from sqlalchemy import DDL, Connection, event

from planner.frozen_guards import CYCLE_FROZEN

BUDGET_MISMATCH = "budget_total_mismatch"

_SUM = "(SELECT COALESCE(SUM(amount_krw), 0) FROM budget_line WHERE renewal_id = {id})"
_FROZEN_LINE = (
    "(SELECT c.status FROM renewal_cycle c JOIN task_renewal r ON r.cycle_id = c.id "
    "WHERE r.id = {row}.renewal_id) IN ('agreed', 'signed')"
)


def _sqlite_resum(row: str) -> str:
    return f"UPDATE task_renewal SET budget_krw = {_SUM.format(id=row + '.renewal_id')} WHERE id = {row}.renewal_id;"


SQLITE_STATEMENTS = [
    "CREATE TRIGGER IF NOT EXISTS budget_line_frozen_insert BEFORE INSERT ON budget_line "
    f"WHEN {_FROZEN_LINE.format(row='NEW')} BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
    "CREATE TRIGGER IF NOT EXISTS budget_line_frozen_update BEFORE UPDATE ON budget_line "
    f"WHEN {_FROZEN_LINE.format(row='OLD')} OR {_FROZEN_LINE.format(row='NEW')} "
    f"BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
    "CREATE TRIGGER IF NOT EXISTS budget_line_frozen_delete BEFORE DELETE ON budget_line "
    f"WHEN {_FROZEN_LINE.format(row='OLD')} BEGIN SELECT RAISE(ABORT, '{CYCLE_FROZEN}'); END",
    "CREATE TRIGGER IF NOT EXISTS budget_line_sum_insert AFTER INSERT ON budget_line "
    f"BEGIN {_sqlite_resum('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS budget_line_sum_update "
    "AFTER UPDATE OF amount_krw, renewal_id ON budget_line "
    f"BEGIN {_sqlite_resum('OLD')} {_sqlite_resum('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS budget_line_sum_delete AFTER DELETE ON budget_line "
    f"BEGIN {_sqlite_resum('OLD')} END",
    "CREATE TRIGGER IF NOT EXISTS task_renewal_budget_is_sum "
    "BEFORE UPDATE OF budget_krw ON task_renewal "
    "WHEN NEW.budget_krw IS NOT OLD.budget_krw "
    # A frozen cycle's renewal is refused as frozen (planner.frozen_guards), not as a sum.
    "AND (SELECT status FROM renewal_cycle WHERE id = NEW.cycle_id) NOT IN ('agreed', 'signed') "
    "AND EXISTS (SELECT 1 FROM budget_line WHERE renewal_id = NEW.id) "
    f"AND NEW.budget_krw <> {_SUM.format(id='NEW.id')} "
    f"BEGIN SELECT RAISE(ABORT, '{BUDGET_MISMATCH}'); END",
]

SQLITE_DROP = [
    statement.split(" BEFORE ")[0].split(" AFTER ")[0].replace(
        "CREATE TRIGGER IF NOT EXISTS", "DROP TRIGGER IF EXISTS"
    )
    for statement in SQLITE_STATEMENTS
]


def _pg_raise(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation';"


# Each statement of a plpgsql function takes a new snapshot (READ COMMITTED): once the row
# lock is held, the sum sees every line committed by whoever held it before.
_PG_RESUM = (
    "PERFORM 1 FROM task_renewal WHERE id = {id} FOR UPDATE; "
    "UPDATE task_renewal SET budget_krw = " + _SUM.format(id="{id}") + " WHERE id = {id};"
)
_PG_LINE_SUM = (
    "IF TG_OP <> 'INSERT' THEN " + _PG_RESUM.format(id="OLD.renewal_id") + " END IF; "
    "IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.renewal_id <> OLD.renewal_id "
    "OR NEW.amount_krw <> OLD.amount_krw) THEN "
    + _PG_RESUM.format(id="NEW.renewal_id") + " END IF; RETURN NULL;"
)
_PG_LINE_FROZEN = (
    f"IF (TG_OP <> 'INSERT' AND {_FROZEN_LINE.format(row='OLD')}) "
    f"OR (TG_OP <> 'DELETE' AND {_FROZEN_LINE.format(row='NEW')}) THEN "
    f"{_pg_raise(CYCLE_FROZEN)} END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"
)
_PG_TOTAL = (
    "IF NEW.budget_krw IS DISTINCT FROM OLD.budget_krw "
    "AND (SELECT status FROM renewal_cycle WHERE id = NEW.cycle_id) NOT IN ('agreed', 'signed') "
    "AND EXISTS (SELECT 1 FROM budget_line WHERE renewal_id = NEW.id) "
    f"AND NEW.budget_krw <> {_SUM.format(id='NEW.id')} THEN {_pg_raise(BUDGET_MISMATCH)} "
    "END IF; RETURN NEW;"
)


def _plpgsql(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} END $$ "
        "LANGUAGE plpgsql"
    )


POSTGRES_STATEMENTS = [
    _plpgsql("planner_budget_line_frozen", _PG_LINE_FROZEN),
    _plpgsql("planner_budget_line_sum", _PG_LINE_SUM),
    _plpgsql("planner_budget_total", _PG_TOTAL),
    "CREATE TRIGGER budget_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON budget_line "
    "FOR EACH ROW EXECUTE FUNCTION planner_budget_line_frozen()",
    "CREATE TRIGGER budget_line_sum AFTER INSERT OR UPDATE OR DELETE ON budget_line "
    "FOR EACH ROW EXECUTE FUNCTION planner_budget_line_sum()",
    "CREATE TRIGGER task_renewal_budget_is_sum BEFORE UPDATE OF budget_krw ON task_renewal "
    "FOR EACH ROW EXECUTE FUNCTION planner_budget_total()",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS task_renewal_budget_is_sum ON task_renewal",
    "DROP TRIGGER IF EXISTS budget_line_sum ON budget_line",
    "DROP TRIGGER IF EXISTS budget_line_frozen ON budget_line",
    "DROP FUNCTION IF EXISTS planner_budget_total()",
    "DROP FUNCTION IF EXISTS planner_budget_line_sum()",
    "DROP FUNCTION IF EXISTS planner_budget_line_frozen()",
]


def install(connection: Connection) -> None:
    """Create the guards (used by migrations; ``create_all`` gets them through events)."""
    statements = {"sqlite": SQLITE_STATEMENTS, "postgresql": POSTGRES_STATEMENTS}
    for statement in statements.get(connection.dialect.name, []):
        connection.exec_driver_sql(statement)


def uninstall(connection: Connection) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for statement in statements.get(connection.dialect.name, []):
        connection.exec_driver_sql(statement)


def budget_refusal(error: Exception) -> bool:
    """Whether the database refused a renewal total that is not the sum of its lines."""
    return BUDGET_MISMATCH in str(getattr(error, "orig", error))


def seed_statements() -> list[str]:
    """The default categories and a 0 % rate per party: what a new database starts with."""
    from planner.models.budget import DEFAULT_CATEGORIES, PAYING_PARTIES

    rows = [
        "INSERT INTO budget_category (code, name_ko, name_en, position, indirect, version) "
        f"SELECT '{code}', '{ko}', '{en}', {10 * (i + 1)}, {'TRUE' if indirect else 'FALSE'}, 1 "
        f"WHERE NOT EXISTS (SELECT 1 FROM budget_category WHERE code = '{code}')"
        for i, (code, ko, en, indirect) in enumerate(DEFAULT_CATEGORIES)
    ]
    rows += [
        "INSERT INTO indirect_rate (party, rate_bp, basis, version) "
        f"SELECT '{party}', 0, 'direct', 1 "
        f"WHERE NOT EXISTS (SELECT 1 FROM indirect_rate WHERE party = '{party}')"
        for party in PAYING_PARTIES
    ]
    return rows


def _attach() -> None:
    # After the whole metadata: the triggers read task_renewal, renewal_cycle and the lines.
    from planner.db import Base

    for statement in SQLITE_STATEMENTS:
        event.listen(Base.metadata, "after_create", DDL(statement).execute_if(dialect="sqlite"))
    for statement in POSTGRES_STATEMENTS:
        event.listen(
            Base.metadata,
            "after_create",
            DDL(statement.replace("%", "%%")).execute_if(dialect="postgresql"),
        )
    for statement in seed_statements():
        event.listen(Base.metadata, "after_create", DDL(statement))


_attach()
