"""The main window: pages, menus, status bar, undo wiring."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoCommand

from planner.services.stats import institute_counts
from tests.ui.conftest import TODAY, open_page
from ui.main_window import PAGES
from ui.models.base import ROW_ROLE
from ui.settings import LAST_PAGE


def test_every_page_loads_and_shows_rows(qtbot, window):
    for key, _title in PAGES:
        page = open_page(qtbot, window, key)
        assert window.stack.currentWidget() is page
        assert window.current_page_key() == key
        for model in page.models():
            assert model.rowCount() > 0, f"{key}: {type(model).__name__} is empty"


def test_pages_load_only_when_first_shown(qtbot, window):
    shown_first = window.current_page_key()
    others = [page for key, page in window.pages().items() if key != shown_first]
    qtbot.waitUntil(lambda: window.page(shown_first).is_loaded)
    assert not any(page.is_loaded for page in others)


def test_status_bar_shows_database_and_counts(qtbot, window, database):
    assert database.location in window.location_label.text()
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
    text = window.counts_label.text()
    with database.sessions() as session:
        counts = institute_counts(session, TODAY)
    assert text == (
        f"인원 {counts['people']} · 좌석 {counts['desks']} · "
        f"오늘 사용 {counts['occupied_desks_today']} · 과제 {counts['tasks']}"
    )


def test_navigation_remembers_the_page(qtbot, window, settings):
    open_page(qtbot, window, "reports")
    assert settings.get(LAST_PAGE) == [k for k, _ in PAGES].index("reports")


def test_view_menu_switches_pages(qtbot, window):
    window.menus.page_actions["tasks"].trigger()
    assert window.current_page_key() == "tasks"
    assert window.menus.page_actions["tasks"].isChecked()


class _Rename(QUndoCommand):
    def __init__(self, log: list[str]) -> None:
        super().__init__("rename")
        self.log = log

    def redo(self) -> None:
        self.log.append("redo")

    def undo(self) -> None:
        self.log.append("undo")


def test_edit_menu_drives_the_shared_undo_stack(window):
    undo, redo = window.menus.undo, window.menus.redo
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in redo.shortcuts()]
    assert not undo.isEnabled()
    log: list[str] = []
    window.undo_stack.push(_Rename(log))
    assert undo.isEnabled() and "rename" in undo.text()
    undo.trigger()
    assert log == ["redo", "undo"]
    assert redo.isEnabled() and not undo.isEnabled()
    redo.trigger()
    assert log == ["redo", "undo", "redo"]


def test_seating_floor_filter_and_day(qtbot, window):
    page = open_page(qtbot, window, "seating")
    total = page.proxy.rowCount()
    assert page.floor_combo.count() == 1 + 4  # all floors + the demo's four floors
    page.floor_combo.setCurrentIndex(1)
    floor_id = page.floor_combo.currentData()
    shown = page.proxy.rowCount()
    assert 0 < shown < total
    rows = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(shown)]
    assert all(row.floor_id == floor_id for row in rows)
    page.floor_combo.setCurrentIndex(0)
    assert page.proxy.rowCount() == total
    assert page.count_label.text() == "좌석 288개 중 171개 사용"  # hot desks counted once
    page.set_day(page.day() + dt.timedelta(days=400))
    assert page.proxy.rowCount() < total  # temporary assignments have ended by then
