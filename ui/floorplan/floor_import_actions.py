"""File ▸ Import floor plan…: choose a DXF file, read it, preview it on a floor, import it as
one undoable step (FloorImportCommand)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.io.dxf_floor import DxfDrawing, read_dxf
from planner.io.dxf_layout import LayoutChoice
from planner.services.floor_import import FloorImportResult, import_floor, undo_floor_import
from planner.services.sites import list_floors
from ui.errors import show_error
from ui.floorplan.floor_import_dialog import FloorImportDialog, refusal_text
from ui.i18n import fill
from ui.settings import LAST_FOLDER, Settings
from ui.transactions import run_action

CONTEXT = "FloorImport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_drawing(parent: QWidget | None, settings: Settings) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Choose a floor's drawing"),
        settings.get(LAST_FOLDER) or str(Path.home()),
        _tr("CAD drawings (*.dxf);;All files (*)"),
    )
    if not chosen:
        return None
    settings.set(LAST_FOLDER, str(Path(chosen).resolve().parent))
    return Path(chosen)


def open_floor_import(
    parent: QWidget | None,
    sessions: sessionmaker[Session],
    settings: Settings,
    on_imported: Callable[[object], None],
    *,
    path: Path | None = None,
    floor_id: int | None = None,
    undo_stack: QUndoStack | None = None,
) -> FloorImportDialog | None:
    """Ask for a drawing (unless given), read it and show the preview, non-modal; None when
    nothing was chosen or the drawing is refused (the reason is shown)."""
    path = path or choose_drawing(parent, settings)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        drawing = read_dxf(path)  # refuses hostile files within seconds (planner.io.dxf_floor)
        with sessions() as session:
            floors = [(f.id, f"{f.building.code} {f.name}") for f in list_floors(session)]
    except PlannerError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("Import floor plan"), refusal_text(error))
        return None
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
    dialog = FloorImportDialog(drawing, sessions, floors, floor_id, parent)

    def imported(result: FloorImportResult) -> None:
        if undo_stack is not None:
            undo_stack.push(
                FloorImportCommand(
                    sessions, drawing, dialog.choice(), result,
                    on_changed=on_imported,
                    on_error=lambda error: show_error(parent, error, _tr("Import floor plan")),
                )
            )  # its first redo does nothing: the dialog imported
        on_imported(result)

    dialog.imported.connect(imported)
    dialog.show()
    return dialog


class FloorImportCommand(QUndoCommand):
    """Undo puts the floor back as it was (refused if an added desk was assigned since); redo
    imports the same drawing again, re-checked against the data of that moment."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        drawing: DxfDrawing,
        choice: LayoutChoice,
        result: FloorImportResult,
        *,
        on_changed: Callable[[object], None] | None = None,
        on_error: Callable[[PlannerError], None] | None = None,
    ) -> None:
        super().__init__(fill(_tr("Import floor plan %1"), drawing.file_name))
        self.sessions = sessions
        self.drawing = drawing
        self.choice = choice
        self.result = result
        self.on_changed = on_changed
        self.on_error = on_error
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        done: list[FloorImportResult] = []
        floor_id = self.result.plan.floor_id

        def work(session: Session) -> None:
            done.append(import_floor(session, floor_id, self.drawing, self.choice))

        if self._failed(run_action(self.sessions, work, self.text())):
            return
        self.result = done[0]
        self._changed()

    def undo(self) -> None:
        undo = self.result.undo
        if self._failed(
            run_action(self.sessions, lambda s: undo_floor_import(s, undo), self.text())
        ):
            return
        self._changed()

    def _failed(self, error: PlannerError | None) -> bool:
        if error is None:
            return False
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(error)
        return True

    def _changed(self) -> None:
        if self.on_changed is not None:
            self.on_changed(self.result)
