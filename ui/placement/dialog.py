"""Auto-place…: choose who and where, run the engine in the background, review the plan,
then save it as a draft move plan (shown on the floor plan) or apply it at once.

Nothing is written until Save or Apply, each one undoable command; closing the dialog
stops a run and keeps nothing.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.placement.desk import PlacementProgress
from planner.services.placement import PlacementProposal, placement_areas
from planner.services.tasks import list_tasks
from ui.background import BackgroundJob, Pool, run_in_background
from ui.errors import error_message, show_error
from ui.i18n import fill
from ui.moveplans.problems import confirm_past_seating
from ui.placement.choices import WHO_SELECTED, WHO_TASK, load_choices, save_choices
from ui.placement.commands import (
    ApplyPlacementCommand,
    PlacementCommand,
    SavePlacementCommand,
    run_and_push,
)
from ui.placement.form import PlacementForm
from ui.placement.job import READING, Outcome, placement_work
from ui.placement.results import PlacementResults
from ui.placement.texts import stage_text
from ui.screen_fit import fit_to_screen
from ui.settings import Settings

# After a save, apply or undo of one: the draft plan to show (None: none), for the floor plan.
PlanShown = Callable[[int | None], None]

_STEPS = 1000  # progress bar resolution


class AutoPlaceDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack: QUndoStack | None,
        *,
        on_changed: PlanShown | None = None,
        settings: Settings | None = None,
        pool: Pool | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today
        self.sessions = sessions
        self.undo_stack = undo_stack
        self.on_changed = on_changed
        self.settings = settings if settings is not None else Settings()
        self.pool = pool
        self.job: BackgroundJob | None = None
        self._running = False  # not `job is not None`: a synchronous pool ends before it returns
        # Each run has a number; what an older run (stopped by Close) reports is ignored.
        self._run_number = 0
        self.stop: threading.Event | None = None
        self.proposal: PlacementProposal | None = None
        self.outcome: Outcome | None = None  # of the last run, until kept or closed
        self.saved_plan_id: int | None = None

        self.form = PlacementForm()
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, _STEPS)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = PlacementResults()
        self.save_button = QPushButton()
        self.apply_button = QPushButton()
        self.close_button = QPushButton()

        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # The choices scroll on a short screen (1920×1080 at 150 %): Run and the results stay.
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        top_layout.addWidget(form_scroll, 1)
        top_layout.addLayout(run_row)
        top_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.apply_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_plan)
        self.apply_button.clicked.connect(self.apply_now)
        self.close_button.clicked.connect(self.reject)
        fit_to_screen(self, 980, 760)
        self._update_buttons()
        self.retranslate()

    # -- opening ---------------------------------------------------------------------------
    def prepare(self, day: dt.date, selected_people: Sequence[int] = ()) -> None:
        """Fresh for a new session of use: the last choices, the page's day and selection."""
        self._forget()
        choices = load_choices(self.settings)
        with self.sessions() as session:
            tasks = [(task.code, task.title_ko) for task in list_tasks(session)]
            areas = placement_areas(session)
        self.form.set_tasks(tasks)
        self.form.set_areas(areas, choices)
        self.form.set_selected_people(selected_people)
        self.form.set_choices(choices)
        self.form.set_day(day)
        self.status.clear()
        self.progress.setValue(0)

    # -- running ---------------------------------------------------------------------------
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self.running():
            return
        problem = self._check()
        if problem:
            self.status.setText(problem)
            return
        save_choices(self.settings, self.form.choices())
        self._forget()
        self.stop = threading.Event()
        self.progress.setValue(0)
        self.status.setText(stage_text(READING))
        self._running = True
        self._run_number += 1
        self.form.setEnabled(False)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        work = partial(placement_work, self.sessions, self.form.request(), self.stop)
        self.job = run_in_background(
            work,
            on_progress=self._current("_progressed"),
            on_result=self._current("_finished_with"),
            on_error=self._current("_failed"),
            on_finished=self._current("_stopped_running"),
            pool=self.pool,
        )

    def _current(self, slot: str) -> Callable[..., None]:
        """`slot` of this dialog, called only while the run starting now is the current one."""
        number = self._run_number

        def call(*args: object) -> None:
            if number == self._run_number:
                getattr(self, slot)(*args)

        return call

    def _check(self) -> str:
        who = self.form.who()
        if who == WHO_TASK and not self.form.task_code():
            return self.tr("Choose a research task.")
        if who == WHO_SELECTED and not self.form.request().get("person_ids"):
            return self.tr("Select people in the people list first.")
        if self.form.nothing_chosen():
            return self.tr("Tick at least one floor or zone.")
        return ""

    def cancel(self) -> None:
        """Stop the run; the best plan found so far (if any) is kept and said to be so."""
        if self.stop is not None and self.running():
            self.stop.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _progressed(self, step: object) -> None:
        if not isinstance(step, PlacementProgress):
            return
        self.progress.setValue(round(step.fraction * _STEPS))
        text = stage_text(step.stage)
        if step.best_pairs is not None and step.bound:
            best = max(step.best_pairs, 0.0)
            text += " " + fill(
                self.tr("Best so far: %1 of %2 possible adjacent pairs (%3 %)."),
                f"{best:.0f}",
                step.bound,
                f"{100 * best / step.bound:.0f}",
            )
        if self.stop is not None and self.stop.is_set():
            text = self.tr("Stopping…")
        self.status.setText(text)

    def _finished_with(self, outcome: object) -> None:
        if not isinstance(outcome, Outcome):
            return
        self.proposal = outcome.proposal
        self.results.show_proposal(outcome.proposal)
        self.progress.setValue(_STEPS)
        self.outcome = outcome
        self.status.setText(self._outcome_text(outcome))

    def _outcome_text(self, outcome: Outcome) -> str:
        proposal = outcome.proposal
        if proposal is None:
            return self.tr("Stopped before a plan was made. Nothing was changed.")
        lead = (
            self.tr("Stopped early: this is the best plan found so far. ")
            if outcome.stopped
            else fill(self.tr("Finished in %1 s. "), f"{proposal.seconds:.1f}")
        )
        if not proposal.assignments:
            return lead + self.tr("It changes no seat, so there is nothing to save.")
        return lead + self.tr(
            "Nothing is saved yet: save it as a move plan to review it on the floor plan, "
            "or apply it now."
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_message(error))

    def _stopped_running(self) -> None:
        self._running = False
        self.form.setEnabled(True)
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._update_buttons()

    # -- keeping the plan ------------------------------------------------------------------
    def plan_name(self) -> str:
        return fill(self.tr("Auto-placement %1"), self.form.day().isoformat())

    def save_plan(self) -> bool:
        """Save the proposal as a draft move plan, shown on the floor plan (one undo step)."""
        return self._keep(SavePlacementCommand, self.tr("Saved as the draft move plan “%1”."))

    def apply_now(self) -> bool:
        """Save the proposal as a move plan and apply it, in one transaction (one undo step;
        no confirmation asked, since Undo takes it back — except for a day in the past, which
        rewrites past seating and is asked about on its own)."""
        if self.proposal is not None and not confirm_past_seating(
            self, self.plan_name(), self.form.day(), self.today()
        ):
            return False
        return self._keep(ApplyPlacementCommand, self.tr("Applied as the move plan “%1”."))

    def _keep(self, kind: type[PlacementCommand], done: str) -> bool:
        if self.proposal is None or not self.proposal.assignments or self.running():
            return False
        name = self.plan_name()
        command = kind(
            self.sessions, self.proposal, name, self.form.day(), on_changed=self.on_changed
        )
        # A refusal of the first run is said here, in the dialog; later ones (undo, redo)
        # come when the dialog may be closed, so they go to a message over its parent.
        if not run_and_push(self.undo_stack, command):
            failed = command.failed
            details = error_message(failed) if failed is not None else ""
            self.status.setText(self.tr("Nothing was saved:") + "\n" + details)
            return False
        parent = self.parentWidget()
        command.on_error = lambda error: show_error(parent, error)
        self.saved_plan_id = command.plan_id
        self.proposal = self.outcome = None  # kept: the same plan is not saved twice
        self.status.setText(fill(done, name))
        self._update_buttons()
        return True

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Close: a run stops and what it finds is dropped, as is an unsaved plan (nothing
        was written)."""
        if self.stop is not None:
            self.stop.set()
        if self._running:
            self._run_number += 1  # whatever that run still reports is ignored
            self._stopped_running()
        super().reject()
        self._forget()

    def _forget(self) -> None:
        self.proposal = None
        self.saved_plan_id = None
        self.outcome = None
        self.results.show_proposal(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.proposal is not None and bool(self.proposal.assignments) and not self.running()
        self.save_button.setEnabled(ready)
        self.apply_button.setEnabled(ready)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auto-place"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop now and keep the best plan found so far (nothing is saved)")
        )
        self.save_button.setText(self.tr("Save as move plan"))
        self.save_button.setToolTip(
            self.tr("A draft move plan, shown on the floor plan; nothing moves until it is applied")
        )
        self.apply_button.setText(self.tr("Apply now"))
        self.close_button.setText(self.tr("Close"))
        self.form.retranslate()
        self.results.retranslate()
        if self.outcome is not None and not self.running():
            self.status.setText(self._outcome_text(self.outcome))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
