"""An edit the server never received stays in the undo stack, ready for Redo.

When the connection breaks (the server restarts) while an edit is made, the server rolls the
unfinished transaction back: nothing was saved. Instead of losing the edit, the command goes
on the stack already undone — Edit ▸ Redo makes it once the server is back. Should Redo meet
a broken connection again, the step stays there for another try.

Every command family (seating, floor plan edits, renewals, generic actions) runs its commands
the same way — ``execute()`` before the push, ``failed`` holding the refusal — so one wrapper
serves them all without changing their undo and redo.
"""

from __future__ import annotations

import inspect

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.resilience import ConnectionLost


def connection_was_lost(command: QUndoCommand) -> bool:
    return isinstance(getattr(command, "failed", None), ConnectionLost)


class RedoLater(QUndoCommand):
    """Wraps a command that was not made: pushed and undone at once, without running it."""

    def __init__(self, command: QUndoCommand, stack: QUndoStack) -> None:
        super().__init__(command.text())
        self.command = command
        self.stack = stack
        self._skip_redo = True  # the push
        self._skip_undo = True  # the step back that leaves it for Redo
        self._made = False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._made:
            self.command.redo()  # shows its own error when refused
        elif self.command.execute():  # its first run: what the user asked for, made now
            self._made = True
        else:
            _show_error(self.command)
            if not connection_was_lost(self.command):
                self.command.setObsolete(True)
        if connection_was_lost(self.command):
            # Still no server: keep the step for Redo instead of dropping it (the stack has
            # already moved past it; step back once this redo has returned).
            self.command.setObsolete(False)
            self._skip_undo = True
            # Quiet until then: nothing changed, so no page should reload from the server.
            self.stack.blockSignals(True)
            QTimer.singleShot(0, self._step_back)
        elif self.command.isObsolete():
            self.setObsolete(True)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self.command.undo()
        if self.command.isObsolete():
            self.setObsolete(True)

    def _step_back(self) -> None:
        try:
            if self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is self:
                self.stack.undo()
            else:
                self._skip_undo = False
        finally:
            _announce(self.stack)


def _announce(stack: QUndoStack) -> None:
    """Signals back on, and what the Undo and Redo actions show told again. The index is where
    it was, so ``indexChanged`` (which reloads pages) stays silent."""
    stack.blockSignals(False)
    stack.canUndoChanged.emit(stack.canUndo())
    stack.canRedoChanged.emit(stack.canRedo())
    stack.undoTextChanged.emit(stack.undoText())
    stack.redoTextChanged.emit(stack.redoText())


def _show_error(command: QUndoCommand) -> None:
    on_error = getattr(command, "on_error", None)
    failed = getattr(command, "failed", None)
    if on_error is None or failed is None:
        return
    # Renewal commands take a lead sentence as well (ui.renewals.commands.ShowError).
    if len(inspect.signature(on_error).parameters) >= 2:
        on_error(failed, "")
    else:
        on_error(failed)


def keep_for_redo(stack: QUndoStack | None, command: QUndoCommand) -> bool:
    """Put a command whose connection was lost on ``stack`` as the next Redo; True if kept."""
    if stack is None or not connection_was_lost(command):
        return False
    stack.blockSignals(True)  # pushed and undone: no index change for the pages to reload on
    try:
        stack.push(RedoLater(command, stack))
        stack.undo()
    finally:
        _announce(stack)
    return True
