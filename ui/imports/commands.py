"""An import on the undo stack: one QUndoCommand for all the rows it wrote.

The first run is the dialog's background job (progress, cancel); the command is pushed after
it with what that run wrote, so pushing does not import twice. Undo puts back exactly what the
import changed (planner.services.import_undo) or, if others have since seated an added person
or assigned an added desk, refuses with a message and leaves the data alone. Redo imports the
same previewed rows again, re-checked against the data of that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.io.import_jobs import PEOPLE, import_rows
from planner.io.preview import ImportPreview, ImportSummary
from ui.i18n import fill
from ui.transactions import run_action

CONTEXT = "ImportCommand"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportCommand(QUndoCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        kind: str,
        preview: ImportPreview[Any],
        summary: ImportSummary,
        *,
        file_name: str,
        create_missing_organisations: bool = False,
        skip_invalid: bool = False,
        on_changed: Callable[[ImportSummary], None] | None = None,
        on_error: Callable[[PlannerError], None] | None = None,
    ) -> None:
        text = _tr("Import people from %1") if kind == PEOPLE else _tr("Import desks from %1")
        super().__init__(fill(text, file_name))
        self.sessions = sessions
        self.kind = kind
        self.preview = preview
        self.summary = summary
        self.create_missing_organisations = create_missing_organisations
        self.skip_invalid = skip_invalid  # redo leaves out the same rows again
        self.on_changed = on_changed
        self.on_error = on_error
        self._already_done = True  # the dialog's job did the first run

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        done: list[ImportSummary] = []

        def work(session: Session) -> None:
            done.append(
                import_rows(
                    session,
                    self.kind,
                    self.preview,
                    create_missing_organisations=self.create_missing_organisations,
                    skip_invalid=self.skip_invalid,
                )
            )

        if self._failed(run_action(self.sessions, work, self.text())):
            return
        self.summary = done[0]
        self._changed()

    def undo(self) -> None:
        from planner.services.import_undo import undo_import  # noqa: PLC0415

        undo = self.summary.undo
        if undo is None:
            return
        if self._failed(run_action(self.sessions, lambda s: undo_import(s, undo), self.text())):
            return
        self._changed()

    def _failed(self, error: PlannerError | None) -> bool:
        if error is None:
            return False
        # The data moved on (an added person was seated meanwhile, …): drop the command.
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(error)
        return True

    def _changed(self) -> None:
        if self.on_changed is not None:
            self.on_changed(self.summary)
