"""Every change to deliverables and to a cycle's review checklist as one QUndoCommand.

They follow the renewal commands (ui.renewals.commands.RenewalCommand): applied once before
the push, each in its own transaction, refreshing the workspace's year after. A deliverable
that is deleted and brought back by undo gets a new id: :class:`IdMap` follows it, so the
commands further down the stack still find it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from planner.services import deliverables as svc
from planner.services import review
from ui.i18n import fill
from ui.renewals.commands import RenewalCommand

CONTEXT = "ResearchCommands"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class IdMap:
    """Where a deliverable's first id lives now (undo of a delete makes it again)."""

    def __init__(self) -> None:
        self._moved: dict[int, int] = {}

    def current(self, first: int) -> int:
        seen = set()
        while first in self._moved and first not in seen:
            seen.add(first)
            first = self._moved[first]
        return first

    def moved(self, old: int, new: int) -> None:
        if old != new:
            self._moved[old] = new


class AddDeliverableCommand(RenewalCommand):
    def __init__(self, sessions: sessionmaker[Session], year: int, ids: IdMap, task_id: int,
                 task_code: str, values: dict[str, Any], **kwargs) -> None:
        super().__init__(sessions, fill(_tr("Add deliverable %1 to %2"), values["title"], task_code),
                         year, **kwargs)
        self.ids, self.task_id, self.values = ids, task_id, dict(values)
        self.first_id: int | None = None

    def apply(self, session: Session) -> None:
        made = svc.add_deliverable(session, self.task_id, **self.values)
        if self.first_id is None:
            self.first_id = made.id
        else:
            self.ids.moved(self.first_id, made.id)

    def revert(self, session: Session) -> None:
        assert self.first_id is not None
        svc.delete_deliverable(session, self.ids.current(self.first_id))


class EditDeliverableCommand(RenewalCommand):
    def __init__(self, sessions: sessionmaker[Session], year: int, ids: IdMap, deliverable_id: int,
                 title: str, before: dict[str, Any], after: dict[str, Any], **kwargs) -> None:
        super().__init__(sessions, fill(_tr("Change deliverable %1"), title), year, **kwargs)
        self.ids, self.first_id = ids, deliverable_id
        self.before = {k: before[k] for k in after}
        self.after = dict(after)

    def apply(self, session: Session) -> None:
        svc.update_deliverable(session, self.ids.current(self.first_id), **self.after)

    def revert(self, session: Session) -> None:
        svc.update_deliverable(session, self.ids.current(self.first_id), **self.before)


class DeleteDeliverableCommand(RenewalCommand):
    def __init__(self, sessions: sessionmaker[Session], year: int, ids: IdMap, deliverable_id: int,
                 title: str, **kwargs) -> None:
        super().__init__(sessions, fill(_tr("Delete deliverable %1"), title), year, **kwargs)
        self.ids, self.first_id = ids, deliverable_id
        self.kept: svc.DeliverableSnapshot | None = None

    def apply(self, session: Session) -> None:
        current = self.ids.current(self.first_id)
        self.kept = svc.capture_deliverable(session, current)
        svc.delete_deliverable(session, current)

    def revert(self, session: Session) -> None:
        assert self.kept is not None
        made = svc.restore_deliverable(session, self.kept)
        self.ids.moved(self.ids.current(self.first_id), made.id)


class SetEvidenceCommand(RenewalCommand):
    """A file stored as a deliverable's evidence (or removed: ``new`` None)."""

    def __init__(self, sessions: sessionmaker[Session], year: int, ids: IdMap, deliverable_id: int,
                 title: str, new: tuple[str, bytes] | None, old: tuple[str, bytes] | None,
                 **kwargs) -> None:
        text = (fill(_tr("Attach %1 to %2"), new[0], title) if new
                else fill(_tr("Remove the evidence file of %1"), title))
        super().__init__(sessions, text, year, **kwargs)
        self.ids, self.first_id, self.new, self.old = ids, deliverable_id, new, old

    def _put(self, session: Session, state: tuple[str, bytes] | None) -> None:
        target = self.ids.current(self.first_id)
        if state is None:
            svc.remove_evidence_file(session, target)
        else:
            svc.set_evidence_file(session, target, state[1], state[0])

    def apply(self, session: Session) -> None:
        self._put(session, self.new)

    def revert(self, session: Session) -> None:
        self._put(session, self.old)


class TickReviewCommand(RenewalCommand):
    """Tick an item of a cycle's review checklist, or take the tick back (``tick`` False);
    undoing an untick puts back the tick with its first time and note."""

    def __init__(self, sessions: sessionmaker[Session], year: int, cycle_id: int, item_id: int,
                 item_label: str, tick: bool, *, note: str = "",
                 ticked_at: dt.datetime | None = None, **kwargs) -> None:
        text = (fill(_tr("Tick review item %1 (%2)"), item_label, year) if tick
                else fill(_tr("Take back review item %1 (%2)"), item_label, year))
        super().__init__(sessions, text, year, **kwargs)
        self.cycle_id, self.item_id, self.tick, self.note = cycle_id, item_id, tick, note
        self.ticked_at = ticked_at

    def _set(self, session: Session, ticked: bool) -> None:
        if ticked:
            line = review.tick_review_item(session, self.cycle_id, self.item_id, note=self.note,
                                           at=self.ticked_at)
            self.ticked_at = line.ticked_at
        else:
            review.untick_review_item(session, self.cycle_id, self.item_id)

    def apply(self, session: Session) -> None:
        self._set(session, self.tick)

    def revert(self, session: Session) -> None:
        self._set(session, not self.tick)


class ImportDeliverablesCommand(RenewalCommand):
    """A spreadsheet of deliverables imported in one step; undo deletes what it added and puts
    back what it changed. Redo reads the file again."""

    def __init__(self, sessions: sessionmaker[Session], year: int, path: str, **kwargs) -> None:
        from pathlib import Path

        super().__init__(sessions, fill(_tr("Import deliverables from %1"), Path(path).name),
                         year, **kwargs)
        self.path = path
        self.result = None

    def apply(self, session: Session) -> None:
        from planner.io.deliverables_io import import_deliverables

        self.result = import_deliverables(session, self.path)

    def revert(self, session: Session) -> None:
        from planner.io.deliverables_io import undo_import

        if self.result is not None:
            undo_import(session, self.result)
