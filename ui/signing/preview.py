"""The preview of a signed PDF: the pages, Save as…, Print…, and the Signatures panel below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget

from ui.background import Pool
from ui.documents.preview import PdfPreviewDialog
from ui.settings import TRUST_ROOTS, Settings
from ui.signing.panel import SignaturesPanel


class SignedPdfPreview(PdfPreviewDialog):
    def __init__(
        self,
        pdf: bytes | str | Path,
        *,
        title: str = "",
        file_name: str = "signed.pdf",
        settings: Settings | None = None,
        parent: QWidget | None = None,
        pool: Pool | None = None,
    ) -> None:
        from planner.signing import stamps_on_pages  # noqa: PLC0415

        signed = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        # Qt's view and the vector printer draw page contents only, not the signature
        # annotations: they get a copy with the stamps drawn in. Save as… writes the signed
        # file itself, and the panel checks that.
        self.shown = stamps_on_pages(signed)
        super().__init__(
            self.shown, title=title, file_name=file_name, settings=settings, parent=parent,
            pool=pool,
        )
        self.data = signed
        self.panel = SignaturesPanel(pool=pool)
        # The pages above, the signatures below; the user moves the line between them.
        layout = self.layout()
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.panel.stamp_place.connect(self.show_stamps)
        self.panel.check(self.data, self.settings.get(TRUST_ROOTS))

    def show_stamps(self, page: int, top: float) -> None:
        """Open at the stamps, with the signature block's names above them in view."""
        self._stamps = (page, top)
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(0, top), navigator.currentZoom())
        # QPdfView scrolls to the top of the page; further down to the stamps, in pixels.
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        width = self.document.pagePointSize(page).width()
        if room > 0 and width > 0:
            scroll = self.view.verticalScrollBar()
            scroll.setValue(scroll.value() + int(max(0.0, top - 100) * room / width))

    def print_to(self, printer):
        """Print what is shown (the stamps drawn in), not the signed file's bare pages."""
        signed, self.data = self.data, self.shown
        try:
            return super().print_to(printer)
        finally:
            self.data = signed

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The view lays its pages out once shown, back at the first page: go to the stamps
        # again then.
        if getattr(self, "_stamps", None) is not None:
            QTimer.singleShot(0, self, lambda: self.show_stamps(*self._stamps))
