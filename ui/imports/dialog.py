"""Import people or desks from a spreadsheet: sheet/encoding, column mapping, preview, import.

One window, top to bottom: the file (with its sheet for XLSX, its encoding for CSV), the
mapping of its columns, and the preview of what the import would do — every row with every
problem it has, its cells editable in place. Every change of sheet, encoding or mapping, and
every correction typed into a cell, computes the preview again in the background.

Two ways to import: all or nothing (possible while no row has an error), or skipping the rows
with problems: the others are imported and the skipped ones written, with their reasons in the
window's language, to a problems file beside the source (ui.imports.texts names it). Either
way it runs in ONE transaction in the background (cancellable until the commit) and ends with
a summary.

The dialog does the first run only; ui.imports.actions puts the import on the undo stack as
one command (ui.imports.commands), so Edit ▸ Undo puts back exactly what it changed.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
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
from planner.io.import_problems import ProblemsFile, problems_path, reasons_by_row
from planner.io.preview import ImportPreview, ImportSummary
from planner.io.read_table import Row, Table, list_sheets, preferred_sheet, read_table
from ui.background import BackgroundJob, Pool, run_in_background
from ui.errors import show_error
from ui.i18n import fill
from ui.imports.mapping import MappingPanel
from ui.imports.messages import reading_problem
from ui.imports.models import preview_items, problem_lines, shown_message
from ui.imports.preview_panel import CheckedRows, PreviewPanel
from ui.imports.texts import stage_label
from ui.screen_fit import fit_to_screen

# What the encoding box offers besides the detected one: what Korean offices produce.
ENCODINGS = ("utf-8", "cp949", "utf-16", "latin-1")
# A correction is checked once typing pauses this long (the whole file is checked again).
RECHECK_DELAY_MS = 250


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
        self.read: Table | None = None  # the file as read
        self.table: Table | None = None  # the file with the corrections
        self.is_xlsx = False
        self.detected_encoding: str | None = None
        self.preview: ImportPreview[Any] | None = None
        self.previewed_table: Table | None = None  # what self.preview was computed from
        self.summary: ImportSummary | None = None
        self.problems_file: Path | None = None  # written by the last import, if it skipped rows
        self._preview_job: BackgroundJob | None = None
        self._generation = 0  # previews of an older mapping or cell are dropped when they arrive
        # What the last import wrote from: its undo command imports the same rows on redo.
        self.imported_preview: ImportPreview[Any] | None = None
        self.imported_with_new_organisations = False
        self.imported_skipping = False

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
        self.encoding_label.setBuddy(self.encoding_box)  # read by screen readers
        source.addRow(self.create_organisations)

        self.mapping_panel = MappingPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_panel)
        self.mapping_group = QGroupBox()
        QVBoxLayout(self.mapping_group).addWidget(scroll)

        self.preview_panel = PreviewPanel()
        self.model = self.preview_panel.model
        self.proxy = self.preview_panel.view.model()
        self.view = self.preview_panel.view
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck.timeout.connect(lambda: self.refresh_preview(keep_rows=True))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping_group)
        splitter.addWidget(self.preview_panel)
        splitter.setSizes([150, 520])  # the rows and their problems get the room

        # All or nothing, or the good rows now and the others to a problems file.
        self.all_or_nothing = QRadioButton()
        self.skip_problems = QRadioButton()
        self.all_or_nothing.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.all_or_nothing)
        self.mode.addButton(self.skip_problems)
        modes = QHBoxLayout()
        modes.addWidget(self.all_or_nothing)
        modes.addWidget(self.skip_problems)
        modes.addStretch(1)

        self.blocked_label = QLabel()  # why Import is disabled, what it will do, or the summary
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setOpenExternalLinks(True)  # the problems file, once written
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
        layout.addLayout(modes)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.mapping_panel.mapping_changed.connect(self._mapping_changed)
        self.create_organisations.toggled.connect(lambda _on: self.refresh_preview(keep_rows=True))
        self.skip_problems.toggled.connect(lambda _on: self._update_import_button())
        self.preview_panel.cell_edited.connect(self._cell_edited)

        self._fit_screen()
        self._fill_sources()
        self.retranslate()
        self.load_table()

    def _fit_screen(self) -> None:
        """980×760 where there is room; on a 1366×768 laptop, what the screen leaves."""
        fit_to_screen(self, 980, 760)

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
        """Read the file with the chosen sheet/encoding and recognise its columns; corrections
        typed into the previous reading are dropped (they were for other cells)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.read = read_table(
                self.path,
                sheet=self.sheet_box.currentData() if self.is_xlsx else None,
                encoding=self.encoding_box.currentData(),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.table = self.read
        if not self.is_xlsx and self.encoding_box.currentData() is None:
            self.detected_encoding = self.read.encoding
            self.encoding_box.setItemText(
                0, fill(self.tr("Detected: %1"), self.detected_encoding or "?")
            )
        recognise = recognise_people_columns if self.kind == PEOPLE else recognise_desk_columns
        self.mapping_panel.set_table(self.read, recognise(self.read.headers))
        self._mapping_changed(self.mapping)

    def _reload_showing_errors(self) -> None:
        try:
            self.load_table()
        except PlannerError as error:  # e.g. the file is not valid text in that encoding
            self._clear_preview()
            self.blocked_label.setText(str(error))
            show_error(self, reading_problem(error), self.windowTitle())

    # -- corrections --------------------------------------------------------------------------
    def _cell_edited(self, row_number: int, column: int, text: str) -> None:
        """A cell corrected in the preview: the table the import reads changes with it, and
        the rows are checked again once typing pauses."""
        if self.table is None:
            return
        self.table = with_cell(self.table, row_number, column, text)
        self._invalidate_preview()
        self._recheck.start()

    def _invalidate_preview(self) -> None:
        """The preview shown no longer matches the table: nothing is imported from it."""
        self._generation += 1
        self.preview = None
        self._update_import_button()

    # -- the preview --------------------------------------------------------------------------
    @property
    def mapping(self) -> ColumnMapping | None:
        return self.mapping_panel.mapping

    def _mapping_changed(self, mapping: ColumnMapping | None) -> None:
        self.preview_panel.set_mapping(mapping)
        self.refresh_preview()

    def _clear_preview(self) -> None:
        self._recheck.stop()
        self._generation += 1
        if self._preview_job is not None:
            self._preview_job.cancel()
        self.preview = None
        self.preview_panel.clear()
        self._update_import_button()

    def refresh_preview(self, *, keep_rows: bool = False) -> None:
        """Check every row again in the background; ``keep_rows`` leaves the rows shown
        until the new statuses arrive (after a correction, so the editor stays open)."""
        if keep_rows:
            self._recheck.stop()
            self._invalidate_preview()
            if self._preview_job is not None:
                self._preview_job.cancel()
        else:
            self._clear_preview()
        mapping, table = self.mapping, self.table
        if mapping is None or table is None or mapping.missing_required:
            return
        generation = self._generation
        if not keep_rows:
            self.preview_panel.counts_label.setText(self.tr("Checking rows…"))
        create = self.create_organisations.isChecked()
        self._preview_job = run_in_background(
            lambda: checked_rows(self.sessions, self.kind, table, mapping, create),
            on_progress=lambda step: self._show_checking(generation, step),
            on_result=lambda checked: self._show_preview(generation, checked, table),
            on_error=lambda error: self._preview_failed(generation, error),
            pool=self.pool,
        )

    def _show_checking(self, generation: int, step: Progress) -> None:
        if generation == self._generation:
            self.preview_panel.show_checking(step.done, step.total)

    def _show_preview(self, generation: int, checked: CheckedRows, table: Table) -> None:
        if generation != self._generation:
            return  # the mapping or a cell changed while this preview was computed
        self.preview, self.previewed_table = checked.preview, table
        self.preview_panel.show_preview(checked)
        self._update_import_button()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.preview_panel.counts_label.setText("")
            show_error(self, database_error(error), self.windowTitle())

    @property
    def problems_path(self) -> Path:
        """Where skipped rows go: beside the source, in its format."""
        return problems_path(self.path, self.read)

    def _update_import_button(self) -> None:
        preview = self.preview
        skipping = self.skip_problems.isChecked()
        importable = preview.importable_rows if preview is not None else 0
        can_import = (
            preview is not None
            and self.summary is None
            and bool(preview.rows)
            and (preview.ok or (skipping and importable > 0))
        )
        self.import_button.setEnabled(can_import)
        if self.summary is not None:
            return  # the summary stays in the label
        if self.mapping is not None and self.mapping.missing_required:
            self.blocked_label.setText(self.tr("Choose a column for every required field (*)."))
        elif preview is None:
            self.blocked_label.setText("")
        elif preview.ok:
            self.blocked_label.setText("")
        elif not skipping:
            self.blocked_label.setText(
                fill(
                    self.tr(
                        "%1 rows have problems: correct them above or in the file, or choose "
                        "“Skip rows with problems”. Nothing is imported while rows have errors."
                    ),
                    len(preview.bad_rows),
                )
            )
        elif importable:
            self.blocked_label.setText(
                fill(
                    self.tr(
                        "%1 rows will be imported; the %2 with problems will be left out and "
                        "written with their reasons to %3."
                    ),
                    importable,
                    len(preview.bad_rows),
                    self.problems_path.name,
                )
            )
        else:
            self.blocked_label.setText(
                self.tr("Every row has problems: there is nothing to import.")
            )

    # -- the import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        preview, table = self.preview, self.previewed_table
        skipping = self.skip_problems.isChecked()
        if preview is None or table is None or not self.import_button.isEnabled():
            return
        problems = None
        if skipping and not preview.ok:
            # The reasons in the window's language, under a translated title.
            reasons = reasons_by_row(preview, shown_message)
            problems = ProblemsFile(self.problems_path, table, reasons, self.tr("Problems"))
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.windowTitle())
        progress.setLabelText(stage_label("writing"))
        progress.setRange(0, max(1, len(preview.rows)))
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        create = self.create_organisations.isChecked()
        self.imported_preview, self.imported_with_new_organisations = preview, create
        self.imported_skipping = skipping
        self.import_button.setEnabled(False)
        job = run_in_background(
            lambda: import_steps(
                self.sessions,
                self.kind,
                preview,
                create,
                skip_invalid=skipping,
                problems=problems,
            ),
            on_progress=lambda step: self._show_progress(progress, step),
            on_result=lambda summary: self._imported(summary, problems),
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

    def _imported(self, summary: ImportSummary, problems: ProblemsFile | None) -> None:
        self.summary = summary
        self.problems_file = problems.path if problems is not None and summary.skipped else None
        self.preview_panel.stop_editing()
        self._show_summary()
        self._update_import_button()
        self.imported.emit(summary)

    def _show_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        text = html.escape(
            fill(
                self.tr("Imported: added %1, changed %2, left alone %3. Edit ▸ Undo puts it back."),
                len(summary.added),
                len(summary.changed),
                len(summary.unchanged),
            )
        )
        if self.problems_file is not None:
            link = (
                f'<a href="{html.escape(QUrl.fromLocalFile(str(self.problems_file)).toString())}">'
                f"{html.escape(str(self.problems_file))}</a>"
            )
            text += " " + fill(
                html.escape(self.tr("%1 rows with problems were left out and written to %2.")),
                len(summary.skipped),
                link,
            )
        self.blocked_label.setText(text)

    def _import_failed(self, error: BaseException) -> None:
        self._update_import_button()
        show_error(self, database_error(error), self.windowTitle())
        self.refresh_preview(keep_rows=True)  # the data may have changed under the preview

    def _import_cancelled(self) -> None:
        self._update_import_button()
        self.blocked_label.setText(self.tr("Import cancelled; nothing was written."))

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
        self.all_or_nothing.setText(self.tr("&All or nothing"))
        self.skip_problems.setText(self.tr("&Skip rows with problems (written to a file)"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self._update_import_button()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def checked_rows(
    sessions: sessionmaker[Session],
    kind: str,
    table: Table,
    mapping: ColumnMapping,
    create_missing_organisations: bool,
) -> Generator[Progress, None, CheckedRows]:
    """The preview, and its lines for the two lists, built in the background: for 100,000
    rows that is seconds the window would otherwise stand still."""
    preview = yield from preview_steps(sessions, kind, table, mapping, create_missing_organisations)
    items = preview_items(preview, table)
    return CheckedRows(preview, items, problem_lines(items))


def with_cell(table: Table, row_number: int, column: int, text: str) -> Table:
    """``table`` with one cell replaced (a blank cell reads as missing, like in a file)."""
    rows = list(table.rows)
    for n, row in enumerate(rows):
        if row.number == row_number:
            cells = list(row.cells) + [None] * (column + 1 - len(row.cells))
            cells[column] = text if text.strip() else None
            rows[n] = Row(row.number, tuple(cells))
            return dataclasses.replace(table, rows=tuple(rows))
    return table
