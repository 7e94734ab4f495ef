"""The status bar while the server is away: "reconnecting…", then "reconnected".

An edit made while the connection was broken is waiting as the next Redo
(:mod:`ui.connection.redo_later`); the "reconnected" message names it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow

from ui.connection.live_refresh import LiveRefresh
from ui.connection.redo_later import RedoLater
from ui.i18n import fill

CONTEXT = "ConnectionStatus"
SHOWN_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def indicator_of(window: QMainWindow) -> QLabel:
    """The status bar's "reconnecting" label (made once per window, hidden until needed)."""
    label = window.statusBar().findChild(QLabel, "connection_indicator")
    if label is None:
        label = QLabel(window.statusBar())
        label.setObjectName("connection_indicator")
        label.setStyleSheet("color: #b3261e; font-weight: bold; padding: 0 6px;")
        label.hide()
        window.statusBar().addPermanentWidget(label)
    return label


def watch_connection(window: QMainWindow, live: LiveRefresh, stack: QUndoStack) -> None:
    label = indicator_of(window)
    label.hide()

    def lost() -> None:
        label.setText(_tr("Connection to the server lost — reconnecting…"))
        label.show()

    def back() -> None:
        label.hide()
        text = _tr("Reconnected to the server.")
        waiting = stack.command(stack.index()) if stack.canRedo() else None
        if isinstance(waiting, RedoLater):
            text = fill(_tr("Reconnected to the server. Redo makes the edit that was not saved: %1"),
                        waiting.text())
        window.statusBar().showMessage(text, SHOWN_MS)

    live.connection_lost.connect(lost)
    live.reconnected.connect(back)
