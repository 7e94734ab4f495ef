"""Backups on opening, on demand, restore with checks, and db copy round trips."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from planner import migrate
from planner.dbtools.backup import (
    automatic_backups,
    backup_database,
    backups_folder,
    put_backup_in_place,
    restore_database,
    verify_backup,
)
from planner.dbtools.copy import copy_database, table_check, tables
from planner.errors import DatabaseProblem, DatabaseTooNew
from planner.models import Person
from planner.storage import Database, open_database
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr("planner.storage.data_dir", lambda: tmp_path / "data")
    (tmp_path / "data").mkdir()


def _filled(path):
    db = open_database(path)
    with db.sessions() as s, s.begin():
        site = small_site(s, desks=2)
        person(s, site.org_id, "김민준", "a@x.kr")
    return db


def _people(db):
    with db.sessions() as s:
        return s.scalar(select(func.count(Person.id)))


def test_opening_keeps_the_last_n_automatic_backups(tmp_path):
    path = tmp_path / "p.sqlite3"
    _filled(path).close()
    for _ in range(4):
        open_database(path, keep_backups=2).close()
    kept = sorted(path for _taken, path in automatic_backups(tmp_path / "p.sqlite3"))
    assert len(kept) == 2
    assert verify_backup(kept[-1]) == migrate.SCHEMA_HEAD


def test_files_with_the_same_name_in_two_folders_keep_their_own_backups(tmp_path):
    first, second = tmp_path / "a" / "planner.sqlite3", tmp_path / "b" / "planner.sqlite3"
    for path in (first, second):
        path.parent.mkdir()
        _filled(path).close()
    for _ in range(3):
        open_database(first, keep_backups=2).close()
    open_database(second, keep_backups=2).close()
    assert len(automatic_backups(first)) == 2  # the second file pruned none of the first's
    assert len(automatic_backups(second)) == 1
    taken = [when for when, _path in automatic_backups(first)]
    assert taken == sorted(taken, reverse=True)


def test_a_backup_put_in_place_of_a_damaged_file_keeps_that_file(tmp_path):
    path = tmp_path / "p.sqlite3"
    db = _filled(path)
    backup = backup_database(db, tmp_path / "b.sqlite3")
    db.close()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)
    kept = put_backup_in_place(backup, path)
    assert kept is not None and kept.read_bytes() == damaged
    db = open_database(path)
    assert _people(db) == 1
    db.close()


def test_backup_then_restore_keeps_the_replaced_file(tmp_path):
    path = tmp_path / "p.sqlite3"
    db = _filled(path)
    backup = backup_database(db, tmp_path / "b.sqlite3")
    with db.sessions() as s, s.begin():
        person(s, s.scalar(select(Person.organisation_id)), "이서연", "b@x.kr")
    assert _people(db) == 2
    db.close()
    kept = restore_database(backup, str(path))
    db = open_database(path)
    assert _people(db) == 1
    db.close()
    replaced = sqlite3.connect(kept)
    assert replaced.execute("SELECT count(*) FROM person").fetchone() == (2,)
    replaced.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "p.sqlite3"
    _filled(path).close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem):
        restore_database(bad, str(path))
    assert path.read_bytes() == before


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_replaced(tmp_path):
    path = tmp_path / "p.sqlite3"
    db = _filled(path)
    newer = backup_database(db, tmp_path / "newer.sqlite3")
    db.close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        put_backup_in_place(newer, path)
    with pytest.raises(DatabaseTooNew):
        restore_database(newer, str(path))
    assert path.read_bytes() == before and list(tmp_path.glob("p.replaced-*")) == []


@pytest.mark.postgres
def test_copy_to_postgres_and_back_is_identical(tmp_path, pg_schema_url):
    from planner.db import make_session_factory

    url, schema = pg_schema_url
    source = _filled(tmp_path / "src.sqlite3")
    engine = pg_engine(url, schema)
    from planner import migrate

    migrate.upgrade(engine)
    server = Database(url, engine, make_session_factory(engine, "t"))
    copy_database(source, server)
    back = open_database(tmp_path / "back.sqlite3")
    copy_database(server, back)
    with source.engine.connect() as a, back.engine.connect() as b:
        assert [table_check(a, t) for t in tables()] == [table_check(b, t) for t in tables()]
    with pytest.raises(DatabaseProblem, match="not empty"):
        copy_database(source, server)
    with server.sessions() as s, s.begin():  # ids continue after the copied ones
        site_org = s.scalar(select(Person.organisation_id))
        person(s, site_org, "박지훈", "c@x.kr", stay_start=dt.date(2025, 1, 1))
    for db in (source, server, back):
        db.close()


@pytest.mark.postgres
def test_a_signed_agreement_with_its_frozen_snapshot_copies_both_ways(tmp_path, pg_schema_url):
    """The guards that keep an agreed agreement unchangeable must not refuse a copy of the
    whole database: a server whose 2024 agreement had been printed (which froze it) could not
    be backed up ('cycle_frozen')."""
    from planner.db import make_session_factory
    from planner.demo.create import create_demo
    from planner.services.agreements import export_agreement

    url, schema = pg_schema_url
    create_demo(tmp_path / "demo.sqlite3", today=dt.date(2025, 11, 25))
    source = open_database(tmp_path / "demo.sqlite3")
    with source.sessions() as s, s.begin():
        export_agreement(s, 2024, "ko", tmp_path / "a.pdf")  # freezes the signed 2024 cycle
    engine = pg_engine(url, schema)
    migrate.upgrade(engine)
    server = Database(url, engine, make_session_factory(engine, "t"))
    copy_database(source, server)
    back = open_database(tmp_path / "back.sqlite3")
    copy_database(server, back)
    with source.engine.connect() as a, back.engine.connect() as b:
        assert [table_check(a, t) for t in tables()] == [table_check(b, t) for t in tables()]
    # …and the copies still guard the frozen agreement.
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from planner.frozen_guards import frozen_refusal

    for db in (server, back):
        with pytest.raises(IntegrityError) as refused, db.engine.begin() as connection:
            connection.execute(text(
                "UPDATE task_renewal SET budget_krw = budget_krw + 1 WHERE cycle_id = "
                "(SELECT id FROM renewal_cycle WHERE year = 2024)"
            ))
        assert frozen_refusal(refused.value)
    for db in (source, server, back):
        db.close()
