"""Agreement ▸ Signature settings…: the trusted root certificates and the timestamp authority.

Stored with the other settings (ui.settings: TRUST_ROOTS, TIMESTAMP_URL). A root file is
read when it is added, so a file that is not a certificate is refused at once, not at the
next check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationError
from ui.errors import error_message
from ui.settings import CERTIFICATE_FOLDER, TIMESTAMP_URL, TRUST_ROOTS, Settings


class SigningSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Signature settings"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "A signature is trusted when the signer's certificate comes from one of these "
                "root certificates (PEM or DER files, e.g. from your institution's IT or the "
                "certificate authority). The timestamp authority, if given, adds a trusted time "
                "to each signature (PAdES B-T)."
            )
        )
        intro.setWordWrap(True)
        self.roots_list = QListWidget()
        self.roots_list.addItems(settings.get(TRUST_ROOTS))
        self.add_button = QPushButton(self.tr("Add…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_root)
        self.remove_button.clicked.connect(self.remove_root)
        self.roots_list.currentRowChanged.connect(self._update)
        self.url_edit = QLineEdit(settings.get(TIMESTAMP_URL))
        self.url_edit.setPlaceholderText(
            self.tr("e.g. http://timestamp.example.kr/tsa (empty: none)")
        )
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        roots = QHBoxLayout()
        roots.addWidget(self.roots_list, 1)
        roots.addLayout(side)
        form = QFormLayout()
        form.addRow(self.tr("Timestamp authority (URL)"), self.url_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        roots_label = QLabel(self.tr("Trusted root certificates"))
        roots_label.setBuddy(self.roots_list)  # read by screen readers
        layout.addWidget(roots_label)
        layout.addLayout(roots)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self._update()

    def roots(self) -> list[str]:
        return [self.roots_list.item(i).text() for i in range(self.roots_list.count())]

    def choose_root(self) -> None:
        folder = self.settings.get(CERTIFICATE_FOLDER) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Trusted root certificate"),
            folder,
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        if chosen:
            self.add_root(chosen)

    def add_root(self, path: str) -> bool:
        """Add ``path`` if it holds a certificate; False (and the reason shown) otherwise."""
        from planner.signing import load_certificates  # noqa: PLC0415

        try:
            load_certificates([path])
        except ValidationError as error:
            self.problem_label.setText(error_message(error))
            return False
        self.problem_label.setText("")
        if path not in self.roots():
            self.roots_list.addItem(path)
        return True

    def remove_root(self) -> None:
        row = self.roots_list.currentRow()
        if row >= 0:
            self.roots_list.takeItem(row)
        self._update()

    def accept(self) -> None:
        self.settings.set(TRUST_ROOTS, self.roots())
        self.settings.set(TIMESTAMP_URL, self.url_edit.text().strip())
        super().accept()

    def _update(self, *_args) -> None:
        self.remove_button.setEnabled(self.roots_list.currentRow() >= 0)
