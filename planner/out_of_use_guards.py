"""The out-of-use rule, enforced by the database in the writing transaction: nobody holds a
desk on a day it is out of use, by itself or with its zone (planner.models.availability).

Both sides are guarded — an assignment that overlaps a block, a block that overlaps an
assignment, a desk moved into a blocked zone with its occupants — so a block never sits on
someone's seating unnoticed (the service asks first what to do with them; this makes it true).
SQLite: BEFORE triggers (writers are serialised). PostgreSQL: constraint triggers that lock
the desks first (an assignment its desk FOR SHARE — the right a seating writer has anyway —, a
block its desk, or its zone and the zone's desks, FOR UPDATE), so an assignment and a block
written at the same moment by two clients wait for each other and the second sees the first.
"""

from __future__ import annotations

from sqlalchemy import Connection

from planner.guards import create_with, run_for_dialect

OUT_OF_USE = "desk_out_of_use"

_OVERLAP = (
    "{a}.start_date <= COALESCE({b}.end_date, '9999-12-31') "
    "AND {b}.start_date <= COALESCE({a}.end_date, '9999-12-31')"
)

_SQLITE_ASSIGNMENT = f"""
    SELECT RAISE(ABORT, '{OUT_OF_USE}')
    WHERE EXISTS (SELECT 1 FROM out_of_use b
                  WHERE (b.desk_id = NEW.desk_id
                         OR b.zone_id = (SELECT zone_id FROM desk WHERE id = NEW.desk_id))
                    AND {_OVERLAP.format(a='NEW', b='b')});
"""

_SQLITE_BLOCK = f"""
    SELECT RAISE(ABORT, '{OUT_OF_USE}')
    WHERE EXISTS (SELECT 1 FROM assignment a JOIN desk d ON d.id = a.desk_id
                  WHERE (d.id = NEW.desk_id OR d.zone_id = NEW.zone_id)
                    AND {_OVERLAP.format(a='a', b='NEW')});
"""

SQLITE_STATEMENTS = [
    "CREATE TRIGGER IF NOT EXISTS assignment_not_out_of_use_insert BEFORE INSERT ON assignment "
    "BEGIN" + _SQLITE_ASSIGNMENT + "END",
    "CREATE TRIGGER IF NOT EXISTS assignment_not_out_of_use_update "
    "BEFORE UPDATE OF desk_id, start_date, end_date ON assignment "
    "BEGIN" + _SQLITE_ASSIGNMENT + "END",
    "CREATE TRIGGER IF NOT EXISTS out_of_use_no_seating_insert BEFORE INSERT ON out_of_use "
    "BEGIN" + _SQLITE_BLOCK + "END",
    "CREATE TRIGGER IF NOT EXISTS out_of_use_no_seating_update "
    "BEFORE UPDATE OF desk_id, zone_id, start_date, end_date ON out_of_use "
    "BEGIN" + _SQLITE_BLOCK + "END",
    f"""CREATE TRIGGER IF NOT EXISTS desk_zone_not_out_of_use BEFORE UPDATE OF zone_id ON desk
    WHEN NEW.zone_id IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, '{OUT_OF_USE}')
      WHERE EXISTS (SELECT 1 FROM assignment a JOIN out_of_use b ON b.zone_id = NEW.zone_id
                    WHERE a.desk_id = NEW.id AND {_OVERLAP.format(a='a', b='b')});
    END""",
]

_RAISE = (
    f"RAISE EXCEPTION '{OUT_OF_USE}' USING ERRCODE = 'check_violation', CONSTRAINT = '{OUT_OF_USE}'"
)

POSTGRES_STATEMENTS = [
    f"""CREATE OR REPLACE FUNCTION assignment_not_out_of_use() RETURNS trigger AS $$
    DECLARE desk_zone integer;
    BEGIN
      SELECT d.zone_id INTO desk_zone FROM desk d WHERE d.id = NEW.desk_id FOR SHARE;
      IF EXISTS (SELECT 1 FROM out_of_use b
                 WHERE (b.desk_id = NEW.desk_id OR b.zone_id = desk_zone)
                   AND daterange(b.start_date, b.end_date, '[]')
                       && daterange(NEW.start_date, NEW.end_date, '[]')) THEN
        {_RAISE};
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    "CREATE CONSTRAINT TRIGGER assignment_not_out_of_use "
    "AFTER INSERT OR UPDATE OF desk_id, start_date, end_date ON assignment "
    "FOR EACH ROW EXECUTE FUNCTION assignment_not_out_of_use()",
    f"""CREATE OR REPLACE FUNCTION out_of_use_no_seating() RETURNS trigger AS $$
    BEGIN
      IF NEW.desk_id IS NOT NULL THEN
        PERFORM 1 FROM desk d WHERE d.id = NEW.desk_id FOR UPDATE;
      ELSE
        -- The zone too: a desk being added to it holds its key (KEY SHARE) until it commits.
        PERFORM 1 FROM zone z WHERE z.id = NEW.zone_id FOR UPDATE;
        PERFORM 1 FROM desk d WHERE d.zone_id = NEW.zone_id ORDER BY d.id FOR UPDATE;
      END IF;
      IF EXISTS (SELECT 1 FROM assignment a JOIN desk d ON d.id = a.desk_id
                 WHERE (d.id = NEW.desk_id OR d.zone_id = NEW.zone_id)
                   AND daterange(a.start_date, a.end_date, '[]')
                       && daterange(NEW.start_date, NEW.end_date, '[]')) THEN
        {_RAISE};
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    "CREATE CONSTRAINT TRIGGER out_of_use_no_seating "
    "AFTER INSERT OR UPDATE OF desk_id, zone_id, start_date, end_date ON out_of_use "
    "FOR EACH ROW EXECUTE FUNCTION out_of_use_no_seating()",
    f"""CREATE OR REPLACE FUNCTION desk_zone_not_out_of_use() RETURNS trigger AS $$
    BEGIN
      IF NEW.zone_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM assignment a JOIN out_of_use b ON b.zone_id = NEW.zone_id
           WHERE a.desk_id = NEW.id
             AND daterange(a.start_date, a.end_date, '[]')
                 && daterange(b.start_date, b.end_date, '[]')) THEN
        {_RAISE};
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    "CREATE CONSTRAINT TRIGGER desk_zone_not_out_of_use AFTER UPDATE OF zone_id ON desk "
    "FOR EACH ROW EXECUTE FUNCTION desk_zone_not_out_of_use()",
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS assignment_not_out_of_use_insert",
    "DROP TRIGGER IF EXISTS assignment_not_out_of_use_update",
    "DROP TRIGGER IF EXISTS out_of_use_no_seating_insert",
    "DROP TRIGGER IF EXISTS out_of_use_no_seating_update",
    "DROP TRIGGER IF EXISTS desk_zone_not_out_of_use",
]

POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS desk_zone_not_out_of_use ON desk",
    "DROP FUNCTION IF EXISTS desk_zone_not_out_of_use()",
    "DROP TRIGGER IF EXISTS out_of_use_no_seating ON out_of_use",
    "DROP FUNCTION IF EXISTS out_of_use_no_seating()",
    "DROP TRIGGER IF EXISTS assignment_not_out_of_use ON assignment",
    "DROP FUNCTION IF EXISTS assignment_not_out_of_use()",
]


def install(connection: Connection) -> None:
    """Create the rule's triggers (revision 0012; ``create_all`` gets them through events)."""
    run_for_dialect(connection, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


def uninstall(connection: Connection) -> None:
    run_for_dialect(connection, SQLITE_DROP, POSTGRES_DROP)


def refused(error: BaseException) -> bool:
    """True when the database refused a write for the out-of-use rule."""
    orig = getattr(error, "orig", error)
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    return OUT_OF_USE in str(orig) or constraint == OUT_OF_USE


def _attach() -> None:
    # After the whole metadata: the triggers read desk, zone, assignment and out_of_use.
    from planner.db import Base

    create_with(Base.metadata, SQLITE_STATEMENTS, POSTGRES_STATEMENTS)


_attach()
