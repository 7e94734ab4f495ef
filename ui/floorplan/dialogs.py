"""Small dialogs of the floor plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)


class MoveOutDialog(QDialog):
    """The last day at the desk, or none (open-ended)."""

    def __init__(
        self,
        who: str,
        desk_code: str,
        current: dt.date | None,
        suggested: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set move-out date"))
        self.date = QDateEdit(QDate(current or suggested))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.open_ended = QCheckBox(self.tr("No move-out date (stays until further notice)"))
        self.open_ended.toggled.connect(lambda on: self.date.setEnabled(not on))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%1 at desk %2").replace("%1", who).replace("%2", desk_code)))
        form.addRow(self.tr("Last day at the desk:"), self.date)
        form.addRow(self.open_ended)
        form.addRow(buttons)

    def last_day(self) -> dt.date | None:
        return None if self.open_ended.isChecked() else self.date.date().toPython()
