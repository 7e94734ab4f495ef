"""Database files Lab Planner must refuse without changing a byte (issue #16): each maker
writes one kind beside ``folder`` from a real, freshly created Lab Planner database.

Shared by tests/planner/test_refused_files.py (the command line) and
tests/ui/test_refused_files.py (the window's open path).
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.storage import create_database

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[tuple[str, int]]:
    """Every name in the folder with its size: what a user sees in a file manager."""
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


def _root_page(path: Path, sql: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def _scribble(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = b"\x55" * PAGE
    path.write_bytes(bytes(data))


def planner_file(path: Path) -> Path:
    """A Lab Planner database in WAL mode, as the application leaves it, with a few rows."""
    create_database(path)
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO site (id, name, name_en, address, version) VALUES (1, 'S', '', '', 1)"
    )
    connection.commit()
    connection.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL: a reader makes -wal and -shm
    return path


def foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (x)")
    connection.execute("INSERT INTO notes VALUES ('meeting at 10')")
    connection.commit()
    connection.close()


def damaged_page(path: Path) -> None:
    planner_file(path)
    _scribble(path, _root_page(path, "SELECT rootpage FROM sqlite_master WHERE name = 'site'"))


def damaged_index_page(path: Path) -> None:
    planner_file(path)
    _scribble(
        path,
        _root_page(
            path,
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person'",
        ),
    )


def truncated(path: Path) -> None:
    planner_file(path)
    path.write_bytes(path.read_bytes()[: PAGE * 5 + 100])


def empty(path: Path) -> None:
    path.write_bytes(b"")


def text(path: Path) -> None:
    path.write_text("minutes of the 2025 steering committee\n")


def newer_schema(path: Path) -> None:
    planner_file(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.commit()
    connection.close()


def read_only(path: Path) -> None:
    planner_file(path)


MAKERS: dict[str, Callable[[Path], None]] = {
    "foreign SQLite": foreign,
    "damaged page": damaged_page,
    "damaged index page": damaged_index_page,
    "truncated": truncated,
    "empty": empty,
    "text": text,
    "newer schema": newer_schema,
    "read-only": read_only,
}


def make(kind: str, folder: Path) -> Path:
    """The file of ``kind`` alone in a folder of its own (so the folder's listing is its)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "planner.sqlite3"
    MAKERS[kind](path)
    for leftover in folder.glob("*-[ws][ah][lm]"):  # what making it left, not what opening does
        leftover.unlink()
    return path


@contextlib.contextmanager
def unwritable(path: Path, kind: str) -> Iterator[None]:
    """For the read-only kind: ``chattr +i``, which even an administrator cannot write."""
    if kind != "read-only":
        yield
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)

