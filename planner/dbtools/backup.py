"""Backups: automatic on opening (kept to the last N), and on demand; restore with checks.

SQLite uses the online backup API, which copies a consistent snapshot even while the file is
in use. A PostgreSQL database is backed up as a logical copy into an SQLite file, which
``restore`` loads into an empty database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.db import sqlite_path
from planner.dbtools.snapshots import (  # noqa: F401 - automatic_backups etc. reached from here
    automatic_backup,
    automatic_backups,
    backup_key,
    backups_folder,
    prune_backups,
    sqlite_snapshot,
    stamp,
)
from planner.errors import DatabaseProblem
from planner.storage import Database, open_database, refuse_newer_schema


def backup_database(db: Database, target: Path | None = None) -> Path:
    """A consistent copy of ``db`` as an SQLite file: at ``target`` (a backup the user asked
    for, with the mode any file they save there gets), or else in the private backups folder."""
    file = sqlite_path(db.url)
    name = file.stem if file else (db.engine.url.database or "server")
    private = target is None
    target = target or backups_folder() / f"{name}-{stamp()}.sqlite3"
    if file is not None:
        return sqlite_snapshot(file, target, private=private)
    from planner.dbtools.copy import copy_database
    from planner.fileio import new_file_mode

    mode = new_file_mode(target, private=private)
    partial = target.with_name(f".{target.name}.{stamp()}.part")
    dump = open_database(partial)
    try:
        try:
            copy_database(db, dump)
        finally:
            dump.close()
        partial.chmod(mode)
        partial.replace(target)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    return target


def put_backup_in_place(backup: Path, file: Path) -> Path | None:
    """Make ``file`` a copy of ``backup``; the file it replaces is kept beside it, untouched.

    Unlike :func:`restore_database` this never reads the replaced file, so it also rescues a
    damaged one. The copy is written in full before anything is moved; should that fail (a
    full disk, a read-only folder) the file is exactly as it was.
    """
    verify_backup(backup)
    copy = sqlite_snapshot(backup, file.with_name(f".{file.name}.restoring"))
    kept = None
    try:
        if file.exists():
            kept = file.with_name(f"{file.stem}.replaced-{stamp()}{file.suffix}")
            file.replace(kept)
            for suffix in ("-wal", "-shm"):  # the replaced file's log belongs with it
                log = file.with_name(file.name + suffix)
                if log.exists():
                    log.replace(kept.with_name(kept.name + suffix))
        copy.replace(file)
    finally:
        copy.unlink(missing_ok=True)
    return kept


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
    refuse_newer_schema(revision[0])  # restored, it could not be opened: refuse it now
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
    if not file.exists():  # a new file: the backup's copy, private like every database file
        sqlite_snapshot(backup, file)
        db = open_database(file)
        db.close()
        return None
    kept = sqlite_snapshot(file, file.with_name(f"{file.stem}.replaced-{stamp()}{file.suffix}"))
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
