"""The declarative base, engines and session factories.

SQLite is the single-user default (WAL, foreign keys on); PostgreSQL is the shared server.
Everything that differs between the two lives here or in :mod:`planner.guards`.

Durability of SQLite commits — a measured choice (benchmarks/db.py, issue #9): in WAL mode,
``synchronous=FULL`` fsyncs the log at every commit, which costs milliseconds on a plain disk
(a bare sqlite3 INSERT+COMMIT on the build machine, 2026-11-25: p99 1.1–12 ms with FULL
depending on load, 0.04 ms with NORMAL; README "Performance").
``synchronous=NORMAL`` fsyncs only at checkpoints, which run on a thread of their own
(:mod:`planner.wal_checkpoint`) so that no user's commit waits for them. The database stays
consistent either way;
with NORMAL a commit survives the application crashing or being killed (tests/reliability
kills a writer 200 times with SIGKILL and loses nothing acknowledged), but the last commits
before a power cut or an operating-system crash may be lost (never half of one). For a seating
plan edited by hand that trade is right, so NORMAL is the default; ``PLANNER_SQLITE_SYNCHRONOUS=
FULL`` restores an fsync per commit for whoever prefers it.
"""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, MetaData, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from planner import resilience
from planner.errors import DatabaseReadOnly, DiskFull

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


SYNCHRONOUS_ENV = "PLANNER_SQLITE_SYNCHRONOUS"
SYNCHRONOUS_MODES = ("NORMAL", "FULL")


def sqlite_synchronous() -> str:
    """NORMAL unless the environment asks for FULL (see the module docstring for why)."""
    wanted = os.environ.get(SYNCHRONOUS_ENV, "").strip().upper()
    return wanted if wanted in SYNCHRONOUS_MODES else "NORMAL"


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={sqlite_synchronous()}")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_read_only_connect(dbapi_connection, _record) -> None:
    # No journal_mode here: changing it is a write, which a read-only connection cannot do.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def read_only_uri(path: Path) -> str:
    """An SQLite URI on which SQLite itself refuses every write to ``path`` (``mode=ro``).

    A WAL reader needs the ``-shm`` file beside the database. In a folder that cannot take
    one (a read-only share or mount) where none exists, no writer can exist either — a writer
    needs it too — so the file is opened ``immutable``, which needs no ``-shm``.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    if not path.with_name(path.name + "-shm").exists() and not can_create_files_in(path.parent):
        uri += "&immutable=1"
    return uri


def read_only_url(path: Path) -> str:
    return f"sqlite:///{read_only_uri(path)}&uri=true"


def can_create_files_in(folder: Path) -> bool:
    """Tried for real rather than with os.access: an administrator passes every permission
    check yet cannot write into an immutable folder or a read-only mount."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".planner-", suffix=".probe"):
            pass
    except OSError:
        return False
    return True


def make_engine(url: str, *, read_only: bool = False, **kwargs) -> Engine:
    """An engine with the pragmas and options this application relies on.

    ``read_only`` (SQLite files only) opens the file with ``mode=ro``: nothing, not even a
    journal, is written to it or beside it. A PostgreSQL engine gets the timeouts, keepalives
    and pre-ping of :mod:`planner.resilience`; ``server_wait_s`` is how long a new connection
    waits for a restarting server.
    """
    if read_only:
        path = sqlite_path(url)
        if path is None:
            raise ValueError("only an SQLite file can be opened read-only")
        url = read_only_url(path)
    server_wait_s = kwargs.pop("server_wait_s", resilience.DEFAULT_SERVER_WAIT_S)
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        kwargs = resilience.postgres_engine_arguments(parsed, kwargs)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "postgresql":
        resilience.install_server_wait(engine, server_wait_s)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_read_only_connect if read_only else _on_sqlite_connect)
        # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs; take it over
        # so that a session's transaction is exactly one SQLite transaction.
        event.listen(engine, "connect", _disable_pysqlite_begin)
        event.listen(engine, "begin", _emit_deferred_begin if read_only else _emit_begin)
        event.listen(engine, "handle_error", _name_storage_errors)
    return engine


def _name_storage_errors(context) -> None:
    """A full disk or a read-only file becomes a domain error the window can explain.

    SQLite rolls the statement back in both cases, so the file is as it was before the action.
    """
    name = getattr(context.original_exception, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):  # also what SQLite reports for ENOSPC from the OS
        raise DiskFull(
            "The disk is full: nothing was saved. Free some space, then try again."
        ) from context.original_exception
    if name.startswith("SQLITE_READONLY"):
        raise DatabaseReadOnly(
            "The database is read-only: nothing was saved."
        ) from context.original_exception


def _disable_pysqlite_begin(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None


def _emit_begin(connection) -> None:
    # IMMEDIATE takes the write lock up front: two windows (or processes) on one file then
    # queue behind busy_timeout instead of failing with "database is locked" when a read
    # transaction later tries to write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _emit_deferred_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")  # a read-only file takes no write lock


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
