"""Every change to a move plan as one QUndoCommand.

``apply`` and ``revert`` call the move-plan services through :func:`ui.transactions.run_action`
(one transaction each). A command runs once *before* it is pushed (:func:`run_and_push`): when
a service refuses, nothing was written, the error is shown and nothing lands on the stack.
Applying a plan is undoable too: the command keeps what the apply did to the seating and
:func:`planner.services.move_plans.revert_move_plan` puts it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import NotFound
from planner.models import MovePlan, MovePlanStatus
from planner.services import move_plans
from planner.services.move_plans import AppliedPlan
from planner.services.seating import SeatingChange
from ui.action_command import ActionCommand, ShowError, run_and_push  # noqa: F401 - re-exported
from ui.i18n import fill
from ui.transactions import run_action

CONTEXT = "MovePlanCommands"

# The plan that changed (None: it is gone) and the seating change, if the seating changed.
Changed = Callable[[int | None, SeatingChange | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class PlanValues:
    """What the plan dialog edits."""

    name: str
    effective_date: dt.date
    note: str = ""


@dataclass(frozen=True)
class PlanCopy:
    """Enough of a plan to create it again after a delete is undone."""

    values: PlanValues
    status: str
    moves: tuple[tuple[int, int | None], ...]  # (person id, target desk id or None)


def read_plan(session: Session, plan_id: int) -> PlanCopy:
    plan = session.get(MovePlan, plan_id)
    if plan is None:
        raise NotFound("move plan", plan_id)
    return PlanCopy(
        PlanValues(plan.name, plan.effective_date, plan.note or ""),
        str(plan.status.value),
        tuple((m.person_id, m.to_desk_id) for m in plan.moves),
    )


class PlanCommand(ActionCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        plan_id: int | None,
        on_changed: Changed | None = None,
        on_error: ShowError | None = None,
    ) -> None:
        super().__init__(sessions, text, on_error)
        self.plan_id = plan_id
        self.on_changed = on_changed
        self.seating: SeatingChange | None = None  # set by a command that changes seating

    def _run(self, work: Callable[[Session], None]) -> bool:
        self.seating = None
        self.failed = run_action(self.sessions, work, self.text())
        if self.failed is not None:
            return False
        if self.on_changed is not None:
            self.on_changed(self.plan_id, self.seating)
        return True


def _create(session: Session, copy: PlanCopy, plan_id: int | None = None) -> int:
    """The plan made (again): with ``plan_id``, under the id it had, so that the commands after
    this one on the undo stack, which name the plan by its id, still find it."""
    plan = move_plans.create_move_plan(
        session, copy.values.name, copy.values.effective_date, copy.values.note, plan_id=plan_id
    )
    for person_id, desk_id in copy.moves:
        move_plans.stage_move(session, plan.id, person_id, desk_id)
    if copy.status == MovePlanStatus.DISCARDED.value:
        move_plans.discard_move_plan(session, plan.id)
    return plan.id


class CreatePlanCommand(PlanCommand):
    def __init__(self, sessions, values: PlanValues, **kw) -> None:
        super().__init__(sessions, fill(_tr("New move plan %1"), values.name.strip()), None, **kw)
        self.values = values

    def apply(self, session: Session) -> None:
        copy = PlanCopy(self.values, MovePlanStatus.DRAFT.value, ())
        self.plan_id = _create(session, copy, self.plan_id)  # a redo: the same id again

    def revert(self, session: Session) -> None:
        if self.plan_id is not None:
            move_plans.delete_move_plan(session, self.plan_id)


class EditPlanCommand(PlanCommand):
    def __init__(self, sessions, plan_id: int, before: PlanValues, after: PlanValues, **kw) -> None:
        super().__init__(sessions, fill(_tr("Edit move plan %1"), before.name), plan_id, **kw)
        self.before, self.after = before, after

    def _set(self, session: Session, values: PlanValues) -> None:
        move_plans.update_move_plan(
            session,
            self.plan_id,
            name=values.name,
            effective_date=values.effective_date,
            note=values.note,
        )

    def apply(self, session: Session) -> None:
        self._set(session, self.after)

    def revert(self, session: Session) -> None:
        self._set(session, self.before)


class DeletePlanCommand(PlanCommand):
    """Undone by creating the plan again with its moves, under the same id."""

    def __init__(self, sessions, plan_id: int, copy: PlanCopy, **kw) -> None:
        super().__init__(
            sessions, fill(_tr("Delete move plan %1"), copy.values.name), plan_id, **kw
        )
        self.copy = copy

    def apply(self, session: Session) -> None:
        move_plans.delete_move_plan(session, self.plan_id)

    def revert(self, session: Session) -> None:
        self.plan_id = _create(session, self.copy, self.plan_id)


class StageMoveCommand(PlanCommand):
    """Add or change one person's move (``to_desk_id`` None: release their desk)."""

    def __init__(
        self, sessions, plan_id: int, person_id: int, to_desk_id: int | None, label: str, **kw
    ) -> None:
        super().__init__(sessions, fill(_tr("Plan move %1"), label), plan_id, **kw)
        self.person_id, self.to_desk_id = person_id, to_desk_id
        self.previous: tuple[bool, int | None] = (False, None)

    def apply(self, session: Session) -> None:
        self.previous = move_plans.staged_desk(session, self.plan_id, self.person_id)
        move_plans.stage_move(session, self.plan_id, self.person_id, self.to_desk_id)

    def revert(self, session: Session) -> None:
        had, desk_id = self.previous
        if had:
            move_plans.stage_move(session, self.plan_id, self.person_id, desk_id)
        else:
            move_plans.unstage_move(session, self.plan_id, self.person_id)


class StageMovesCommand(PlanCommand):
    """Several moves added to the plan at once (a group dropped together): one undo step."""

    def __init__(
        self, sessions, plan_id: int, moves: list[tuple[int, int]], label: str, **kw
    ) -> None:
        super().__init__(sessions, fill(_tr("Plan moves %1"), label), plan_id, **kw)
        self.moves = moves
        self.previous: dict[int, tuple[bool, int | None]] = {}

    def apply(self, session: Session) -> None:
        self.previous = {
            person_id: move_plans.staged_desk(session, self.plan_id, person_id)
            for person_id, _desk in self.moves
        }
        for person_id, desk_id in self.moves:
            move_plans.stage_move(session, self.plan_id, person_id, desk_id)

    def revert(self, session: Session) -> None:
        for person_id, (had, desk_id) in self.previous.items():
            if had:
                move_plans.stage_move(session, self.plan_id, person_id, desk_id)
            else:
                move_plans.unstage_move(session, self.plan_id, person_id)


class UnstageMoveCommand(PlanCommand):
    def __init__(self, sessions, plan_id: int, person_id: int, label: str, **kw) -> None:
        super().__init__(sessions, fill(_tr("Remove planned move %1"), label), plan_id, **kw)
        self.person_id = person_id
        self.previous: tuple[bool, int | None] = (False, None)

    def apply(self, session: Session) -> None:
        self.previous = move_plans.staged_desk(session, self.plan_id, self.person_id)
        move_plans.unstage_move(session, self.plan_id, self.person_id)

    def revert(self, session: Session) -> None:
        had, desk_id = self.previous
        if had:
            move_plans.stage_move(session, self.plan_id, self.person_id, desk_id)


class ApplyPlanCommand(PlanCommand):
    """All moves take effect on the plan's date in one transaction; undo puts the seating back
    and makes the plan a draft again."""

    def __init__(
        self, sessions, plan_id: int, name: str, *, today: dt.date | None = None, **kw
    ) -> None:
        super().__init__(sessions, fill(_tr("Apply move plan %1"), name), plan_id, **kw)
        self.applied: AppliedPlan | None = None
        self.today = today  # a plan dated before it is refused, unless past_confirmed
        self.past_confirmed = False

    def apply(self, session: Session) -> None:
        self.applied = move_plans.apply_move_plan_for_undo(
            session, self.plan_id, today=self.today, past_confirmed=self.past_confirmed
        )
        self.seating = self.applied.change

    def revert(self, session: Session) -> None:
        if self.applied is not None:
            self.seating = move_plans.revert_move_plan(session, self.plan_id, self.applied.rows)


class DiscardPlanCommand(PlanCommand):
    def __init__(self, sessions, plan_id: int, name: str, **kw) -> None:
        super().__init__(sessions, fill(_tr("Discard move plan %1"), name), plan_id, **kw)

    def apply(self, session: Session) -> None:
        move_plans.discard_move_plan(session, self.plan_id)

    def revert(self, session: Session) -> None:
        move_plans.reopen_move_plan(session, self.plan_id)
