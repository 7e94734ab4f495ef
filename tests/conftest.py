"""Shared fixtures: databases on SQLite (a temp file) and on the PostgreSQL server.

PostgreSQL tests use the server at 127.0.0.1:5432 (user postgres, database test), or
``PLANNER_TEST_POSTGRES_URL``. Each test gets its own schema, dropped afterwards. Without a
server they skip with the reason — except on CI (``CI`` set), where a missing server fails.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

import planner.models  # noqa: F401
from planner.db import Base, make_engine, make_session_factory

# Tests never need a display (read when the QApplication starts); set QT_QPA_PLATFORM=xcb to watch.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("PLANNER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TODAY = dt.date(2025, 11, 25)

_pg_state: dict[str, object] = {}


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_cache(tmp_path_factory) -> Iterator[None]:
    """Documents keep parsed fonts in the user cache folder (planner.export.font_cache): a
    temporary one here, so that tests neither read nor fill the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
        yield


def postgres_available() -> str | None:
    """None when the server answers, else the reason it does not."""
    if "reason" not in _pg_state:
        try:
            engine = make_engine(PG_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
                connection.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist"))
                connection.commit()
            engine.dispose()
            _pg_state["reason"] = None
        except Exception as error:  # any failure to reach the server means: no server here
            _pg_state["reason"] = f"PostgreSQL not reachable at {PG_URL}: {type(error).__name__}: {error}"
    return _pg_state["reason"]  # type: ignore[return-value]


def require_postgres() -> None:
    reason = postgres_available()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests, but: {reason}")
    pytest.skip(reason)


@pytest.fixture
def pg_schema_url() -> Iterator[tuple[str, str]]:
    """(url, schema): an empty schema of its own on the server, removed afterwards."""
    require_postgres()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield PG_URL, schema
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def pg_engine(url: str, schema: str, **kwargs):
    return make_engine(url, connect_args={"options": f"-c search_path={schema},public"}, **kwargs)


@pytest.fixture
def sqlite_sessions(tmp_path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    Base.metadata.create_all(engine)
    yield make_session_factory(engine, actor="tester")
    engine.dispose()


@pytest.fixture
def pg_sessions(pg_schema_url) -> Iterator[sessionmaker[Session]]:
    url, schema = pg_schema_url
    engine = pg_engine(url, schema)
    Base.metadata.create_all(engine)
    yield make_session_factory(engine, actor="tester")
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sessions(request) -> sessionmaker[Session]:
    """The same test on SQLite and on PostgreSQL."""
    name = "pg_sessions" if request.param == "postgres" else "sqlite_sessions"
    return request.getfixturevalue(name)
