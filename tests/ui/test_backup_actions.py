"""File ▸ Back up now… writes a checked copy where the user says; File ▸ Restore a backup…
puts one back, keeps the replaced file and shows the restored data; a bad backup changes
nothing."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from planner.dbtools.backup import verify_backup
from planner.models import Person, Role
from planner.services import people
from planner.storage import open_database
from tests.ui.conftest import TODAY
from ui.app import create_main_window
from ui.background import SynchronousPool
from ui.backup_actions import RestoreDialog, back_up_now, restore_backup
from ui.settings import LAST_BACKUP_FOLDER


@pytest.fixture
def window(qtbot, demo_copy, settings):
    main = create_main_window(open_database(demo_copy), settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    main.database.close()


def _people(location) -> int:
    with sqlite3.connect(location) as connection:
        return connection.execute("SELECT count(*) FROM person").fetchone()[0]


def _add_person(window, name: str) -> None:
    with window.database.sessions() as s, s.begin():
        org = people.list_organisations(s)[0]
        people.create_person(s, name_ko=name, organisation_id=org.id, role=Role.INTERN)


def test_back_up_now_writes_a_checked_copy_and_remembers_the_folder(
    window, settings, tmp_path, monkeypatch, messages
):
    target = tmp_path / "copies" / "plan-backup.sqlite3"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert back_up_now(window, settings, pool=SynchronousPool())

    assert asked[0].endswith(".sqlite3") and "d-" in asked[0]  # named after the database
    verify_backup(target)
    assert _people(target) == _people(window.database.location)
    assert str(target) in window.statusBar().currentMessage()
    assert settings.get(LAST_BACKUP_FOLDER) == str(target.parent)
    assert messages.warnings == []


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(
    window, settings, tmp_path, monkeypatch, messages
):
    backup = tmp_path / "before.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(backup), ""))
    back_up_now(window, settings, pool=SynchronousPool())
    before = _people(backup)
    _add_person(window, "나중사람")
    file = window.database.location

    def choose(dialog: RestoreDialog) -> int:
        dialog.chosen = backup  # as "Another backup file…" does
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    assert restore_backup(window, settings)

    with window.database.sessions() as s:  # the window shows the restored data
        assert s.scalar(select(func.count(Person.id))) == before
        assert s.scalar(select(Person.id).where(Person.name_ko == "나중사람")) is None
    kept = [p for p in tmp_path.glob("d.replaced-*.sqlite3")]
    assert len(kept) == 1 and _people(kept[0]) == before + 1  # nothing lost
    assert window.database.location == file
    assert messages.warnings == []


def test_a_damaged_backup_changes_nothing(window, settings, tmp_path, monkeypatch, messages):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    _add_person(window, "지킬사람")
    database = window.database

    def choose(dialog: RestoreDialog) -> int:
        dialog.chosen = bad
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", choose)
    assert not restore_backup(window, settings)

    assert len(messages.warnings) == 1 and "bad.sqlite3" in messages.warnings[0]
    assert window.database is database  # still open, still usable
    with database.sessions() as s:
        assert s.scalar(select(Person.id).where(Person.name_ko == "지킬사람")) is not None
    assert list(tmp_path.glob("d.replaced-*")) == []


def test_the_restore_list_offers_the_newest_backup_first(qtbot, settings, tmp_path):
    import datetime as dt

    from ui.recovery import BackupRow

    older = BackupRow(dt.datetime(2026, 11, 1, 9, 0), tmp_path / "a-auto-1.sqlite3", 1024)
    newer = BackupRow(dt.datetime(2026, 11, 24, 9, 0), tmp_path / "a-auto-2.sqlite3", 2048)
    dialog = RestoreDialog([older, newer], settings)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    dialog._restore_selected()  # as the Restore button does
    assert dialog.chosen == newer.path
