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
        if key == "seating":  # its move-plan and occupancy tabs load when first shown
            for tab in (page.plans_tab, page.occupancy_tab):
                page.tabs.setCurrentWidget(tab)
            page.tabs.setCurrentIndex(0)
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


def test_the_floor_plan_and_the_renewals_live_in_their_pages_and_share_undo(qtbot, window):
    from planner.services.queries import desk_of, unseated_people, vacant_desks
    from ui.floorplan.floor_page import FloorPage
    from ui.renewals.workspace import RenewalWorkspace

    seating = open_page(qtbot, window, "seating")
    assert isinstance(seating.floor_page, FloorPage)
    assert seating.tabs.currentWidget() is seating.floor_page  # the plan comes first
    tasks = open_page(qtbot, window, "tasks")
    assert isinstance(tasks.workspace, RenewalWorkspace)
    assert tasks.workspace.undo_stack is window.undo_stack is seating.floor_page.undo_stack

    # a seat taken on the plan is one undoable step of the window's Edit menu
    from ui.floorplan.commands import AssignCommand

    sessions = window.database.sessions
    with sessions() as s:
        person = unseated_people(s, TODAY)[0]
        desk = next(d for d in vacant_desks(s, TODAY) if not d.features & 8 and d.kind.value == "fixed")
    window.undo_stack.push(AssignCommand(sessions, person.id, desk.id, TODAY, label="test"))
    with sessions() as s:
        assert desk_of(s, person.id, TODAY).id == desk.id
    shown = {(r.desk_code, r.person_id) for r in seating.model.rows()}
    assert (desk.code, person.id) in shown  # the desk list followed the change
    window.undo_stack.undo()
    with sessions() as s:
        assert desk_of(s, person.id, TODAY) is None
    assert (desk.code, person.id) not in {(r.desk_code, r.person_id) for r in seating.model.rows()}


LATE = dt.date(2026, 2, 1)  # the demo's 2025 draft is past both its deadlines


def _window_on(qtbot, database, settings, day: dt.date):
    from ui.app import create_main_window

    main = create_main_window(database, settings, today=lambda: day)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_no_reminder_on_the_demo_s_own_day(qtbot, window):
    # Issue #14, case 6: the demo's draft has its deadlines ahead; nothing is overdue.
    qtbot.wait(300)
    assert window.statusBar().currentMessage() == ""
    assert getattr(window, "reminder_box", None) is None


def test_status_bar_names_the_first_passed_deadline(qtbot, database, settings):
    window = _window_on(qtbot, database, settings, LATE)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    message = window.statusBar().currentMessage()
    assert message.startswith("서명되지 않은 채 지난 갱신 마감일이 있습니다:")
    assert "2025" in message
    window.close()


def test_the_reminder_can_be_dismissed_for_its_deadlines(qtbot, database, settings):
    first = _window_on(qtbot, database, settings, LATE)
    qtbot.waitUntil(lambda: getattr(first, "reminder_box", None) is not None)
    box = first.reminder_box
    assert not box.isModal()  # a reminder never blocks the window
    assert box.checkBox().text() == "이 마감일은 다시 알리지 않기"
    box.checkBox().setChecked(True)
    box.close()
    first.close()

    second = _window_on(qtbot, database, settings, LATE)  # the next start, same settings
    qtbot.wait(300)
    assert getattr(second, "reminder_box", None) is None
    assert second.statusBar().currentMessage() == ""
    second.close()
    # A deadline passing later (or another database) reminds again: only those shown are kept.
    from ui.settings import DISMISSED_REMINDERS

    kept = settings.get(DISMISSED_REMINDERS)
    assert kept and all(key.startswith(f"{database.location}|2025:") for key in kept)


def test_navigation_titles_are_never_cut_off(qtbot, window):
    open_page(qtbot, window, "seating")
    window.resize(1280, 800)
    qtbot.wait(50)
    metrics = window.nav.fontMetrics()
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        assert window.nav.viewport().width() >= metrics.horizontalAdvance(text), text


def test_the_window_fits_a_1280_pixel_screen_on_every_page(qtbot, window):
    # Long floor names, plan names and deadline texts must not widen the window past a
    # common laptop screen (they are elided or shrink instead).
    for key, _title in PAGES:
        open_page(qtbot, window, key)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280
    seating = open_page(qtbot, window, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None)
    seating.floor_page.edit_button.setChecked(True)  # the edit bar's row of tools and its hint
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280


def test_renewal_bar_texts_sit_side_by_side_on_a_wide_window(qtbot, database, settings):
    from ui.app import create_main_window
    from ui.renewals.cycle_bar import CycleBar

    # On a day the demo's 2025 draft is overdue (on TODAY its deadlines are ahead).
    window = create_main_window(database, settings, today=lambda: dt.date(2026, 2, 1))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    tasks = open_page(qtbot, window, "tasks")
    qtbot.waitUntil(lambda: tasks.findChild(CycleBar) is not None)
    bar = tasks.findChild(CycleBar)
    qtbot.waitUntil(lambda: bar.overdue_label.text() != "")
    qtbot.wait(50)
    deadlines, overdue = bar.deadlines_label, bar.overdue_label
    assert deadlines.geometry().right() < overdue.geometry().left()
    # Each shows its whole text when there is room.
    assert deadlines.width() >= deadlines.sizeHint().width()
    assert overdue.width() >= overdue.sizeHint().width()


def test_status_bar_counts_follow_own_edits_and_their_undo(qtbot, db, settings):
    from sqlalchemy import or_, select

    from planner.models import Assignment, Desk, DeskKind, Person
    from ui.app import create_main_window
    from ui.floorplan.commands import AssignCommand, run_and_push

    window = create_main_window(db, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
    current = or_(Assignment.end_date.is_(None), Assignment.end_date >= TODAY)
    with db.sessions() as s:
        before = institute_counts(s, TODAY)["occupied_desks_today"]
        fixed = set(s.scalars(select(Desk.id).where(Desk.active, Desk.kind == DeskKind.FIXED)))
        desk = min(fixed - set(s.scalars(select(Assignment.desk_id).where(current))))
        person = min(set(s.scalars(select(Person.id))) - set(s.scalars(select(Assignment.person_id).where(current))))
    assert f"오늘 사용 {before} " in window.counts_label.text()

    assert run_and_push(window.undo_stack, AssignCommand(db.sessions, person, desk, TODAY, "test"))
    qtbot.waitUntil(lambda: f"오늘 사용 {before + 1} " in window.counts_label.text())
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: f"오늘 사용 {before} " in window.counts_label.text())
    window.close()


def test_a_desk_double_clicked_in_the_list_is_shown_on_the_floor_plan(qtbot, window):
    page = open_page(qtbot, window, "seating")
    qtbot.waitUntil(lambda: page.floor_page is not None)
    page.tabs.setCurrentWidget(page.list_tab)
    floor = page.floor_page
    first_floor = floor.current_floor_id()
    # A desk on another floor than the plan shows, as a user would pick from the list.
    n, row = next(
        (n, page.proxy.index(n, 0).data(ROW_ROLE))
        for n in range(page.proxy.rowCount())
        if page.proxy.index(n, 0).data(ROW_ROLE).floor_id != first_floor
    )
    page.view.doubleClicked.emit(page.proxy.index(n, 0))
    assert page.tabs.currentWidget() is floor
    assert floor.current_floor_id() == row.floor_id
    assert floor.selected_desk_id == row.desk_id
