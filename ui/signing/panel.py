"""The Signatures panel: every signature of a PDF checked against the trusted roots.

One row per signature (ui.signing.models), a sentence for the whole file above the table and
one for the chosen signature below it, in words a partnership officer reads without knowing
PKI. The check runs in the background (ui.background); nothing is fetched from the network:
the roots are those of the signature settings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.signing import SignatureCheck
from ui.background import Pool, run_in_background
from ui.errors import error_message
from ui.i18n import fill
from ui.signing import texts
from ui.signing.models import BAD, GOOD, SignaturesModel


def check_signatures(content: bytes, roots: list[str]):
    """The background work: the signatures of ``content`` against the root files ``roots``,
    and the page of the first stamp."""
    from planner.signing import load_certificates, signature_pages, verify_pdf  # noqa: PLC0415

    yield None
    checks = verify_pdf(content, load_certificates(roots))
    places = signature_pages(content)
    return checks, min((places[c.field] for c in checks if c.field in places), default=None)


class SignaturesPanel(QWidget):
    checked = Signal(object)  # list[SignatureCheck], or the error
    stamp_place = Signal(int, float)  # the first stamp: page, points from the page's top

    def __init__(self, parent: QWidget | None = None, pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.checks: list[SignatureCheck] | None = None
        self.roots: list[str] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = SignaturesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.roots_label = QLabel()
        self.roots_label.setWordWrap(True)
        self.roots_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.title, self.summary, self.table, self.explanation, self.roots_label):
            layout.addWidget(widget)
        self.retranslate()

    def check(self, content: bytes, roots: list[str]) -> None:
        """Check ``content``'s signatures against the root certificate files ``roots``."""
        self.roots = list(roots)
        self._show_roots()
        self.summary.setText(self.tr("Checking the signatures…"))
        run_in_background(
            lambda: check_signatures(content, self.roots),
            on_result=self._show,
            on_error=self._failed,
            pool=self.pool,
        )

    def _show(self, found: tuple[list[SignatureCheck], tuple[int, float] | None]) -> None:
        checks, place = found
        self.checks = checks
        self.model.set_rows(checks)
        self.summary.setText(texts.summary(checks))
        good = bool(checks) and all(check.good for check in checks)
        self.summary.setStyleSheet(f"color: {(GOOD if good else BAD).name()};")
        self.table.setVisible(bool(checks))
        if checks:
            self.table.selectRow(0)
        self._explain()
        self.checked.emit(checks)
        if place is not None:
            self.stamp_place.emit(*place)

    def _failed(self, error: BaseException) -> None:
        self.checks = None
        self.model.set_rows(())
        self.summary.setText(
            fill(self.tr("The signatures could not be checked: %1"), error_message(error))
        )
        self.summary.setStyleSheet(f"color: {BAD.name()};")
        self.explanation.setText("")
        self.checked.emit(error)

    def _explain(self) -> None:
        row = self.table.currentIndex().row()
        if self.checks and 0 <= row < len(self.checks):
            check = self.checks[row]
            self.explanation.setText(f"{texts.field_name(check.field)}: {texts.verdict(check)}")
        else:
            self.explanation.setText("")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Signatures"))
        self.table.setAccessibleName(self.tr("Signatures"))
        self._show_roots()
        self.model.retranslate()
        if self.checks is not None:
            self.summary.setText(texts.summary(self.checks))
            self._explain()

    def _show_roots(self) -> None:
        self.roots_label.setText(
            fill(
                self.tr("Trusted root certificates: %1 (Agreement ▸ Signature settings…)"),
                len(self.roots),
            )
            if self.roots
            else self.tr(
                "No trusted root certificate is set: no signature can be trusted until one is "
                "added (Agreement ▸ Signature settings…)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
