"""Snapshots of SQLite files and the automatic backups taken when a file is opened.

Only files here: nothing of how a database is opened (planner.storage calls this on opening;
planner.dbtools.backup builds backup and restore on it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from planner.fileio import temporary_beside
from planner.locations import data_dir


def backups_folder() -> Path:
    """Where automatic backups go; only its owner may look inside (personal data)."""
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def sqlite_snapshot(source: Path, target: Path, *, private: bool = True) -> Path:
    """A consistent copy of ``source`` at ``target``, written via a temporary file beside it.

    ``private`` (the default: automatic backups, copies kept beside a database) makes it 0600
    like the database itself; a backup the user asked for somewhere gets the mode any file
    they save there gets (:mod:`planner.fileio`).
    """
    partial = temporary_beside(target, private=private)
    try:
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
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half-written copy behind
        raise
    return target


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``stem``; returns the deleted."""
    found = sorted(folder.glob(f"{stem}-auto-*.sqlite3"))
    doomed = found[: max(len(found) - keep, 0)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_key(file: Path) -> str:
    """Names this file's automatic backups: its stem and a digest of its full path, so that
    two files called planner.sqlite3 in different folders never share (or prune) copies."""
    digest = hashlib.sha256(str(file.expanduser().resolve()).encode()).hexdigest()[:8]
    return f"{file.stem}.{digest}"


def automatic_backups(file: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups of ``file``, newest first, with the time each was taken."""
    found = []
    key = backup_key(file)
    for path in backups_folder().glob(f"{key}-auto-*.sqlite3"):
        when = path.stem.removeprefix(f"{key}-auto-")
        try:
            taken = dt.datetime.strptime(when, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue  # another file's backups whose name starts the same way
        found.append((taken, path))
    return sorted(found, reverse=True)


def automatic_backup(file: Path, keep: int = 10) -> Path | None:
    """The backup made when a file is opened; none for a new, empty file."""
    if not file.exists() or file.stat().st_size == 0:
        return None
    folder = backups_folder()
    key = backup_key(file)
    target = sqlite_snapshot(file, folder / f"{key}-auto-{stamp()}.sqlite3")
    prune_backups(folder, key, keep)
    return target
