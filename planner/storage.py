"""Where the data lives and how a database is opened.

Order of precedence for the database: ``--database`` (path or URL), then the
``PLANNER_DATABASE_URL`` environment variable, then a SQLite file in the user data directory.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
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
from planner.connection import server_label
from planner.dbtools.snapshots import automatic_backup
from planner.errors import (
    ConnectionLost,
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseForeign,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    LoginRefused,
    NotPermitted,
    ValidationError,
    fill_template,
    from_database_error,
)
from planner.fileio import temporary_beside
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


SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


def _check_sqlite_file(path: Path, *, for_writing: bool = True) -> str | None:
    """Refuse a file that cannot be used, before anything (even a backup) is written.

    Returns the file's schema revision (None for a new file). Only reads the file, with SQLite's
    ``mode=ro`` and before any PRAGMA that writes (journal mode, schema): a refused file keeps
    every byte, and the ``-wal``/``-shm`` files SQLite's reader may create beside it are taken
    away again, so the folder looks as it did.
    """
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseProblem(f"The folder {path.parent} does not exist.")
        if for_writing and not _writable(path):
            raise DatabaseReadOnly(
                f"The folder {path.parent} is read-only; no database can be created there."
            )
        return None
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a folder, not a database file.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise _said(
            DatabaseEmpty,
            "%1 is empty (0 bytes): it holds no data. It has not been changed; put a backup in "
            "its place, or start a new database there with `planner db init`.",
            path,
        )
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseDamaged(f"{path} is not a Lab Planner database (not an SQLite file).")
    if len(header) < 100:
        raise _said(
            DatabaseDamaged, "%1 is damaged: the file is cut short. It has not been changed.", path
        )
    with _no_leftovers_if_refused(path):
        revision = _read_check(path)
        refuse_newer_schema(revision)
        if for_writing and not _writable(path):
            raise DatabaseReadOnly(
                f"{path} cannot be changed: the file or its folder is read-only."
            )
    return revision


def _said(kind: type[DatabaseProblem], problem: str, *values: object) -> DatabaseProblem:
    """The error with its English template and values kept (``problem``/``values``), so that
    whoever shows it can say it in the user's language."""
    error = kind(fill_template(problem, values))
    error.problem, error.values = problem, values
    return error


def _read_check(path: Path) -> str | None:
    """SQLite's quick check and the schema revision, read with ``mode=ro``; refuses a damaged
    file and another application's."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise _damaged(path, connection, result[0] if result else "")
            revision = _schema_revision(connection)
            if revision is None and _has_tables(connection):
                raise _said(
                    DatabaseForeign,
                    "%1 is a database of another application, not of Lab Planner. It has not "
                    "been changed.",
                    path,
                )
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    return revision


@contextlib.contextmanager
def _no_leftovers_if_refused(path: Path) -> Iterator[None]:
    """A reader of a WAL file creates ``-wal`` and ``-shm`` beside it when they are missing and
    leaves them; when the file is refused, remove the ones this check created (an empty log
    and its index: nothing of anyone's data)."""
    before = {suffix for suffix in SIDECARS if _sidecar(path, suffix).exists()}
    try:
        yield
    except DatabaseProblem:
        wal = _sidecar(path, "-wal")
        created_wal = "-wal" not in before and wal.exists()
        if created_wal and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
        if "-wal" not in before and not wal.exists() and "-shm" not in before:
            _sidecar(path, "-shm").unlink(missing_ok=True)
        raise


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _has_tables(connection: sqlite3.Connection) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchone()
    return row is not None


# What a user calls the rows of each table, for saying which index is damaged.
_TABLE_WORDS = {
    "person": "people",
    "desk": "desks",
    "assignment": "desk assignments",
    "zone": "zones",
    "floor": "floors",
    "building": "buildings",
    "site": "sites",
    "organisation": "organisations",
    "research_task": "research tasks",
    "task_member": "task members",
    "task_renewal": "task renewals",
    "renewal_cycle": "renewal cycles",
    "move_plan": "move plans",
    "planned_move": "planned moves",
    "audit_entry": "audit entries",
}
_PAGE = re.compile(r"^Page (\d+)", re.MULTILINE)


def _damaged(path: Path, connection: sqlite3.Connection, report: str) -> DatabaseDamaged:
    """SQLite's check report (``*** in database main *** / Page 47: btreeInitPage() …``) said
    in plain words: which part of the file cannot be read. The report stays on the error as
    ``details`` for whoever helps the user."""
    pages = sorted({int(number) for number in _PAGE.findall(report)})
    index = _index_of(connection, pages) or _index_named(connection, report)
    if index is not None:
        error = _said(
            DatabaseDamaged,
            "%1 is damaged: an index of its %2 (a list kept to find them quickly) cannot be "
            "read. The file has not been changed; put a backup in its place.",
            path,
            _TABLE_WORDS.get(index, index),
        )
        error.index = index
    else:
        where = f" (page {', '.join(map(str, pages[:3]))})" if pages else ""
        error = _said(
            DatabaseDamaged,
            "%1 is damaged: part of its data%2 cannot be read. The file has not been changed; "
            "put a backup in its place.",
            path,
            where,
        )
        error.index = None
    error.details = report
    return error


def _index_of(connection: sqlite3.Connection, pages: list[int]) -> str | None:
    """The table whose index starts on one of ``pages`` (what a damaged index page names)."""
    if not pages:
        return None
    try:
        marks = ",".join("?" * len(pages))
        row = connection.execute(
            f"SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND rootpage IN ({marks})",
            pages,
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _index_named(connection: sqlite3.Connection, report: str) -> str | None:
    """The table of an index SQLite's report names (``row 5 missing from index ix_…``)."""
    match = re.search(r"index (\w+)", report)
    if match is None:
        return None
    try:
        row = connection.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?", (match[1],)
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else "a table"


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
        damaged = _said(
            DatabaseDamaged,
            "%1 is damaged: its contents cannot be read. The file has not been changed; put a "
            "backup in its place.",
            path,
        )
        damaged.details = str(error)
        return damaged
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
        if _check_sqlite_file(file) is None and not file.exists():
            _create_new(file, replace_empty=False)
        elif keep_backups > 0:  # a file just made holds nothing to back up
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


def create_database(path: str | Path) -> Path:
    """A new, empty Lab Planner database at ``path``, on purpose (``planner db init``, the
    window's "Start a new database here"): where nothing is, or in place of an empty (0-byte)
    file, which opening never takes for a new database. Anything else there is refused."""
    file = Path(path).expanduser().resolve()
    if file.is_dir() or (file.exists() and file.stat().st_size > 0):
        raise ValidationError.from_template(
            "database",
            "%1 already exists and is not empty; a new database is only made where there is "
            "no file or an empty one",
            file,
        )
    if not file.parent.is_dir():
        raise DatabaseProblem(f"The folder {file.parent} does not exist.")
    if not can_create_files_in(file.parent):
        raise DatabaseReadOnly(
            f"The folder {file.parent} is read-only; no database can be created there."
        )
    _create_new(file, replace_empty=True)
    return file


def _create_new(file: Path, *, replace_empty: bool) -> None:
    """Build the schema in a private (0600: personal data) temporary file beside ``file`` and
    give it the name only when it is complete, so that no half-made or empty database is ever
    seen under that name. A file someone else made there meanwhile is kept, never replaced."""
    partial = temporary_beside(file, private=True, suffix=".new")
    try:
        engine = make_engine(database_url(partial))
        try:
            migrate.prepare(engine, None)
        except (OperationalError, DatabaseError) as error:
            raise DatabaseProblem(f"Cannot create a database at {file}: {error.orig}") from error
        finally:
            engine.dispose()  # the last connection folds the log into the file and removes it
        with partial.open("rb+") as written:
            os.fsync(written.fileno())
        _give_name(partial, file, replace_empty=replace_empty)
    finally:
        for leftover in (partial, *(_sidecar(partial, suffix) for suffix in SIDECARS)):
            leftover.unlink(missing_ok=True)


def _give_name(partial: Path, file: Path, *, replace_empty: bool) -> None:
    try:
        os.link(partial, file)  # fails, rather than replaces, when the name was taken meanwhile
        return
    except FileExistsError:
        if not (replace_empty and file.stat().st_size == 0):
            return  # another process made it first: open that one
    except OSError:
        if file.exists() and not (replace_empty and file.stat().st_size == 0):
            return  # a file system without hard links, and someone was first
    os.replace(partial, file)
