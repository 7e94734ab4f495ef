"""Keys only (issue #18, "Keyboard-complete"): Ctrl+Tab / Ctrl+PgDown switch the page's tabs
from anywhere on it, Tab leaves a date field as a whole, and the focused widget has a ring that
stands out at 3:1 from what is around it in the light and the dark appearance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from planner.palette import contrast
from tests.ui.conftest import open_page
from ui.appearance import DARK, LIGHT, SYSTEM, apply_appearance
from ui.keyboard import RING_CONTRAST, RING_WIDTH, focus_ring

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(widget: QWidget, key: Key, modifiers=NONE) -> None:
    """A key as the system delivers it: to the window, through its shortcuts, to the widget
    with the focus."""
    QTest.keyClick(widget.window().windowHandle(), key, modifiers)


@pytest.fixture
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    # A button an earlier test pressed and never released would make every focus change
    # look like a click (no ring until a key is used).
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
        if QGuiApplication.mouseButtons() & button:
            QTest.mouseRelease(window, button)
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
    return window


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


# -- Ctrl+Tab -----------------------------------------------------------------------------
def test_ctrl_tab_and_ctrl_page_keys_switch_the_page_tabs_from_a_table(qtbot, active):
    seating = open_page(qtbot, active, "seating")
    tabs = seating.tabs
    qtbot.waitUntil(lambda: seating.floor_page is not None, timeout=10000)
    tabs.setCurrentWidget(seating.list_tab)
    start = tabs.currentIndex()
    focus(qtbot, seating.view)  # the desk list: a table, which keeps the arrows and PgDown

    press(seating.view, Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    # Ctrl+Shift+Tab arrives as Backtab with both modifiers (X11, Wayland, Windows).
    press(tabs, Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == start
    tabs.setCurrentWidget(seating.list_tab)
    focus(qtbot, seating.view)
    press(seating.view, Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    tabs.setCurrentWidget(seating.list_tab)
    focus(qtbot, seating.view)
    press(seating.view, Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == (start - 1) % tabs.count()


def test_ctrl_tab_from_a_search_field_and_from_the_page_list(qtbot, active):
    seating = open_page(qtbot, active, "seating")
    tabs = seating.tabs
    tabs.setCurrentWidget(seating.list_tab)
    focus(qtbot, seating.search)
    press(seating.search, Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is not seating.list_tab
    # The focus in the list of pages: the shown page's tabs still switch.
    before = tabs.currentIndex()
    focus(qtbot, active.nav)
    press(active.nav, Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == (before + 1) % tabs.count()


def test_ctrl_tab_switches_the_innermost_tabs_around_the_focus(qtbot, active):
    tasks = open_page(qtbot, active, "tasks")
    workspace = tasks.workspace
    outer = tasks.tabs
    outer.setCurrentWidget(workspace)
    inner = workspace.tabs
    inner.setCurrentIndex(0)
    qtbot.waitUntil(lambda: workspace.tasks_tab.isVisible())
    table = workspace.tasks_tab.view
    focus(qtbot, table)
    outer_before = outer.currentIndex()
    press(table, Key.Key_Tab, CTRL)
    assert inner.currentIndex() == 1
    assert outer.currentIndex() == outer_before  # the page's own tabs stay


# -- date fields --------------------------------------------------------------------------
def test_tab_leaves_a_date_field_as_a_whole(qtbot, active):
    seating = open_page(qtbot, active, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None, timeout=10000)
    plan = seating.floor_page
    seating.tabs.setCurrentWidget(plan)
    day = plan.day_edit
    focus(qtbot, day)
    assert day.sectionCount() == 3  # year, month and day: Qt would walk them with Tab
    press(day, Key.Key_Tab)
    assert QApplication.focusWidget() is plan.today_button
    press(plan.today_button, Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is day
    press(day, Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is plan.floor_combo
    # The arrows still reach the month: → then ↑ changes it, not the year.
    focus(qtbot, day)
    before = day.date()
    press(day, Key.Key_Right)
    press(day, Key.Key_Up)
    assert day.date() != before


# -- the ring ----------------------------------------------------------------------------
@pytest.fixture
def back_to_system(app):
    yield
    apply_appearance(app, SYSTEM)


def _pixel(widget: QWidget, point: QPoint) -> tuple[int, int, int]:
    """The colour on screen at ``point`` of ``widget`` (the window grabbed, ring included)."""
    window = widget.window()
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    at = widget.mapTo(window, point)
    colour = QColor(image.pixel(round(at.x() * ratio), round(at.y() * ratio)))
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.parametrize("appearance", [LIGHT, DARK])
def test_the_focused_widget_has_a_ring_at_three_to_one(qtbot, app, active, appearance, back_to_system):
    apply_appearance(app, appearance)
    seating = open_page(qtbot, active, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None, timeout=10000)
    plan = seating.floor_page
    seating.tabs.setCurrentWidget(plan)
    focus(qtbot, plan.day_edit)
    press(plan.day_edit, Key.Key_Tab)  # to Today, a button in the middle of the bar
    button = plan.today_button
    assert QApplication.focusWidget() is button
    ring = focus_ring()
    assert ring is not None
    qtbot.waitUntil(ring.isVisible)
    # Around the button, outside it.
    around = QRect(button.mapTo(ring.parentWidget(), QPoint(0, 0)), button.size())
    assert ring.geometry().contains(around) and ring.geometry() != around
    qtbot.wait(50)
    middle = button.height() // 2
    ring_rgb = _pixel(button, QPoint(-1, middle))
    outside_rgb = _pixel(button, QPoint(-RING_WIDTH - 2, middle))
    face_rgb = _pixel(button, QPoint(RING_WIDTH + 2, middle))
    window_rgb = _rgb(button.palette().color(QPalette.ColorRole.Window))
    assert outside_rgb == window_rgb  # the sample beside the ring is the window
    assert contrast(ring_rgb, outside_rgb) >= RING_CONTRAST, (ring_rgb, outside_rgb)
    assert contrast(ring_rgb, face_rgb) >= RING_CONTRAST, (ring_rgb, face_rgb)
    # The ring goes with the focus.
    press(button, Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not button)
    following = QApplication.focusWidget()
    assert focus_ring().geometry().contains(
        QRect(following.mapTo(ring.parentWidget(), QPoint(0, 0)), following.size())
    )


def test_a_click_shows_no_ring_until_a_key_is_used(qtbot, active):
    people = open_page(qtbot, active, "people")
    field = people.search
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    ring = focus_ring()
    assert ring is None or not ring.isVisible()
    press(field, Key.Key_End)
    ring = focus_ring()
    assert ring is not None and ring.isVisible() and ring.widget() is field


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def test_the_ring_reads_on_fields_and_windows_of_both_palettes(app, back_to_system):
    from ui.keyboard import ring_colour

    for appearance in (LIGHT, DARK):
        apply_appearance(app, appearance)
        palette = QGuiApplication.palette()
        ring = _rgb(ring_colour(palette))
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            assert contrast(ring, _rgb(palette.color(role))) >= RING_CONTRAST, (appearance, role)
