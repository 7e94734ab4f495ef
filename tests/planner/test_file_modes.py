"""Every file the product writes for the user gets the mode any other program's new file gets
under the user's umask, stays atomic, and a replaced file keeps its mode (issue #24); database
files and automatic backups are private (0600)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.dbtools.snapshots import automatic_backups
from planner.demo.create import create_demo
from planner.fileio import replace_atomically, write_atomically
from planner.storage import open_database
from tests.planner.io.test_problem_rows import people_file

TODAY = dt.date(2025, 11, 25)

# Each command of the CLI that writes a file for the user: the file's name and its arguments
# (OUT: where it goes, DB: the database, SRC: a people file with bad rows).
WRITERS = {
    "export people xlsx": ("people.xlsx", ["export", "people", "-o", "OUT"]),
    "export people csv": ("people.csv", ["export", "people", "-o", "OUT"]),
    "export desks": ("desks.xlsx", ["export", "desks", "-o", "OUT"]),
    "export assignments": ("a.csv", ["export", "assignments", "-o", "OUT"]),
    "export tasks": ("tasks.xlsx", ["export", "tasks", "-o", "OUT"]),
    "export cycles": ("cycles.csv", ["export", "cycles", "-o", "OUT"]),
    "export agreement": ("agreement.pdf", ["export", "agreement", "--year", "2025", "-o", "OUT"]),
    "report seating": ("seating.pdf", ["report", "seating", "--floor", "4", "-o", "OUT"]),
    "report roster": ("roster.pdf", ["report", "roster", "-o", "OUT"]),
    "report nameplates": ("plates.pdf", ["report", "nameplates", "-o", "OUT"]),
    "report occupancy": ("occupancy.pdf", ["report", "occupancy", "-o", "OUT"]),
    "report renewals": ("renewals.pdf", ["report", "renewals", "--year", "2025", "-o", "OUT"]),
    "cycle ical": ("c.ics", ["cycle", "ical", "2025", "-o", "OUT"]),
    "db backup -o": ("backup.sqlite3", ["db", "backup", "-o", "OUT"]),
    "import template": ("template.xlsx", ["import", "template", "people", "-o", "OUT"]),
    "template export": ("wording.json", ["template", "export", "ko", "-o", "OUT"]),
    "import problems file": (
        "problems.csv",
        ["import", "people", "SRC", "--skip-invalid", "--problems-file", "OUT"],
    ),
}
CASES = {  # umask, mode of a file already there (None: a new file) -> the mode expected
    "umask 022": (0o022, None, 0o644),
    "umask 077": (0o077, None, 0o600),
    "replacing 0640": (0o022, 0o640, 0o640),
}


@contextlib.contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("modes") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("writer", list(WRITERS))
def test_every_file_written_for_the_user_has_the_usual_mode(
    demo_path, tmp_path, capsys, writer, case
):
    name, arguments = WRITERS[writer]
    mask, existing, expected = CASES[case]
    database = tmp_path / "db" / "demo.sqlite3"
    database.parent.mkdir()
    shutil.copyfile(demo_path, database)
    out_folder = tmp_path / "shared"
    out_folder.mkdir()
    out = out_folder / name
    if existing is not None:
        out.write_bytes(b"last week's")
        out.chmod(existing)
    source = people_file(tmp_path) if "SRC" in arguments else None
    argv = [
        {"OUT": str(out), "SRC": str(source)}.get(argument, argument) for argument in arguments
    ]

    with umask(mask):
        code = main([*argv, "--database", str(database)])

    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > len(b"last week's")
    assert mode(out) == expected, oct(mode(out))
    assert [p.name for p in out_folder.iterdir()] == [name]  # no temporary file left


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_the_one_writer_gives_what_the_umask_leaves(tmp_path, mask):
    with umask(mask):
        write_atomically(tmp_path / "a.pdf", b"%PDF")
        replace_atomically(tmp_path / "b.csv", lambda t: t.write_text("x"))
    assert mode(tmp_path / "a.pdf") == mode(tmp_path / "b.csv") == 0o666 & ~mask


def test_private_files_stay_private_under_any_umask(tmp_path):
    with umask(0o002):
        write_atomically(tmp_path / "kept.sqlite3", b"x", private=True)
        database = tmp_path / "planner.sqlite3"
        db = open_database(database, keep_backups=2)
        db.close()
        db = open_database(database, keep_backups=2)  # the first automatic backup
        db.close()
    assert mode(tmp_path / "kept.sqlite3") == 0o600
    assert mode(database) == 0o600
    ((_taken, backup),) = automatic_backups(database)
    assert mode(backup) == 0o600


def test_a_backup_without_a_target_goes_private_into_the_backups_folder(
    demo_path, tmp_path, capsys
):
    database = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_path, database)
    with umask(0o022):
        assert main(["db", "backup", "--database", str(database)]) == 0
    written = Path(capsys.readouterr().out.strip().removeprefix("Backup written to "))
    assert written.exists() and mode(written) == 0o600
