"""Signing a cycle: the date and both signatories, with a word that it is final."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill
from ui.renewals.data import CycleInfo
from ui.renewals.decision_dialog import PROBLEM_STYLE, to_date, to_qdate


class SignDialog(QDialog):
    def __init__(
        self,
        cycle: CycleInfo,
        today: dt.date,
        parent: QWidget | None = None,
        signers: tuple[str, str] = ("", ""),
        electronic: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Sign the %1 renewal"), cycle.year))
        self.setMinimumWidth(440)
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        # Who signs as the frozen agreement's signature blocks say, unless recorded otherwise.
        # Signed electronically: the names and the day come from the signatures themselves.
        self.kt_edit = QLineEdit(signers[0] if electronic else cycle.signatory_kt or signers[0])
        self.kaist_edit = QLineEdit(
            signers[1] if electronic else cycle.signatory_kaist or signers[1]
        )
        self.kt_edit.setPlaceholderText(self.tr("e.g. KT 융합기술원장"))
        self.kaist_edit.setPlaceholderText(self.tr("e.g. KAIST 연구원장"))
        note = QLabel(
            self.tr(
                "Signing is final: the cycle becomes read-only and this step cannot be undone. "
                "Concluded tasks are closed and new tasks become active in the catalogue."
            )
        )
        note.setWordWrap(True)
        self.evidence_label = QLabel(
            self.tr(
                "KT and KAIST signed the agreement electronically: the date and the signatories "
                "are those of their signatures, which are kept as the evidence."
            )
            if electronic
            else ""
        )
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setVisible(electronic)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Date of signature"), self.date_edit)
        form.addRow(self.tr("KT signatory"), self.kt_edit)
        form.addRow(self.tr("KAIST signatory"), self.kaist_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.evidence_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.kt_edit.textChanged.connect(self._update)
        self.kaist_edit.textChanged.connect(self._update)
        self._update()

    def signed_on(self) -> dt.date:
        return to_date(self.date_edit.date())

    def signatories(self) -> tuple[str, str]:
        return self.kt_edit.text().strip(), self.kaist_edit.text().strip()

    def _update(self, *_args) -> None:
        missing = not all(self.signatories())
        self.problem_label.setText(self.tr("Both signatories are needed.") if missing else "")
        self.ok_button.setEnabled(not missing)
