"""An in-app preview of a PDF with Save as… and Print….

The document is held as bytes: Save as writes exactly those bytes (atomically), so the saved
file is the one the builders made, byte for byte, whatever the preview did with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import Pool
from ui.documents.printing import PrintRun
from ui.errors import show_error
from ui.i18n import fill
from ui.screen_fit import fit_to_screen
from ui.settings import LAST_FOLDER, Settings

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class PdfPreviewDialog(QDialog):
    """Shows a PDF (bytes or a file) page after page, with zoom, Save as… and Print…."""

    def __init__(
        self,
        pdf: bytes | str | Path,
        *,
        title: str = "",
        file_name: str = "document.pdf",
        settings: Settings | None = None,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        self.file_name = file_name
        self.settings = settings if settings is not None else Settings()
        self.saved_path: Path | None = None
        self.pool = pool  # None: the global thread pool; tests pass a SynchronousPool
        self.print_run: PrintRun | None = None
        self.last_print_complete: bool | None = None

        # The buffer must outlive the document: QPdfDocument reads from it lazily.
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        self.page_label = QLabel()
        self.fit_width_button = QPushButton()
        self.zoom_in_button = QPushButton()
        self.zoom_out_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        self.fit_width_button.clicked.connect(self.fit_width)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for button in (self.fit_width_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        fit_to_screen(self, 900, 1000)
        self.setWindowTitle(title or file_name)
        self.retranslate()

    # -- reading ----------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, current * factor)))

    # -- saving -----------------------------------------------------------------------------
    def save_as(self) -> Path | None:
        from planner.fileio import write_atomically  # noqa: PLC0415

        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF as"),
            str(Path(folder) / self.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".pdf")
        try:
            write_atomically(target, self.data)
        except OSError as error:
            show_error(self, error, self.tr("Save PDF as"))
            return None
        self.settings.set(LAST_FOLDER, str(target.resolve().parent))
        self.saved_path = target
        return target

    # -- printing ---------------------------------------------------------------------------
    def print_document(self) -> bool:
        """Ask for a printer, then print in the background; False when the user cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> PrintRun:
        """Render the pages on a worker and paint them into ``printer`` as they come."""
        self.print_button.setEnabled(False)  # one print run at a time
        self._printer = printer  # the run paints into it until it is done
        self.print_run = PrintRun(
            self.data, printer, parent=self, pool=self.pool, on_done=self._printed
        )
        return self.print_run

    def _printed(self, complete: bool) -> None:
        self.print_button.setEnabled(True)
        self.last_print_complete = complete

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.fit_width_button.setText(self.tr("Fit width"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.save_button.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))
        self._show_page_number()

    def _show_page_number(self, *_args) -> None:
        count = self.page_count()
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(fill(self.tr("Page %1 of %2"), current, count))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
