"""Seating with the keyboard only: a new arrival seated at a free desk, moved, swapped,
released and every step undone — every action by key presses (QTest), no mouse, no calls.

The keys (as the closing note of issue #18 lists them):
- Seat: in the plan's people list ↓ to a new arrival (no desk now or later), Menu key, A (Assign desk…);
  in the desk chooser ↓ to the second free fixed desk (hot desks come first), Enter.
- Move: Ctrl+F, the person's name, Enter (their desk is found, selected and keyboard-focused),
  Tab (into the plan), Enter (the desk's actions), M (Move to desk…), ↓ to a fixed desk, Enter.
- Swap: Ctrl+F, Ctrl+A, the name, Enter, Tab, Menu key, W (Swap with…), ↓ to the first taken
  fixed desk, Enter.
- Release: Shift+F10 on the plan (the desk the partner now has), R (Release desk from …).
- Undo: Ctrl+Z four times.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from tests.ui.floorplan.conftest import TODAY, desk_on, rows_of
from ui.app import create_main_window
from ui.floorplan.desk_chooser import DeskChooser
from ui.floorplan.desk_focus import nearest_in_direction
from ui.floorplan.people_panel import PeopleTableModel
from ui.models.base import ROW_ROLE

Key = Qt.Key


Keys = list[tuple[Key, Qt.KeyboardModifier]]


def when_open(
    qtbot, find: Callable[[], QWidget | None], keys: Keys | Callable[[QWidget], Keys]
) -> list[str]:
    """Type ``keys`` into the popup or dialog ``find`` returns, once it is open (menus and
    dialogs run their own event loop: the keys are sent from a timer inside it). Returns a
    list that gets the opened widget's class name, to check it opened."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            return
        timer.stop()
        seen.append(type(widget).__name__)
        for key, modifiers in keys(widget) if callable(keys) else keys:
            press(widget, key, modifiers)

    timer.timeout.connect(poll)
    timer.start()
    qtbot._keep_timer = getattr(qtbot, "_keep_timer", []) + [timer]
    return seen


def press(widget: QWidget, key: Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the system delivers it: to the window, through the shortcuts, to the widget
    with the keyboard focus (QTest.keyClick on a widget would bypass the shortcuts)."""
    QTest.keyClick(widget.window().windowHandle(), key, modifiers)


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget.window().windowHandle(), Key.Key_unknown, char,
            Qt.KeyboardModifier.NoModifier,
        )


def back_to(qtbot, window: QWidget) -> None:
    """The window manager gives the window back the focus when a dialog closes; the
    offscreen platform of the tests has none, so the test does it."""
    window.activateWindow()
    qtbot.waitActive(window)


def open_window(qtbot, db, settings, size=(1366, 768)):
    """The main window on the demo copy; a renewal-deadline reminder, should it show one (the
    demo's deadlines lie ahead of its own day), is closed with Esc, as a user would."""
    window = create_main_window(db, settings, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the reminder comes, if at all, from a timer of the opening
    box = getattr(window, "reminder_box", None)
    if box is not None and box.isVisible():
        box.activateWindow()
        qtbot.waitActive(box)
        with qtbot.waitSignal(box.destroyed, timeout=3000):
            press(box, Key.Key_Escape)
    back_to(qtbot, window)
    return window


def popup() -> QWidget | None:
    return QApplication.activePopupWidget()


def chooser() -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, DeskChooser) else None


NONE = Qt.KeyboardModifier.NoModifier


def to_fixed_desk(dialog: DeskChooser, skip: int = 0) -> Keys:
    """↓ to the first desk that is not a hot desk (after ``skip`` of them), then Enter."""
    proxy, fixed = dialog.proxy, []
    current = dialog.table.currentIndex().row()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(DeskChooser.CHOICE).kind != "hot":
            fixed.append(row)
    return [(Key.Key_Down, NONE)] * (fixed[skip] - current) + [(Key.Key_Return, NONE)]


@pytest.fixture
def seating(qtbot, db, settings):
    window = open_window(qtbot, db, settings)
    window.show_page("seating")
    page = window.page("seating")
    qtbot.waitUntil(lambda: page.floor_page is not None, timeout=10000)
    yield window, page.floor_page
    window.close()


def test_seat_move_swap_release_and_undo_with_keys_only(qtbot, seating, db, messages):
    window, floor = seating
    stack = window.undo_stack
    people = floor.people.view

    # -- seat a new arrival: the people list, Menu key, "Assign desk…", a free desk --------
    people.setFocus(Qt.FocusReason.TabFocusReason)
    # ↓ to the first new arrival: unseated, and no desk booked for later either.
    for row in range(people.model().rowCount()):
        press(people, Key.Key_Down)
        person = people.currentIndex().data(PeopleTableModel.ROW_ROLE)
        if not rows_of(db, person.id):
            break
    assert person is not None and person.desk_id is None and not rows_of(db, person.id)
    menus = when_open(qtbot, popup, [(Key.Key_A, NONE)])
    dialogs = when_open(qtbot, chooser, lambda dialog: to_fixed_desk(dialog, 1))
    press(people, Key.Key_Menu)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=5000)
    assert menus == ["QMenu"] and dialogs == ["DeskChooser"]
    shown = floor.person_seating.last_chooser
    free = [c for c in shown.model.rows() if c.free and c.kind != "hot"]
    assert free[1].desk_id == desk_on(db, person.id)  # the second free fixed desk, as chosen
    first_desk = desk_on(db, person.id)

    # -- move: Find, Tab into the plan, Enter on the desk, "Move to desk…" -----------------
    back_to(qtbot, window)
    press(floor.view, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert floor.find_edit.hasFocus()
    type_text(floor.find_edit, person.name_ko)
    press(floor.find_edit, Key.Key_Return)
    assert floor.view.focus_desk_id == first_desk
    press(floor.find_edit, Key.Key_Tab)
    assert floor.view.hasFocus()
    menus = when_open(qtbot, popup, [(Key.Key_M, NONE)])
    dialogs = when_open(qtbot, chooser, to_fixed_desk)
    press(floor.view, Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == 2, timeout=5000)
    back_to(qtbot, window)
    assert menus == ["QMenu"] and dialogs == ["DeskChooser"]
    second_desk = desk_on(db, person.id)
    assert second_desk not in (None, first_desk)

    # -- swap: Find them again (the plan's keyboard desk stayed on the desk they left), Tab,
    # the Menu key, "Swap with…", the first taken desk ---------------------------------------
    press(floor.view, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    press(floor.find_edit, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(floor.find_edit, person.name_ko)
    press(floor.find_edit, Key.Key_Return)
    press(floor.find_edit, Key.Key_Tab)
    assert floor.view.focus_desk_id == second_desk
    menus = when_open(qtbot, popup, [(Key.Key_W, NONE)])
    dialogs = when_open(qtbot, chooser, to_fixed_desk)
    press(floor.view, Key.Key_Menu)
    qtbot.waitUntil(lambda: stack.count() == 3, timeout=5000)
    back_to(qtbot, window)
    assert menus == ["QMenu"] and dialogs == ["DeskChooser"]
    partner_desk = desk_on(db, person.id)
    assert partner_desk not in (None, first_desk, second_desk)
    with db.sessions() as session:
        from planner.services.floorplan import people_on

        at_second = [r for r in people_on(session, TODAY) if r.desk_id == second_desk]
    assert len(at_second) == 1  # the partner sits at the person's old desk

    partner = at_second[0].id

    # -- release: Shift+F10 on the plan (still on that desk, now the partner's) -------------
    assert floor.view.focus_desk_id == second_desk
    menus = when_open(qtbot, popup, [(Key.Key_R, NONE)])
    press(floor.view, Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: stack.count() == 4, timeout=5000)
    back_to(qtbot, window)
    assert menus == ["QMenu"]
    assert desk_on(db, partner) is None
    assert floor.scene.desk_layer.desk(second_desk).occupant is None

    # -- undo, four times, with Ctrl+Z -------------------------------------------------------
    press(floor.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (desk_on(db, person.id), desk_on(db, partner)) == (partner_desk, second_desk)
    press(floor.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (desk_on(db, person.id), desk_on(db, partner)) == (second_desk, partner_desk)
    press(floor.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk_on(db, person.id) == first_desk
    press(floor.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk_on(db, person.id) is None
    assert stack.index() == 0
    assert messages.warnings == []


def test_arrows_go_to_the_nearest_desk_in_their_direction():
    # A row of desks 0..2 at y=0, a row 10..12 at y=40 (one desk depth and more apart).
    desks = [(n, 60.0 * n, 0.0) for n in range(3)] + [(10 + n, 60.0 * n, 40.0) for n in range(3)]
    assert nearest_in_direction((0, 0), (1, 0), desks, 0) == 1  # the same row before the next
    assert nearest_in_direction((60, 0), (-1, 0), desks, 1) == 0
    assert nearest_in_direction((60, 0), (0, 1), desks, 1) == 11  # straight down
    assert nearest_in_direction((120, 0), (1, 0), desks, 2) is None  # the end of the row
    assert nearest_in_direction((0, 40), (0, -1), desks, 10) == 0


def test_people_page_seats_and_releases_with_the_menu_key(qtbot, db, settings, messages):
    window = open_window(qtbot, db, settings)
    window.show_page("people")
    page = window.page("people")
    qtbot.waitUntil(lambda: page.is_loaded, timeout=5000)
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    # ↓ to a new arrival: no desk on the day (the list shows it), none booked for later.
    for _ in range(page.proxy.rowCount()):
        press(page.view, Key.Key_Down)
        person = page.view.currentIndex().data(ROW_ROLE)
        if not person.desk_code and not rows_of(db, person.person_id):
            break
    assert person.desk_code is None and not rows_of(db, person.person_id)

    menus = when_open(qtbot, popup, [(Key.Key_A, NONE)])
    dialogs = when_open(qtbot, chooser, to_fixed_desk)
    press(page.view, Key.Key_Menu)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    assert menus == ["QMenu"] and dialogs == ["DeskChooser"]
    seated = desk_on(db, person.person_id)
    assert seated is not None
    back_to(qtbot, window)
    # The page shows the new desk on the same (still selected) person.
    assert page.view.currentIndex().data(ROW_ROLE).desk_code

    menus = when_open(qtbot, popup, [(Key.Key_R, NONE)])
    press(page.view, Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=5000)
    assert desk_on(db, person.person_id) is None
    back_to(qtbot, window)
    press(page.view, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk_on(db, person.person_id) == seated
    assert messages.warnings == []
    window.close()


def test_screen_readers_see_every_desk_of_the_plan_with_code_occupant_and_state(page):
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(page.view)
    desks = page.scene.desk_layer.desks
    assert interface.childCount() == len(desks)
    names = [interface.child(n).text(QAccessible.Text.Name) for n in range(len(desks))]
    taken = next(d for d in desks if d.kind != "hot" and d.occupant is not None and d.active)
    vacant = next(d for d in desks if d.kind != "hot" and d.occupant is None and d.active)
    assert f"{taken.code}, {taken.occupant.name_ko}, 사용 중" in names
    assert f"{vacant.code}, 공석" in names
    child = interface.child(names.index(f"{taken.code}, {taken.occupant.name_ko}, 사용 중"))
    assert taken.occupant.organisation in child.text(QAccessible.Text.Description)
    assert child.role() == QAccessible.Role.ListItem
    assert child.parent() is interface and interface.indexOfChild(child) >= 0
    # The keyboard's desk is the focused child; Space makes it the selected one.
    page.view.setFocus()
    page.view.set_focus_desk(taken.id)
    QTest.keyClick(page.view, Key.Key_Space)
    focused = interface.focusChild()
    assert focused.text(QAccessible.Text.Name).startswith(taken.code)
    assert focused.state().focused and focused.state().selected
    assert page.selected_desk_id == taken.id
    assert not focused.rect().isEmpty()
