"""The window's open path refuses the same files as the command line, every byte and the
folder's listing kept (issues #16, #24); an empty file offers its backups or a new database."""

from __future__ import annotations

import pytest

from planner.dbtools.backup import automatic_backups
from planner.storage import open_database
from tests.planner.refused_files import MAKERS, digest, listing, make, unwritable
from tests.ui.test_recovery import answers, fresh_window  # noqa: F401 - fixtures

SENTENCE = {  # a word of the Korean sentence the dialog shows first
    "foreign SQLite": "다른 프로그램의 데이터베이스",
    "damaged page": "손상",
    "damaged index page": "색인",
    "truncated": "손상",
    "empty": "비어 있습니다",
    "text": "손상",
    "newer schema": "새로운 버전",
    "read-only": "읽기 전용",
}


@pytest.mark.parametrize("kind", list(MAKERS))
def test_the_window_refuses_the_file_and_changes_nothing(
    qtbot, fresh_window, tmp_path, answers, kind  # noqa: F811
):
    window = fresh_window()
    before_database = window.database
    path = make(kind, tmp_path / "folder")
    checksum, before = digest(path), listing(path.parent)
    answers.script.append(lambda dialog: dialog.leave_button.click())

    with unwritable(path, kind):
        window.open_requested.emit(str(path))

    (seen,) = answers.seen
    assert SENTENCE[kind] in seen["message"] and str(path) in seen["message"]
    assert "***" not in seen["message"]
    assert window.database is before_database
    assert digest(path) == checksum
    assert listing(path.parent) == before
    assert not automatic_backups(path)


def test_an_empty_file_offers_its_backups_or_a_new_database_here(
    qtbot, fresh_window, tmp_path, answers, settings  # noqa: F811
):
    from ui.settings import KEEP_BACKUPS

    path = make("foreign SQLite", tmp_path / "folder")
    path.unlink()
    db = open_database(path, keep_backups=3)  # a real planner file, backed up on opening
    db.close()
    db = open_database(path, keep_backups=3)
    db.close()
    backups = [p for _taken, p in automatic_backups(path)]
    assert backups
    path.write_bytes(b"")  # the disk fault
    window = fresh_window()
    settings.set(KEEP_BACKUPS, 3)
    shown = {}

    def start_new(dialog) -> None:
        shown["new"] = not dialog.new_button.isHidden() and dialog.new_button.isEnabled()
        shown["restore"] = not dialog.restore_button.isHidden()
        dialog.new_button.click()

    answers.script.append(start_new)

    window.open_requested.emit(str(path))

    (seen,) = answers.seen
    assert "비어 있습니다" in seen["message"]
    assert seen["backups"] == backups and shown == {"new": True, "restore": True}
    assert seen["read_only"] is False
    assert window.database.location == str(path)
    assert path.stat().st_size > 0 and path.stat().st_mode & 0o777 == 0o600


def test_only_an_empty_file_offers_a_new_database(
    qtbot, fresh_window, tmp_path, answers  # noqa: F811
):
    window = fresh_window()
    path = make("text", tmp_path / "folder")
    visible = []
    def look_then_leave(dialog) -> None:
        visible.append(not dialog.new_button.isHidden())
        dialog.leave_button.click()

    answers.script.append(look_then_leave)
    window.open_requested.emit(str(path))
    assert visible == [False]  # hidden
