"""The rules of participation, enforced by the database in the writing transaction.

* a person's participation rates over the tasks of one cycle (one year) add up to at most
  their cap: ``participation_cap.cap_pct`` for their kind of person, else 100 %;
* a participation lies within the person's stay (a stay that ends ends it: the services trim
  it first, planner.services.stays).

SQLite: AFTER triggers that look at the rows as written (RAISE(ABORT) undoes the statement).
PostgreSQL: AFTER row triggers; the rate check first takes a transaction-scoped advisory lock
per person, so two clients adding the same person at once are checked one after the other
(the second sees the first's committed row). The services check first to name the tasks; these
triggers are what makes the rules true. An IP disclosure's shares are a plain CHECK.
"""

from __future__ import annotations

from sqlalchemy import Connection

from planner.guards import create_with, run_for_dialect

OVER_CAP = "participation_over_cap"
OUTSIDE_STAY = "participation_outside_stay"
_LOCK_SPACE = 20_20  # advisory-lock namespace of the rate rule (issue 20)

# Whether person {who} is over their cap in some cycle.
_OVER_CAP = """EXISTS (
    SELECT 1 FROM task_participant p
      JOIN task_renewal r ON r.id = p.renewal_id
      JOIN person pe ON pe.id = p.person_id
      LEFT JOIN participation_cap c ON c.role = pe.role
     WHERE p.person_id = {who}
     GROUP BY r.cycle_id
    HAVING SUM(p.rate_pct) > COALESCE(MAX(c.cap_pct), 100))"""

_ROLE_OVER_CAP = """EXISTS (
    SELECT 1 FROM task_participant p
      JOIN task_renewal r ON r.id = p.renewal_id
      JOIN person pe ON pe.id = p.person_id
     WHERE pe.role = NEW.role
     GROUP BY p.person_id, r.cycle_id
    HAVING SUM(p.rate_pct) > NEW.cap_pct)"""

_SQLITE_OUTSIDE = """EXISTS (SELECT 1 FROM person pe WHERE pe.id = NEW.person_id
    AND ((pe.stay_start IS NOT NULL AND NEW.period_start < pe.stay_start)
      OR (pe.stay_end IS NOT NULL AND NEW.period_end > pe.stay_end)))"""

_STAY_CUTS = """EXISTS (SELECT 1 FROM task_participant p WHERE p.person_id = NEW.id
    AND ((NEW.stay_start IS NOT NULL AND p.period_start < NEW.stay_start)
      OR (NEW.stay_end IS NOT NULL AND p.period_end > NEW.stay_end)))"""


def _sqlite(name: str, event_: str, table: str, when: str, message: str) -> str:
    return (
        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event_} ON {table} "
        f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


SQLITE_STATEMENTS = [
    _sqlite("participant_cap_insert", "INSERT", "task_participant",
            _OVER_CAP.format(who="NEW.person_id"), OVER_CAP),
    _sqlite("participant_cap_update", "UPDATE OF person_id, renewal_id, rate_pct", "task_participant",
            _OVER_CAP.format(who="NEW.person_id"), OVER_CAP),
    _sqlite("participation_cap_insert", "INSERT", "participation_cap", _ROLE_OVER_CAP, OVER_CAP),
    _sqlite("participation_cap_update", "UPDATE", "participation_cap", _ROLE_OVER_CAP, OVER_CAP),
    _sqlite("person_role_cap", "UPDATE OF role", "person", _OVER_CAP.format(who="NEW.id"), OVER_CAP),
    _sqlite("participant_within_stay_insert", "INSERT", "task_participant", _SQLITE_OUTSIDE,
            OUTSIDE_STAY),
    _sqlite("participant_within_stay_update", "UPDATE OF person_id, period_start, period_end",
            "task_participant", _SQLITE_OUTSIDE, OUTSIDE_STAY),
    _sqlite("person_stay_covers_participation", "UPDATE OF stay_start, stay_end", "person",
            _STAY_CUTS, OUTSIDE_STAY),
]

SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {name}"
    for name in (
        "participant_cap_insert", "participant_cap_update", "participation_cap_insert",
        "participation_cap_update", "person_role_cap", "participant_within_stay_insert",
        "participant_within_stay_update", "person_stay_covers_participation",
    )
]


def _pg_function(name: str, body: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
    BEGIN
      {body}
      RETURN NULL;
    END $$ LANGUAGE plpgsql"""


def _pg_raise(message: str) -> str:
    return (
        f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation', "
        f"CONSTRAINT = '{message}';"
    )


POSTGRES_STATEMENTS = [
    _pg_function(
        "participant_rules",
        f"PERFORM pg_advisory_xact_lock({_LOCK_SPACE}, NEW.person_id);\n"
        f"      IF {_OVER_CAP.format(who='NEW.person_id')} THEN {_pg_raise(OVER_CAP)} END IF;\n"
        f"      IF {_SQLITE_OUTSIDE} THEN {_pg_raise(OUTSIDE_STAY)} END IF;",
    ),
    "CREATE TRIGGER participant_rules AFTER INSERT OR UPDATE ON task_participant "
    "FOR EACH ROW EXECUTE FUNCTION participant_rules()",
    _pg_function(
        "participation_cap_rules",
        f"IF {_ROLE_OVER_CAP} THEN {_pg_raise(OVER_CAP)} END IF;",
    ),
    "CREATE TRIGGER participation_cap_rules AFTER INSERT OR UPDATE ON participation_cap "
    "FOR EACH ROW EXECUTE FUNCTION participation_cap_rules()",
    _pg_function(
        "person_participation_rules",
        f"IF {_OVER_CAP.format(who='NEW.id')} THEN {_pg_raise(OVER_CAP)} END IF;\n"
        f"      IF {_STAY_CUTS} THEN {_pg_raise(OUTSIDE_STAY)} END IF;",
    ),
    "CREATE TRIGGER person_participation_rules AFTER UPDATE OF role, stay_start, stay_end "
    "ON person FOR EACH ROW EXECUTE FUNCTION person_participation_rules()",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS person_participation_rules ON person",
    "DROP FUNCTION IF EXISTS person_participation_rules()",
    "DROP TRIGGER IF EXISTS participation_cap_rules ON participation_cap",
    "DROP FUNCTION IF EXISTS participation_cap_rules()",
    "DROP TRIGGER IF EXISTS participant_rules ON task_participant",
    "DROP FUNCTION IF EXISTS participant_rules()",
]


def install(connection: Connection) -> None:
    """Create the rules' triggers (revision 0011; ``create_all`` gets them through events)."""
    run_for_dialect(connection, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


def uninstall(connection: Connection) -> None:
    run_for_dialect(connection, SQLITE_DROP, POSTGRES_DROP)


def refusal(error: BaseException) -> str | None:
    """'cap' or 'stay' when the database refused a participation by these rules, else None."""
    orig = getattr(error, "orig", None) or error
    text = str(orig)
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if OVER_CAP in text or constraint == OVER_CAP:
        return "cap"
    if OUTSIDE_STAY in text or constraint == OUTSIDE_STAY:
        return "stay"
    return None


def _attach() -> None:
    from planner.db import Base

    create_with(Base.metadata, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


_attach()
