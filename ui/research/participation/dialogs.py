"""The editors of one participant, one KPI and one IP disclosure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDoubleValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.models import IpState, ParticipantRole
from planner.services.listings import PersonListing
from ui.accessibility import name_widget
from ui.research.participation.labels import role_label, state_label
from ui.tasks.task_dialog import PeopleCheckModel, PeopleFilterProxy, person_combo

Choice = tuple[str, int]  # (task code, renewal id or task id)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _form(dialog: QDialog) -> QFormLayout:
    """The dialog's form above OK / Cancel."""
    form = QFormLayout()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return form


class ParticipantDialog(QDialog):
    """Task, person, role, rate and period; task and person are fixed when editing."""

    def __init__(
        self,
        tasks: Sequence[tuple[str, int, dt.date, dt.date]],  # code, renewal id, period
        people: Sequence[PersonListing],
        before: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = _form(self)
        self.setWindowTitle(self.tr("Participant") if before is None else self.tr("Change participant"))
        self.periods = {renewal: (start, end) for _code, renewal, start, end in tasks}
        self.task_combo = QComboBox()
        for code, renewal, _start, _end in tasks:
            self.task_combo.addItem(code, renewal)
        self.person_combo = person_combo(people, self.tr("(choose a person)"))
        self.role_combo = QComboBox()
        for role in ParticipantRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.rate = QSpinBox()
        self.rate.setRange(1, 100)
        self.rate.setSuffix(" %")
        self.rate.setValue(50)
        first = tasks[0][2] if tasks else dt.date.today()
        last = tasks[0][3] if tasks else dt.date.today()
        self.start, self.end = _date_edit(first), _date_edit(last)
        self.form.addRow(self.tr("Task"), self.task_combo)
        self.form.addRow(self.tr("Person"), self.person_combo)
        self.form.addRow(self.tr("Role in the task"), self.role_combo)
        self.form.addRow(self.tr("Participation rate"), self.rate)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("Until"), self.end)
        self.task_combo.currentIndexChanged.connect(self._task_changed)
        if before is not None:
            self.task_combo.setCurrentIndex(max(self.task_combo.findData(before["renewal_id"]), 0))
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(before["person_id"]), 0))
            self.task_combo.setEnabled(False)
            self.person_combo.setEnabled(False)
            self.role_combo.setCurrentIndex(self.role_combo.findData(before["role"].value))
            self.rate.setValue(before["rate_pct"])
            self.start.setDate(_qdate(before["period_start"]))
            self.end.setDate(_qdate(before["period_end"]))

    def _task_changed(self) -> None:
        period = self.periods.get(self.task_combo.currentData())
        if period is not None:
            self.start.setDate(_qdate(period[0]))
            self.end.setDate(_qdate(period[1]))

    def values(self) -> dict[str, Any]:
        return {
            "renewal_id": self.task_combo.currentData(),
            "person_id": self.person_combo.currentData(),
            "role": ParticipantRole(self.role_combo.currentData()),
            "rate_pct": self.rate.value(),
            "period_start": _day(self.start),
            "period_end": _day(self.end),
        }

    def accept(self) -> None:
        if self.person_combo.currentData() is None or self.task_combo.currentData() is None:
            self.person_combo.setFocus()
            return
        super().accept()


def _number(edit: QLineEdit) -> float | None:
    text = edit.text().replace(",", "").strip()
    return float(text) if text else None


class KpiDialog(QDialog):
    def __init__(self, tasks: Sequence[tuple[str, int]], before: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = _form(self)
        self.setWindowTitle(self.tr("KPI"))
        self.task_combo = QComboBox()
        for code, renewal in tasks:
            self.task_combo.addItem(code, renewal)
        self.name, self.unit = QLineEdit(), QLineEdit()
        self.name_en, self.unit_en = QLineEdit(), QLineEdit()
        self.target, self.actual = QLineEdit(), QLineEdit()
        for edit in (self.target, self.actual):
            edit.setValidator(QDoubleValidator(-1e15, 1e15, 3, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.actual.setPlaceholderText(self.tr("not known yet"))
        self.form.addRow(self.tr("Task"), self.task_combo)
        self.form.addRow(self.tr("KPI"), self.name)
        self.form.addRow(self.tr("KPI in English"), self.name_en)
        self.form.addRow(self.tr("Unit"), self.unit)
        self.form.addRow(self.tr("Unit in English"), self.unit_en)
        self.form.addRow(self.tr("Target"), self.target)
        self.form.addRow(self.tr("Actual"), self.actual)
        if before is not None:
            self.task_combo.setCurrentIndex(max(self.task_combo.findData(before["renewal_id"]), 0))
            self.task_combo.setEnabled(False)
            self.name.setText(before["name"])
            self.unit.setText(before["unit"])
            self.name_en.setText(before.get("name_en", ""))
            self.unit_en.setText(before.get("unit_en", ""))
            self.target.setText(f"{before['target']:g}")
            self.actual.setText("" if before["actual"] is None else f"{before['actual']:g}")

    def values(self) -> dict[str, Any]:
        return {"renewal_id": self.task_combo.currentData(), "name": self.name.text().strip(),
                "unit": self.unit.text().strip(), "name_en": self.name_en.text().strip(),
                "unit_en": self.unit_en.text().strip(), "target": _number(self.target),
                "actual": _number(self.actual)}

    def accept(self) -> None:
        if not self.name.text().strip() or _number(self.target) is None:
            (self.name if not self.name.text().strip() else self.target).setFocus()
            return
        super().accept()


class IpDialog(QDialog):
    """A disclosure: the KAIST share follows the KT share, so the two always add up to 100 %."""

    def __init__(self, tasks: Sequence[tuple[str, int]], people: Sequence[PersonListing],
                 before: dict[str, Any] | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.form = _form(self)
        self.setWindowTitle(self.tr("IP disclosure"))
        self.title, self.title_en, self.filing = QLineEdit(), QLineEdit(), QLineEdit()
        self.date = _date_edit(today or dt.date.today())
        self.kt, self.kaist = QSpinBox(), QSpinBox()
        for spin in (self.kt, self.kaist):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
        self.kt.setValue(50)
        self.kaist.setValue(50)
        self.kt.valueChanged.connect(lambda value: self.kaist.setValue(100 - value))
        self.kaist.valueChanged.connect(lambda value: self.kt.setValue(100 - value))
        self.state = QComboBox()
        for state in IpState:
            self.state.addItem(state_label(state), state.value)
        self.notes = QLineEdit()
        self.inventors = PeopleCheckModel(people, self)
        self.inventor_proxy = PeopleFilterProxy(self)
        self.inventor_proxy.setSourceModel(self.inventors)
        self.inventor_search = QLineEdit()
        self.inventor_search.setPlaceholderText(self.tr("Find a person"))
        self.inventor_search.textChanged.connect(self.inventor_proxy.set_search)
        inventor_view = QListView()
        inventor_view.setModel(self.inventor_proxy)
        inventor_view.setMinimumHeight(120)
        name_widget(inventor_view, self.tr("Inventors"))
        self.task_model = QStandardItemModel(self)
        for code, task_id in tasks:
            item = QStandardItem(code)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(task_id, Qt.ItemDataRole.UserRole + 1)
            self.task_model.appendRow(item)
        task_view = QListView()
        task_view.setModel(self.task_model)
        task_view.setMaximumHeight(110)
        name_widget(task_view, self.tr("Research tasks"))
        self.sum_label = QLabel()
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("English title"), self.title_en)
        self.form.addRow(self.tr("Disclosed on"), self.date)
        self.form.addRow(self.tr("KT share"), self.kt)
        self.form.addRow(self.tr("KAIST share"), self.kaist)
        self.form.addRow(self.tr("Inventors"), self.inventor_search)
        self.form.addRow("", inventor_view)
        self.form.addRow(self.tr("Tasks"), task_view)
        self.form.addRow(self.tr("Filing no."), self.filing)
        self.form.addRow(self.tr("State"), self.state)
        self.form.addRow(self.tr("Notes"), self.notes)
        if before is not None:
            self.title.setText(before["title"])
            self.title_en.setText(before["title_en"])
            self.date.setDate(_qdate(before["disclosed_on"]))
            self.kt.setValue(before["kt_share_pct"])
            self.filing.setText(before["filing_no"] or "")
            self.state.setCurrentIndex(self.state.findData(before["state"].value))
            self.notes.setText(before["notes"])
            self.inventors.set_checked_ids(before["inventor_ids"])
            self._order = list(before["inventor_ids"])
            for row in range(self.task_model.rowCount()):
                item = self.task_model.item(row)
                if item.data(Qt.ItemDataRole.UserRole + 1) in before["task_ids"]:
                    item.setCheckState(Qt.CheckState.Checked)
        else:
            self._order = []

    def values(self) -> dict[str, Any]:
        checked = set(self.inventors.checked_ids())
        # Keep the inventors' order as recorded; new ones follow.
        inventors = [i for i in self._order if i in checked] + sorted(checked - set(self._order))
        tasks = sorted(
            self.task_model.item(row).data(Qt.ItemDataRole.UserRole + 1)
            for row in range(self.task_model.rowCount())
            if self.task_model.item(row).checkState() == Qt.CheckState.Checked
        )
        return {"title": self.title.text().strip(), "title_en": self.title_en.text().strip(),
                "disclosed_on": _day(self.date), "kt_share_pct": self.kt.value(),
                "kaist_share_pct": self.kaist.value(), "filing_no": self.filing.text().strip() or None,
                "state": IpState(self.state.currentData()), "notes": self.notes.text().strip(),
                "inventor_ids": inventors, "task_ids": tasks}

    def accept(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            return
        if not self.inventors.checked_ids():
            self.inventor_search.setFocus()
            return
        super().accept()

