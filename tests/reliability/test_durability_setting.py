"""SQLite's durability setting: NORMAL by default (a measured choice, see planner/db.py), FULL
on request; read-only engines never write, not even the journal mode."""

from __future__ import annotations

import pytest

from planner.db import SYNCHRONOUS_ENV, make_engine

SYNCHRONOUS = {1: "NORMAL", 2: "FULL"}


def _synchronous(url: str, **options) -> str:
    engine = make_engine(url, **options)
    try:
        with engine.connect() as connection:
            return SYNCHRONOUS[connection.exec_driver_sql("PRAGMA synchronous").scalar()]
    finally:
        engine.dispose()


def test_normal_by_default_full_on_request(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    monkeypatch.delenv(SYNCHRONOUS_ENV, raising=False)
    assert _synchronous(url) == "NORMAL"
    monkeypatch.setenv(SYNCHRONOUS_ENV, "full")
    assert _synchronous(url) == "FULL"
    monkeypatch.setenv(SYNCHRONOUS_ENV, "OFF")  # never weaker than NORMAL, whatever is asked
    assert _synchronous(url) == "NORMAL"


def test_a_read_only_engine_refuses_writes_and_leaves_the_file_alone(tmp_path):
    from planner.errors import DatabaseReadOnly

    path = tmp_path / "d.sqlite3"
    writer = make_engine(f"sqlite:///{path}")
    with writer.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
    writer.dispose()
    before = path.read_bytes()
    reader = make_engine(f"sqlite:///{path}", read_only=True)
    with reader.connect() as connection:
        assert connection.exec_driver_sql("SELECT x FROM t").scalar() == 1
    with pytest.raises(DatabaseReadOnly):
        with reader.begin() as connection:
            connection.exec_driver_sql("INSERT INTO t VALUES (2)")
    reader.dispose()
    assert path.read_bytes() == before
