"""Seating changes as undoable commands: one QUndoCommand per user operation.

``redo`` calls the seating service in its own transaction; ``undo`` reverts exactly the
assignment rows that call changed (:mod:`planner.services.seating_undo`). A command runs
once *before* it is pushed (:func:`run_and_push`): when a rule is broken the service raises,
nothing was written (the transaction rolls back), the message is shown and nothing is pushed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.services import group_seating, seating
from planner.services.seating_undo import Difference, capture, difference, revert
from ui.connection.redo_later import keep_for_redo
from ui.transactions import run_action

Changed = Callable[[frozenset[int], frozenset[int]], None]  # desk ids, person ids
ShowError = Callable[[PlannerError], None]


class SeatingCommand(QUndoCommand):
    """Base: subclasses say which people the change touches and how to perform it."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        people: tuple[int, ...],
        on_changed: Changed | None = None,
        on_error: ShowError | None = None,
    ) -> None:
        super().__init__(text)
        self.sessions = sessions
        self.people = people
        self.on_changed = on_changed
        self.on_error = on_error
        self.diff: Difference | None = None
        self._skip_first_redo = False
        self.failed: PlannerError | None = None

    def perform(self, session: Session) -> None:
        raise NotImplementedError

    def execute(self) -> bool:
        """Run the service in one transaction; False (and nothing written) on a broken rule,
        a role that may not, or someone else's newer edit (ui.transactions.run_action)."""

        def work(session: Session) -> None:
            before = capture(session, self.people)
            self.perform(session)
            self.diff = difference(before, capture(session, self.people))

        self.failed = run_action(self.sessions, work, self.text())
        if self.failed is not None:
            return False
        self._notify()
        return True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self.execute():
            # Someone else changed the data since the undo: the redo is not possible anymore.
            self.setObsolete(True)
            if self.on_error is not None and self.failed is not None:
                self.on_error(self.failed)

    def undo(self) -> None:
        if self.diff is None:
            return
        diff = self.diff
        error = run_action(self.sessions, lambda session: revert(session, diff), self.text())
        if error is not None:
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(error)
            return
        self._notify()

    def _notify(self) -> None:
        if self.on_changed is not None and self.diff is not None:
            self.on_changed(self.diff.desk_ids, self.diff.person_ids | frozenset(self.people))


def run_and_push(stack: QUndoStack, command: SeatingCommand) -> bool:
    """Perform ``command`` now; push it only when it succeeded. Errors go to its on_error."""
    if not command.execute():
        keep_for_redo(stack, command)  # the connection broke: Redo makes it later
        if command.on_error is not None and command.failed is not None:
            command.on_error(command.failed)
        return False
    command._skip_first_redo = True
    stack.push(command)
    return True


class AssignCommand(SeatingCommand):
    def __init__(
        self, sessions, person_id: int, desk_id: int, start: dt.date, label: str, **kw
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Assign %1").replace("%1", label),
            (person_id,),
            **kw,
        )
        self.person_id, self.desk_id, self.start = person_id, desk_id, start
        self.period: tuple[dt.date, dt.date | None] | None = None  # as stored, within the stay

    def perform(self, session: Session) -> None:
        made = seating.assign_desk(session, self.person_id, self.desk_id, self.start)
        self.period = made.start_date, made.end_date


class MoveCommand(SeatingCommand):
    def __init__(
        self, sessions, person_id: int, desk_id: int, on: dt.date, label: str, **kw
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Move %1").replace("%1", label),
            (person_id,),
            **kw,
        )
        self.person_id, self.desk_id, self.on = person_id, desk_id, on

    def perform(self, session: Session) -> None:
        seating.move_person(session, self.person_id, self.desk_id, self.on)


class SeatGroupCommand(SeatingCommand):
    """Several people dropped together: the nearest free desks, all in one transaction."""

    def __init__(
        self, sessions, person_ids: tuple[int, ...], near_desk_id: int, on: dt.date, label: str, **kw
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Seat together %1").replace("%1", label),
            person_ids,
            **kw,
        )
        self.near_desk_id, self.on = near_desk_id, on

    def perform(self, session: Session) -> None:
        group_seating.seat_group(session, self.people, self.near_desk_id, self.on)


class SwapCommand(SeatingCommand):
    def __init__(
        self, sessions, person_a: int, person_b: int, on: dt.date, label: str, **kw
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Swap %1").replace("%1", label),
            (person_a, person_b),
            **kw,
        )
        self.person_a, self.person_b, self.on = person_a, person_b, on

    def perform(self, session: Session) -> None:
        seating.swap_people(session, self.person_a, self.person_b, self.on)


class ReleaseCommand(SeatingCommand):
    def __init__(self, sessions, person_id: int, on: dt.date, label: str, **kw) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Release %1").replace("%1", label),
            (person_id,),
            **kw,
        )
        self.person_id, self.on = person_id, on

    def perform(self, session: Session) -> None:
        seating.release_desk(session, self.person_id, self.on)


class SetMoveOutCommand(SeatingCommand):
    def __init__(
        self, sessions, person_id: int, last_day: dt.date | None, on: dt.date, label: str, **kw
    ) -> None:
        super().__init__(
            sessions,
            QCoreApplication.translate("SeatingCommands", "Set move-out date of %1").replace(
                "%1", label
            ),
            (person_id,),
            **kw,
        )
        self.person_id, self.last_day, self.on = person_id, last_day, on

    def perform(self, session: Session) -> None:
        seating.set_move_out(session, self.person_id, self.last_day, self.on)
