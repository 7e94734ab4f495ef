"""Saving an auto-placement, and saving and applying it, each as one QUndoCommand.

Both run once *before* they are pushed (:func:`run_and_push`): when a service refuses
(a desk taken meanwhile, a plan someone else applied), nothing was written, the error
is shown and nothing lands on the stack. Redo after undo makes the plan again under its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from planner.services import move_plans
from planner.services.placement import (
    PlacementProposal,
    save_proposal_as_plan,
    undo_applied_placement,
)
from planner.services.seating_undo import Difference, capture, difference
from ui.action_command import ActionCommand, ShowError, run_and_push  # noqa: F401 - re-exported
from ui.i18n import fill

CONTEXT = "PlacementCommands"

# After every redo and undo: the plan id when the draft plan exists, else None.
Changed = Callable[[int | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PlacementCommand(ActionCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        proposal: PlacementProposal,
        name: str,
        day: dt.date,
        on_changed: Changed | None = None,
        on_error: ShowError | None = None,
    ) -> None:
        super().__init__(sessions, text, on_error)
        self.proposal = proposal
        self.name = name
        self.day = day
        self.on_changed = on_changed
        self.plan_id: int | None = None
        self.made_id: int | None = None  # the plan's id, kept through undo for the redo

    def shown_plan(self) -> int | None:
        """The draft plan to show on the floor plan after a redo (None: nothing to show)."""
        return None

    def execute(self) -> bool:
        ok = self._run(self.apply)
        if ok and self.on_changed is not None:
            self.on_changed(self.shown_plan())
        return ok

    def undo(self) -> None:
        if not self._run(self.revert):
            self._give_up()
            return
        self.plan_id = None
        if self.on_changed is not None:
            self.on_changed(None)


class SavePlacementCommand(PlacementCommand):
    """The proposal becomes a draft move plan, to review on the floor plan and apply later."""

    def __init__(self, sessions, proposal, name, day, **kwargs) -> None:
        super().__init__(
            sessions, fill(_tr("Save auto-placement %1"), name), proposal, name, day, **kwargs
        )

    def apply(self, session: Session) -> None:
        self.plan_id = self.made_id = save_proposal_as_plan(
            session, self.proposal, self.name, self.day, plan_id=self.made_id
        ).id

    def revert(self, session: Session) -> None:
        if self.plan_id is not None:
            move_plans.delete_move_plan(session, self.plan_id)

    def shown_plan(self) -> int | None:
        return self.plan_id


class ApplyPlacementCommand(PlacementCommand):
    """The proposal saved as a move plan and applied, in one transaction."""

    def __init__(self, sessions, proposal, name, day, **kwargs) -> None:
        super().__init__(
            sessions, fill(_tr("Apply auto-placement %1"), name), proposal, name, day, **kwargs
        )
        self.seating: Difference | None = None

    def apply(self, session: Session) -> None:
        people = [seat.person_id for seat in self.proposal.assignments]
        before = capture(session, people)
        plan = save_proposal_as_plan(
            session, self.proposal, self.name, self.day, plan_id=self.made_id
        )
        move_plans.apply_move_plan(session, plan.id)
        self.seating = difference(before, capture(session, people))
        self.plan_id = self.made_id = plan.id

    def revert(self, session: Session) -> None:
        if self.plan_id is not None and self.seating is not None:
            undo_applied_placement(session, self.plan_id, self.seating)
