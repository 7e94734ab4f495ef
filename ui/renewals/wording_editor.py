"""Editing the agreement's wording (both languages) with a check and a preview.

The wording is shared by everyone on the database and versioned: saving makes new versions
of the languages that changed (one undo step). Each edit is checked as it is typed — parsed,
filled in and paired with the other language — and *Preview* builds the draft agreement of
the cycle shown with the edited wording, off the main thread. An agreed agreement keeps the
wording it was frozen with; the dialog says so.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.export.agreement_data import TemplateText
from planner.export.templates import shipped_text
from planner.services.agreement_templates import check_wording, current_templates
from ui.accessibility import name_widget
from ui.background import Pool, run_in_background
from ui.errors import error_message
from ui.i18n import fill
from ui.renewals.decision_dialog import PROBLEM_STYLE
from ui.screen_fit import fit_to_screen

LANGUAGES = ("ko", "en")


def build_preview(
    sessions: sessionmaker[Session], year: int, texts: dict[str, str], lang: str
) -> bytes:
    """The draft agreement of ``year`` with ``texts`` as its wording (nothing is stored)."""
    from planner.export.agreement import Issue, build_agreement
    from planner.services.agreements import live_data

    with sessions() as session:
        data = live_data(session, year)
    templates = {code: TemplateText(0, texts[code]) for code in LANGUAGES}
    return build_agreement(dataclasses.replace(data, templates=templates), lang, Issue(draft=True))


class WordingEditor(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        year: int | None,
        *,
        pool: Pool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.year, self.pool = sessions, year, pool
        self.setWindowTitle(self.tr("Agreement wording"))
        fit_to_screen(self, 1300, 820)
        with sessions() as session:
            self.in_use: dict[str, TemplateText] = current_templates(session)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.tabs = QTabWidget()
        for lang, title in (("ko", self.tr("Korean")), ("en", self.tr("English"))):
            editor = QPlainTextEdit(self.in_use[lang].text)
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.textChanged.connect(self._schedule_check)
            self.editors[lang] = editor
            self.tabs.addTab(editor, title)
            name_widget(editor, fill(self.tr("Wording in %1"), title))
        self.versions_label = QLabel(self._versions_text())
        self.versions_label.setWordWrap(True)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What changed (kept with the new version)"))
        name_widget(self.note_edit, self.note_edit.placeholderText())
        self.shipped_button = QPushButton(self.tr("Restore the shipped wording"))
        self.shipped_button.clicked.connect(self.restore_shipped)

        self.preview_lang = QComboBox()
        for code, text in (
            ("ko", self.tr("Korean")),
            ("en", self.tr("English")),
            ("both", self.tr("Both")),
        ):
            self.preview_lang.addItem(text, code)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setEnabled(year is not None)
        self.preview_button.clicked.connect(self.preview)
        self.preview_status = QLabel()
        self._pdf_bytes = QByteArray()
        self._pdf_buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.versions_label)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.check_label)
        left_layout.addWidget(self.note_edit)
        left_layout.addWidget(self.shipped_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        controls.addWidget(self.preview_lang)
        name_widget(self.preview_lang, self.tr("Language of the preview"))
        controls.addWidget(self.preview_button)
        controls.addWidget(self.preview_status, 1)
        right_layout.addLayout(controls)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check)
        self.check()

    # -- what the dialog produced -----------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {lang: editor.toPlainText() for lang, editor in self.editors.items()}

    def changed(self) -> dict[str, str]:
        """Only the languages whose wording differs from the one in use."""
        return {lang: t for lang, t in self.texts().items() if t != self.in_use[lang].text}

    def note(self) -> str:
        return self.note_edit.text().strip()

    # -- checking and previewing -------------------------------------------------------------
    def _versions_text(self) -> str:
        def one(lang: str, name: str) -> str:
            version = self.in_use[lang].version
            if version == 0:
                return fill(self.tr("%1: the shipped wording"), name)
            return fill(self.tr("%1: version %2"), name, version)

        in_use = ", ".join((one("ko", self.tr("Korean")), one("en", self.tr("English"))))
        return fill(
            self.tr(
                "In use: %1. Saving makes new versions for everyone; an agreed agreement keeps "
                "the wording it was agreed with."
            ),
            in_use,
        )

    def _schedule_check(self) -> None:
        self._timer.start()

    def check(self) -> bool:
        try:
            check_wording(self.texts())
        except PlannerError as error:
            self.check_label.setStyleSheet(PROBLEM_STYLE)
            self.check_label.setText(error_message(error))
            self.save_button.setEnabled(False)
            return False
        self.check_label.setStyleSheet("color: #1b5e20;")
        self.check_label.setText(
            self.tr("The wording can make an agreement in Korean, English and both.")
            if self.changed()
            else self.tr("No changes.")
        )
        self.save_button.setEnabled(bool(self.changed()))
        return True

    def restore_shipped(self) -> None:
        for lang, editor in self.editors.items():
            editor.setPlainText(shipped_text(lang))
        self.check()

    def preview(self) -> None:
        if self.year is None or not self.check():
            return
        year, texts, lang = self.year, self.texts(), self.preview_lang.currentData()
        self.preview_button.setEnabled(False)
        self.preview_status.setText(self.tr("Building the preview…"))

        def work():
            return build_preview(self.sessions, year, texts, lang)
            yield  # a generator for ui.background

        run_in_background(
            work,
            on_result=self._show_preview,
            on_error=self._preview_failed,
            on_finished=lambda: self.preview_button.setEnabled(True),
            pool=self.pool,
        )

    def _show_preview(self, pdf: bytes) -> None:
        self.document.close()
        self._pdf_buffer.close()
        self._pdf_bytes = QByteArray(pdf)
        self._pdf_buffer.setData(self._pdf_bytes)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._pdf_buffer)
        self.preview_status.setText(
            fill(
                self.tr("Draft of %1 with this wording: %2 pages"),
                self.year,
                self.document.pageCount(),
            )
        )

    def _preview_failed(self, error: BaseException) -> None:
        text = error_message(error) if isinstance(error, PlannerError) else str(error)
        self.preview_status.setText(fill(self.tr("No preview: %1"), text))
