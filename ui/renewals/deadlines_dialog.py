"""Editing a cycle's consultation deadline and signing target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from ui.accessibility import name_widget
from ui.i18n import fill


class _OptionalDate(QWidget):
    """A date that may also be "none"."""

    def __init__(self, day: dt.date | None, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.none = QCheckBox(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.none)
        self.none.toggled.connect(lambda off: self.edit.setEnabled(not off))
        self.set_value(day)

    def set_value(self, day: dt.date | None) -> None:
        self.none.setChecked(day is None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> dt.date | None:
        if self.none.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


class DeadlinesDialog(QDialog):
    def __init__(
        self, year: int, consultation: dt.date | None, signing: dt.date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Deadlines of the %1 cycle"), year))
        self.consultation = _OptionalDate(consultation, self.tr("none"))
        self.signing = _OptionalDate(signing, self.tr("none"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Consultation deadline"), self.consultation)
        form.addRow(self.tr("Signing target"), self.signing)
        name_widget(self.consultation.edit, self.tr("Consultation deadline"))
        name_widget(self.signing.edit, self.tr("Signing target"))
        form.addRow(buttons)

    def values(self) -> tuple[dt.date | None, dt.date | None]:
        return self.consultation.value(), self.signing.value()
