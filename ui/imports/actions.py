"""The File menu's spreadsheet actions: choose a file, then the import or export dialog; or
save a template to fill for an import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.io.preview import ImportSummary
from ui.background import Pool
from ui.errors import show_error
from ui.i18n import current_language
from ui.imports.commands import ImportCommand
from ui.imports.dialog import ImportDialog, database_error
from ui.imports.export_dialog import ExportDialog
from ui.imports.messages import reading_problem, writing_problem
from ui.settings import LAST_FOLDER, Settings

CONTEXT = "ImportActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_spreadsheet(parent: QWidget | None, settings: Settings) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose a spreadsheet"),
        settings.get(LAST_FOLDER) or str(Path.home()),
        _tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)"),
    )
    if not chosen:
        return None
    settings.set(LAST_FOLDER, str(Path(chosen).resolve().parent))
    return Path(chosen)


def open_import(
    parent: QWidget | None,
    kind: str,
    sessions: sessionmaker[Session],
    settings: Settings,
    on_imported: Callable[[ImportSummary], None],
    *,
    path: Path | None = None,
    pool: Pool | None = None,
    undo_stack: QUndoStack | None = None,
) -> ImportDialog | None:
    """Ask for a file (unless given) and show the import dialog, non-modal; None when the
    user chose nothing or the file cannot be read (the reason is shown).

    ``on_imported`` is called after the import and after each undo or redo of it."""
    path = path or choose_spreadsheet(parent, settings)
    if path is None:
        return None
    try:
        dialog = ImportDialog(path, kind, sessions, pool=pool, parent=parent)
    except PlannerError as error:
        show_error(parent, reading_problem(error), _tr("Import"))
        return None

    def imported(summary: ImportSummary) -> None:
        preview = dialog.imported_preview
        if undo_stack is not None and preview is not None and summary.undo is not None:
            command = ImportCommand(
                sessions,
                kind,
                preview,
                summary,
                file_name=dialog.path.name,
                create_missing_organisations=dialog.imported_with_new_organisations,
                skip_invalid=dialog.imported_skipping,
                on_changed=on_imported,
                on_error=lambda error: show_error(parent, error, _tr("Import")),
            )
            undo_stack.push(command)  # its first redo does nothing: the dialog imported
        on_imported(summary)

    dialog.imported.connect(imported)
    dialog.show()
    return dialog


def save_template(
    parent: QWidget | None,
    kind: str,
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    path: Path | None = None,
) -> Path | None:
    """File ▸ Import ▸ Save a template…: an XLSX in the window's language with the columns,
    a sample row and drop-downs of the valid values. The path written, or None (cancelled,
    or it could not be written: the reason is shown)."""
    from planner.io.import_template import write_template  # noqa: PLC0415 - loads openpyxl

    if path is None:
        name = _tr("people-template.xlsx") if kind == "people" else _tr("desks-template.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            _tr("Save a template"),
            str(Path(settings.get(LAST_FOLDER) or Path.home()) / name),
            _tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
    try:
        with sessions() as session:
            write_template(session, kind, path, language=current_language())
    except PlannerError as error:
        show_error(parent, writing_problem(error), _tr("Save a template"))
        return None
    except SQLAlchemyError as error:
        show_error(parent, database_error(error), _tr("Save a template"))
        return None
    settings.set(LAST_FOLDER, str(path.resolve().parent))
    return path


def open_export(
    parent: QWidget | None, sessions: sessionmaker[Session], settings: Settings, day: dt.date
) -> ExportDialog:
    dialog = ExportDialog(sessions, settings, day, parent)
    dialog.show()
    return dialog
