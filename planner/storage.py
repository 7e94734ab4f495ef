"""Where the data lives and how a database is opened.

Order of precedence for the database: ``--database`` (path or URL), then the
``PLANNER_DATABASE_URL`` environment variable, then a SQLite file in the user data directory.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from planner import migrate
from planner.db import (
    can_create_files_in,
    database_url,
    make_engine,
    make_session_factory,
    read_only_uri,
    sqlite_path,
)
from planner.dbtools.snapshots import automatic_backup
from planner.connection import server_label
from planner.errors import (
    ConnectionLost,
    DatabaseDamaged,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    LoginRefused,
    NotPermitted,
    from_database_error,
)
from planner.locations import APP_NAME, data_dir, default_database, demo_database
from planner.wal_checkpoint import WalCheckpointer

# Reached as planner.storage.* by callers from before planner.locations existed.
__all__ = ["APP_NAME", "data_dir", "default_database", "demo_database"]

ENV_URL = "PLANNER_DATABASE_URL"


def resolve_url(database: str | Path | None = None) -> str:
    if database:
        return database_url(database)
    if os.environ.get(ENV_URL):
        return database_url(os.environ[ENV_URL])
    return database_url(default_database())


@dataclass
class Database:
    """An opened, up-to-date database."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup: Path | None = None
    read_only: bool = False
    checkpointer: WalCheckpointer | None = None

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
        self.engine.dispose()


def _check_sqlite_file(path: Path, *, for_writing: bool = True) -> str | None:
    """Refuse a file that cannot be used, before anything (even a backup) is written.

    Returns the file's schema revision (None for a new or empty file). Only reads the file.
    """
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseProblem(f"The folder {path.parent} does not exist.")
        if for_writing and not _writable(path):
            raise DatabaseReadOnly(
                f"The folder {path.parent} is read-only; no database can be created there."
            )
        return None
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseDamaged(f"{path} is not a Lab Planner database (not an SQLite file).")
    revision = None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is not None and result[0] == "ok":
                revision = _schema_revision(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    if result is None or result[0] != "ok":
        raise DatabaseDamaged(f"{path} is damaged ({result[0] if result else 'no answer'}).")
    refuse_newer_schema(revision)
    if for_writing and not _writable(path):
        raise DatabaseReadOnly(f"{path} cannot be changed: the file or its folder is read-only.")
    return revision


def refuse_newer_schema(revision: str | None) -> None:
    """DatabaseTooNew for a schema revision this version of the application does not know."""
    if revision in (None, migrate.SCHEMA_HEAD) or revision in migrate._known_revisions():
        return
    raise DatabaseTooNew(
        "This database was written by a newer version of Lab Planner "
        f"(schema {revision}); update the application to open it."
    )


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseProblem:
    """Why SQLite could not read the file: damage, or no room for its -shm file, or else."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name:
        return DatabaseDamaged(f"{path} is damaged and cannot be opened ({error}).")
    if name.startswith("SQLITE_FULL") or _no_room(path.parent):
        # A reader needs room for the small -shm file beside the database.
        return DiskFull(f"The disk holding {path} is full; nothing was changed ({error}).")
    return DatabaseProblem(f"{path} cannot be read here ({error}).")


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _schema_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None  # no such table: a new file, or another application's
    return str(row[0]) if row else None


def _writable(path: Path) -> bool:
    """Whether SQLite could write ``path`` and create its -wal and -shm files beside it
    (tried for real, see :func:`planner.db.can_create_files_in`)."""
    try:
        if path.exists():
            os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return can_create_files_in(path.parent)


def _automatic_backup(file: Path, keep: int) -> None:
    try:
        automatic_backup(file, keep)
    except (OSError, sqlite3.Error) as error:
        if getattr(error, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "full" in str(error):
            raise DiskFull(
                f"There is no room on the disk for the automatic backup of {file}; "
                "nothing was changed."
            ) from error
        raise DatabaseProblem(
            f"The automatic backup of {file} could not be written ({error})."
        ) from error


def _refuse_changes(session: Session, _context, _instances) -> None:
    raise DatabaseReadOnly("This database is open read-only: nothing can be changed.")


def open_read_only(database: str | Path | None = None, *, actor: str | None = None) -> Database:
    """Open an up-to-date SQLite file so that nothing can be written to it (SQLite ``mode=ro``).

    Every flush is refused with :class:`DatabaseReadOnly` before SQLite is even asked; nothing
    is backed up, upgraded or created.
    """
    url = resolve_url(database)
    file = sqlite_path(url)
    if file is None:
        raise DatabaseProblem("Only a database file can be opened read-only.")
    if not file.is_file():
        raise DatabaseProblem(f"{file} does not exist.")
    revision = _check_sqlite_file(file, for_writing=False)
    if revision != migrate.SCHEMA_HEAD:
        raise DatabaseProblem(
            f"{file} needs an upgrade by this version of Lab Planner, "
            "which a read-only file cannot take."
        )
    engine = make_engine(url, read_only=True)
    sessions = make_session_factory(engine, actor)
    sessions.kw["info"] = {**sessions.kw["info"], "read_only": True}
    event.listen(sessions, "before_flush", _refuse_changes)
    return Database(url, engine, sessions, None, read_only=True)


def open_database(
    database: str | Path | None = None, *, actor: str | None = None, keep_backups: int = 0, **engine_options
) -> Database:
    """Open (creating or upgrading if needed) the database and return it ready for sessions.

    With ``keep_backups`` > 0 an SQLite file is first copied to the backups folder (the newest
    ``keep_backups`` copies are kept) — the window does this at every start.
    """
    url = resolve_url(database)
    file = sqlite_path(url)
    if file is not None:
        _check_sqlite_file(file)
        if keep_backups > 0:
            _automatic_backup(file, keep_backups)
    engine = make_engine(url, **engine_options)
    checkpointer = WalCheckpointer(file).attach(engine) if file is not None else None
    try:
        backup = migrate.prepare(engine, file)
    except (OperationalError, DatabaseError) as error:
        _discard(engine, checkpointer)
        said = from_database_error(error, server=server_label(url))
        if isinstance(said, ConnectionLost | NotPermitted | LoginRefused):  # not a damaged file
            raise said from error
        raise DatabaseProblem(f"Cannot open the database at {file or url}: {error.orig}") from error
    except Exception:
        _discard(engine, checkpointer)
        raise
    if actor is None and engine.dialect.name == "postgresql":
        actor = engine.url.username  # the audit log names the database user on a server
    return Database(url, engine, make_session_factory(engine, actor), backup, checkpointer=checkpointer)


def _discard(engine: Engine, checkpointer: WalCheckpointer | None) -> None:
    if checkpointer is not None:
        checkpointer.stop()
    engine.dispose()
