"""The decision editor: one task's decision and figures in a cycle (과제 갱신).

Used for editing a renewal (double-click in the Tasks tab) and for adding a catalogue task to
the cycle (then a task picker sits on top and the decision defaults to *new*). OK stays
disabled, with the reason written under the form, until the entry can be stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.models import Decision, TaskStatus
from planner.renewals.workflow import NEEDS_REASON
from planner.services.renewals import people_freed_by_conclusion, release_day
from ui.accessibility import name_widget
from ui.i18n import fill, in_language
from ui.labels import label
from ui.renewals.budget_edit import BudgetEdit
from ui.renewals.data import RenewalRow, TaskChoice
from ui.renewals.texts import day, thousand_won

PROBLEM_STYLE = "color: #b00020;"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DecisionDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        row: RenewalRow | None,
        *,
        choices: Sequence[TaskChoice] = (),
        period: tuple[dt.date, dt.date] | None = None,
        read_only_reason: str = "",
        parent: QWidget | None = None,
        today: dt.date | None = None,
        push: Callable[[Any], bool] | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.row = row
        self.today = today or dt.date.today()
        self._freed_for: dt.date | None = None
        self._read_only = bool(read_only_reason)
        self.setMinimumWidth(600)

        self.task_combo = QComboBox()
        for choice in choices:
            status = label(TaskStatus, choice.status)
            title = in_language(choice.title_ko, choice.title_en)
            self.task_combo.addItem(f"{choice.code} · {title} ({status})", choice)
        self.task_label = QLabel(
            f"<b>{row.code}</b> · {in_language(row.title_ko, row.title_en)}" if row else ""
        )
        self.task_label.setWordWrap(True)

        self.decision_combo = QComboBox()
        if row is not None and row.decision is None:
            self.decision_combo.addItem(self.tr("— undecided"), None)
        for decision in Decision:
            self.decision_combo.addItem(label(Decision, decision), decision)
        current = row.decision if row else Decision.NEW
        self.decision_combo.setCurrentIndex(self.decision_combo.findData(current))

        self.budget_edit = BudgetEdit()
        self.budget_edit.set_amount(row.budget_krw if row else 0)
        self.thousands_label = QLabel()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        first, last = (
            (row.period_start, row.period_end) if row else period or (dt.date.today(),) * 2
        )
        for date_edit, value in ((self.start_edit, first), (self.end_edit, last)):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("yyyy-MM-dd")
            date_edit.setDate(to_qdate(value))
        self.headcount_spin, self.gpu_spin = QSpinBox(), QSpinBox()
        self.headcount_spin.setRange(0, 99999)
        self.gpu_spin.setRange(0, 99999)
        self.headcount_spin.setValue(row.headcount if row else 0)
        self.gpu_spin.setValue(row.gpu_allocation if row else 0)
        self.goals_edit = QPlainTextEdit(row.goals if row else "")
        self.reason_edit = QPlainTextEdit(row.reason if row else "")
        # The English agreement prints this (its Annex 2); one language never stands in for
        # the other.
        self.reason_en_edit = QPlainTextEdit(row.reason_en if row else "")
        self.reason_en_edit.setPlaceholderText(self.tr("For the English agreement (Annex 2)"))
        for edit in (self.goals_edit, self.reason_edit, self.reason_en_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_label = QLabel()
        self.conclude_note = QLabel(
            self.tr(
                "The figures stay as last agreed, for the record; a concluded task counts as 0 in "
                "this cycle's totals and in the comparison."
            )
        )
        self.conclude_note.setWordWrap(True)
        self.conclude_note.setStyleSheet("color: #555555;")

        form = QFormLayout()
        form.addRow(self.tr("Task"), self.task_combo if choices else self.task_label)
        form.addRow(self.tr("Decision"), self.decision_combo)
        form.addRow("", self.conclude_note)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_edit, 1)
        budget_row.addWidget(self.thousands_label)
        form.addRow(self.tr("Budget (KRW)"), budget_row)
        period_row = QHBoxLayout()
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel("~"))
        period_row.addWidget(self.end_edit)
        period_row.addStretch(1)
        form.addRow(self.tr("Period"), period_row)
        form.addRow(self.tr("Headcount"), self.headcount_spin)
        form.addRow(self.tr("GPUs"), self.gpu_spin)
        form.addRow(self.tr("Goals and deliverables"), self.goals_edit)
        form.addRow(self.reason_label, self.reason_edit)
        # Labels given as widgets get no buddy from the form: screen readers read the buddy.
        self.reason_label.setBuddy(self.reason_edit)
        name_widget(self.budget_edit, self.tr("Budget (KRW)"))
        name_widget(self.start_edit, self.tr("First day of the period"))
        name_widget(self.end_edit, self.tr("Last day of the period"))
        form.addRow(self.tr("Reason in English"), self.reason_en_edit)

        self.freed_box = QGroupBox(self.tr("Seating: what concluding this task frees"))
        self.freed_label = QLabel()
        self.freed_label.setWordWrap(True)
        self.freed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.release_check = QCheckBox()
        freed_layout = QVBoxLayout(self.freed_box)
        freed_layout.addWidget(self.freed_label)
        freed_layout.addWidget(self.release_check)

        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setWordWrap(True)
        self.read_only_label = QLabel(read_only_reason)
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(bool(read_only_reason))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        # An existing renewal's budget is its lines (planner.services.budget): edited in the
        # panel beside the form, each edit undoable at once; the field shows their sum.
        self.budget_panel = None
        if row is not None and push is not None and year is not None:
            from ui.renewals.budget_panel import BudgetPanel

            self.budget_panel = BudgetPanel(
                sessions, year, row.id, row.code, push, read_only=self._read_only, parent=self
            )
            self.budget_edit.setReadOnly(True)
            self.budget_edit.setToolTip(self.tr("The sum of the budget lines beside"))
            self.budget_panel.model.modelReset.connect(self._show_lines_total)
            self._show_lines_total()
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)  # the form keeps its height when the dialog is taller for the lines
        columns.addLayout(left, 3)
        if self.budget_panel is not None:
            columns.addWidget(self.budget_panel, 4)
            # Room for a task's ten or so lines beside the form, within a 1366×768 screen.
            self.resize(1120, 640)
        layout.addLayout(columns)
        layout.addWidget(self.freed_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        if row is not None:
            self.setWindowTitle(fill(self.tr("Decision for %1"), row.code))
        else:
            self.setWindowTitle(self.tr("Add a task to the cycle"))
        for signal in (
            self.decision_combo.currentIndexChanged,
            self.budget_edit.textChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.reason_edit.textChanged,
            self.task_combo.currentIndexChanged,
        ):
            signal.connect(self._update)
        if self._read_only:
            self._make_read_only()
        self._update()

    # -- what the dialog produced -----------------------------------------------------------
    def decision(self) -> Decision | None:
        return self.decision_combo.currentData()

    def chosen_task(self) -> TaskChoice | None:
        return self.task_combo.currentData()

    def _show_lines_total(self) -> None:
        if self.budget_panel is not None:
            self.budget_edit.set_amount(self.budget_panel.model.total_krw())

    def entered(self) -> dict[str, Any]:
        values = self._entered()
        if self.budget_panel is not None:
            del values["budget_krw"]  # the lines are the budget: saved as they are edited
        return values

    def _entered(self) -> dict[str, Any]:
        return {
            "decision": self.decision(),
            "budget_krw": self.budget_edit.amount() or 0,
            "period_start": to_date(self.start_edit.date()),
            "period_end": to_date(self.end_edit.date()),
            "headcount": self.headcount_spin.value(),
            "gpu_allocation": self.gpu_spin.value(),
            "goals": self.goals_edit.toPlainText().strip(),
            "reason": self.reason_edit.toPlainText().strip(),
            "reason_en": self.reason_en_edit.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the renewal as it was (every field when adding)."""
        values = self.entered()
        if self.row is None:
            return values
        return {key: value for key, value in values.items() if getattr(self.row, key) != value}

    def release_plan_on(self) -> dt.date | None:
        """The effective date of the move-plan draft the user asked for, if any."""
        concluding = self.row is not None and self.decision() == Decision.CONCLUDE
        if concluding and self.release_check.isEnabled() and self.release_check.isChecked():
            return self._freed_for
        return None

    def problems(self) -> list[str]:
        problems = []
        if self.row is None and self.chosen_task() is None:
            problems.append(self.tr("Every catalogue task is already in this cycle."))
        if self.decision() is None:
            problems.append(self.tr("Choose a decision."))
        if self.decision() in NEEDS_REASON and not self.reason_edit.toPlainText().strip():
            problems.append(
                self.tr(
                    "A reason is required when a task is modified or concluded; it goes into the "
                    "agreement's change annex (변경사유)."
                )
            )
        if self.budget_edit.amount() is None:
            problems.append(self.tr("Enter the budget in KRW (0 if there is none)."))
        if self.end_edit.date() < self.start_edit.date():
            problems.append(self.tr("The period must not end before it starts."))
        return problems

    # -- keeping the form honest ------------------------------------------------------------
    def _update(self, *_args) -> None:
        amount = self.budget_edit.amount()
        self.thousands_label.setText(
            fill(self.tr("= %1 thousand KRW (천원)"), thousand_won(amount))
            if amount is not None
            else ""
        )
        self.conclude_note.setVisible(self.decision() == Decision.CONCLUDE)
        needs_reason = self.decision() in NEEDS_REASON
        self.reason_label.setText(
            self.tr("Reason (required)") if needs_reason else self.tr("Reason")
        )
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems and not self._read_only)
        self.ok_button.setToolTip("\n".join(problems))
        self._show_freed()

    def _show_freed(self) -> None:
        concluding = self.row is not None and self.decision() == Decision.CONCLUDE
        self.freed_box.setVisible(concluding)
        if not concluding or self.row is None:
            return
        # The desks go back the day after the task ends in this cycle (never in the past).
        effective = release_day(to_date(self.end_edit.date()), self.today)
        if effective == self._freed_for:
            return
        self._freed_for = effective
        with self.sessions() as session:
            freed = people_freed_by_conclusion(session, self.row.id, effective)
        with_desk = [(name, desk) for _pid, name, desk in freed if desk]
        if not freed:
            self.freed_label.setText(self.tr("No member of this task would lose a desk."))
        else:
            lines = [
                f"{name} — {desk}" if desk else fill(self.tr("%1 — no desk"), name)
                for _pid, name, desk in freed
            ]
            head = fill(
                self.tr(
                    "From %1, %2 members of this task belong to no other task going on; "
                    "%3 desks would become free:"
                ),
                day(effective),
                len(freed),
                len(with_desk),
            )
            self.freed_label.setText(head + "\n" + "\n".join(lines))
        self.release_check.setText(
            fill(self.tr("Start a move-plan draft releasing these desks on %1"), day(effective))
        )
        self.release_check.setEnabled(bool(with_desk) and not self._read_only)

    def _make_read_only(self) -> None:
        for widget in (
            self.task_combo,
            self.decision_combo,
            self.budget_edit,
            self.start_edit,
            self.end_edit,
            self.headcount_spin,
            self.gpu_spin,
            self.release_check,
        ):
            widget.setEnabled(False)
        for edit in (self.goals_edit, self.reason_edit, self.reason_en_edit):
            edit.setReadOnly(True)
        self.ok_button.setVisible(False)
