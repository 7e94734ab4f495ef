"""Layout and background edits as undoable commands: one QUndoCommand per user operation.

A command runs once before it is pushed (:func:`push_edit`), capturing the desks, zones or
background it touches before and after the change; undo and redo then put back exactly one of
those captured states, each in one transaction through :func:`ui.transactions.run_action`.
A broken rule leaves nothing written, shows its message and pushes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.services.layout import LayoutState, capture_layout, restore_layout
from planner.services.layout_background import (
    Background,
    floor_background,
    restore_floor_background,
)
from ui.connection.redo_later import keep_for_redo
from ui.transactions import run_action

Ids = tuple[Iterable[int], Iterable[int]]  # desk ids, zone ids
ShowError = Callable[[PlannerError], None]


class EditCommand(QUndoCommand):
    """Base: ``capture``/``restore`` a state; ``perform`` the change the first time."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        on_changed: Callable[[EditCommand], None] | None = None,
        on_error: ShowError | None = None,
    ) -> None:
        super().__init__(text)
        self.sessions = sessions
        self.on_changed = on_changed
        self.on_error = on_error
        self.before: object = None
        self.after: object = None
        self.failed: PlannerError | None = None
        self._skip_first_redo = False

    def perform_and_capture(self, session: Session) -> None:
        raise NotImplementedError

    def restore(self, session: Session, state: object) -> None:
        raise NotImplementedError

    def execute(self) -> bool:
        self.failed = run_action(self.sessions, self.perform_and_capture, self.text())
        if self.failed is None:
            self._notify()
        return self.failed is None

    def _put_back(self, state: object) -> None:
        error = run_action(self.sessions, lambda s: self.restore(s, state), self.text())
        if error is not None:
            # Someone else changed the data meanwhile: this step cannot be replayed anymore.
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(error)
            return
        self._notify()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._put_back(self.after)

    def undo(self) -> None:
        self._put_back(self.before)

    def _notify(self) -> None:
        if self.on_changed is not None:
            self.on_changed(self)


class LayoutCommand(EditCommand):
    """Desks and zones: ``involved`` names what exists before, ``work`` changes it and names
    what it touched (including what it created)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        work: Callable[[Session], Ids],
        involved: Callable[[Session], Ids] = lambda _s: ((), ()),
        **kw,
    ) -> None:
        super().__init__(sessions, text, **kw)
        self.work = work
        self.involved = involved

    def perform_and_capture(self, session: Session) -> None:
        desks, zones = (set(ids) for ids in self.involved(session))
        before = capture_layout(session, desks, zones)
        touched_desks, touched_zones = self.work(session)
        desks |= set(touched_desks)
        zones |= set(touched_zones)
        session.flush()
        after = capture_layout(session, desks, zones)
        self.before = LayoutState(
            {i: before.desks.get(i) for i in desks}, {i: before.zones.get(i) for i in zones}
        )
        self.after = after

    def restore(self, session: Session, state: object) -> None:
        assert isinstance(state, LayoutState)
        restore_layout(session, state)


class BackgroundCommand(EditCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        floor_id: int,
        work: Callable[[Session], object],
        **kw,
    ) -> None:
        super().__init__(sessions, text, **kw)
        self.floor_id = floor_id
        self.work = work

    def perform_and_capture(self, session: Session) -> None:
        self.before = floor_background(session, self.floor_id)
        self.work(session)
        session.flush()
        self.after = floor_background(session, self.floor_id)

    def restore(self, session: Session, state: object) -> None:
        assert state is None or isinstance(state, Background)
        restore_floor_background(session, self.floor_id, state)


def push_edit(stack: QUndoStack, command: EditCommand) -> bool:
    """Perform ``command`` now; push it only when it succeeded. Errors go to its on_error."""
    if not command.execute():
        keep_for_redo(stack, command)  # the connection broke: Redo makes it later
        if command.on_error is not None and command.failed is not None:
            command.on_error(command.failed)
        return False
    command._skip_first_redo = True
    stack.push(command)
    return True
