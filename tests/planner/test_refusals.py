"""Every refusal of the command line is one line and an exit code (issue #16): a server that
cannot be reached or goes away 6, a refused login 4, the database's own refusal 3, and
anything unexpected a crash report file named on that line — never a bare traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from planner import cli, refusals
from planner.cli import main
from planner.errors import (
    EXIT_CONNECTION,
    EXIT_DATABASE,
    EXIT_RULE,
    ConnectionLost,
    DatabaseRefused,
    NotPermitted,
    from_database_error,
)
from tests.conftest import PG_URL, require_postgres

ROOT = Path(__file__).resolve().parents[2]


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("planner: "), err
    assert "Traceback" not in err
    return err


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:  # a port nobody listens on: bound, then released
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_is_exit_6_in_one_line(capsys, monkeypatch):
    url = f"postgresql+psycopg://someone@127.0.0.1:{_closed_port()}/planner"
    monkeypatch.setenv("PLANNER_LANG", "en")
    assert main(["info", "--database", url]) == EXIT_CONNECTION == 6
    err = _one_line(capsys.readouterr().err)
    assert "Cannot reach the database server someone@127.0.0.1" in err
    monkeypatch.setenv("PLANNER_LANG", "ko")
    assert main(["assign", "a@b.kr", "2F-S-001", "--from", "2027-01-01", "--database", url]) == 6
    assert "데이터베이스 서버 someone@127.0.0.1" in _one_line(capsys.readouterr().err)


def test_the_language_follows_the_environment():
    assert refusals.cli_language({"PLANNER_LANG": "ko"}) == "ko"
    assert refusals.cli_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert refusals.cli_language({"LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"}) == "en"
    assert refusals.cli_language({"LANG": "C.UTF-8"}) == "en"


def test_every_refusal_has_its_korean_sentence():
    assert set(refusals.korean()) == set(refusals.TEMPLATES)
    for template, korean in refusals.korean().items():
        assert sorted(set(korean.split("%")[1:])) and _markers(korean) == _markers(template)


def _markers(text: str) -> set[str]:
    import re

    return set(re.findall(r"%\d", text))


def test_the_database_refusing_a_change_is_a_rule(tmp_path):
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    connection.execute("CREATE TABLE t (x INTEGER CHECK (x > 0))")
    with pytest.raises(sqlite3.IntegrityError) as raised:
        connection.execute("INSERT INTO t VALUES (-1)")
    said = from_database_error(raised.value)
    assert isinstance(said, DatabaseRefused) and "CHECK constraint failed" in str(said)
    assert from_database_error(ValueError("not a database's")) is None


def test_an_unexpected_error_writes_a_crash_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("PLANNER_LANG", "en")

    def broken(_args):
        return 1 / 0

    import planner.commands.info

    monkeypatch.setattr(planner.commands.info, "run", broken)  # `planner info` has a bug
    secret_url = "postgresql+psycopg://kim:s3cret@db.example/planner"
    code = main(["info", "--database", secret_url])
    err = _one_line(capsys.readouterr().err)
    assert code == cli.EXIT_CRASH == 70
    assert "ZeroDivisionError" in err
    report = Path(err.split("The details are in ")[1].split(":")[0])
    assert report.is_file() and report.parent == tmp_path / "state" / "LabPlanner" / "log"
    body = report.read_text(encoding="utf-8")
    assert "Traceback" in body and "1 / 0" in body and "planner info --database" in body
    assert "s3cret" not in body and "kim:***@db.example" in body


@pytest.mark.postgres
def test_a_connection_lost_during_a_command_is_exit_6(tmp_path):
    """The server ends the connection while `planner demo` writes: one line, exit 6, and the
    unfinished transaction left nothing behind."""
    require_postgres()
    name = f"h16r_lost_{uuid.uuid4().hex[:8]}"
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PLANNER_LANG": "en"}
        child = subprocess.Popen(
            [sys.executable, "-m", "planner", "demo", "--scale", "20000", "--database", url],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
        )
        deadline = time.monotonic() + 60
        with admin.connect() as connection:
            while time.monotonic() < deadline:  # until the demo is inside its transaction
                busy = connection.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                    "AND query ILIKE 'INSERT%'"
                ), {"d": name}).scalar()
                if busy:
                    break
                time.sleep(0.2)
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"
            ), {"d": name})
        _, err = child.communicate(timeout=120)
        assert child.returncode == EXIT_CONNECTION, err
        last = err.strip().splitlines()[-1]  # the demo's progress lines come before
        assert last.startswith("planner: The connection to the database server")
        assert "Traceback" not in err
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
        probe = _admin(name)
        with probe.connect() as connection:
            assert connection.execute(text("SELECT to_regclass('person')")).scalar()
            assert connection.execute(text("SELECT count(*) FROM person")).scalar() == 0
        probe.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgres
def test_a_refused_login_is_exit_4_not_a_lost_server(capsys, monkeypatch):
    require_postgres()
    monkeypatch.setenv("PLANNER_LANG", "en")
    url = PG_URL.rsplit("/", 1)[0] + f"/h16r_no_such_{uuid.uuid4().hex[:8]}"
    assert main(["info", "--database", url]) == EXIT_DATABASE
    err = _one_line(capsys.readouterr().err)
    assert "refused the login" in err and "does not exist" in err


@pytest.mark.postgres
def test_a_dropped_connection_is_said_as_lost():
    require_postgres()
    engine = _admin()
    try:
        with engine.connect() as doomed, engine.connect() as killer:
            pid = doomed.execute(text("SELECT pg_backend_pid()")).scalar()
            killer.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            with pytest.raises(Exception) as raised:
                doomed.execute(text("SELECT 1"))
        said = from_database_error(raised.value, server="db:5432/x")
        assert isinstance(said, ConnectionLost) and said.lost
        assert said.values[0] == "db:5432/x"
    finally:
        engine.dispose()


def test_not_permitted_keeps_the_old_sentence_without_a_role():
    error = NotPermitted("김민준 배정")
    assert str(error) == "Your role may not do this: 김민준 배정. Nothing was changed."
    assert main.__module__ == "planner.cli" and EXIT_RULE == 3


def _admin(database: str | None = None):
    from planner.db import make_engine

    url = PG_URL if database is None else PG_URL.rsplit("/", 1)[0] + f"/{database}"
    return make_engine(url, isolation_level="AUTOCOMMIT")
