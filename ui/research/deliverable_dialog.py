"""Adding or changing one deliverable: task, kind, title, due date, state (a waiver needs its
reason), and a web link as evidence (a file is attached from the list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner.models import DeliverableKind, DeliverableState
from planner.services.deliverables import DeliverableRow
from ui.accessibility import name_widget
from ui.i18n import fill, in_language
from ui.labels import label


class DeliverableDialog(QDialog):
    """``row`` None: a new deliverable of ``year`` for one of ``tasks`` ((id, code, ko, en))."""

    def __init__(
        self,
        year: int,
        row: DeliverableRow | None,
        tasks: Sequence[tuple[int, str, str, str]] = (),
        *,
        due: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(
            fill(self.tr("Deliverable of %1 (%2)"), row.task_code, year) if row
            else fill(self.tr("New deliverable of %1"), year)
        )
        self.task = QComboBox()
        for task_id, code, ko, en in tasks:
            self.task.addItem(f"{code}  {in_language(ko, en)}", task_id)
        self.kind = QComboBox()
        for kind in DeliverableKind:
            self.kind.addItem(label(DeliverableKind, kind), kind.value)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.state = QComboBox()
        for state in DeliverableState:
            self.state.addItem(label(DeliverableState, state), state.value)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("https://"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        if row is None:
            form.addRow(self.tr("&Task"), self.task)
        else:
            form.addRow(self.tr("Task"), QLabel(f"{row.task_code}  {in_language(row.task_title_ko, row.task_title_en)}"))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Due date"), self.due)
        form.addRow(self.tr("&State"), self.state)
        form.addRow(self.tr("&Reason waived"), self.reason)
        form.addRow(self.tr("Evidence &link"), self.link)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for widget, name in ((self.task, self.tr("Task")), (self.kind, self.tr("Kind")),
                             (self.title, self.tr("Title")), (self.due, self.tr("Due date")),
                             (self.state, self.tr("State")), (self.reason, self.tr("Reason waived")),
                             (self.link, self.tr("Evidence link"))):
            name_widget(widget, name)

        start = row.due_date if row else (due or dt.date(year, 12, 31))
        self.due.setDate(QDate(start.year, start.month, start.day))
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind.value))
            self.title.setText(row.title)
            self.state.setCurrentIndex(self.state.findData(row.state.value))
            self.reason.setPlainText(row.waived_reason)
            self.link.setText(row.evidence_link)
        self.year = year
        for signal in (self.title.textChanged, self.state.currentIndexChanged,
                       self.reason.textChanged):
            signal.connect(self._check)
        self._check()

    def _check(self) -> None:
        waived = self.state.currentData() == DeliverableState.WAIVED.value
        self.reason.setEnabled(waived)
        problem = ""
        if not self.title.text().strip():
            problem = self.tr("Give the deliverable a title.")
        elif waived and not self.reason.toPlainText().strip():
            problem = self.tr("A waived deliverable needs the reason it is waived.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def task_id(self) -> int | None:
        return self.task.currentData() if self.row is None else None

    def task_code(self) -> str:
        if self.row is not None:
            return self.row.task_code
        return self.task.currentText().split()[0] if self.task.count() else ""

    def values(self) -> dict[str, Any]:
        q = self.due.date()
        state = DeliverableState(self.state.currentData())
        return {
            "year": self.row.year if self.row else self.year,
            "kind": DeliverableKind(self.kind.currentData()),
            "title": self.title.text().strip(),
            "due_date": dt.date(q.year(), q.month(), q.day()),
            "state": state,
            "waived_reason": self.reason.toPlainText().strip() if state == DeliverableState.WAIVED else "",
            "evidence_link": self.link.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """What differs from the row being edited (everything for a new one)."""
        values = self.values()
        if self.row is None:
            return values
        current = self.current_values()
        return {k: v for k, v in values.items() if current[k] != v}

    def current_values(self) -> dict[str, Any]:
        assert self.row is not None
        return {
            "year": self.row.year, "kind": self.row.kind, "title": self.row.title,
            "due_date": self.row.due_date, "state": self.row.state,
            "waived_reason": self.row.waived_reason, "evidence_link": self.row.evidence_link,
        }
