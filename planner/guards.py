"""The overlap rules, enforced by the database in the writing transaction.

* a desk has at most one occupant on any day, hot desks excepted;
* a person has at most one desk on any day.

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


def install(connection: Connection) -> None:
    """Create the guards (used by migrations; ``create_all`` gets them through events)."""
    statements = {"sqlite": SQLITE_STATEMENTS, "postgresql": POSTGRES_STATEMENTS}
    for statement in statements.get(connection.dialect.name, []):
        connection.exec_driver_sql(statement)


def uninstall(connection: Connection) -> None:
    statements = {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}
    for statement in statements.get(connection.dialect.name, []):
        connection.exec_driver_sql(statement)


def overlap_kind(error: IntegrityError) -> str | None:
    """'desk' or 'person' when the database refused an overlapping assignment, else None."""
    text = str(error.orig)
    constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
    if DESK_OVERLAP in text or constraint == DESK_EXCLUSION:
        return "desk"
    if PERSON_OVERLAP in text or constraint == PERSON_EXCLUSION:
        return "person"
    return None


def _attach() -> None:
    from planner.models.seating import Assignment

    table = Assignment.__table__
    for statement in SQLITE_STATEMENTS:
        event.listen(table, "after_create", DDL(statement).execute_if(dialect="sqlite"))
    for statement in POSTGRES_STATEMENTS:
        event.listen(table, "after_create", DDL(statement.replace("%", "%%")).execute_if(dialect="postgresql"))
    # Change notifications need every watched table, so they follow the whole metadata.
    from planner.db import Base
    from planner.live import postgres_statements

    for statement in postgres_statements():
        event.listen(Base.metadata, "after_create", DDL(statement.replace("%", "%%")).execute_if(dialect="postgresql"))


_attach()
