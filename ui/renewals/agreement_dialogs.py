"""The agreement's terms recorded on a cycle, and the reason for unfreezing an agreed one.

:class:`AgreementTermsDialog` edits the desks KT commits to and both signature blocks
(institution, address, representative, and a delegate who signs with the basis of the
delegation), each in Korean and English; read-only while the agreement is frozen.
:class:`UnfreezeDialog` asks why an agreed cycle goes back to consultation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.services.agreements import PARTY_FIELDS
from ui.i18n import fill
from ui.renewals.data import AgreementTerms
from ui.renewals.decision_dialog import PROBLEM_STYLE

PARTY_TITLES = {"kt": "KT", "kaist": "KAIST"}


class AgreementTermsDialog(QDialog):
    def __init__(
        self,
        year: int,
        terms: AgreementTerms,
        *,
        read_only_reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Agreement terms of %1"), year))
        self.terms = terms
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(0, 100000)
        self.seats_spin.setSpecialValueText(self.tr("not recorded"))
        self.seats_spin.setSuffix(self.tr(" desks"))
        self.seats_spin.setValue(terms.seats_committed or 0)
        self.seats_spin.setMaximumWidth(160)
        self.seats_spin.setToolTip(
            self.tr(
                "Article 6: the research space KT provides, “about N desks”. A term of the "
                "agreement, not today's count of occupied desks."
            )
        )
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        labels = {
            "institution": self.tr("Institution"),
            "address": self.tr("Address"),
            "position": self.tr("Representative's position"),
            "name": self.tr("Representative's name"),
            "signer_position": self.tr("Delegate who signs: position"),
            "signer_name": self.tr("Delegate who signs: name"),
            "delegation": self.tr("Basis of the delegation"),
        }
        boxes = QHBoxLayout()
        for key, values in terms.parties.items():
            box = QGroupBox(PARTY_TITLES[key])
            grid = QGridLayout(box)
            grid.addWidget(QLabel(self.tr("Korean")), 0, 1)
            grid.addWidget(QLabel(self.tr("English")), 0, 2)
            for row, name in enumerate(PARTY_FIELDS, start=1):
                grid.addWidget(QLabel(labels[name]), row, 0)
                for column, lang in enumerate(("ko", "en"), start=1):
                    edit = QLineEdit(values[f"{name}_{lang}"])
                    edit.setCursorPosition(0)  # a long address shows its beginning
                    edit.setMinimumWidth(130)  # both parties side by side on 1280 pixels
                    edit.setAccessibleName(f"{PARTY_TITLES[key]} {labels[name]} ({lang})")
                    edit.textChanged.connect(self._update)
                    self.edits[(key, f"{name}_{lang}")] = edit
                    grid.addWidget(edit, row, column)
            note = QLabel(
                self.tr("Leave the delegate empty when the representative signs in person.")
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            grid.addWidget(note, len(PARTY_FIELDS) + 1, 0, 1, 3)
            boxes.addWidget(box)
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
        form = QFormLayout()
        form.addRow(self.tr("Desks KT provides (Article 6)"), self.seats_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addLayout(form)
        layout.addLayout(boxes)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        if read_only_reason:
            self.seats_spin.setEnabled(False)
            for edit in self.edits.values():
                edit.setReadOnly(True)
            self.ok_button.setVisible(False)
        self._update()

    def entered(self) -> AgreementTerms:
        parties: dict[str, dict[str, str]] = {key: {} for key in self.terms.parties}
        for (key, field), edit in self.edits.items():
            parties[key][field] = edit.text().strip()
        return AgreementTerms(self.seats_spin.value() or None, parties)

    def _update(self, *_args: object) -> None:
        problems = []
        for key, values in self.entered().parties.items():
            signer = any(
                values[f"signer_{n}_{lang}"] for n in ("position", "name") for lang in ("ko", "en")
            )
            if signer and not (values["delegation_ko"] and values["delegation_en"]):
                problems.append(
                    fill(
                        self.tr("%1: a delegate signs, so give the basis of the delegation."),
                        PARTY_TITLES[key],
                    )
                )
        self.problem_label.setText("\n".join(problems))
        self.ok_button.setEnabled(not problems)


class UnfreezeDialog(QDialog):
    """Why an agreed cycle goes back to consultation: kept with the unfrozen snapshot."""

    def __init__(self, year: int, version: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Unfreeze the %1 agreement"), year))
        self.setMinimumWidth(460)
        note = QLabel(
            fill(
                self.tr(
                    "Going back to consultation unfreezes version %1 of the agreement. It stays "
                    "on record with your reason; the next agreement will be version %2."
                ),
                version or 1,
                (version or 0) + 1,
            )
        )
        note.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("e.g. KAIST asked to add a task"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unfreeze"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        reason_label = QLabel(self.tr("Reason (required)"))
        reason_label.setBuddy(self.reason_edit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
