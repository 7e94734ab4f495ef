"""A PostgreSQL server that restarts, and clients that die or hang in a transaction.

Everything here runs against a private cluster (tests/private_postgres.py) that the tests
stop and restart; the shared server on 5432 is never touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from planner import migrate, resilience
from planner.db import make_engine, make_session_factory
from planner.services import seating
from tests.planner.factories import person, small_site
from tests.private_postgres import PrivateServer, private_server

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server() -> Iterator[PrivateServer]:
    cluster = private_server()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def database(server: PrivateServer, request) -> Iterator[str]:
    """An empty database of this test's own on the private cluster."""
    name = f"t_{request.node.name[:40].lower()}_{os.getpid()}"
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield server.url(name)
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _planner(*arguments: str, **popen) -> subprocess.Popen:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "planner", *arguments], cwd=ROOT, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen,
    )


def test_engines_set_timeouts_keepalives_and_pre_ping(database):
    engine = make_engine(database)
    try:
        assert engine.pool._pre_ping
        with engine.connect() as connection:
            setting = connection.execute(text("SHOW idle_in_transaction_session_timeout")).scalar()
            parameters = connection.connection.driver_connection.info.get_parameters()
        assert setting == "1min"
        assert parameters["connect_timeout"] == str(resilience.CONNECT_TIMEOUT_S)
        assert parameters["keepalives"] == "1"
        assert int(parameters["keepalives_idle"]) <= 30
    finally:
        engine.dispose()


def _seed(url: str) -> tuple[int, list[int], list[int]]:
    """A floor with four desks and four people without one: (org, desk ids, person ids)."""
    engine = make_engine(url)
    migrate.upgrade(engine)
    sessions = make_session_factory(engine, actor="kim")
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        people = [person(s, site.org_id, f"사람{i}", f"p{i}@x.kr") for i in range(4)]
        desks = list(site.desks)
    engine.dispose()
    return site.org_id, desks, people


def test_a_pooled_engine_works_again_right_after_a_restart(server, database):
    _org, desks, people = _seed(database)
    engine = make_engine(database)
    sessions = make_session_factory(engine, actor="kim")
    try:
        with sessions() as s, s.begin():
            seating.assign_desk(s, people[0], desks[0], start=seating_day())
        server.restart()  # every pooled connection is dead now
        started = time.monotonic()
        with sessions() as s, s.begin():  # pre-ping replaces the dead connection
            seating.assign_desk(s, people[1], desks[1], start=seating_day())
        assert time.monotonic() - started < 5
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM assignment")).scalar()
        assert count == 2
    finally:
        engine.dispose()


def seating_day():
    import datetime as dt  # noqa: PLC0415

    return dt.date(2026, 3, 2)


def test_a_command_run_while_the_server_restarts_finishes_when_it_is_back(server, database):
    _seed(database)
    server.stop()
    try:
        command = _planner("assign", "p2@x.kr", "3F-A-003", "--from", "2026-03-02",
                           "--database", database)
        time.sleep(4)  # the command starts (about 1 s) and tries to connect meanwhile
    finally:
        server.start()
    out, err = command.communicate(timeout=60)
    assert command.returncode == 0, err
    assert "Traceback" not in err
    engine = make_engine(database)
    with engine.connect() as connection:
        seated = connection.execute(
            text("SELECT count(*) FROM assignment a JOIN person p ON p.id = a.person_id "
                 "WHERE p.email = 'p2@x.kr'")
        ).scalar()
    engine.dispose()
    assert seated == 1


LOCK_HOLDER = """
import sys, time
{setup}
from sqlalchemy import text
from planner.db import make_engine
engine = make_engine(sys.argv[1])
connection = engine.connect()
connection.execute(text("SELECT id FROM desk WHERE id = :id FOR UPDATE"), {{"id": int(sys.argv[2])}})
print("locked", flush=True)
time.sleep(600)
"""


def _hold_lock(url: str, desk_id: int, setup: str = "") -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER.format(setup=setup), url, str(desk_id)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked", holder.stderr.read()
    return holder


def _seconds_to_lock(url: str, desk_id: int, lock_timeout_ms: int) -> float:
    """How long a second client waits for the row lock (raises when it never comes)."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"SET LOCAL lock_timeout = {lock_timeout_ms}"))
            started = time.monotonic()
            connection.execute(text("SELECT id FROM desk WHERE id = :id FOR UPDATE"), {"id": desk_id})
            return time.monotonic() - started
    finally:
        engine.dispose()


def _lock_is_held(url: str, desk_id: int) -> bool:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            taken = connection.execute(
                text("SELECT id FROM desk WHERE id = :id FOR UPDATE SKIP LOCKED"), {"id": desk_id}
            ).first()
        return taken is None
    finally:
        engine.dispose()


def test_a_client_killed_mid_transaction_leaves_no_lock(database):
    _org, desks, _people = _seed(database)
    holder = _hold_lock(database, desks[0])
    try:
        assert _lock_is_held(database, desks[0])
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        assert _seconds_to_lock(database, desks[0], lock_timeout_ms=5000) < 5
    finally:
        holder.kill()
        holder.wait()


def test_a_client_frozen_mid_transaction_loses_its_lock_to_the_idle_timeout(database):
    """A hung client (stopped, not dead: its socket stays open) is ended by the server after
    the application's idle_in_transaction_session_timeout — shortened here to 1.5 s."""
    _org, desks, _people = _seed(database)
    setup = "import planner.resilience as r; r.IDLE_IN_TRANSACTION_TIMEOUT_MS = 1500"
    holder = _hold_lock(database, desks[0], setup)
    try:
        os.kill(holder.pid, signal.SIGSTOP)
        assert _lock_is_held(database, desks[0])
        waited = _seconds_to_lock(database, desks[0], lock_timeout_ms=10_000)
        assert waited < 5
    finally:
        holder.kill()
        holder.wait()


def test_without_the_idle_timeout_a_frozen_client_would_keep_its_lock(database):
    """The counter-check: the same hung client with the timeout switched off holds on."""
    _org, desks, _people = _seed(database)
    setup = "import planner.resilience as r; r.IDLE_IN_TRANSACTION_TIMEOUT_MS = 0"
    holder = _hold_lock(database, desks[0], setup)
    try:
        os.kill(holder.pid, signal.SIGSTOP)
        with pytest.raises(Exception, match="lock timeout"):
            _seconds_to_lock(database, desks[0], lock_timeout_ms=3000)
    finally:
        holder.kill()
        holder.wait()


def test_connection_errors_are_told_apart_from_refusals():
    lost = psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly")
    assert resilience.is_connection_lost(lost)
    assert resilience.server_not_there(psycopg.OperationalError(
        'connection failed: connection to server at "127.0.0.1", port 5 failed: Connection refused'))
    assert not resilience.is_connection_lost(psycopg.errors.InsufficientPrivilege("permission denied"))
    assert not resilience.is_connection_lost(psycopg.errors.UniqueViolation("duplicate key"))
