"""Import people or desks from a spreadsheet: sheet/encoding, column mapping, preview, import.

One window, top to bottom: the file (with its sheet for XLSX, its encoding for CSV), the
mapping of its columns, and the preview of what the import would do. Every change of sheet,
encoding or mapping computes the preview again in the background. Import is possible only
while no row has an error; it runs in ONE transaction in the background (cancellable until
the commit) and ends with a summary.

The dialog does the first run only; ui.imports.actions puts the import on the undo stack as
one command (ui.imports.commands), so Edit ▸ Undo puts back exactly what it changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import DatabaseProblem, PlannerError
from planner.io.columns import ColumnMapping, recognise_desk_columns, recognise_people_columns
from planner.io.import_jobs import PEOPLE, Progress, import_steps, preview_steps
from planner.io.preview import ImportPreview, ImportSummary
from planner.io.read_table import Table, list_sheets, preferred_sheet, read_table
from ui.background import BackgroundJob, Pool, run_in_background
from ui.errors import show_error
from ui.i18n import fill
from ui.imports.mapping import MappingPanel
from ui.imports.messages import reading_problem
from ui.imports.models import PreviewTableModel, preview_items
from ui.imports.texts import stage_label
from ui.models.base import SearchProxyModel
from ui.pages.base import make_table_view

# What the encoding box offers besides the detected one: what Korean offices produce.
ENCODINGS = ("utf-8", "cp949", "utf-16", "latin-1")


def database_error(error: BaseException) -> BaseException:
    """SQLAlchemy's errors as the domain error the user is shown (as ui.transactions does)."""
    if isinstance(error, SQLAlchemyError):
        return DatabaseProblem(str(getattr(error, "orig", None) or error))
    return error


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportSummary, after the commit

    def __init__(
        self,
        path: str | Path,
        kind: str,
        sessions: sessionmaker[Session],
        *,
        pool: Pool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Reads the file at once: raises SpreadsheetError when it cannot be used."""
        super().__init__(parent)
        self.path = Path(path)
        self.kind = kind
        self.sessions = sessions
        self.pool = pool
        self.table: Table | None = None
        self.is_xlsx = False
        self.detected_encoding: str | None = None
        self.preview: ImportPreview[Any] | None = None
        self.summary: ImportSummary | None = None
        self._preview_job: BackgroundJob | None = None
        self._generation = 0  # previews of an older mapping are dropped when they arrive
        # What the last import wrote from: its undo command imports the same rows on redo.
        self.imported_preview: ImportPreview[Any] | None = None
        self.imported_with_new_organisations = False

        self.file_label = QLabel(self.path.name)
        self.sheet_label = QLabel()
        self.sheet_box = QComboBox()
        self.encoding_label = QLabel()
        self.encoding_box = QComboBox()
        self.create_organisations = QCheckBox()
        self.create_organisations.setVisible(kind == PEOPLE)
        source = QFormLayout()
        self.file_caption = QLabel()
        source.addRow(self.file_caption, self.file_label)
        source.addRow(self.sheet_label, self.sheet_box)
        source.addRow(self.encoding_label, self.encoding_box)
        source.addRow(self.create_organisations)

        self.mapping_panel = MappingPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_panel)
        self.mapping_group = QGroupBox()
        QVBoxLayout(self.mapping_group).addWidget(scroll)

        self.model = PreviewTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, self)
        # Unsorted until the user clicks a header: the rows come in file order already, and
        # sorting 100,000 rows on every new preview would take seconds.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.counts_label = QLabel()
        self.problems_only = QCheckBox()
        self.problems_only.toggled.connect(self._filter_problems)
        self.preview_group = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_group)
        bar = QHBoxLayout()
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.problems_only)
        preview_layout.addLayout(bar)
        preview_layout.addWidget(self.view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping_group)
        splitter.addWidget(self.preview_group)
        splitter.setSizes([260, 420])

        self.blocked_label = QLabel()  # why Import is disabled, or the summary afterwards
        self.blocked_label.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.blocked_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.mapping_panel.mapping_changed.connect(self._mapping_changed)
        self.create_organisations.toggled.connect(lambda _on: self.refresh_preview())

        self.resize(980, 760)
        self._fill_sources()
        self.retranslate()
        self.load_table()

    # -- the file -----------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        sheets = list_sheets(self.path)
        for choice in sheets:
            self.sheet_box.addItem(choice.name, choice.name)
        preferred = preferred_sheet(sheets)
        if preferred is not None:
            self.sheet_box.setCurrentIndex(self.sheet_box.findData(preferred))
        is_xlsx = self.is_xlsx = bool(sheets)
        self.sheet_label.setVisible(is_xlsx)
        self.sheet_box.setVisible(is_xlsx)
        self.encoding_label.setVisible(not is_xlsx)
        self.encoding_box.setVisible(not is_xlsx)
        if not is_xlsx:
            self.encoding_box.addItem("", None)  # "detected: …", labelled in retranslate
            for name in ENCODINGS:
                self.encoding_box.addItem(name, name)
        self.sheet_box.currentIndexChanged.connect(lambda _i: self._reload_showing_errors())
        self.encoding_box.currentIndexChanged.connect(lambda _i: self._reload_showing_errors())

    def load_table(self) -> None:
        """Read the file with the chosen sheet/encoding and recognise its columns."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.table = read_table(
                self.path,
                sheet=self.sheet_box.currentData() if self.is_xlsx else None,
                encoding=self.encoding_box.currentData(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not self.is_xlsx and self.encoding_box.currentData() is None:
            self.detected_encoding = self.table.encoding
            self.encoding_box.setItemText(
                0, fill(self.tr("Detected: %1"), self.detected_encoding or "?")
            )
        recognise = recognise_people_columns if self.kind == PEOPLE else recognise_desk_columns
        self.mapping_panel.set_table(self.table, recognise(self.table.headers))
        self.refresh_preview()

    def _reload_showing_errors(self) -> None:
        try:
            self.load_table()
        except PlannerError as error:  # e.g. the file is not valid text in that encoding
            self._clear_preview()
            self.blocked_label.setText(str(error))
            show_error(self, reading_problem(error), self.windowTitle())

    # -- the preview --------------------------------------------------------------------------
    @property
    def mapping(self) -> ColumnMapping | None:
        return self.mapping_panel.mapping

    def _mapping_changed(self, _mapping: ColumnMapping) -> None:
        self.refresh_preview()

    def _clear_preview(self) -> None:
        self._generation += 1
        if self._preview_job is not None:
            self._preview_job.cancel()
        self.preview = None
        self.model.set_rows(())
        self.counts_label.setText("")
        self._update_import_button()

    def refresh_preview(self) -> None:
        self._clear_preview()
        mapping, table = self.mapping, self.table
        if mapping is None or table is None or mapping.missing_required:
            return
        generation = self._generation
        self.counts_label.setText(self.tr("Checking rows…"))
        self._preview_job = run_in_background(
            lambda: preview_steps(
                self.sessions, self.kind, table, mapping, self.create_organisations.isChecked()
            ),
            on_progress=lambda step: self._show_checking(generation, step),
            on_result=lambda preview: self._show_preview(generation, preview),
            on_error=lambda error: self._preview_failed(generation, error),
            pool=self.pool,
        )

    def _size_columns(self) -> None:
        # Fixed widths from the font, not from the rows: measuring 100,000 rows takes seconds.
        char = self.view.fontMetrics().horizontalAdvance("가")
        header = self.view.horizontalHeader()
        for column, chars in (
            (PreviewTableModel.COL_ROW, 4),
            (PreviewTableModel.COL_LABEL, 9),
            (PreviewTableModel.COL_STATUS, 14),
        ):
            header.resizeSection(column, char * chars + 24)

    def _show_checking(self, generation: int, step: Progress) -> None:
        if generation == self._generation and step.total:
            self.counts_label.setText(
                fill(self.tr("Checking rows… %1 of %2"), step.done, step.total)
            )

    def _show_preview(self, generation: int, preview: ImportPreview[Any]) -> None:
        if generation != self._generation:
            return  # the mapping changed while this preview was computed
        self.preview = preview
        self.model.set_rows(preview_items(preview))
        self._show_counts()
        self._update_import_button()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.counts_label.setText("")
            show_error(self, database_error(error), self.windowTitle())

    def _show_counts(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.counts_label.setText(
            fill(
                self.tr(
                    "%1 rows: %2 new, %3 with changes, %4 unchanged, %5 with errors, %6 warnings"
                ),
                len(preview.rows),
                preview.would_add,
                preview.would_change,
                preview.unchanged,
                len(preview.bad_rows),
                len(preview.warnings),
            )
        )

    def _filter_problems(self, only: bool) -> None:
        self.proxy.set_key(True if only else None)

    def _update_import_button(self) -> None:
        preview = self.preview
        can_import = (
            preview is not None and preview.ok and bool(preview.rows) and self.summary is None
        )
        self.import_button.setEnabled(can_import)
        if self.summary is not None:
            return  # the summary stays in the label
        if self.mapping is not None and self.mapping.missing_required:
            self.blocked_label.setText(self.tr("Choose a column for every required field (*)."))
        elif preview is not None and not preview.ok:
            self.blocked_label.setText(
                self.tr(
                    "Fix the file or the mapping — nothing will be imported while rows have errors."
                )
            )
        else:
            self.blocked_label.setText("")

    # -- the import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok:
            return
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.windowTitle())
        progress.setLabelText(stage_label("writing"))
        progress.setRange(0, max(1, len(preview.rows)))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        create = self.create_organisations.isChecked()
        self.imported_preview, self.imported_with_new_organisations = preview, create
        self.import_button.setEnabled(False)
        job = run_in_background(
            lambda: import_steps(self.sessions, self.kind, preview, create),
            on_progress=lambda step: self._show_progress(progress, step),
            on_result=self._imported,
            on_error=self._import_failed,
            on_cancelled=self._import_cancelled,
            on_finished=progress.reset,
            pool=self.pool,
        )
        progress.canceled.connect(job.cancel)

    @staticmethod
    def _show_progress(progress: QProgressDialog, step: Progress) -> None:
        progress.setLabelText(stage_label(step.stage))
        progress.setValue(step.done)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.blocked_label.setText(
            fill(
                self.tr("Imported: added %1, changed %2, left alone %3. Edit ▸ Undo puts it back."),
                len(summary.added),
                len(summary.changed),
                len(summary.unchanged),
            )
        )
        self._update_import_button()
        self.imported.emit(summary)

    def _import_failed(self, error: BaseException) -> None:
        self._update_import_button()
        show_error(self, database_error(error), self.windowTitle())
        self.refresh_preview()  # the data may have changed under the preview

    def _import_cancelled(self) -> None:
        self.blocked_label.setText(self.tr("Import cancelled; nothing was written."))
        self.import_button.setEnabled(self.preview is not None and self.preview.ok)

    def reject(self) -> None:
        self._clear_preview()  # a preview of 100,000 rows still being checked stops here
        super().reject()

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Import people") if self.kind == PEOPLE else self.tr("Import desks")
        )
        self.file_caption.setText(self.tr("File:"))
        self.sheet_label.setText(self.tr("Sheet:"))
        self.encoding_label.setText(self.tr("Text encoding:"))
        if self.encoding_box.count():
            self.encoding_box.setItemText(
                0, fill(self.tr("Detected: %1"), self.detected_encoding or "?")
            )
        self.create_organisations.setText(
            self.tr("Create organisations the file names but the database does not have")
        )
        self.mapping_group.setTitle(self.tr("Columns"))
        self.preview_group.setTitle(self.tr("Preview"))
        self.problems_only.setText(self.tr("Problems only"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self._show_counts()
        self._update_import_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.retranslate()
        super().changeEvent(event)
