"""The keyboard everywhere in the application (issue #18, "Keyboard-complete"):

- a focus ring drawn around the widget that has the keyboard focus, thick and in a colour that
  stands out at 3:1 or more from the window and from the fields (light and dark appearance);
  Qt's own focus frames are a faint tint of the highlight that is hard to find on a page;
- Tab leaves a date field as a whole (Qt's date edits walk year, month and day with Tab; the
  arrows still move between them, typing fills them one after another);
- Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDown / Ctrl+PgUp switch the tabs of the page from
  anywhere on it, even from a table or a field that keeps those keys for itself.

``install_keyboard(app)`` is called once per application (the main window does it); it follows
the focus through ``QApplication.focusChanged`` rather than filtering every event of the
application in Python.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QRegion,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from planner.palette import contrast

RING_OUTSIDE = 2  # pixels of the ring outside the widget
RING_WIDTH = 3  # in all: 1 more over the widget's own edge
RING_CONTRAST = 3.0  # WCAG 2.x non-text contrast for a focus indicator
_HELPER = "lab_planner_keyboard"


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def ring_colour(palette: QPalette) -> QColor:
    """The highlight's hue, made darker on a light window and lighter on a dark one until it
    stands out at 3:1 (4.5:1 where it can) from the window, the fields and the buttons."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    surfaces = [
        palette.color(QPalette.ColorGroup.Active, role)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)
    ]
    colour = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
    dark_window = window.lightness() < 128

    def weakest(c: QColor) -> float:
        return min(contrast(_rgb(c), _rgb(surface)) for surface in surfaces)

    for _step in range(40):
        if weakest(colour) >= 4.5:
            break
        colour = colour.lighter(110) if dark_window else colour.darker(110)
        if dark_window and colour.lightness() >= 250:
            colour = QColor(255, 255, 255)
            break
    return colour


class _RingStyle(QProxyStyle):
    """The ring's own style: drawn above every widget of the window (so a splitter or a
    layout never takes it for one of its widgets, and a neighbour never covers it), its
    outer part ``RING_OUTSIDE`` pixels beyond the widget, its shape set by the ring."""

    def styleHint(self, hint, option=None, widget=None, returned=None):  # noqa: N802
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0
        return super().styleHint(hint, option, widget, returned)

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_OUTSIDE
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """A ring around the focused widget, above its neighbours, following it as it moves.

    QFocusFrame places itself around the widget and keeps there; Fusion draws nothing in it
    (only the macOS style does), so the ring is painted here, in a mask of its own shape:
    the widget under it repaints without the ring being asked to. Where the frame is cut off
    by its parent (a widget at the edge of a scrolled area) the ring is drawn within what
    shows.
    """

    def __init__(self, style: QStyle) -> None:
        super().__init__()
        self.setObjectName("keyboard_focus_ring")
        self.setStyle(style)

    def shown_rect(self) -> QRect:
        parent = self.parentWidget()
        if parent is None:
            return QRect()
        return self.rect() & QRect(self.mapFromParent(QPoint(0, 0)), parent.size())

    def _reshape(self) -> None:
        shown = self.shown_rect()
        w = RING_WIDTH
        self.setMask(QRegion(shown).subtracted(QRegion(shown.adjusted(w, w, -w, -w))))

    def event(self, event: QEvent) -> bool:
        # QFocusFrame keeps Move and Resize to itself (no moveEvent, no resizeEvent).
        handled = super().event(event)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self._reshape()
        return handled

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        target = self.widget()
        palette = target.palette() if target is not None else self.palette()
        painter = QPainter(self)
        painter.fillRect(self.shown_rect(), ring_colour(palette))
        painter.end()


class _Keyboard(QObject):
    """Follows the focus: the ring around the focused widget, Tab for date edits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        self._style = _RingStyle()
        self._style.setParent(self)
        self._dates: set[int] = set()
        self._waiting: QWidget | None = None  # focused by a click: the ring at its first key
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and isinstance(new, QDateTimeEdit) and id(new) not in self._dates:
            self._dates.add(id(new))
            new.installEventFilter(self)
            new.destroyed.connect(lambda *_a, key=id(new): self._dates.discard(key))
        if self._waiting is not None and isValid(self._waiting):
            self._forget(self._waiting)
        self._waiting = None
        if new is None or not _wants_ring(new):
            self._ring_on(None)
        elif QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # A click put the focus there: the pointer shows where it is, until a key is used.
            self._ring_on(None)
            self._waiting = new
            new.installEventFilter(self)
        else:
            self._ring_on(new)

    def _forget(self, widget: QWidget) -> None:
        if not isinstance(widget, QDateTimeEdit):  # a date edit keeps its filter (Tab)
            widget.removeEventFilter(self)

    def _ring_on(self, widget: QWidget | None) -> None:
        ring = self.ring if self.ring is not None and isValid(self.ring) else None
        if widget is None:
            if ring is not None:
                ring.setWidget(None)
                ring.hide()
            return
        if ring is None:
            ring = self.ring = FocusRing(self._style)
        ring.setWidget(widget)  # moves the ring to the widget's window and shows it
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is self._waiting and isValid(watched):
            self._waiting = None
            self._forget(watched)  # type: ignore[arg-type]
            self._ring_on(watched)  # type: ignore[arg-type]
        if isinstance(watched, QDateTimeEdit):
            _leave_date_edit_on_tab(watched, event)  # type: ignore[arg-type]
        return False


def _leave_date_edit_on_tab(edit: QDateTimeEdit, event: QKeyEvent) -> None:
    """From its first (last) section Qt's date edit lets the focus go on with Tab (Shift+Tab):
    put the cursor there before the key arrives."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return
    if event.key() == Qt.Key.Key_Backtab or (
        event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    ):
        edit.setCurrentSectionIndex(0)
    elif event.key() == Qt.Key.Key_Tab:
        edit.setCurrentSectionIndex(edit.sectionCount() - 1)


def _wants_ring(widget: QWidget) -> bool:
    """Widgets inside a window; not the window itself, menus or pop-up lists."""
    window = widget.window()
    if window is None or widget is window or widget.parentWidget() is None:
        return False
    return window.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def install_keyboard(app: QApplication | None = None) -> None:
    """The focus ring and the date fields' Tab for every window of ``app`` (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property(_HELPER):
        return
    app.setProperty(_HELPER, True)
    _Keyboard(app)


def focus_ring(app: QApplication | None = None) -> FocusRing | None:
    """The ring as it is now (tests)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    for child in app.children():
        if isinstance(child, _Keyboard):
            ring = child.ring
            return ring if ring is not None and isValid(ring) else None
    return None


# -- tabs from anywhere ---------------------------------------------------------------------
NEXT_TAB_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_TAB_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp")


def tabs_for(focus: QWidget | None, page: QWidget | None) -> QTabWidget | None:
    """The tabs Ctrl+Tab switches: the innermost tabs around the focused widget on the page,
    else the page's outermost visible tabs (the focus is in the navigation list, say)."""
    widget = focus
    while widget is not None and widget is not page:
        parent = widget.parentWidget()
        if isinstance(widget, QTabWidget) and widget.isVisible():
            return widget
        widget = parent
    if page is None:
        return None
    shown = [t for t in page.findChildren(QTabWidget) if t.isVisible() and t.count() > 1]
    for tabs in shown:
        if not any(other is not tabs and other.isAncestorOf(tabs) for other in shown):
            return tabs
    return None


def switch_tab(tabs: QTabWidget, step: int) -> None:
    """The next (previous) enabled tab, round the end as Qt's own Ctrl+Tab does."""
    count = tabs.count()
    index = tabs.currentIndex()
    for _ in range(count):
        index = (index + step) % count
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return


def install_tab_keys(window: QWidget, current_page: Callable[[], QWidget | None]) -> None:
    """Ctrl+Tab and its fellows anywhere in ``window`` switch the current page's tabs (once
    per window)."""
    if window.property(_HELPER):
        return
    window.setProperty(_HELPER, True)

    def switch(step: int) -> None:
        tabs = tabs_for(QApplication.focusWidget(), current_page())
        if tabs is None or not window.isAncestorOf(tabs):
            return
        switch_tab(tabs, step)

    for keys, step in ((NEXT_TAB_KEYS, 1), (PREVIOUS_TAB_KEYS, -1)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: switch(step))

