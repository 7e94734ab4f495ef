"""이동 계획 Move plans: the list of plans and, for the chosen plan, its moves and their problems.

A coordinator creates a draft, adds moves (or stages them by dropping people on the floor
plan), validates, and applies the whole plan in one step — or discards it. Every change is
one command on the window's undo stack, applying included.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import MovePlanHasProblems, PlannerError
from planner.models import MovePlanStatus
from planner.services import floorplan, move_plans, queries
from planner.services.move_plan_checks import PAST_DATE, MoveProblem
from planner.services.move_plans import PlanSummary
from planner.services.seating import SeatingChange
from ui.accessibility import name_widget
from ui.errors import error_message
from ui.flow_layout import FlowLayout
from ui.i18n import fill
from ui.labels import label
from ui.models.base import ROW_ROLE, SearchProxyModel
from ui.moveplans import commands as cmd
from ui.moveplans.dialogs import MoveDialog, PlanDialog
from ui.moveplans.models import MoveRow, MoveTableModel, PlanTableModel
from ui.moveplans.problems import confirm_past_seating, problem_line, problem_text
from ui.pages.base import SearchField, fit_columns, make_table_view

Day = Callable[[], dt.date]
DRAFT = MovePlanStatus.DRAFT.value
# Plans up to this size are checked every time their moves are shown; bigger ones on demand.
AUTO_VALIDATE_MOVES = 2000


class MovePlansTab(QWidget):
    show_on_floor = Signal(int)  # a draft plan's id: show it on the floor plan
    changed = Signal(object)  # after a plan command ran either way: SeatingChange or None

    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack: QUndoStack | None,
        day: Day,
        parent: QWidget | None = None,
        today: Day | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.undo_stack = undo_stack
        self.day = day
        self.today = today or dt.date.today
        self._problems: dict[int, tuple[MoveProblem, ...]] = {}

        self.plan_model = PlanTableModel(self)
        self.plan_proxy = SearchProxyModel(self)
        self.plan_proxy.setSourceModel(self.plan_model)
        self.plan_view = make_table_view(self.plan_proxy)
        self.plan_view.setSelectionMode(self.plan_view.SelectionMode.SingleSelection)
        self.plan_view.sortByColumn(PlanTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.search = SearchField(self.plan_proxy)
        self.state_combo = QComboBox()
        self.state_combo.addItem("", None)
        for status in MovePlanStatus:
            self.state_combo.addItem("", status.value)

        self.move_model = MoveTableModel(self)
        self.move_proxy = SearchProxyModel(self)
        self.move_proxy.setSourceModel(self.move_model)
        self.move_view = make_table_view(self.move_proxy)

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.validate_button = QPushButton()
        self.apply_button = QPushButton()
        self.discard_button = QPushButton()
        self.show_button = QPushButton()
        self.add_move_button = QPushButton()
        self.remove_move_button = QPushButton()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)

        bar = FlowLayout()  # wraps on a narrow screen
        bar.addWidget(self.search)
        bar.addWidget(self.state_combo)
        bar.add_stretch()
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.add_spacing(16)
        for button in (
            self.validate_button,
            self.apply_button,
            self.discard_button,
            self.show_button,
        ):
            bar.addWidget(button)
        self.moves_box = QGroupBox()
        moves_bar = QHBoxLayout()
        moves_bar.addWidget(self.add_move_button)
        moves_bar.addWidget(self.remove_move_button)
        moves_bar.addWidget(self.verdict, 1)
        moves_layout = QVBoxLayout(self.moves_box)
        moves_layout.addLayout(moves_bar)
        moves_layout.addWidget(self.move_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.plan_view)
        splitter.addWidget(self.moves_box)
        splitter.setSizes([260, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.state_combo.currentIndexChanged.connect(
            lambda _i: self.plan_proxy.set_key(self.state_combo.currentData())
        )
        self.plan_view.selectionModel().selectionChanged.connect(lambda *_a: self._plan_chosen())
        self.plan_view.doubleClicked.connect(lambda _i: self.edit_plan())
        self.move_view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        self.validate_button.clicked.connect(self.validate)
        self.apply_button.clicked.connect(self.apply_plan)
        self.discard_button.clicked.connect(self.discard_plan)
        self.show_button.clicked.connect(self.show_plan_on_floor)
        self.add_move_button.clicked.connect(self.add_move)
        self.remove_move_button.clicked.connect(self.remove_move)
        self.retranslate()

    def models(self) -> list:
        return [self.plan_model, self.move_model]

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Plans and the chosen plan's moves again from the database, keeping the choice."""
        chosen = self.selected_plan()
        with self.sessions() as session:
            rows = move_plans.plan_summaries(session)
        first = not self.plan_model.rows()
        self.plan_model.set_rows(rows)
        if first and rows:
            fit_columns(self.plan_view, self.plan_model)
        if chosen is None and first and rows:
            # The first time, show a plan's moves at once rather than an empty list.
            top = self.plan_proxy.mapToSource(self.plan_proxy.index(0, 0))
            chosen = self.plan_model.rows()[top.row()]
        self.select_plan(chosen.id if chosen else None)

    def select_plan(self, plan_id: int | None) -> None:
        source = self.plan_model.row_of(plan_id)
        selection = self.plan_view.selectionModel()
        if source < 0:
            selection.clearSelection()
            self._plan_chosen()
            return
        index = self.plan_proxy.mapFromSource(self.plan_model.index(source, 0))
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.plan_view.scrollTo(index)
        self._plan_chosen()

    def selected_plan(self) -> PlanSummary | None:
        rows = self.plan_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _plan_chosen(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            self.move_model.set_rows([])
        else:
            with self.sessions() as session:
                moves = floorplan.plan_moves(session, plan.id)
                if plan.status == DRAFT and len(moves) <= AUTO_VALIDATE_MOVES:
                    self._problems[plan.id] = tuple(
                        move_plans.validate_move_plan(session, plan.id, today=self.today())
                    )
            found: dict[int, list[MoveProblem]] = defaultdict(list)
            for problem in self._problems.get(plan.id, ()) if plan.status == DRAFT else ():
                found[problem.person_id].append(problem)
            self.move_model.set_rows(MoveRow(m, tuple(found.get(m.person_id, ()))) for m in moves)
            fit_columns(self.move_view, self.move_model)
        self._update_verdict(plan)
        self._update_buttons()

    def _update_verdict(self, plan: PlanSummary | None) -> None:
        if plan is None:
            self.moves_box.setTitle(self.tr("Moves"))
            self.verdict.clear()
            return
        self.moves_box.setTitle(
            fill(
                self.tr("Moves of %1 (%2, %3)"),
                plan.name,
                plan.effective_date.isoformat(),
                label(MovePlanStatus, plan.status),
            )
        )
        if plan.status != DRAFT:
            self.verdict.clear()
        elif plan.id not in self._problems:
            self.verdict.setText(self.tr("Not validated yet."))
        elif not self.move_model.rows():
            self.verdict.setText(
                self.tr("No moves yet: add moves, or drop people on the floor plan.")
            )
        elif self.move_model.problem_count():
            self.verdict.setText(
                fill(
                    self.tr("%1 problems: fix them before applying."),
                    self.move_model.problem_count(),
                )
            )
        elif past := self._past_problem(plan):
            # The plan's own problem: it can be applied, once the user confirms it separately.
            self.verdict.setText(problem_text(past))
        else:
            self.verdict.setText(self.tr("No problems: the plan can be applied."))

    def _past_problem(self, plan: PlanSummary) -> MoveProblem | None:
        return next((p for p in self._problems.get(plan.id, ()) if p.kind == PAST_DATE), None)

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        draft = plan is not None and plan.status == DRAFT
        for button in (
            self.edit_button,
            self.validate_button,
            self.apply_button,
            self.discard_button,
            self.show_button,
            self.add_move_button,
        ):
            button.setEnabled(draft)
        self.delete_button.setEnabled(
            plan is not None and plan.status != MovePlanStatus.APPLIED.value
        )
        self.remove_move_button.setEnabled(
            draft and bool(self.move_view.selectionModel().selectedRows())
        )

    # -- commands -------------------------------------------------------------------------------
    def _push(self, command: cmd.PlanCommand) -> bool:
        command.on_changed = self._changed
        command.on_error = self.show_error
        return cmd.run_and_push(self.undo_stack, command)

    def _changed(self, plan_id: int | None, seating: SeatingChange | None) -> None:
        if plan_id is not None:
            self._problems.pop(plan_id, None)
        self.refresh()
        self.changed.emit(seating)

    def show_error(self, error: PlannerError) -> None:
        if isinstance(error, MovePlanHasProblems):
            plan = self.selected_plan()
            if plan is not None:
                self._problems[plan.id] = tuple(error.problems)
                self._plan_chosen()
            self._show_problems(error.problems)
            return
        QMessageBox.warning(self, self.tr("Move plan not changed"), error_message(error))

    def _show_problems(self, problems) -> None:
        lines = "\n".join(f"• {problem_line(p)}" for p in problems)
        QMessageBox.warning(
            self,
            self.tr("The plan cannot be applied"),
            fill(self.tr("Nothing was changed. Fix these moves first:\n%1"), lines),
        )

    def new_plan(self) -> bool:
        dialog = PlanDialog(None, self.day(), self)
        if not dialog.exec():
            return False
        command = cmd.CreatePlanCommand(self.sessions, dialog.values())
        if not self._push(command):
            return False
        self.select_plan(command.plan_id)
        return True

    def edit_plan(self) -> bool:
        plan = self.selected_plan()
        if plan is None or plan.status != DRAFT:
            return False
        before = cmd.PlanValues(plan.name, plan.effective_date, plan.note)
        dialog = PlanDialog(before, self.day(), self)
        if not dialog.exec() or dialog.values() == before:
            return False
        return self._push(cmd.EditPlanCommand(self.sessions, plan.id, before, dialog.values()))

    def delete_plan(self) -> bool:
        plan = self.selected_plan()
        if plan is None:
            return False
        try:
            with self.sessions() as session:
                copy = cmd.read_plan(session, plan.id)
        except PlannerError as error:
            self.show_error(error)
            return False
        return self._push(cmd.DeletePlanCommand(self.sessions, plan.id, copy))

    def add_move(self) -> bool:
        plan = self.selected_plan()
        if plan is None or plan.status != DRAFT:
            return False
        day = plan.effective_date
        with self.sessions() as session:
            people = floorplan.people_on(session, day)
            seen: set[int] = set()
            desks = [
                r
                for r in queries.seating_on(session, day)
                if r.active and not (r.desk_id in seen or seen.add(r.desk_id))
            ]
        dialog = MoveDialog(people, desks, day, self)
        if not dialog.exec():
            return False
        person, desk = dialog.person(), dialog.desk()
        if person is None:
            return False
        target = desk.desk_code if desk else self.tr("release")
        return self._push(
            cmd.StageMoveCommand(
                self.sessions,
                plan.id,
                person.id,
                desk.desk_id if desk else None,
                f"{person.name_ko} → {target}",
            )
        )

    def remove_move(self) -> bool:
        plan = self.selected_plan()
        rows = self.move_view.selectionModel().selectedRows()
        if plan is None or not rows:
            return False
        move = rows[0].data(ROW_ROLE).move
        return self._push(
            cmd.UnstageMoveCommand(self.sessions, plan.id, move.person_id, move.name_ko)
        )

    def validate(self) -> list[MoveProblem]:
        plan = self.selected_plan()
        if plan is None or plan.status != DRAFT:
            return []
        try:
            with self.sessions() as session:
                problems = move_plans.validate_move_plan(session, plan.id, today=self.today())
        except PlannerError as error:
            self.show_error(error)
            return []
        self._problems[plan.id] = tuple(problems)
        self._plan_chosen()
        return problems

    def apply_plan(self) -> bool:
        plan = self.selected_plan()
        if plan is None or plan.status != DRAFT:
            return False
        if not plan.moves:
            QMessageBox.information(
                self, self.tr("Nothing to apply"), self.tr("The plan has no moves yet.")
            )
            return False
        problems = self.validate()
        past = [p for p in problems if p.kind == PAST_DATE]
        problems = [p for p in problems if p.kind != PAST_DATE]
        if problems:
            self._show_problems(problems)
            return False
        if past and not confirm_past_seating(self, plan.name, plan.effective_date, self.today()):
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Apply the move plan?"),
            fill(
                self.tr("Apply the %1 moves of %2 from %3? You can undo this with Edit ▸ Undo."),
                plan.moves,
                plan.name,
                plan.effective_date.isoformat(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        command = cmd.ApplyPlanCommand(self.sessions, plan.id, plan.name, today=self.today())
        command.past_confirmed = bool(past)
        return self._push(command)

    def discard_plan(self) -> bool:
        plan = self.selected_plan()
        if plan is None or plan.status != DRAFT:
            return False
        return self._push(cmd.DiscardPlanCommand(self.sessions, plan.id, plan.name))

    def show_plan_on_floor(self) -> None:
        plan = self.selected_plan()
        if plan is not None and plan.status == DRAFT:
            self.show_on_floor.emit(plan.id)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search plans"))
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.state_combo, self.tr("Filter by state"))
        name_widget(self.plan_view, self.tr("Move plans"))
        name_widget(self.move_view, self.tr("Moves of the plan"))
        self.state_combo.setItemText(0, self.tr("All states"))
        for n in range(1, self.state_combo.count()):
            self.state_combo.setItemText(n, label(MovePlanStatus, self.state_combo.itemData(n)))
        self.new_button.setText(self.tr("New plan…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Drafts and discarded plans only"))
        self.validate_button.setText(self.tr("Validate"))
        self.apply_button.setText(self.tr("Apply…"))
        self.discard_button.setText(self.tr("Discard"))
        self.show_button.setText(self.tr("Show on floor plan"))
        self.add_move_button.setText(self.tr("Add move…"))
        self.remove_move_button.setText(self.tr("Remove move"))
        self.plan_model.retranslate()
        self.move_model.retranslate()
        self._update_verdict(self.selected_plan())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent  # noqa: PLC0415

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
