"""RenewalWorkspace: one renewal cycle (갱신 주기) with its tasks, comparison, summary and audit.

Embed it with ``RenewalWorkspace(sessions, undo_stack, today=…, settings=…)``; it reads and
writes only through the renewal services, one short session per user action, and every change
it makes is a command on the given undo stack. Signals for the window:

* ``reminder(str)`` — overdue deadlines, emitted once just after construction (queued, so
  connect right after creating the widget); the same text stays in ``reminder_text``. A window
  that builds the workspace lazily calls :func:`ui.renewals.reminder.overdue_reminder` at start;
* ``status_message(str)`` — short news for a status bar (e.g. where the .ics file went).

``refresh()`` re-reads everything (after another client's change, or a language switch of
data-derived texts); ``show_year(year)`` selects a cycle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import DatabaseProblem, PlannerError
from planner.fileio import write_atomically
from planner.models import CycleStatus
from planner.renewals.calendar import deadlines_calendar
from planner.services.renewals import cycle_deadlines
from ui.errors import error_message
from ui.i18n import current_language, fill
from ui.labels import label
from ui.renewals.audit_tab import AuditTab
from ui.renewals.commands import (
    AddRenewalCommand,
    AdvanceCycleCommand,
    EditAgreementTermsCommand,
    EditDeadlinesCommand,
    EditRenewalCommand,
    OpenNextCycleCommand,
    SaveWordingCommand,
    run_and_push,
)
from ui.renewals.comparison_tab import ComparisonTab
from ui.renewals.cycle_bar import CycleBar
from ui.renewals.data import RenewalRow, WorkspaceData, load_terms, load_workspace
from ui.renewals.decision_dialog import DecisionDialog
from ui.renewals.reminder import overdue_reminder
from ui.renewals.sign_dialog import SignDialog
from ui.renewals.summary_tab import SummaryTab
from ui.renewals.tasks_tab import RenewalTasksTab
from ui.renewals.texts import day
from ui.settings import LAST_FOLDER, Settings


class RenewalWorkspace(QWidget):
    reminder = Signal(str)  # overdue deadlines, once, right after construction
    status_message = Signal(str)  # short news for a status bar ("Deadlines saved to …")

    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack: QUndoStack,
        today: Callable[[], dt.date] | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.undo_stack = undo_stack
        self.today = today or dt.date.today
        self.settings = settings
        self.data: WorkspaceData | None = None
        self.pool = None  # background work: the global pool; tests set a SynchronousPool

        self.bar = CycleBar()
        self.tabs = QTabWidget()
        self.tasks_tab = RenewalTasksTab()
        self.comparison_tab = ComparisonTab()
        self.summary_tab = SummaryTab()
        self.audit_tab = AuditTab()
        for tab in (self.tasks_tab, self.comparison_tab, self.summary_tab, self.audit_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

        self.bar.year_chosen.connect(self.show_year)
        self.bar.open_next_requested.connect(self.open_next_cycle)
        self.bar.advance_requested.connect(self.advance)
        self.bar.export_requested.connect(self.export_deadlines)
        self.bar.deadlines_requested.connect(self.edit_deadlines)
        self.bar.terms_requested.connect(self.edit_terms)
        self.bar.wording_requested.connect(self.edit_wording)
        self.bar.sign_requested.connect(self.sign_agreement)
        self.bar.check_signatures_requested.connect(self.check_signed_file)
        self.bar.signing_settings_requested.connect(self.edit_signing_settings)
        self.tasks_tab.edit_requested.connect(self.edit_renewal)
        self.tasks_tab.add_requested.connect(self.add_task)
        from ui.research.hooks import ResearchHooks  # noqa: PLC0415 - its tabs, after ours

        self.research = ResearchHooks(self)
        self.deliverables_tab = self.research.deliverables_tab
        self.due_tab = self.research.due_tab
        self.review_tab = self.research.review_tab
        self.retranslate()
        self.refresh()
        self.reminder_text = overdue_reminder(self.sessions, self.today())
        if self.reminder_text:
            # Queued, so whoever creates the workspace can connect first; with self as context
            # the call is dropped if the widget is gone by then.
            QTimer.singleShot(0, self, lambda: self.reminder.emit(self.reminder_text))

    # -- reading -----------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self.data.current.year if self.data and self.data.current else None

    def show_year(self, year: int) -> None:
        self.refresh(year)

    def refresh(self, year: int | None = None) -> None:
        """Read the cycle of ``year`` (default: the one shown, else the latest) into every tab."""
        wanted = year if year is not None else self.year
        try:
            with self.sessions() as session:
                data = load_workspace(session, wanted, self.today())
        except PlannerError as error:
            self._show_error(error)
            return
        except SQLAlchemyError as error:
            self._show_error(DatabaseProblem(str(getattr(error, "orig", None) or error)))
            return
        self.data = data
        self.bar.set_cycles(data.cycles, data.current)
        self.tasks_tab.set_rows(data.renewals, data.totals)
        self.tasks_tab.set_read_only(self._read_only_reason())
        self.comparison_tab.set_comparison(data.comparison)
        self.summary_tab.set_data(data.comparison, data.totals, data.budgets, data.by_category)
        self.audit_tab.set_rows(self.year, data.audit)
        self.research.refresh()

    def _read_only_reason(self) -> str:
        current = self.data.current if self.data else None
        if current is None:
            return self.tr("Open a renewal cycle first.")
        if current.signed:
            return fill(
                self.tr("The %1 cycle was signed on %2 and can no longer be changed."),
                current.year,
                day(current.signed_on),
            )
        return ""

    # -- changing ----------------------------------------------------------------------------
    def _push(self, command) -> bool:
        # The stack may outlive this widget (it belongs to the window): a command undone after
        # the workspace is gone must not call into a deleted widget.
        def changed(year: int) -> None:
            if shiboken6.isValid(self):
                self.refresh(year)

        def failed(error: PlannerError, lead: str) -> None:
            if shiboken6.isValid(self):
                self._show_error(error, lead)

        command.on_changed = changed
        command.on_error = failed
        return run_and_push(self.undo_stack, command)

    def edit_renewal(self, row: RenewalRow) -> None:
        reason = self._read_only_reason()
        dialog = DecisionDialog(
            self.sessions, row, read_only_reason=reason, parent=self, today=self.today(),
            push=self._push, year=self.year,
        )
        if dialog.exec() != DecisionDialog.DialogCode.Accepted or reason:
            return
        changes, release_on = dialog.changes(), dialog.release_plan_on()
        year = self.year
        if (changes or release_on) and year is not None:
            self._push(EditRenewalCommand(self.sessions, year, row, changes, release_on))
            self.tasks_tab.select(row.id)

    def add_task(self) -> None:
        if self.data is None or self.data.current is None or self._read_only_reason():
            return
        if not self.data.addable:
            QMessageBox.information(
                self,
                self.tr("Add task"),
                self.tr(
                    "Every task of the catalogue is already in this cycle. Add the new task to the "
                    "catalogue first; it can then be added here."
                ),
            )
            return
        dialog = DecisionDialog(
            self.sessions,
            None,
            choices=self.data.addable,
            period=self._new_task_period(),
            parent=self,
        )
        if dialog.exec() == DecisionDialog.DialogCode.Accepted and (task := dialog.chosen_task()):
            self._push(AddRenewalCommand(self.sessions, self.data.current, task, dialog.changes()))

    def _new_task_period(self) -> tuple[dt.date, dt.date]:
        # The usual period of this cycle's tasks; a new task rarely runs on a different one.
        rows = self.data.renewals if self.data else ()
        if rows:
            return rows[0].period_start, rows[0].period_end
        year = self.year or self.today().year
        return dt.date(year, 3, 1), dt.date(year + 1, 2, 28)

    def advance(self, target: CycleStatus) -> None:
        cycle = self.data.current if self.data else None
        if cycle is None:
            return
        signing: dict = {}
        if cycle.status == CycleStatus.AGREED and target == CycleStatus.CONSULTATION:
            from ui.renewals.agreement_dialogs import UnfreezeDialog  # noqa: PLC0415

            unfreeze = UnfreezeDialog(cycle.year, cycle.frozen.version if cycle.frozen else None,
                                      self)  # fmt: skip
            if unfreeze.exec() != QDialog.DialogCode.Accepted:
                return
            signing = {"reason": unfreeze.reason()}
        if target == CycleStatus.SIGNED:
            evidence = self._signing_evidence(cycle)
            # Both parties signed electronically: their signatures are the evidence.
            dialog = SignDialog(
                cycle, evidence[0] if evidence else self.today(), self,
                signers=evidence[1:] if evidence else self._frozen_signers(cycle),
                electronic=evidence is not None,
            )
            if dialog.exec() != SignDialog.DialogCode.Accepted:
                return
            kt, kaist = dialog.signatories()
            signing = {
                "signed_on": dialog.signed_on(),
                "signatory_kt": kt,
                "signatory_kaist": kaist,
            }
        self._push(AdvanceCycleCommand(self.sessions, cycle, target, **signing))

    def _signing_evidence(self, cycle):
        """(day, KT signer, KAIST signer) when both parties signed one file electronically."""
        from planner.services.renewals import cycle_by_year  # noqa: PLC0415
        from planner.services.signatures import signing_evidence  # noqa: PLC0415

        with self.sessions() as session:
            return signing_evidence(session, cycle_by_year(session, cycle.year))

    # -- electronic signatures (ui.signing) ---------------------------------------------------
    def _settings(self) -> Settings:
        return self.settings if self.settings is not None else Settings()

    def sign_agreement(self) -> None:
        from ui.signing.sign_dialog import SignAgreementDialog  # noqa: PLC0415

        cycle = self.data.current if self.data else None
        if cycle is None:
            return
        dialog = SignAgreementDialog(
            self.sessions, cycle.year, self._settings(), self, pool=self.pool
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        self.after_signing(dialog.outcome)

    def after_signing(self, outcome) -> None:
        """Refresh, show the signed file with its signatures; after KAIST, offer *signed*."""
        self.refresh()
        self.status_message.emit(fill(self.tr("Signed as %1: %2"), outcome.signer, outcome.path))
        self.show_signed_file(outcome.path)
        cycle = self.data.current if self.data else None
        if outcome.both_signed and cycle is not None and cycle.status == CycleStatus.AGREED:
            answer = QMessageBox.question(
                self,
                self.tr("Renewal cycle"),
                fill(
                    self.tr(
                        "KT and KAIST have both signed the %1 agreement. Record the cycle as "
                        "signed now, with these signatures as its evidence?"
                    ),
                    cycle.year,
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.advance(CycleStatus.SIGNED)

    def show_signed_file(self, path) -> None:
        from ui.signing.preview import SignedPdfPreview  # noqa: PLC0415

        try:
            content = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("Check a signed file"),
                fill(self.tr("The file could not be read:\n%1"), error),
            )
            return
        preview = SignedPdfPreview(
            content, file_name=Path(path).name, settings=self._settings(), parent=self,
            pool=self.pool,
        )
        self.signed_preview = preview  # kept for tests and for the window's life
        preview.setWindowTitle(Path(path).name)
        preview.show()

    def check_signed_file(self) -> None:
        folder = self._settings().get(LAST_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Check a signed file"), folder, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.show_signed_file(path)

    def edit_signing_settings(self) -> None:
        from ui.signing.settings_dialog import SigningSettingsDialog  # noqa: PLC0415

        SigningSettingsDialog(self._settings(), self).exec()

    def _frozen_signers(self, cycle) -> tuple[str, str]:
        """Who signs for KT and KAIST as the frozen agreement says ("position name")."""
        from planner.services.agreements import agreement_of, signer_of  # noqa: PLC0415

        with self.sessions() as session:
            data, _issue, _snapshot = agreement_of(session, cycle.year)
            session.rollback()  # nothing is written from here
        return signer_of(data.party("kt")), signer_of(data.party("kaist"))

    def edit_terms(self) -> None:
        cycle = self.data.current if self.data else None
        if cycle is None:
            return
        from ui.renewals.agreement_dialogs import AgreementTermsDialog  # noqa: PLC0415

        with self.sessions() as session:
            before = load_terms(session, cycle.id)
        frozen = ""
        if cycle.status in (CycleStatus.AGREED, CycleStatus.SIGNED):
            frozen = fill(
                self.tr(
                    "The %1 agreement is frozen: these terms are part of it. Go back to "
                    "consultation to change them."
                ),
                cycle.year,
            )
        dialog = AgreementTermsDialog(cycle.year, before, read_only_reason=frozen, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or frozen:
            return
        after = dialog.entered()
        if after != before:
            self._push(EditAgreementTermsCommand(self.sessions, cycle, before, after))

    def edit_wording(self) -> None:
        from ui.renewals.wording_editor import WordingEditor  # noqa: PLC0415

        editor = WordingEditor(self.sessions, self.year, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.changed():
            self._push(
                SaveWordingCommand(self.sessions, self.year or 0, editor.changed(), editor.note())
            )

    def open_next_cycle(self) -> None:
        if not self.data or not self.data.cycles:
            return
        latest = self.data.cycles[-1].year
        question = fill(
            self.tr(
                "Open the %1 renewal cycle from %2?\n\nEvery task still running is copied as "
                "“continue” with its %2 figures and a period one year later."
            ),
            latest + 1,
            latest,
        )
        # An earlier cycle still open is named before the question (planner cycle new warns
        # the same way).
        unsigned = [
            fill(self.tr("The %1 cycle is not signed yet (%2)."), c.year, label(CycleStatus, c.status))
            for c in self.data.cycles
            if not c.signed
        ]
        answer = QMessageBox.question(
            self,
            self.tr("Open next year's cycle"),
            "\n".join(unsigned) + ("\n\n" if unsigned else "") + question,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # A final report of the finished year still missing: opened only with a reason.
        reason = self.research.reason_for_missing_reports(latest + 1)
        if reason is not None:
            self._push(OpenNextCycleCommand(self.sessions, latest + 1, today=self.today(),
                                            despite_missing_reports=reason))

    def edit_deadlines(self) -> None:
        cycle = self.data.current if self.data else None
        if cycle is None or cycle.signed:
            return
        from ui.renewals.deadlines_dialog import DeadlinesDialog  # noqa: PLC0415 - rarely used

        dialog = DeadlinesDialog(
            cycle.year, cycle.consultation_deadline, cycle.signing_target, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            consultation, signing = dialog.values()
            self._push(EditDeadlinesCommand(self.sessions, cycle, consultation, signing))

    def export_deadlines(self) -> None:
        year = self.year
        if year is None:
            return
        with self.sessions() as session:
            deadlines = cycle_deadlines(session, year)
        if not deadlines:
            QMessageBox.information(
                self,
                self.tr("Export deadlines"),
                fill(self.tr("The %1 cycle has no deadlines to export."), year),
            )
            return
        settings = self.settings or Settings()
        folder = Path(settings.get(LAST_FOLDER) or Path.home())
        suggested = str(folder / f"renewal-{year}-deadlines.ics")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export deadlines"), suggested, self.tr("iCalendar files (*.ics)")
        )
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"  # Qt's own dialog does not add the extension of the filter
        stamp = dt.datetime.now(dt.UTC)
        try:
            # Temporary file first: a crash never leaves half a calendar under the user's name.
            write_atomically(path, deadlines_calendar(deadlines, stamp, lang=current_language()))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export deadlines"),
                fill(self.tr("The file could not be written:\n%1"), error),
            )
            return
        settings.set(LAST_FOLDER, str(Path(path).parent))
        self.status_message.emit(fill(self.tr("Deadlines of %1 saved to %2"), year, path))

    def _show_error(self, error: PlannerError, lead: str = "") -> None:
        text = error_message(error)
        QMessageBox.warning(self, self.tr("Renewal cycle"), f"{lead}\n\n{text}" if lead else text)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index, title in enumerate(
            (self.tr("Tasks"), self.tr("Comparison"), self.tr("Summary"), self.tr("Audit"))
        ):
            self.tabs.setTabText(index, title)
        if hasattr(self, "research"):
            self.research.retranslate()
        if self.data is not None:
            self.tasks_tab.set_read_only(self._read_only_reason())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
