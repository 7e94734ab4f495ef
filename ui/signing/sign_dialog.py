"""Agreement ▸ Sign…: sign the frozen agreement of a year as KT or KAIST (PAdES, pyHanko).

The party, the certificate file (.p12/.pfx; its folder is remembered), its password (never
stored), the language of the agreement and the file: for KT where the signed copy goes, for
KAIST the copy KT signed, to which KAIST's signature is added. Signing runs in the background
(ui.background) with a session of its own; a refusal (not agreed yet, KAIST before KT, a
wrong password, an expired certificate, …) is said under the form and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from ui.background import Pool, run_in_background
from ui.i18n import fill
from ui.settings import CERTIFICATE_FOLDER, LAST_FOLDER, TIMESTAMP_URL, Settings
from ui.signing import texts

PARTIES = ("kt", "kaist")
LANGUAGES = ("ko", "en", "both")


@dataclass(frozen=True)
class SignOutcome:
    path: Path
    party: str
    signer: str
    sha256: str
    both_signed: bool  # one file now carries KT's and KAIST's signatures


def sign_work(sessions, year, lang, party, p12, password, path, timestamp_url):
    """The background work: load the certificate, sign, record; returns a SignOutcome."""
    from planner.services.signatures import sign_agreement, signing_evidence  # noqa: PLC0415
    from planner.signing import load_signer  # noqa: PLC0415

    yield None
    signer = load_signer(p12, password)
    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper  # noqa: PLC0415

        timestamper = HTTPTimeStamper(timestamp_url)
    with sessions() as session, session.begin():
        signature = sign_agreement(
            session, year, lang, party, signer, path, timestamper=timestamper
        )
        both = signing_evidence(session, signature.document.cycle) is not None
        return SignOutcome(Path(path), party, signature.signer, signature.document.sha256, both)


class SignAgreementDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        year: int,
        settings: Settings,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.year = year
        self.settings = settings
        self.pool = pool
        self.outcome: SignOutcome | None = None
        self.setWindowTitle(fill(self.tr("Sign the %1 agreement"), year))
        self.setMinimumWidth(560)

        intro = QLabel(
            fill(
                self.tr(
                    "The agreed (frozen) %1 agreement is signed electronically with the "
                    "signer's certificate. KT signs first; KAIST then signs the file KT signed, "
                    "and both signatures stay valid."
                ),
                year,
            )
        )
        intro.setWordWrap(True)
        self.party_combo = QComboBox()
        for party in PARTIES:
            self.party_combo.addItem(texts.party_name(party), party)
        self.lang_combo = QComboBox()
        for lang in LANGUAGES:
            self.lang_combo.addItem(texts.language_name(lang), lang)
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setPlaceholderText(self.tr("the signer's .p12 or .pfx file"))
        self.certificate_button = QPushButton(self.tr("Choose…"))
        self.certificate_button.clicked.connect(self.choose_certificate)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("the certificate's password (not stored)"))
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_button = QPushButton(self.tr("Choose…"))
        self.file_button.clicked.connect(self.choose_file)
        self.level_label = QLabel()
        self.level_label.setWordWrap(True)
        self.level_label.setStyleSheet("color: #555;")
        help_label = QLabel(
            self.tr(
                "Using a 공동인증서 (a folder with signCert.der and signPri.key)? Export it as a "
                ".p12 or .pfx file first: in your certificate manager (e.g. the bank's or "
                "your institution's 인증서 관리 program), choose the certificate, then "
                "“Export” or “인증서 내보내기”, choose PKCS#12 (.p12/.pfx) and give it a password. "
                "Lab Planner never reads the certificate folder itself."
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Sign"))
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)

        def row(edit: QWidget, button: QPushButton) -> QHBoxLayout:
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            line.addWidget(button)
            return line

        certificate_label = QLabel(self.tr("Certificate file"))
        certificate_label.setBuddy(self.certificate_edit)  # read by screen readers
        self.file_label.setBuddy(self.file_edit)
        form = QFormLayout()
        form.addRow(self.tr("Sign as"), self.party_combo)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(certificate_label, row(self.certificate_edit, self.certificate_button))
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.file_label, row(self.file_edit, self.file_button))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.level_label)
        layout.addWidget(help_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.party_combo.currentIndexChanged.connect(self._party_changed)
        self.lang_combo.currentIndexChanged.connect(self._language_changed)
        for edit in (self.certificate_edit, self.file_edit):
            edit.textChanged.connect(self._update)
        self._language_changed()
        url = settings.get(TIMESTAMP_URL)
        self.level_label.setText(
            fill(self.tr("Level PAdES B-T: the time comes from %1."), url)
            if url
            else self.tr(
                "Level PAdES B-B: the time is the signer's own (set a timestamp authority in "
                "Agreement ▸ Signature settings… for B-T)."
            )
        )

    # -- the form ---------------------------------------------------------------------------
    def party(self) -> str:
        return self.party_combo.currentData()

    def language(self) -> str:
        return self.lang_combo.currentData()

    def _signed_parties(self) -> set[str]:
        from planner.services.agreements import agreement_cycle  # noqa: PLC0415
        from planner.services.signatures import signatures_of  # noqa: PLC0415

        with self.sessions() as session:
            cycle = agreement_cycle(session, self.year)
            return {s.party for s in signatures_of(session, cycle, self.language())}

    def _language_changed(self, *_args) -> None:
        # The party whose turn it is: KT, then KAIST.
        done = self._signed_parties()
        party = "kaist" if "kt" in done else "kt"
        self.party_combo.setCurrentIndex(self.party_combo.findData(party))
        self._party_changed()

    def _party_changed(self, *_args) -> None:
        self.file_label.setText(
            self.tr("Save the signed file as")
            if self.party() == "kt"
            else self.tr("The file KT signed")
        )
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        self.file_edit.setText(
            str(Path(folder) / f"agreement-{self.year}-{self.language()}-signed.pdf")
        )
        self._update()

    def _update(self, *_args) -> None:
        ready = bool(self.certificate_edit.text().strip() and self.file_edit.text().strip())
        self.sign_button.setEnabled(ready)

    def choose_certificate(self) -> None:
        folder = self.settings.get(CERTIFICATE_FOLDER) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate file"),
            folder,
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )
        if chosen:
            self.certificate_edit.setText(chosen)

    def choose_file(self) -> None:
        current = self.file_edit.text()
        if self.party() == "kt":
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.file_label.text(), current, self.tr("PDF documents (*.pdf)")
            )
        else:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.file_label.text(), current, self.tr("PDF documents (*.pdf)")
            )
        if chosen:
            self.file_edit.setText(chosen)

    # -- signing ----------------------------------------------------------------------------
    def sign(self) -> None:
        certificate = self.certificate_edit.text().strip()
        target = self.file_edit.text().strip()
        if self.party() == "kt" and not target.lower().endswith(".pdf"):
            target += ".pdf"
        self.settings.set(CERTIFICATE_FOLDER, str(Path(certificate).parent))
        password = self.password_edit.text()
        self.password_edit.clear()  # held no longer than the signing needs it
        self.problem_label.setStyleSheet("color: #555;")
        self.problem_label.setText(self.tr("Signing…"))
        self.sign_button.setEnabled(False)
        run_in_background(
            lambda: sign_work(
                self.sessions, self.year, self.language(), self.party(), certificate,
                password, target, self.settings.get(TIMESTAMP_URL),
            ),
            on_result=self._signed,
            on_error=self._refused,
            pool=self.pool,
        )

    def _signed(self, outcome: SignOutcome) -> None:
        self.outcome = outcome
        self.settings.set(LAST_FOLDER, str(outcome.path.resolve().parent))
        self.problem_label.setText("")
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setText(texts.refusal(error))
        self._update()
