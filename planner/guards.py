"""The seating rules, enforced by the database in the writing transaction.

* a desk has at most one occupant on any day, hot desks excepted;
* a person has at most one desk on any day;
* a person holds a desk only on days of their stay (the stay rule, since revision 0005).

SQLite serialises writers, so BEFORE triggers that look for an overlapping row are race-free.
PostgreSQL uses exclusion constraints over date ranges (btree_gist), which also hold when two
clients insert in the same millisecond. Services check first to give a friendly message; these
guards are what makes the rule true.
"""

from __future__ import annotations

from sqlalchemy import DDL, Connection, event
from sqlalchemy.exc import IntegrityError

DESK_OVERLAP = "desk_overlap"
PERSON_OVERLAP = "person_overlap"
DESK_EXCLUSION = "ex_assignment_desk"
PERSON_EXCLUSION = "ex_assignment_person"
OUTSIDE_STAY = "assignment_outside_stay"

_SQLITE_OVERLAP = """
    SELECT RAISE(ABORT, '{desk}')
    WHERE (SELECT kind FROM desk WHERE id = NEW.desk_id) <> 'hot'
      AND EXISTS (SELECT 1 FROM assignment a
                  WHERE a.desk_id = NEW.desk_id {not_self}
                    AND a.start_date <= COALESCE(NEW.end_date, '9999-12-31')
                    AND NEW.start_date <= COALESCE(a.end_date, '9999-12-31'));
    SELECT RAISE(ABORT, '{person}')
    WHERE EXISTS (SELECT 1 FROM assignment a
                  WHERE a.person_id = NEW.person_id {not_self}
                    AND a.start_date <= COALESCE(NEW.end_date, '9999-12-31')
                    AND NEW.start_date <= COALESCE(a.end_date, '9999-12-31'));
"""

SQLITE_STATEMENTS = [
    "CREATE TRIGGER IF NOT EXISTS assignment_no_overlap_insert BEFORE INSERT ON assignment "
    "BEGIN" + _SQLITE_OVERLAP.format(desk=DESK_OVERLAP, person=PERSON_OVERLAP, not_self="") + "END",
    "CREATE TRIGGER IF NOT EXISTS assignment_no_overlap_update "
    "BEFORE UPDATE OF desk_id, person_id, start_date, end_date ON assignment "
    "BEGIN"
    + _SQLITE_OVERLAP.format(desk=DESK_OVERLAP, person=PERSON_OVERLAP, not_self="AND a.id <> NEW.id")
    + "END",
    "CREATE TRIGGER IF NOT EXISTS assignment_set_shared AFTER INSERT ON assignment BEGIN "
    "UPDATE assignment SET desk_shared = (SELECT kind = 'hot' FROM desk WHERE id = NEW.desk_id) "
    "WHERE id = NEW.id; END",
    "CREATE TRIGGER IF NOT EXISTS assignment_desk_changed AFTER UPDATE OF desk_id ON assignment "
    "BEGIN UPDATE assignment SET desk_shared = (SELECT kind = 'hot' FROM desk WHERE id = NEW.desk_id) "
    "WHERE id = NEW.id; END",
    # A hot desk shared by several people cannot silently become a fixed desk.
    f"""CREATE TRIGGER IF NOT EXISTS desk_kind_no_overlap BEFORE UPDATE OF kind ON desk
    WHEN NEW.kind <> 'hot' AND OLD.kind = 'hot'
    BEGIN
      SELECT RAISE(ABORT, '{DESK_OVERLAP}')
      WHERE EXISTS (SELECT 1 FROM assignment a JOIN assignment b
                    ON a.desk_id = b.desk_id AND a.id < b.id
                    WHERE a.desk_id = NEW.id
                      AND a.start_date <= COALESCE(b.end_date, '9999-12-31')
                      AND b.start_date <= COALESCE(a.end_date, '9999-12-31'));
    END""",
    "CREATE TRIGGER IF NOT EXISTS desk_kind_changed AFTER UPDATE OF kind ON desk BEGIN "
    "UPDATE assignment SET desk_shared = (NEW.kind = 'hot') WHERE desk_id = NEW.id; END",
]

POSTGRES_STATEMENTS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """CREATE OR REPLACE FUNCTION assignment_set_shared() RETURNS trigger AS $$
    BEGIN
      NEW.desk_shared := (SELECT d.kind = 'hot' FROM desk d WHERE d.id = NEW.desk_id);
      RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER assignment_set_shared BEFORE INSERT OR UPDATE OF desk_id ON assignment "
    "FOR EACH ROW EXECUTE FUNCTION assignment_set_shared()",
    """CREATE OR REPLACE FUNCTION desk_kind_changed() RETURNS trigger AS $$
    BEGIN
      UPDATE assignment SET desk_shared = (NEW.kind = 'hot') WHERE desk_id = NEW.id;
      RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER desk_kind_changed AFTER UPDATE OF kind ON desk "
    "FOR EACH ROW EXECUTE FUNCTION desk_kind_changed()",
    f"ALTER TABLE assignment ADD CONSTRAINT {DESK_EXCLUSION} EXCLUDE USING gist "
    "(desk_id WITH =, daterange(start_date, end_date, '[]') WITH &&) WHERE (NOT desk_shared)",
    f"ALTER TABLE assignment ADD CONSTRAINT {PERSON_EXCLUSION} EXCLUDE USING gist "
    "(person_id WITH =, daterange(start_date, end_date, '[]') WITH &&)",
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS assignment_no_overlap_insert",
    "DROP TRIGGER IF EXISTS assignment_no_overlap_update",
    "DROP TRIGGER IF EXISTS assignment_set_shared",
    "DROP TRIGGER IF EXISTS assignment_desk_changed",
    "DROP TRIGGER IF EXISTS desk_kind_no_overlap",
    "DROP TRIGGER IF EXISTS desk_kind_changed",
]

POSTGRES_DROP = [
    f"ALTER TABLE assignment DROP CONSTRAINT IF EXISTS {PERSON_EXCLUSION}",
    f"ALTER TABLE assignment DROP CONSTRAINT IF EXISTS {DESK_EXCLUSION}",
    "DROP TRIGGER IF EXISTS desk_kind_changed ON desk",
    "DROP FUNCTION IF EXISTS desk_kind_changed()",
    "DROP TRIGGER IF EXISTS assignment_set_shared ON assignment",
    "DROP FUNCTION IF EXISTS assignment_set_shared()",
]


# The stay rule. Its own lists: revision 0001 installs the lists above as they are, and this
# rule arrived with revision 0005. A stay that is NULL at either end is open at that end.
_SQLITE_OUTSIDE_STAY = f"""
    SELECT RAISE(ABORT, '{OUTSIDE_STAY}')
    WHERE EXISTS (SELECT 1 FROM person p WHERE p.id = NEW.person_id
                  AND ((p.stay_start IS NOT NULL AND NEW.start_date < p.stay_start)
                    OR (p.stay_end IS NOT NULL
                        AND COALESCE(NEW.end_date, '9999-12-31') > p.stay_end)));
"""

STAY_SQLITE_STATEMENTS = [
    "CREATE TRIGGER IF NOT EXISTS assignment_within_stay_insert BEFORE INSERT ON assignment "
    "BEGIN" + _SQLITE_OUTSIDE_STAY + "END",
    "CREATE TRIGGER IF NOT EXISTS assignment_within_stay_update "
    "BEFORE UPDATE OF person_id, start_date, end_date ON assignment "
    "BEGIN" + _SQLITE_OUTSIDE_STAY + "END",
    f"""CREATE TRIGGER IF NOT EXISTS person_stay_covers_seating
    BEFORE UPDATE OF stay_start, stay_end ON person
    BEGIN
      SELECT RAISE(ABORT, '{OUTSIDE_STAY}')
      WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.person_id = NEW.id
                    AND ((NEW.stay_start IS NOT NULL AND a.start_date < NEW.stay_start)
                      OR (NEW.stay_end IS NOT NULL
                          AND COALESCE(a.end_date, '9999-12-31') > NEW.stay_end)));
    END""",
]

# Constraint triggers run at the end of each statement. The assignment side reads the stay
# FOR SHARE, so a stay being changed by another transaction is waited for (and then read as
# committed); the person side runs after its row is locked by the UPDATE, so an assignment
# written meanwhile by another transaction has committed and is seen.
STAY_POSTGRES_STATEMENTS = [
    f"""CREATE OR REPLACE FUNCTION assignment_within_stay() RETURNS trigger AS $$
    DECLARE first_day date; last_day date;
    BEGIN
      SELECT stay_start, stay_end INTO first_day, last_day
        FROM person WHERE id = NEW.person_id FOR SHARE;
      IF (first_day IS NOT NULL AND NEW.start_date < first_day)
         OR (last_day IS NOT NULL AND (NEW.end_date IS NULL OR NEW.end_date > last_day)) THEN
        RAISE EXCEPTION '{OUTSIDE_STAY}' USING ERRCODE = 'check_violation',
          CONSTRAINT = '{OUTSIDE_STAY}';
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    "CREATE CONSTRAINT TRIGGER assignment_within_stay "
    "AFTER INSERT OR UPDATE OF person_id, start_date, end_date ON assignment "
    "FOR EACH ROW EXECUTE FUNCTION assignment_within_stay()",
    f"""CREATE OR REPLACE FUNCTION person_stay_covers_seating() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM assignment a WHERE a.person_id = NEW.id
                 AND ((NEW.stay_start IS NOT NULL AND a.start_date < NEW.stay_start)
                   OR (NEW.stay_end IS NOT NULL
                       AND (a.end_date IS NULL OR a.end_date > NEW.stay_end)))) THEN
        RAISE EXCEPTION '{OUTSIDE_STAY}' USING ERRCODE = 'check_violation',
          CONSTRAINT = '{OUTSIDE_STAY}';
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    "CREATE CONSTRAINT TRIGGER person_stay_covers_seating "
    "AFTER UPDATE OF stay_start, stay_end ON person "
    "FOR EACH ROW EXECUTE FUNCTION person_stay_covers_seating()",
]

STAY_SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS assignment_within_stay_insert",
    "DROP TRIGGER IF EXISTS assignment_within_stay_update",
    "DROP TRIGGER IF EXISTS person_stay_covers_seating",
]

STAY_POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS person_stay_covers_seating ON person",
    "DROP FUNCTION IF EXISTS person_stay_covers_seating()",
    "DROP TRIGGER IF EXISTS assignment_within_stay ON assignment",
    "DROP FUNCTION IF EXISTS assignment_within_stay()",
]


def run_for_dialect(connection: Connection, sqlite: list[str], postgresql: list[str]) -> None:
    """Run the statements written for the connection's database (none for another kind): how
    every set of guards here and in planner.frozen_guards is made and taken away."""
    chosen = {"sqlite": sqlite, "postgresql": postgresql}.get(connection.dialect.name, [])
    for statement in chosen:
        connection.exec_driver_sql(statement)


def install(connection: Connection) -> None:
    """Create the guards (used by migrations; ``create_all`` gets them through events)."""
    run_for_dialect(connection, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


def uninstall(connection: Connection) -> None:
    run_for_dialect(connection, SQLITE_DROP, POSTGRES_DROP)


def install_stay_rule(connection: Connection) -> None:
    """Create the stay rule's triggers (revision 0005; ``create_all`` gets them through events)."""
    run_for_dialect(connection, STAY_SQLITE_STATEMENTS, STAY_POSTGRES_STATEMENTS)


def uninstall_stay_rule(connection: Connection) -> None:
    run_for_dialect(connection, STAY_SQLITE_DROP, STAY_POSTGRES_DROP)


def overlap_kind(error: IntegrityError) -> str | None:
    """'desk' or 'person' when the database refused an overlapping assignment, 'stay' when it
    refused a desk outside the person's stay, else None."""
    text = str(error.orig)
    constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
    if OUTSIDE_STAY in text or constraint == OUTSIDE_STAY:
        return "stay"
    if DESK_OVERLAP in text or constraint == DESK_EXCLUSION:
        return "desk"
    if PERSON_OVERLAP in text or constraint == PERSON_EXCLUSION:
        return "person"
    return None


def create_with(target, sqlite: list[str], postgresql: list[str]) -> None:
    """Have ``create_all`` make these guards after ``target`` (a table, or the whole metadata
    when they read several tables), each set on its own kind of database."""
    for statement in sqlite:
        event.listen(target, "after_create", DDL(statement).execute_if(dialect="sqlite"))
    for statement in postgresql:
        event.listen(
            target, "after_create", DDL(statement.replace("%", "%%")).execute_if(dialect="postgresql")
        )


def _attach() -> None:
    from planner.models.seating import Assignment

    create_with(Assignment.__table__, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)
    # The stay rule and change notifications need several tables: they follow the metadata.
    from planner.db import Base
    from planner.live import postgres_statements

    create_with(Base.metadata, STAY_SQLITE_STATEMENTS, STAY_POSTGRES_STATEMENTS)
    create_with(Base.metadata, [], postgres_statements())


_attach()
