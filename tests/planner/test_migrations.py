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
