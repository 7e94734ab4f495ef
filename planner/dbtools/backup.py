"""Backups: automatic on opening (kept to the last N), and on demand; restore with checks.

SQLite uses the online backup API, which copies a consistent snapshot even while the file is
in use. A PostgreSQL database is backed up as a logical copy into an SQLite file, which
``restore`` loads into an empty database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from planner.db import sqlite_path
from planner.errors import DatabaseProblem
from planner.storage import Database, data_dir, open_database


def backups_folder() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def sqlite_snapshot(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target``, written via a temporary file."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_database(db: Database, target: Path | None = None) -> Path:
    file = sqlite_path(db.url)
    name = file.stem if file else (db.engine.url.database or "server")
    target = target or backups_folder() / f"{name}-{_stamp()}.sqlite3"
    if file is not None:
        return sqlite_snapshot(file, target)
    from planner.dbtools.copy import copy_database

    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dump = open_database(partial)
    try:
        copy_database(db, dump)
    finally:
        dump.close()
    partial.replace(target)
    return target


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``stem``; returns the deleted."""
    found = sorted(folder.glob(f"{stem}-auto-*.sqlite3"))
    doomed = found[: max(len(found) - keep, 0)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def automatic_backup(file: Path, keep: int = 10) -> Path | None:
    """The backup made when a file is opened; none for a new, empty file."""
    if not file.exists() or file.stat().st_size == 0:
        return None
    folder = backups_folder()
    target = sqlite_snapshot(file, folder / f"{file.stem}-auto-{_stamp()}.sqlite3")
    prune_backups(folder, file.stem, keep)
    return target


def verify_backup(path: Path) -> str:
    """The schema revision of a usable backup file; DatabaseProblem otherwise."""
    if not path.is_file():
        raise DatabaseProblem(f"{path} does not exist.")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(f"{path} is not a usable Lab Planner backup ({error}).") from error
    if check != "ok":
        raise DatabaseProblem(f"{path} is damaged ({check}); it was not restored.")
    if revision is None:
        raise DatabaseProblem(f"{path} has no schema version; it was not restored.")
    return revision[0]


def restore_database(backup: Path, database: str | None) -> Path | None:
    """Replace the database's contents with the backup's. For a file, the replaced file is kept
    beside it (returned); a server database must be empty and receives a copy."""
    verify_backup(backup)
    from planner.storage import resolve_url

    url = resolve_url(database)
    file = sqlite_path(url)
    if file is None:
        from planner.dbtools.copy import copy_database

        source = open_database(backup)
        target = open_database(url)
        try:
            copy_database(source, target)
        finally:
            source.close()
            target.close()
        return None
    kept = None
    if file.exists():
        kept = sqlite_snapshot(file, file.with_name(f"{file.stem}.replaced-{_stamp()}{file.suffix}"))
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(file)
        try:
            src.backup(dst)  # page by page into the live file, under SQLite's own locking
        finally:
            dst.close()
    finally:
        src.close()
    # An older backup is brought up to date like any older file.
    db = open_database(file)
    db.close()
    return kept

