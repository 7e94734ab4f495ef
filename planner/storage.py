"""Where the data lives and how a database is opened.

Order of precedence for the database: ``--database`` (path or URL), then the
``PLANNER_DATABASE_URL`` environment variable, then a SQLite file in the user data directory.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from planner import migrate
from planner.db import database_url, make_engine, make_session_factory, sqlite_path
from planner.errors import DatabaseProblem

APP_NAME = "LabPlanner"
ENV_URL = "PLANNER_DATABASE_URL"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database() -> Path:
    return data_dir() / "planner.sqlite3"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


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

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseProblem(f"The folder {path.parent} does not exist.")
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise DatabaseProblem(f"{path} is not a Lab Planner database (not an SQLite file).")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(f"{path} is damaged and cannot be opened ({error}).") from error
    if result is None or result[0] != "ok":
        raise DatabaseProblem(f"{path} is damaged ({result[0] if result else 'no answer'}).")


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
            from planner.dbtools.backup import automatic_backup

            automatic_backup(file, keep_backups)
    engine = make_engine(url, **engine_options)
    try:
        backup = migrate.prepare(engine, file)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise DatabaseProblem(f"Cannot open the database at {file or url}: {error.orig}") from error
    except Exception:
        engine.dispose()
        raise
    if actor is None and engine.dialect.name == "postgresql":
        actor = engine.url.username  # the audit log names the database user on a server
    return Database(url, engine, make_session_factory(engine, actor), backup)
