"""File ▸ Open database…: another file replaces the shown one; a broken one changes nothing."""

from __future__ import annotations

import os

from planner.dbtools.backup import automatic_backups, backups_folder
from tests.ui.conftest import open_page
from ui.recovery import RecoveryDialog
from ui.settings import KEEP_BACKUPS, LAST_FOLDER, RECENT_DATABASES


def test_opening_another_database_replaces_the_pages(qtbot, window, settings, demo_copy):
    old = window.database
    people = open_page(qtbot, window, "people")
    window.open_requested.emit(str(demo_copy))
    assert window.database is not old
    assert window.database.location == str(demo_copy)
    assert window.page("people") is not people  # fresh pages for the new database
    assert str(demo_copy) in window.location_label.text()
    assert settings.get(RECENT_DATABASES)[0] == str(demo_copy)
    assert settings.get(LAST_FOLDER) == str(demo_copy.parent)
    page = open_page(qtbot, window, "people")
    assert page.model.rowCount() == 204


def test_a_broken_file_leads_to_the_recovery_dialog_and_changes_nothing(
    qtbot, window, settings, tmp_path, monkeypatch
):
    shown = []

    def keep_current(dialog):  # the user keeps the database shown before
        shown.append(dialog.message.text())
        dialog.leave_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", keep_current)
    broken = tmp_path / "notes.sqlite3"
    broken.write_text("not a database")
    old = window.database
    window.open_requested.emit(str(broken))
    assert window.database is old
    assert len(shown) == 1 and "손상되었거나" in shown[0]
    assert broken.read_text() == "not a database"
    assert settings.get(RECENT_DATABASES) == []


def test_recent_menu_lists_remembered_databases(window, settings):
    settings.remember_database("/data/a.sqlite3")
    settings.remember_database("/data/b.sqlite3")
    window.menus.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in window.menus.recent_menu.actions()]
    assert texts == ["/data/b.sqlite3", "/data/a.sqlite3"]


def test_opening_a_file_keeps_a_backup_copy(qtbot, window, settings, demo_copy):
    settings.set(KEEP_BACKUPS, 2)
    for _ in range(3):
        window.open_requested.emit(str(demo_copy))
    copies = automatic_backups(demo_copy)
    assert len(copies) == 2  # the newest two are kept
    assert str(backups_folder()).startswith(os.environ["XDG_DATA_HOME"])  # not the user's
