"""The agreement's preview: Save as… PDF, HWPX (한글) or DOCX (Word), and *Compare with last
year*, which opens the 신구대조표 in a preview of its own (saved the same three ways).

Editable copies and the comparison are made in the background (ui.background) by the same
services as ``planner export agreement --format`` and ``planner export comparison``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ui.background import Pool, run_in_background
from ui.documents import copies
from ui.documents.preview import PdfPreviewDialog
from ui.errors import show_error
from ui.i18n import fill
from ui.settings import LAST_FOLDER, Settings

SUFFIXES = {"pdf": ".pdf", "hwpx": ".hwpx", "docx": ".docx"}
# Writes the document as an editable copy ('hwpx' or 'docx') to a path, off the main thread.
WriteCopy = Callable[[str, Path], object]


class CopyPreviewDialog(PdfPreviewDialog):
    """A PDF preview whose Save as… also writes the editable copies (HWPX, DOCX)."""

    def __init__(
        self,
        pdf: bytes,
        *,
        write_copy: WriteCopy,
        title: str = "",
        file_name: str = "document.pdf",
        settings: Settings | None = None,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        self.write_copy = write_copy
        self.saving = False
        super().__init__(
            pdf, title=title, file_name=file_name, settings=settings, parent=parent, pool=pool
        )

    def filters(self) -> dict[str, str]:
        return {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "hwpx": self.tr("Hancom Hangul documents (*.hwpx)"),
            "docx": self.tr("Word documents (*.docx)"),
        }

    def save_as(self) -> Path | None:
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        filters = self.filters()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as"),
            str(Path(folder) / self.file_name),
            ";;".join(filters.values()),
        )
        if not chosen:
            return None
        target = Path(chosen)
        by_filter = next((f for f, text in filters.items() if text == chosen_filter), "pdf")
        fmt = next((f for f, s in SUFFIXES.items() if target.suffix.lower() == s), by_filter)
        if not target.suffix:
            target = target.with_suffix(SUFFIXES[fmt])
        return self.save_to(target, fmt)

    def save_to(self, target: Path, fmt: str) -> Path | None:
        """Write the PDF shown (its very bytes), or make and write an editable copy."""
        from planner.fileio import write_atomically  # noqa: PLC0415

        if fmt == "pdf":
            try:
                write_atomically(target, self.data)
            except OSError as error:
                show_error(self, error, self.tr("Save as"))
                return None
            self._saved(target)
            return target
        if self.saving:
            return None
        self.saving = True
        self.save_button.setEnabled(False)

        def work():
            yield None
            self.write_copy(fmt, target)
            return target

        run_in_background(
            work,
            on_result=self._saved,
            on_error=lambda error: show_error(self, error, self.tr("Save as")),
            on_finished=self._save_finished,
            pool=self.pool,
        )
        return target

    def _saved(self, target: Path) -> None:
        self.settings.set(LAST_FOLDER, str(Path(target).resolve().parent))
        self.saved_path = Path(target)

    def _save_finished(self) -> None:
        self.saving = False
        self.save_button.setEnabled(True)


class AgreementPreviewDialog(CopyPreviewDialog):
    """The agreement of a year in a language: saved in three formats, compared with last year."""

    def __init__(
        self,
        document: copies.AgreementDocument,
        *,
        sessions: copies.Sessions,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        self.sessions = sessions
        self.year, self.lang = document.year, document.lang
        self.comparison: CopyPreviewDialog | None = None
        self.compare_button = QPushButton()
        super().__init__(
            document.pdf,
            write_copy=lambda fmt, path: copies.write_agreement_copy(
                sessions, document.year, document.lang, fmt, path
            ),
            file_name=document.file_name,
            settings=settings,
            parent=parent,
            pool=pool,
        )
        self.layout().itemAt(0).layout().insertWidget(3, self.compare_button)
        self.compare_button.clicked.connect(self.compare_with_last_year)
        self.setWindowTitle(document.file_name)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "compare_button"):
            self.compare_button.setText(self.tr("Compare with last year"))
            self.compare_button.setToolTip(
                self.tr("The comparison table: every clause and annex row that differs from "
                        "last year's agreement, with the reason")
            )

    def comparison_language(self) -> str:
        return "en" if self.lang == "en" else "ko"

    def compare_with_last_year(self) -> None:
        year, lang = self.year, self.comparison_language()
        self.compare_button.setEnabled(False)

        def work():
            yield None
            return copies.comparison_document(self.sessions, year, lang)

        run_in_background(
            work,
            on_result=self._show_comparison,
            on_error=lambda error: show_error(self, error, self.tr("Compare with last year")),
            on_finished=lambda: self.compare_button.setEnabled(True),
            pool=self.pool,
        )

    def _show_comparison(self, document: copies.ComparisonDocument) -> None:
        if self.comparison is not None:
            self.comparison.close()
            self.comparison.deleteLater()
        sessions, year, lang = self.sessions, document.year, document.lang
        against, version = document.against, document.version
        self.comparison = CopyPreviewDialog(
            document.pdf,
            write_copy=lambda fmt, path: copies.write_comparison(
                sessions, year, lang, fmt, path, against=against, version=version
            ),
            title=fill(self.tr("Comparison table: %1"), document.file_name),
            file_name=document.file_name,
            settings=self.settings,
            parent=self,
            pool=self.pool,
        )
        self.comparison.open()
