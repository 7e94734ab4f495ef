"""The person form: names, organisation, role, contact, stay and desk needs.

Values come and go as the dictionary planner.services.people takes (person_values); the form
checks only what it can see at once (a Korean name, an organisation) and leaves every other
rule to the service, whose refusal brings the form back with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import DeskFeature, OrganisationKind, Role
from planner.services.stays import StayTrim
from ui.floorplan.view import feature_labels
from ui.i18n import fill
from ui.imports.messages import translated_message
from ui.labels import label


class OptionalDate(QWidget):
    """A date that may be left out: a tick box in front of the date field."""

    def __init__(self, text: str, value: dt.date | None, default: dt.date) -> None:
        super().__init__()
        self.enabled = QCheckBox(text)
        self.date = QDateEdit(QDate(value or default))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.enabled.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        self.enabled.toggled.connect(self.date.setEnabled)
        self.date.setAccessibleName(text)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.enabled.isChecked() else None


class OrganisationForm(QDialog):
    """An organisation's name, English name and kind (a start-up moving in, a visiting
    institution); the kind decides, for instance, who may sit in the start-up zone."""

    def __init__(self, values: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Edit organisation") if values else self.tr("New organisation"))
        self.name = QLineEdit(values.get("name", ""))
        self.name_en = QLineEdit(values.get("name_en", ""))
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(label(OrganisationKind, kind), kind.value)
        self.kind.setCurrentIndex(
            self.kind.findData(values.get("kind", OrganisationKind.STARTUP.value))
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(self.name.text().strip()))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&English name:"), self.name_en)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "name_en": self.name_en.text().strip(),
            "kind": self.kind.currentData(),
        }

    def chosen(self) -> tuple[str, str]:
        return self.name.text().strip(), self.kind.currentData()


class PersonDialog(QDialog):
    def __init__(
        self,
        organisations: Sequence[tuple[int, str]],
        values: dict[str, Any] | None,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        editing: bool = False,
        consequences: Callable[[dt.date | None, dt.date | None], list[StayTrim]] | None = None,
        edit_leave: Callable[[QWidget], None] | None = None,
    ) -> None:
        """``consequences(stay_start, stay_end)`` says what a stay would cut from the person's
        seating (planner.services.people.stay_consequences): shown before anything is saved."""
        super().__init__(parent)
        values = values or {}
        self._consequences = consequences
        self.setWindowTitle(self.tr("Edit person") if editing else self.tr("Add person"))
        self.name_ko = QLineEdit(values.get("name_ko", ""))
        self.name_en = QLineEdit(values.get("name_en", ""))
        self.organisation = QComboBox()
        for org_id, name in organisations:
            self.organisation.addItem(name, org_id)
        chosen = self.organisation.findData(values.get("organisation_id"))
        self.organisation.setCurrentIndex(chosen if chosen >= 0 else (0 if organisations else -1))
        self.new_organisation_button = QPushButton(self.tr("New…"))
        self.new_organisation_button.setToolTip(self.tr("An organisation not in the list yet"))
        self.new_organisation_button.clicked.connect(self._new_organisation)
        if values.get("new_organisation"):  # the form came back after a refusal
            self._add_new_organisation(*values["new_organisation"])
        organisation_row = QHBoxLayout()
        organisation_row.addWidget(self.organisation, 1)
        organisation_row.addWidget(self.new_organisation_button)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(Role, role), role.value)
        self.role.setCurrentIndex(
            max(self.role.findData(values.get("role", Role.RESEARCHER.value)), 0)
        )
        self.email = QLineEdit(values.get("email") or "")
        self.employee_no = QLineEdit(values.get("employee_no") or "")
        self.phone = QLineEdit(values.get("phone") or "")
        self.stay_start = OptionalDate(self.tr("From"), values.get("stay_start"), today)
        self.stay_end = OptionalDate(self.tr("Until"), values.get("stay_end"), today)
        self.stay_note = QLabel()
        self.stay_note.setWordWrap(True)
        self.stay_note.setVisible(False)
        for field in (self.stay_start, self.stay_end):
            field.enabled.toggled.connect(self._show_consequences)
            field.date.dateChanged.connect(self._show_consequences)
        self.needs: dict[DeskFeature, QCheckBox] = {}
        needs_row = QHBoxLayout()
        for feature in DeskFeature:
            if feature == DeskFeature.NONE:
                continue
            box = QCheckBox(feature_labels(int(feature))[0])
            box.setChecked(bool(int(values.get("needs", 0)) & feature))
            self.needs[feature] = box
            needs_row.addWidget(box)
        needs_row.addStretch(1)
        self.notes = QPlainTextEdit(values.get("notes", ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Korean name:"), self.name_ko)
        form.addRow(self.tr("&English name:"), self.name_en)
        # A row of widgets gets no buddy from the form: Alt+O goes to the combo box.
        organisation_label = QLabel(self.tr("&Organisation:"))
        organisation_label.setBuddy(self.organisation)
        form.addRow(organisation_label, organisation_row)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("E-&mail:"), self.email)
        form.addRow(self.tr("Employee &number:"), self.employee_no)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Stay:"), self.stay_start)
        form.addRow("", self.stay_end)
        form.addRow("", self.stay_note)
        self.leave_button: QPushButton | None = None
        if edit_leave is not None:  # an existing person: their leave (ui.people.leave)
            self.leave_button = QPushButton(
                QCoreApplication.translate("Leave", "Leave and sabbaticals…")
            )
            self.leave_button.clicked.connect(lambda: edit_leave(self))
            form.addRow(QCoreApplication.translate("Leave", "Leave:"), self.leave_button)
        form.addRow(self.tr("Desk needs:"), needs_row)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_ko.textChanged.connect(self._check)
        self._check()
        self.name_ko.setFocus()

    def _show_consequences(self, *_args) -> None:
        """What the stay as set now would do to the person's seating, before OK."""
        start, end = self.stay_start.value(), self.stay_end.value()
        trims = []
        if self._consequences is not None and not (start and end and end < start):
            trims = self._consequences(start, end)
        self.stay_note.setVisible(bool(trims))
        if trims:
            lines = [f"• {translated_message(trim.message)}" for trim in trims]
            lead = self.tr("Saving this stay changes the seating:")
            self.stay_note.setText("\n".join([lead, *lines]))

    def _new_organisation(self) -> None:
        dialog = OrganisationForm(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._add_new_organisation(*dialog.chosen())

    def _add_new_organisation(self, name: str, kind: str) -> None:
        """Listed and chosen now; created in the same transaction as the person."""
        index = self.organisation.findData((name, kind))
        if index < 0:
            self.organisation.addItem(fill(self.tr("%1 (new)"), name), (name, kind))
            index = self.organisation.count() - 1
        self.organisation.setCurrentIndex(index)
        self._check()

    def _check(self) -> None:
        ok = bool(self.name_ko.text().strip()) and self.organisation.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, Any]:
        needs = 0
        for feature, box in self.needs.items():
            if box.isChecked():
                needs |= int(feature)
        chosen = self.organisation.currentData()
        new = tuple(chosen) if isinstance(chosen, tuple) else None
        return {
            "name_ko": self.name_ko.text().strip(),
            "name_en": self.name_en.text().strip(),
            "organisation_id": None if new else chosen,
            "new_organisation": new,  # (name, kind) to create with the person, or None
            "role": self.role.currentData(),
            "email": self.email.text().strip() or None,
            "employee_no": self.employee_no.text().strip() or None,
            "phone": self.phone.text().strip(),
            "stay_start": self.stay_start.value(),
            "stay_end": self.stay_end.value(),
            "needs": needs,
            "notes": self.notes.toPlainText().strip(),
        }
