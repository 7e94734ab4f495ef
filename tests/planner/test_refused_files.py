"""Files that are not ours, damaged, empty or newer are refused with every byte kept and
nothing left beside them (issues #16 and #24), from the command line; and ``planner db init``
makes a new database on purpose."""

from __future__ import annotations

import json
import sqlite3

import pytest

from planner.cli import main
from planner.errors import DatabaseDamaged, DatabaseEmpty, DatabaseForeign
from planner.storage import open_database
from tests.planner.refused_files import MAKERS, digest, listing, make, unwritable

EXPECTED = {  # what the one line says, in plain words
    "foreign SQLite": "a database of another application",
    "damaged page": "is damaged",
    "damaged index page": "an index of its people",
    "truncated": "is damaged",
    "empty": "is empty (0 bytes)",
    "text": "not an SQLite file",
    "newer schema": "newer version of Lab Planner",
    "read-only": "read-only",
}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_planner_info_refuses_the_file_and_changes_nothing(tmp_path, capsys, kind):
    path = make(kind, tmp_path / "folder")
    checksum, before = digest(path), listing(path.parent)

    with unwritable(path, kind):
        code = main(["info", "--json", "--database", str(path)])

    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1 and EXPECTED[kind] in err, err
    assert "***" not in err and "btree" not in err.lower() and "Traceback" not in err
    assert digest(path) == checksum
    assert listing(path.parent) == before  # no -wal, -shm or backup left beside it


def test_a_damaged_index_is_named_in_plain_words_with_sqlites_report_kept(tmp_path):
    path = make("damaged index page", tmp_path / "folder")
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(path)
    assert "an index of its people" in str(raised.value)
    assert raised.value.index == "person"
    assert "btreeInitPage" in raised.value.details  # for whoever helps the user


def test_foreign_and_empty_files_have_their_own_errors(tmp_path):
    with pytest.raises(DatabaseForeign):
        open_database(make("foreign SQLite", tmp_path / "a"))
    with pytest.raises(DatabaseEmpty):
        open_database(make("empty", tmp_path / "b"))


def test_db_init_makes_a_new_database_where_nothing_or_an_empty_file_is(tmp_path, capsys):
    empty = make("empty", tmp_path / "e")
    new = tmp_path / "n" / "planner.sqlite3"
    new.parent.mkdir()

    assert main(["db", "init", str(empty)]) == 0
    assert main(["db", "init", str(new)]) == 0
    capsys.readouterr()

    for path in (empty, new):
        assert main(["info", "--json", "--database", str(path)]) == 0
        assert json.loads(capsys.readouterr().out)["people"] == 0
        assert [p.name for p in path.parent.iterdir()] == ["planner.sqlite3"]
        assert path.stat().st_mode & 0o777 == 0o600  # personal data: the owner's alone


@pytest.mark.parametrize("kind", ["foreign SQLite", "text", "damaged page"])
def test_db_init_refuses_an_existing_file(tmp_path, capsys, kind):
    path = make(kind, tmp_path / "folder")
    checksum, before = digest(path), listing(path.parent)

    assert main(["db", "init", str(path)]) == 3
    assert "already exists" in capsys.readouterr().err
    assert digest(path) == checksum and listing(path.parent) == before


def test_opening_a_new_path_never_shows_a_half_made_database(tmp_path):
    """The schema is built under another name and takes the file's name when complete."""
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["planner.sqlite3"]
    assert path.stat().st_mode & 0o777 == 0o600
    connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    connection.close()
