"""Alembic from the first schema on: upgrade, downgrade, and opening older or foreign files."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from planner import live, migrate
from planner.db import Base, make_engine
from planner.errors import DatabaseProblem
from planner.storage import open_database
from tests.conftest import pg_engine


def _schema_diff(engine):
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def test_schema_head_constant_matches_the_scripts():
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_upgrade_from_empty_matches_the_models_and_installs_guards(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    assert _schema_diff(engine) == []
    with engine.connect() as connection:
        triggers = connection.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars().all()
    assert {"assignment_no_overlap_insert", "assignment_no_overlap_update"} <= set(triggers)
    engine.dispose()


def test_downgrade_round_trip(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _schema_diff(engine) == []
    engine.dispose()


@pytest.mark.postgres
def test_upgrade_and_downgrade_on_postgres(pg_schema_url):
    url, schema = pg_schema_url
    engine = pg_engine(url, schema)
    migrate.upgrade(engine)
    assert _schema_diff(engine) == []
    with engine.connect() as connection:
        names = connection.execute(text(
            "SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = :s AND contype = 'x'"), {"s": schema}).scalars().all()
    assert set(names) == {"ex_assignment_desk", "ex_assignment_person"}
    # Every watched table tells other clients of its changes, those of later revisions too.
    with engine.connect() as connection:
        notified = connection.execute(text(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND t.tgname LIKE '%\\_notify\\_insert'"), {"s": schema}).scalars().all()
    assert set(notified) == set(live.WATCHED)
    migrate.downgrade(engine, "base")
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_opening_an_older_file_backs_it_up_then_upgrades(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO organisation (name, name_en, kind, version) VALUES ('KT', 'KT', 'kt', 1)"))
    engine.dispose()

    db = open_database(path)
    try:
        assert db.backup is not None and db.backup.parent == tmp_path
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM organisation")).scalars().all() == ["KT"]
    finally:
        db.close()
    backup = sqlite3.connect(db.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM organisation").fetchall() == [("KT",)]
    finally:
        backup.close()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    db.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_and_foreign_files_give_a_clear_error(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseProblem, match="not an SQLite file"):
        open_database(garbage)

    truncated = tmp_path / "truncated.sqlite3"
    db = open_database(truncated)
    db.close()
    truncated.write_bytes(truncated.read_bytes()[:5000])
    with pytest.raises(DatabaseProblem):
        open_database(truncated)

    foreign = tmp_path / "foreign.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseProblem, match="another application"):
        open_database(foreign)


def _seat_outside_stays(connection) -> None:
    """Data of revision 0004: three seats that break the stay rule, one that keeps it."""
    statements = [
        "INSERT INTO site (id, name, name_en, address, version) VALUES (1, 'S', '', '', 1)",
        "INSERT INTO building (id, site_id, code, name, version) VALUES (1, 1, 'B', 'B', 1)",
        "INSERT INTO floor (id, building_id, level, name, width_m, depth_m, version) "
        "VALUES (1, 1, 3, '3층', 40, 20, 1)",
        "INSERT INTO organisation (id, name, name_en, kind, version) VALUES (1, 'KAIST', '', 'kaist', 1)",
    ]
    for n in range(1, 5):
        statements.append(
            "INSERT INTO desk (id, site_id, floor_id, code, x, y, rotation, kind, features, active, "
            f"version) VALUES ({n}, 1, 1, 'D{n}', {n}, 1, 0, 'fixed', 0, TRUE, 1)"
        )
    stays = [("2026-01-01", None), (None, "2026-06-30"), (None, "2025-12-31"), ("2025-01-01", None)]
    for n, (start, end) in enumerate(stays, start=1):
        first = f"'{start}'" if start else "NULL"
        last = f"'{end}'" if end else "NULL"
        statements.append(
            "INSERT INTO person (id, name_ko, name_en, organisation_id, role, phone, stay_start, "
            f"stay_end, needs, notes, version) VALUES ({n}, 'P{n}', '', 1, 'researcher', '', "
            f"{first}, {last}, 0, '', 1)"
        )
    seats = [("2025-03-01", None), ("2025-03-01", None), ("2026-03-01", None), ("2025-03-01", None)]
    for n, (start, end) in enumerate(seats, start=1):
        last = f"'{end}'" if end else "NULL"
        statements.append(
            "INSERT INTO assignment (id, person_id, desk_id, start_date, end_date, desk_shared, "
            f"created_at, version) VALUES ({n}, {n}, {n}, '{start}', {last}, FALSE, "
            "'2025-01-01 00:00:00', 1)"
        )
    for statement in statements:
        connection.execute(text(statement))


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_revision_0005_cuts_seats_to_stays_then_guards_the_rule(database, tmp_path, request):
    """Older data that breaks the stay rule is brought into line (and audited) before the
    database starts refusing such rows."""
    from sqlalchemy.exc import IntegrityError

    if database == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    else:
        url, schema = request.getfixturevalue("pg_schema_url")
        engine = pg_engine(url, schema)
    migrate.upgrade(engine, "0004")
    with engine.begin() as connection:
        _seat_outside_stays(connection)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        seats = connection.execute(
            text("SELECT id, start_date, end_date FROM assignment ORDER BY id")
        ).all()
        audited = connection.execute(
            text("SELECT entity_id, field, new_value FROM audit_entry ORDER BY id")
        ).all()
    as_text = [(i, str(s), None if e is None else str(e)) for i, s, e in seats]
    assert as_text == [
        (1, "2026-01-01", None),  # starts on arrival
        (2, "2025-03-01", "2026-06-30"),  # ends with the stay
        (4, "2025-03-01", None),  # kept: inside the stay
    ]  # 3 lay wholly after the stay: gone
    assert [(i, f) for i, f, _ in audited] == [(1, "start_date"), (2, "end_date"), (3, "desk")]
    with pytest.raises(IntegrityError, match="assignment_outside_stay"), engine.begin() as c:
        c.execute(text("UPDATE person SET stay_end = '2026-01-31' WHERE id = 4"))
    engine.dispose()
