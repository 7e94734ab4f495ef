"""Printing a PDF without freezing the window — as vectors.

Each page is painted on the printer as paths and text (ui.documents.vector_pages): a chart
printed on A4 keeps its 7-point names sharp, and the print system receives text, not a
picture. A page using something the vector painter does not draw is rasterised at up to
300 dpi instead (QtPdf), as every page was before.

The work runs on a worker (ui.background), page after page, while the window only shows a
progress dialog whose Cancel stops the work at the next page. Qt supports this: "QPainter can
be used in a thread to paint onto QImage, QPrinter, and QPicture paint devices", one thread
per device at a time — the printer is left to the worker until the run is over. For a
rasterised page the worker opens its own QPdfDocument from a temporary file: a QPdfDocument,
like every QObject, belongs to the thread that made it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from pypdf.errors import PyPdfError
from PySide6.QtCore import QObject, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.background import BackgroundJob, Pool, run_in_background
from ui.documents.vector_pages import (
    PagePainter,
    Unsupported,
    open_pdf,
    page_transform,
    register_print_fonts,
)
from ui.errors import show_error
from ui.i18n import fill

# A printer may report 1200 dpi, where one A3 page would need ~250 MB; 300 dpi is sharp on
# paper and bounded in memory.
MAX_PRINT_DPI = 300


class PrintingFailed(RuntimeError):
    """The document could not be rendered or the printer could not be started."""


class UnreadableDocument(PrintingFailed):
    pass


class EmptyDocument(PrintingFailed):
    pass


class PrinterNotStarted(PrintingFailed):
    pass


@dataclass(frozen=True)
class Printed:
    """Progress of a print run: ``pages`` of ``count`` are on the printer."""

    pages: int
    count: int


def print_pages(data: bytes, printer: QPrinter) -> Callable[[], Generator[Printed, None, int]]:
    """Work for ui.background: paint every page of the PDF ``data`` on ``printer``, as vectors
    (ui.documents.vector_pages: the printer receives text and lines) or, for a page that uses
    something the vector painter does not draw, as an image; returns the page count. Closed
    early (cancelled), the print job is aborted."""

    def work() -> Generator[Printed, None, int]:
        try:
            reader = open_pdf(data)
            count = len(reader.pages)
        except PyPdfError as error:
            raise UnreadableDocument("The document could not be read.") from error
        if count == 0:
            raise EmptyDocument("The document has no pages.")
        painter = QPainter()
        document: QPdfDocument | None = None
        folder = None
        complete = False
        try:
            for page in range(count):
                pdf_page = reader.pages[page]
                box = pdf_page.mediabox
                points = QSizeF(float(box.width), float(box.height))
                layout = QPageLayout.Orientation
                printer.setPageOrientation(
                    layout.Landscape if points.width() > points.height() else layout.Portrait
                )
                vector = PagePainter(pdf_page)
                try:
                    vector.check()
                except Unsupported:
                    vector = None
                if page == 0:
                    if not painter.begin(printer):
                        raise PrinterNotStarted("The printer could not be started.")
                else:
                    printer.newPage()
                area = _paint_area(printer)
                if vector is not None:
                    painter.save()
                    origin = QTransform().translate(-float(box.left), -float(box.bottom))
                    vector.paint(
                        painter, origin * page_transform(points.width(), points.height(), area)
                    )
                    painter.restore()
                else:
                    if document is None:
                        folder = tempfile.TemporaryDirectory(prefix="planner-print-")
                        path = Path(folder.name) / "document.pdf"
                        path.write_bytes(data)
                        document = QPdfDocument()  # lives and dies on this worker thread
                        if document.load(str(path)) != QPdfDocument.Error.None_:
                            raise UnreadableDocument("The document could not be read.")
                    _paint_fitted(painter, area, _render(document, page, printer))
                yield Printed(page + 1, count)
            complete = True
        except PyPdfError as error:
            raise UnreadableDocument("The document could not be read.") from error
        finally:
            if painter.isActive():
                if not complete:
                    printer.abort()  # tell the print system to drop the job
                painter.end()
            if document is not None:
                document.close()
            if folder is not None:
                folder.cleanup()
        return count

    return work


def _paint_area(printer: QPrinter) -> QRectF:
    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    area.moveTo(0, 0)  # the painter's origin is the top left of the paint rect
    return area


def _render(document: QPdfDocument, page: int, printer: QPrinter) -> QImage:
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    return document.render(page, size)


def _paint_fitted(painter: QPainter, area: QRectF, image: QImage) -> None:
    """The page image as large as the printable area allows, centred, proportions kept."""
    scale = min(area.width() / image.width(), area.height() / image.height())
    size = QSize(round(image.width() * scale), round(image.height() * scale))
    corner = QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2)
    painter.drawImage(QRectF(corner, size.toSizeF()), image)


class PrintRun(QObject):
    """One Print…: the worker that prints and the progress dialog that can cancel it.

    The end is reported through ``on_done(printed)``: True when every page reached the
    printer, False when cancelled or failed (the error has then been shown).
    """

    def __init__(
        self,
        data: bytes,
        printer: QPrinter,
        *,
        parent: QWidget,
        pool: Pool | None = None,
        on_done: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._printer = printer  # the worker's until the run is over: not touched here meanwhile
        self._parent = parent
        self._file = _PrintFile.redirect(printer)
        self._on_done = on_done
        self.printed_pages = 0
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Print"))
        self.progress.setLabelText(self.tr("Preparing the pages…"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.setMinimumDuration(0)
        self.progress.setRange(0, 0)  # busy until the page count is known
        self.progress.canceled.connect(self.cancel)
        self.job: BackgroundJob | None = None
        register_print_fonts()  # the fonts database is the main thread's to change
        self.job = run_in_background(
            print_pages(data, printer),
            on_progress=self._show,
            on_result=lambda _count: self._finish(True),
            on_error=self._fail,
            on_cancelled=lambda: self._finish(False),
            pool=pool,
        )

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show(self, printed: Printed) -> None:
        self.printed_pages = printed.pages
        self.progress.setRange(0, printed.count)
        self.progress.setValue(printed.pages)
        self.progress.setLabelText(
            fill(self.tr("Printing page %1 of %2…"), printed.pages, printed.count)
        )

    def _fail(self, error: BaseException) -> None:
        # The worker's errors are in English (no translator there); say them in the user's words.
        if isinstance(error, UnreadableDocument):
            error = PrintingFailed(self.tr("The document could not be read for printing."))
        elif isinstance(error, EmptyDocument):
            error = PrintingFailed(self.tr("The document has no pages to print."))
        elif isinstance(error, PrinterNotStarted):
            error = PrintingFailed(self.tr("The printer could not be started."))
        self._finish(False)
        show_error(self._parent, error, self.tr("Print"))

    def _finish(self, complete: bool) -> None:
        failure = None
        if self._file is not None:
            file, self._file = self._file, None
            try:
                file.finish(self._printer, complete)
            except OSError as error:
                complete, failure = False, error
        self.progress.reset()
        self.progress.hide()
        if self._on_done is not None:
            callback, self._on_done = self._on_done, None
            callback(complete)
        if failure is not None:
            show_error(self._parent, failure, self.tr("Print"))


@dataclass
class _PrintFile:
    """Printing to a PDF file is written like every file the product writes
    (planner.fileio): into a temporary file beside the chosen one, which takes its name only
    when every page is in — so a cancelled or failed run leaves the folder as it was (a PDF
    "printer" cannot abort) — with the usual mode, or the mode of the file it replaces."""

    target: Path
    temporary: Path

    @classmethod
    def redirect(cls, printer: QPrinter) -> _PrintFile | None:
        from planner.fileio import temporary_beside  # noqa: PLC0415

        name = printer.outputFileName()
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not name:
            return None
        target = Path(name)
        try:
            temporary = temporary_beside(target)
        except OSError:
            return None  # a folder that takes no file: the printer itself says it cannot start
        printer.setOutputFileName(str(temporary))
        return cls(target, temporary)

    def finish(self, printer: QPrinter, complete: bool) -> None:
        from planner.fileio import put_in_place  # noqa: PLC0415

        printer.setOutputFileName(str(self.target))
        if complete:
            put_in_place(self.temporary, self.target)
        else:
            self.temporary.unlink(missing_ok=True)
