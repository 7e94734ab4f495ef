"""Export a list to XLSX or CSV: what, for which day, and where (the suffix picks the format).

The writing is planner.io's: formula-safe cells, and a file that appears complete or not at
all (temporary file, then rename), so a locked target or a read-only folder leaves nothing
half-written; the error is shown in plain words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import DatabaseProblem, PlannerError
from ui.errors import show_error
from ui.i18n import QT_TRANSLATE_NOOP, current_language, fill
from ui.imports.messages import writing_problem
from ui.settings import LAST_FOLDER, Settings

# (planner export kind, label); the kinds are those of `planner export`.
EXPORTS: tuple[tuple[str, str], ...] = (
    ("people", QT_TRANSLATE_NOOP("ExportDialog", "People")),
    ("desks", QT_TRANSLATE_NOOP("ExportDialog", "Desks with their occupants")),
    ("assignments", QT_TRANSLATE_NOOP("ExportDialog", "Assignment history")),
    ("tasks", QT_TRANSLATE_NOOP("ExportDialog", "Research tasks")),
    ("cycles", QT_TRANSLATE_NOOP("ExportDialog", "Renewal cycles")),
)
DAY_KINDS = frozenset({"people", "desks"})  # the lists that depend on the day


class ExportDialog(QDialog):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.settings = settings
        self.written: Path | None = None
        self.rows_written = 0

        self.kind_box = QComboBox()
        for kind, _label in EXPORTS:
            self.kind_box.addItem("", kind)
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_label, self.day_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_box)
        form.addRow(self.day_label, self.day_edit)
        # Labels given as widgets get no buddy from the form: screen readers read the buddy.
        self.kind_label.setBuddy(self.kind_box)
        self.day_label.setBuddy(self.day_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(440)  # room for the message naming the written file
        self.retranslate()
        self._kind_changed()

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def _kind_changed(self) -> None:
        self.day_edit.setEnabled(self.kind in DAY_KINDS)

    def suggested_name(self) -> str:
        when = self.day.isoformat() if self.kind in DAY_KINDS else dt.date.today().isoformat()
        return f"{self.kind}-{when}.xlsx"

    def choose_and_export(self) -> None:
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        chosen, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(Path(folder) / self.suggested_name()),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if "csv" in selected else ".xlsx"))
        self.export_to(target)

    def export_to(self, target: Path) -> bool:
        """Write the chosen list to ``target``; False (and a message) when it failed."""
        from planner.io.export_data import export_kind  # noqa: PLC0415 - loads openpyxl

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.sessions() as session:
                # People and desks in the window's language: the labels the user reads here.
                rows = export_kind(
                    session, self.kind, target, on=self.day, language=current_language()
                )
        except PlannerError as error:
            failure: BaseException | None = error
        except SQLAlchemyError as error:
            failure = DatabaseProblem(str(getattr(error, "orig", None) or error))
        else:
            failure = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            failure = writing_problem(failure)
            self.message.setText(str(failure))
            show_error(self, failure, self.tr("Export"))
            return False
        self.settings.set(LAST_FOLDER, str(target.resolve().parent))
        self.written, self.rows_written = target, rows
        self.message.setText(fill(self.tr("%1 rows written to %2."), rows, str(target)))
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for index, (_kind, label) in enumerate(EXPORTS):
            self.kind_box.setItemText(index, self.tr(label))
        self.kind_label.setText(self.tr("List:"))
        self.day_label.setText(self.tr("Day:"))
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
