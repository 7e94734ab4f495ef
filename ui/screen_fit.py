"""Windows and dialogs sized to the screen they open on.

A preferred size (1400×860 for the window, 980×760 for the import dialog) is a wish: on a
1366×768 laptop, or 1920×1080 at 150 % (1280×720 in Qt's pixels), it is cut to what the screen
leaves once the taskbar (outside ``availableGeometry``) and the window's title bar are taken
off, so the buttons at the bottom stay reachable (issue #18).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders a window manager adds around a window that has not been shown yet
# (afterwards frameGeometry knows them).
FRAME = QSize(8, 34)


def available_area(widget: QWidget) -> QRect:
    """The room on the screen the widget (or its parent window) is on, taskbar excluded."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(window: QWidget) -> QSize:
    """What the frame adds to the window: what it really adds once shown, never less than
    a usual title bar (some platforms report none)."""
    extra = FRAME
    if window.isVisible():
        extra = extra.expandedTo(window.frameGeometry().size() - window.geometry().size())
    return extra


def fitting_size(window: QWidget, width: int, height: int) -> QSize:
    room = available_area(window).size() - frame_extra(window)
    return QSize(min(width, room.width()), min(height, room.height()))


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize ``window`` to ``width``×``height`` (default: its current size) or to the screen,
    whichever is smaller; a window already placed is moved back onto the screen."""
    size = fitting_size(
        window,
        window.width() if width is None else width,
        window.height() if height is None else height,
    )
    window.resize(size)
    if window.isVisible():
        keep_on_screen(window)
    elif window.isWindow() and window.property(_WATCHED) is None:
        # Qt places a dialog when it is shown (centred over its parent); then it is moved
        # back within the screen, title bar included.
        window.setProperty(_WATCHED, True)
        window.installEventFilter(_ShownOnScreen(window))


_WATCHED = "lab_planner_kept_on_screen"


class _ShownOnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            keep_on_screen(watched)
            watched.removeEventFilter(self)  # once: later the user places the window
            self.deleteLater()
        return False


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` so that, title bar included, no edge hangs over the available area."""
    area = available_area(window)
    extra = frame_extra(window)
    frame = QRect(window.pos(), window.size() + extra)
    x = min(max(frame.x(), area.x()), max(area.right() + 1 - frame.width(), area.x()))
    y = min(max(frame.y(), area.y()), max(area.bottom() + 1 - frame.height(), area.y()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
