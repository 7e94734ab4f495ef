"""The declarative base, engines and session factories.

SQLite is the single-user default (WAL, foreign keys on, synchronous=FULL so a committed
assignment survives a power cut); PostgreSQL is the shared server. Everything that differs
between the two lives here or in :mod:`planner.guards`.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

# Named constraints so that Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def database_url(value: str | Path) -> str:
    """Turn a file path or a URL given by the user into a SQLAlchemy URL."""
    text = str(value)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str, **kwargs) -> Engine:
    """An engine with the pragmas and options this application relies on."""
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs; take it over
        # so that a session's transaction is exactly one SQLite transaction.
        event.listen(engine, "connect", _disable_pysqlite_begin)
        event.listen(engine, "begin", _emit_begin)
    return engine


def _disable_pysqlite_begin(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None


def _emit_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: two windows (or processes) on one file then
    # queue behind busy_timeout instead of failing with "database is locked" when a read
    # transaction later tries to write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine, actor: str | None = None) -> sessionmaker[Session]:
    """Sessions carry the acting user, which services write into the audit log."""
    return sessionmaker(
        engine,
        expire_on_commit=False,
        info={"actor": actor or current_user()},
    )


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def actor_of(session: Session) -> str:
    return str(session.info.get("actor") or current_user())
