"""The undo command whose redo and undo are service calls, each in one transaction.

A command runs once *before* it is pushed (:func:`run_and_push`): when a service refuses, the
user gets the message and nothing is pushed, so Undo never offers a step that did not
happen. Should a later undo or redo be refused (someone else changed the data meanwhile),
the command is dropped from the stack and the error shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from ui.connection.redo_later import keep_for_redo
from ui.transactions import run_action

ShowError = Callable[[PlannerError], None]


class ActionCommand(QUndoCommand):
    def __init__(
        self, sessions: sessionmaker[Session], text: str, on_error: ShowError | None = None
    ) -> None:
        super().__init__(text)
        self.sessions = sessions
        self.on_error = on_error
        self.failed: PlannerError | None = None
        self._skip_first_redo = False

    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[Session], None]) -> bool:
        self.failed = run_action(self.sessions, work, self.text())
        return self.failed is None

    def execute(self) -> bool:
        return self._run(self.apply)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self.execute():
            self._give_up()

    def undo(self) -> None:
        if not self._run(self.revert):
            self._give_up()

    def _give_up(self) -> None:
        # The data moved on (someone else changed it meanwhile): drop the command.
        self.setObsolete(True)
        if self.on_error is not None and self.failed is not None:
            self.on_error(self.failed)


def run_and_push(stack: QUndoStack | None, command: ActionCommand) -> bool:
    """Run ``command`` now and put it on the stack; False (nothing pushed) when refused."""
    if not command.execute():
        keep_for_redo(stack, command)  # the connection broke: Redo makes it later
        if command.on_error is not None and command.failed is not None:
            command.on_error(command.failed)
        return False
    if stack is not None:
        command._skip_first_redo = True
        stack.push(command)
    return True
