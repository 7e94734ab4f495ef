"""File ▸ Print… (Ctrl+P): the seating chart of a floor on the chosen day, paper (A4, A3, A1
poster), language and tiling, built in the background and printed as vectors; and the plan's
current view exported as a PNG picture or a PDF.

The chart is the one ``planner report seating`` writes (one builder); printing paints its
pages on the printer as paths and text (ui.documents.printing), never as a picture.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from ui.background import Pool, run_in_background
from ui.documents import actions
from ui.documents.printing import PrintRun
from ui.errors import show_error
from ui.i18n import current_language
from ui.settings import CHART_PAPER, CHART_TILES, LAST_FOLDER, Settings

PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A1": QPageSize.PageSizeId.A1,
}


class ChartOptions(QDialog):
    """Which floor, which day, on what paper, in which language, tiled or on one page."""

    def __init__(
        self,
        floors: list[str],
        floor: str | None,
        day: dt.date,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print seating chart"))
        self.floor = QComboBox()
        self.floor.addItems(floors)
        if floor in floors:
            self.floor.setCurrentText(floor)
        self.day = QDateEdit(QDate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.paper = QComboBox()
        for paper, text in (
            ("A4", self.tr("A4")),
            ("A3", self.tr("A3")),
            ("A1", self.tr("A1 poster")),
        ):
            self.paper.addItem(text, paper)
        self.paper.setCurrentIndex(max(self.paper.findData(settings.get(CHART_PAPER)), 0))
        self.language = QComboBox()
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.addItem(self.tr("English"), "en")
        # The chart speaks the window's language unless asked otherwise.
        self.language.setCurrentIndex(1 if current_language() == "en" else 0)
        self.tiles = QComboBox()
        self.tiles.addItem(self.tr("Across pages when names would be too small"), "auto")
        self.tiles.addItem(self.tr("Always one page (short names)"), "off")
        self.tiles.setCurrentIndex(max(self.tiles.findData(settings.get(CHART_TILES)), 0))
        self.tiles.setToolTip(
            self.tr(
                "Names are never printed smaller than 7 points: a floor too large for one page "
                "is printed in parts with overlap marks, or on one page with short names"
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Floor:"), self.floor)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Tiling:"), self.tiles)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.settings = settings

    def accept(self) -> None:
        self.settings.set(CHART_PAPER, self.chosen_paper())
        self.settings.set(CHART_TILES, str(self.tiles.currentData()))
        super().accept()

    def chosen_paper(self) -> str:
        return str(self.paper.currentData())

    def chosen(self) -> tuple[str, dt.date, str, str, str]:
        """(floor, day, paper, language, tiling)."""
        return (
            self.floor.currentText(),
            self.day.date().toPython(),
            self.chosen_paper(),
            str(self.language.currentData()),
            str(self.tiles.currentData()),
        )


class ChartPrinting(QObject):
    """One File ▸ Print…: options, the printer, the chart built in the background, the run."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        parent: QWidget,
        pool: Pool | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.settings = settings
        self.parent_widget = parent
        self.pool = pool
        self.run: PrintRun | None = None
        self.last_complete: bool | None = None
        self.busy = False

    def start(self, floor: str | None, day: dt.date) -> bool:
        """Ask what and where to print, then build and print; False when the user cancelled."""
        if self.busy:
            return False
        options = ChartOptions(
            actions.floor_names(self.sessions), floor, day, self.settings, self.parent_widget
        )
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        floor, day, paper, lang, tiles = options.chosen()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
        printer.setDocName(f"seating-{floor}-{day.isoformat()}")
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_chart(floor, day, paper, lang, tiles, printer)
        return True

    def print_chart(
        self, floor: str, day: dt.date, paper: str, lang: str, tiles: str, printer: QPrinter
    ) -> None:
        self.busy = True
        self.last_complete = None
        sessions = self.sessions

        def work():
            yield None
            return actions.seating_chart(sessions, floor, day, paper, lang=lang, tiles=tiles)

        run_in_background(
            work,
            on_result=lambda document: self._print(document.data, printer),
            on_error=self._failed,
            pool=self.pool,
        )

    def _print(self, data: bytes, printer: QPrinter) -> None:
        self.run = PrintRun(
            data, printer, parent=self.parent_widget, pool=self.pool, on_done=self._done
        )

    def _failed(self, error: BaseException) -> None:
        self._done(False)
        show_error(self.parent_widget, error, self.tr("Print"))

    def _done(self, complete: bool) -> None:
        self.busy = False
        self.last_complete = complete


# -- the plan's view as a picture or a PDF ---------------------------------------------------
def export_view(view, path: Path) -> None:
    """What the plan shows now, as PNG (twice the screen's pixels) or PDF (vectors), written
    atomically (planner.export.output)."""
    from planner.export.output import write_atomically  # noqa: PLC0415

    source = view.viewport().rect()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if path.suffix.lower() == ".pdf":
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        size = QSizeF(source.width() * 0.75, source.height() * 0.75)  # pixels at 96 dpi → pt
        writer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "view"))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        painter = QPainter(writer)
        target = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        target.moveTo(0, 0)
        view.render(painter, target, source)
        painter.end()
        del writer  # flushes the PDF into the buffer
    else:
        image = QImage(source.size() * 2, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(2.0)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        view.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    write_atomically(path, bytes(buffer.data()))


def ask_and_export_view(view, settings: Settings, parent: QWidget, name: str) -> Path | None:
    """Ask where (PNG or PDF, the folder remembered) and write the plan's current view."""
    folder = settings.get(LAST_FOLDER) or str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ChartPrinting", "Export the plan's view"),
        str(Path(folder) / f"{name}.png"),
        QCoreApplication.translate("ChartPrinting", "PNG picture (*.png);;PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".png", ".pdf"):
        path = path.with_suffix(".png")
    try:
        export_view(view, path)
    except (OSError, PlannerError) as error:
        show_error(parent, error)
        return None
    settings.set(LAST_FOLDER, str(path.parent))
    return path
