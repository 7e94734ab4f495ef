"""Every change to a renewal cycle as one QUndoCommand.

``apply`` and ``revert`` call the renewal services inside their own
``with sessions() as s, s.begin():`` so a broken rule rolls everything back. A command runs
once *before* it is pushed (:func:`run_and_push`): if the service refuses, nothing was written,
the message is shown and nothing lands on the stack. A change that cannot be taken back
(signing, opening a cycle) marks itself obsolete, so the stack drops it instead of offering
an undo that would fail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import InvalidTransition, PlannerError
from planner.models import CycleStatus, Decision, TaskRenewal
from planner.renewals.workflow import ALLOWED
from planner.services import agreement_templates, agreements, move_plans, renewals
from ui.connection.redo_later import keep_for_redo
from ui.i18n import fill
from ui.labels import label
from ui.renewals.data import AgreementTerms, CycleInfo, RenewalRow, TaskChoice
from ui.transactions import run_action

CONTEXT = "RenewalCommands"

Changed = Callable[[int], None]  # the year of the cycle that changed
ShowError = Callable[[PlannerError, str], None]  # the error, a lead sentence (may be empty)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RenewalCommand(QUndoCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        text: str,
        year: int,
        on_changed: Changed | None = None,
        on_error: ShowError | None = None,
    ) -> None:
        super().__init__(text)
        self.sessions = sessions
        self.year = year
        self.on_changed = on_changed
        self.on_error = on_error
        self.failed: PlannerError | None = None
        self._skip_first_redo = False

    # -- what a subclass says ---------------------------------------------------------------
    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    def can_undo(self) -> bool:
        return True

    # -- running ----------------------------------------------------------------------------
    def _run(self, work: Callable[[Session], None]) -> bool:
        self.failed = run_action(self.sessions, work, self.text())
        if self.failed is not None:
            return False
        if self.on_changed is not None:
            self.on_changed(self.year)
        return True

    def execute(self) -> bool:
        """Apply once, before the push; False (and nothing written) when a rule is broken."""
        done = self._run(self.apply)
        if done and not self.can_undo():
            self.setObsolete(True)
        return done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self.execute():
            self._give_up(_tr("This change cannot be made again:"))

    def undo(self) -> None:
        if not self._run(self.revert):
            self._give_up(_tr("This change cannot be undone:"))

    def _give_up(self, lead: str) -> None:
        # The data moved on (the cycle was signed, someone else edited it): drop the command.
        self.setObsolete(True)
        if self.on_error is not None and self.failed is not None:
            self.on_error(self.failed, f"{lead} {self.text()}")


def run_and_push(stack: QUndoStack, command: RenewalCommand) -> bool:
    """Run ``command`` now and put it on the stack; False (nothing pushed) when refused."""
    if not command.execute():
        keep_for_redo(stack, command)  # the connection broke: Redo makes it later
        if command.on_error is not None and command.failed is not None:
            command.on_error(command.failed, "")
        return False
    command._skip_first_redo = True
    stack.push(command)  # an obsolete (not undoable) command is dropped by the stack here
    return True


class EditRenewalCommand(RenewalCommand):
    """New figures or a new decision for one task; optionally a move-plan draft releasing
    the desks that concluding the task frees (discarded again on undo)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        year: int,
        before: RenewalRow,
        values: dict[str, Any],
        release_plan_on: dt.date | None = None,
        **kwargs,
    ) -> None:
        decision = values.get("decision", before.decision)
        if decision != before.decision and decision == Decision.CONCLUDE:
            text = fill(_tr("Conclude %1"), before.code)
        elif decision != before.decision:
            text = fill(_tr("Change decision of %1"), before.code)
        else:
            text = fill(_tr("Edit %1"), before.code)
        super().__init__(sessions, text, year, **kwargs)
        self.renewal_id = before.id
        self.values = dict(values)
        self.previous: dict[str, Any] = {}
        self.release_plan_on = release_plan_on
        self.plan_id: int | None = None

    def apply(self, session: Session) -> None:
        renewal = session.get(TaskRenewal, self.renewal_id)
        self.previous = {key: getattr(renewal, key) for key in self.values} if renewal else {}
        renewals.update_task_renewal(session, self.renewal_id, **self.values)
        if self.release_plan_on is not None:
            plan = renewals.draft_release_plan(session, self.renewal_id, self.release_plan_on)
            self.plan_id = plan.id

    def revert(self, session: Session) -> None:
        if self.plan_id is not None:
            move_plans.discard_move_plan(session, self.plan_id)
        renewals.update_task_renewal(session, self.renewal_id, **self.previous)


class AddRenewalCommand(RenewalCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        cycle: CycleInfo,
        task: TaskChoice,
        values: dict[str, Any],
        **kwargs,
    ) -> None:
        text = fill(_tr("Add %1 to the %2 cycle"), task.code, cycle.year)
        super().__init__(sessions, text, cycle.year, **kwargs)
        self.cycle_id = cycle.id
        self.task_id = task.id
        self.values = dict(values)
        self.renewal_id: int | None = None

    def apply(self, session: Session) -> None:
        self.renewal_id = renewals.add_task_renewal(
            session, self.cycle_id, self.task_id, **self.values
        ).id

    def revert(self, session: Session) -> None:
        if self.renewal_id is not None:
            renewals.remove_task_renewal(session, self.renewal_id)


class AdvanceCycleCommand(RenewalCommand):
    """A step of draft → consultation → agreed → signed; undone by the step back where the
    workflow allows one. Signing has no way back, so it is not undoable."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        cycle: CycleInfo,
        target: CycleStatus,
        signed_on: dt.date | None = None,
        signatory_kt: str = "",
        signatory_kaist: str = "",
        reason: str = "",
        **kwargs,
    ) -> None:
        if target == CycleStatus.SIGNED:
            text = fill(_tr("Sign the %1 cycle"), cycle.year)
        elif target == CycleStatus.AGREED:
            text = fill(_tr("Agree the %1 cycle (freeze its agreement)"), cycle.year)
        else:
            text = fill(_tr("Move the %1 cycle to “%2”"), cycle.year, label(CycleStatus, target))
        super().__init__(sessions, text, cycle.year, **kwargs)
        self.cycle_id = cycle.id
        self.origin = cycle.status
        self.target = target
        self.signed_on = signed_on
        self.signatories = (signatory_kt, signatory_kaist)
        self.reason = reason  # why an agreed cycle goes back to consultation

    def can_undo(self) -> bool:
        return self.origin in ALLOWED[self.target]

    def apply(self, session: Session) -> None:
        kt, kaist = self.signatories
        renewals.advance_cycle(
            session,
            self.cycle_id,
            self.target,
            signed_on=self.signed_on,
            signatory_kt=kt,
            signatory_kaist=kaist,
            reason=self.reason,
        )

    def revert(self, session: Session) -> None:
        if not self.can_undo():
            raise InvalidTransition(_tr("A signed cycle cannot go back."))
        # Undoing an agreement unfreezes it, which is on record with its reason; undoing an
        # unfreeze freezes it again as the next version.
        reason = _tr("Agreement undone in the window") if self.target == CycleStatus.AGREED else ""
        renewals.advance_cycle(session, self.cycle_id, self.origin, reason=reason)


class OpenNextCycleCommand(RenewalCommand):
    """Next year's cycle from the latest one; undone by deleting it while it is a draft."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        year: int,
        *,
        today: dt.date | None = None,
        despite_missing_reports: str = "",
        **kwargs,
    ) -> None:
        super().__init__(sessions, fill(_tr("Open the %1 cycle"), year), year, **kwargs)
        self.today = today  # the new deadlines are never before it
        self.reason = despite_missing_reports  # why, when final reports are missing

    def apply(self, session: Session) -> None:
        renewals.open_next_cycle(
            session, self.year, today=self.today, despite_missing_reports=self.reason
        )

    def revert(self, session: Session) -> None:
        cycle = renewals.cycle_by_year(session, self.year)
        if cycle is not None:
            renewals.delete_cycle(session, cycle.id)  # refused once it left the draft state


class EditDeadlinesCommand(RenewalCommand):
    """The consultation deadline and the signing target of a cycle."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        cycle: CycleInfo,
        consultation: dt.date | None,
        signing: dt.date | None,
        **kwargs,
    ) -> None:
        super().__init__(
            sessions,
            fill(_tr("Change the deadlines of the %1 cycle"), cycle.year),
            cycle.year,
            **kwargs,
        )
        self.cycle_id = cycle.id
        self.before = (cycle.consultation_deadline, cycle.signing_target)
        self.after = (consultation, signing)

    def _set(self, session: Session, dates: tuple[dt.date | None, dt.date | None]) -> None:
        renewals.update_cycle(
            session, self.cycle_id, consultation_deadline=dates[0], signing_target=dates[1]
        )

    def apply(self, session: Session) -> None:
        self._set(session, self.after)

    def revert(self, session: Session) -> None:
        self._set(session, self.before)


class EditAgreementTermsCommand(RenewalCommand):
    """The committed seats and both signature blocks of a cycle, as one step."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        cycle: CycleInfo,
        before: AgreementTerms,
        after: AgreementTerms,
        **kwargs,
    ) -> None:
        super().__init__(
            sessions, fill(_tr("Change the agreement terms of %1"), cycle.year), cycle.year,
            **kwargs,
        )  # fmt: skip
        self.cycle_id = cycle.id
        self.before, self.after = before, after

    def _set(self, session: Session, terms: AgreementTerms) -> None:
        renewals.update_cycle(session, self.cycle_id, seats_committed=terms.seats_committed)
        for party, values in terms.parties.items():
            agreements.set_party(session, self.cycle_id, party, **values)

    def apply(self, session: Session) -> None:
        self._set(session, self.after)

    def revert(self, session: Session) -> None:
        self._set(session, self.before)


class SaveWordingCommand(RenewalCommand):
    """New versions of the agreement's wording; undone by taking those versions back."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        year: int,
        texts: dict[str, str],
        note: str = "",
        **kwargs,
    ) -> None:
        super().__init__(sessions, _tr("Change the agreement wording"), year, **kwargs)
        self.texts, self.note = dict(texts), note
        self.saved: list[int] = []

    def apply(self, session: Session) -> None:
        self.saved = [row.id for row in agreement_templates.save_templates(
            session, self.texts, self.note)]  # fmt: skip

    def revert(self, session: Session) -> None:
        for template_id in reversed(self.saved):
            agreement_templates.discard_template_version(session, template_id)
