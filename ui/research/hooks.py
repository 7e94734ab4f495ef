"""The research administration tabs inside the renewal workspace, and what they do.

The workspace builds one :class:`ResearchHooks` and calls ``refresh`` and ``retranslate``
with its own; everything else (reading, dialogs, undo commands) lives here, so the workspace
only gains a few lines.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from planner.errors import PlannerError
from planner.models import CycleStatus, ResearchTask, TaskRenewal
from planner.services import deliverables as svc
from planner.services import review
from planner.services.evidence_files import MAX_BYTES
from ui.i18n import fill, in_language
from ui.research.commands import (
    AddDeliverableCommand,
    DeleteDeliverableCommand,
    EditDeliverableCommand,
    IdMap,
    ImportDeliverablesCommand,
    SetEvidenceCommand,
    TickReviewCommand,
)
from ui.research.deliverable_dialog import DeliverableDialog
from ui.research.tabs import DeliverablesTab, DueTab, ReviewTab

if TYPE_CHECKING:
    from ui.renewals.workspace import RenewalWorkspace

DUE_DAYS = 30
CONTEXT = "ResearchHooks"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ResearchHooks:
    def __init__(self, workspace: RenewalWorkspace) -> None:
        self.ws = workspace
        self.ids = IdMap()
        self.deliverables_tab = DeliverablesTab()
        self.due_tab = DueTab()
        self.review_tab = ReviewTab()
        for tab in (self.deliverables_tab, self.due_tab, self.review_tab):
            workspace.tabs.addTab(tab, "")
        tab = self.deliverables_tab
        tab.add_requested.connect(self.add)
        tab.edit_requested.connect(self.edit)
        tab.delete_requested.connect(self.delete)
        tab.evidence_requested.connect(self.attach)
        tab.open_requested.connect(self.open_evidence)
        tab.import_requested.connect(self.import_file)
        tab.export_requested.connect(self.export_file)
        self.due_tab.open_requested.connect(self.show_deliverable)
        self.review_tab.tick_requested.connect(lambda line, note: self.set_tick(line, True, note))
        self.review_tab.untick_requested.connect(lambda line: self.set_tick(line, False))
        self.tasks: list[tuple[int, str, str, str]] = []

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        data = self.ws.data
        cycle = data.current if data else None
        today = self.ws.today()
        with self.ws.sessions() as session:
            due = svc.deliverables_due(session, today, DUE_DAYS)
            rows = svc.list_deliverables(session, year=cycle.year) if cycle else []
            lines = review.cycle_checklist(session, cycle.id) if cycle else []
            self.tasks = [
                (t.id, t.code, t.title_ko, t.title_en)
                for t in session.scalars(
                    select(ResearchTask).join(TaskRenewal, TaskRenewal.task_id == ResearchTask.id)
                    .where(TaskRenewal.cycle_id == cycle.id).order_by(ResearchTask.code)
                )
            ] if cycle else []
        year = cycle.year if cycle else None
        self.deliverables_tab.set_rows(year, rows, today, "")
        self.due_tab.set_due(due)
        self.review_tab.set_lines(year, lines, self._review_read_only())

    def _review_read_only(self) -> str:
        cycle = self.ws.data.current if self.ws.data else None
        if cycle is None:
            return _tr("Open a renewal cycle first.")
        if cycle.status in (CycleStatus.AGREED, CycleStatus.SIGNED):
            return _tr(
                "The review of an agreed or signed cycle is on record and can no longer be changed."
            )
        return ""

    def retranslate(self) -> None:
        tabs = self.ws.tabs
        for tab, title in (
            (self.deliverables_tab, _tr("Deliverables")),
            (self.due_tab, _tr("Due")),
            (self.review_tab, _tr("Review")),
        ):
            tabs.setTabText(tabs.indexOf(tab), title)

    # -- deliverables ------------------------------------------------------------------------
    def _year(self) -> int | None:
        return self.ws.year

    def add(self) -> None:
        year = self._year()
        if year is None:
            return
        if not self.tasks:
            QMessageBox.information(self.ws, _tr("Add deliverable"),
                                    _tr("The cycle has no tasks yet."))
            return
        dialog = DeliverableDialog(year, None, self.tasks, parent=self.ws)
        if dialog.exec() == DeliverableDialog.DialogCode.Accepted and dialog.task_id():
            self.ws._push(AddDeliverableCommand(
                self.ws.sessions, year, self.ids, dialog.task_id(), dialog.task_code(),
                dialog.values(),
            ))

    def edit(self, row: svc.DeliverableRow) -> None:
        year = self._year()
        dialog = DeliverableDialog(row.year, row, parent=self.ws)
        if dialog.exec() != DeliverableDialog.DialogCode.Accepted or year is None:
            return
        changes = dialog.changes()
        if changes:
            self.ws._push(EditDeliverableCommand(
                self.ws.sessions, year, self.ids, row.id, row.title, dialog.current_values(), changes
            ))
            self.deliverables_tab.select(row.id)

    def delete(self, row: svc.DeliverableRow) -> None:
        year = self._year()
        answer = QMessageBox.question(
            self.ws, _tr("Delete deliverable"),
            fill(_tr("Delete the deliverable “%1” of %2? Undo brings it back."), row.title, row.task_code),
        )
        if answer == QMessageBox.StandardButton.Yes and year is not None:
            self.ws._push(DeleteDeliverableCommand(self.ws.sessions, year, self.ids, row.id, row.title))

    def attach(self, row: svc.DeliverableRow) -> None:
        year = self._year()
        path, _filter = QFileDialog.getOpenFileName(
            self.ws, _tr("Attach evidence"), str(Path.home()),
            _tr("Documents (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx *.zip *.png *.jpg *.txt);;"
               "All files (*)"),
        )
        if not path or year is None:
            return
        try:
            if Path(path).stat().st_size > MAX_BYTES:
                data = b"x" * (MAX_BYTES + 1)  # refused by the service, with its message
            else:
                data = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(self.ws, _tr("Attach evidence"),
                                fill(_tr("The file could not be read:\n%1"), error))
            return
        with self.ws.sessions() as session:
            old = svc.evidence_file(session, row.id)
        self.ws._push(SetEvidenceCommand(
            self.ws.sessions, year, self.ids, row.id, row.title, (Path(path).name, data),
            (old.file_name, old.data) if old else None,
        ))

    def open_evidence(self, row: svc.DeliverableRow) -> None:
        if row.evidence_name:
            with self.ws.sessions() as session:
                stored = svc.evidence_file(session, row.id)
            if stored is None:
                return
            # A private temporary folder: the file is the stored bytes, opened by the system's
            # viewer; it is never read back.
            folder = Path(tempfile.mkdtemp(prefix="lab-planner-evidence-"))
            target = folder / stored.file_name
            target.write_bytes(stored.data)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        elif row.evidence_link:
            QDesktopServices.openUrl(QUrl(row.evidence_link))

    def import_file(self) -> None:
        year = self._year()
        path, _filter = QFileDialog.getOpenFileName(
            self.ws, _tr("Import deliverables"), str(Path.home()),
            _tr("Spreadsheets (*.xlsx *.xls *.csv)"),
        )
        if path and year is not None:
            self.ws._push(ImportDeliverablesCommand(self.ws.sessions, year, path))

    def export_file(self) -> None:
        from planner.io.deliverables_io import export_deliverables  # noqa: PLC0415

        year = self._year()
        if year is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.ws, _tr("Export deliverables"), str(Path.home() / f"deliverables-{year}.xlsx"),
            _tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        try:
            with self.ws.sessions() as session:
                count = export_deliverables(session, path, year)
        except (OSError, PlannerError) as error:
            QMessageBox.warning(self.ws, _tr("Export deliverables"), str(error))
            return
        self.ws.status_message.emit(fill(_tr("%1 deliverables of %2 saved to %3"), count, year, path))

    def show_deliverable(self, row: svc.DeliverableRow | None) -> None:
        if row is None:
            return
        if self._year() != row.year and any(c.year == row.year for c in self.ws.data.cycles):
            self.ws.show_year(row.year)
        self.ws.tabs.setCurrentWidget(self.deliverables_tab)
        self.deliverables_tab.select(row.id)

    # -- review --------------------------------------------------------------------------------
    def set_tick(self, line: review.ChecklistLine, tick: bool, note: str = "") -> None:
        cycle = self.ws.data.current if self.ws.data else None
        if cycle is None or self._review_read_only():
            return
        self.ws._push(TickReviewCommand(
            self.ws.sessions, cycle.year, cycle.id, line.item_id,
            in_language(line.label_ko, line.label_en), tick,
            note=note if tick else line.note, ticked_at=None if tick else line.ticked_at,
        ))

    # -- opening next year -------------------------------------------------------------------
    def reason_for_missing_reports(self, year: int) -> str | None:
        """"" when every final report of the finished year is in; else the officer's reason,
        asked for (None: they chose not to open the cycle)."""
        with self.ws.sessions() as session:
            reported = svc.finished_year(year)
            missing = svc.missing_final_reports(session, reported)
        if not missing:
            return ""
        reason, ok = QInputDialog.getMultiLineText(
            self.ws, _tr("Final reports missing"),
            fill(_tr("The final reports of %1 are missing for %2.\n\nThe %3 cycle can still be "
                    "opened if you record why (kept with the cycle and in the audit log):"),
                 reported, ", ".join(missing), year),
        )
        if not ok or not reason.strip():
            return None
        return reason.strip()
