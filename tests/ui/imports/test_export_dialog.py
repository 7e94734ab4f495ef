"""The export dialog writes a list that reads back with its Korean intact, or says why not."""

from __future__ import annotations

import pytest

import planner.fileio
from planner.io.read_table import read_table
from tests.ui.conftest import TODAY
from ui.imports import export_dialog as export_module
from ui.imports.export_dialog import ExportDialog
from ui.settings import LAST_FOLDER


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reads_back_with_korean_intact(qtbot, tmp_path, database, settings, suffix):
    dialog = ExportDialog(database.sessions, settings, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.kind == "people"
    target = tmp_path / f"people{suffix}"
    assert dialog.export_to(target)
    table = read_table(target)
    with database.sessions() as session:
        from sqlalchemy import func, select

        from planner.models import Person

        names = set(session.scalars(select(Person.name_ko)))
        count = session.scalar(select(func.count()).select_from(Person))
    assert {row.cells[0] for row in table.rows} <= names
    assert len(table.rows) == count == dialog.rows_written
    assert any("\uac00" <= ch <= "\ud7a3" for ch in table.headers[0])
    assert settings.get(LAST_FOLDER) == str(tmp_path)


def test_desks_export_for_the_day_shown(qtbot, tmp_path, database, settings):
    dialog = ExportDialog(database.sessions, settings, TODAY)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("desks"))
    assert dialog.day == TODAY and dialog.day_edit.isEnabled()
    assert dialog.export_to(tmp_path / "desks.xlsx")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("cycles"))
    assert not dialog.day_edit.isEnabled()


def test_a_failed_export_says_why_and_leaves_nothing(
    qtbot, tmp_path, database, settings, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        export_module, "show_error", lambda parent, error, title: shown.append(error)
    )
    dialog = ExportDialog(database.sessions, settings, TODAY)
    qtbot.addWidget(dialog)
    # Excel holding the file open (Windows refuses to replace it): the old file stays as it was.
    target = tmp_path / "people.xlsx"
    target.write_bytes(b"the export of last week")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(planner.fileio.os, "replace", locked)  # the one atomic writer
    assert not dialog.export_to(target)
    assert target.read_bytes() == b"the export of last week"
    assert [p.name for p in tmp_path.iterdir()] == ["people.xlsx"]  # no temporary file left
    monkeypatch.undo()
    monkeypatch.setattr(
        export_module, "show_error", lambda parent, error, title: shown.append(error)
    )
    assert not dialog.export_to(tmp_path / "missing" / "people.csv")
    assert len(shown) == 2
    assert dialog.message.text().startswith("파일을 저장하지 못했습니다")
    assert "does not exist" in dialog.message.text()  # the details, as planner.io wrote them


def test_the_save_dialog_starts_in_the_last_folder_and_the_filter_picks_csv(
    qtbot, tmp_path, database, settings, monkeypatch
):
    settings.set(LAST_FOLDER, str(tmp_path))
    asked = []

    def save_name(parent, caption, start, filters):
        asked.append(start)
        return str(tmp_path / "out" / "사람들"), "CSV, UTF-8 (*.csv)"

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(export_module.QFileDialog, "getSaveFileName", save_name)
    dialog = ExportDialog(database.sessions, settings, TODAY)
    qtbot.addWidget(dialog)
    dialog.export_button.click()
    assert asked == [str(tmp_path / f"people-{TODAY.isoformat()}.xlsx")]
    assert dialog.written == tmp_path / "out" / "사람들.csv"
    assert read_table(dialog.written).encoding == "utf-8-sig"
    assert settings.get(LAST_FOLDER) == str(tmp_path / "out")


def test_the_window_exports_for_the_day_its_seating_page_shows(qtbot, window):
    import datetime as dt

    from tests.ui.conftest import open_page

    page = open_page(qtbot, window, "seating")
    page.set_day(dt.date(2026, 1, 15))
    dialog = window.export_spreadsheet()
    assert isinstance(dialog, ExportDialog)
    assert dialog.day == dt.date(2026, 1, 15)
    dialog.close()
