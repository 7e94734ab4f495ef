"""The preview of a signed PDF: the pages, Save as…, Print…, and the Signatures panel below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
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
        super().__init__(
            pdf, title=title, file_name=file_name, settings=settings, parent=parent, pool=pool
        )
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
        self.panel.stamp_page.connect(self.show_page)
        self.panel.check(self.data, self.settings.get(TRUST_ROOTS))

    def show_page(self, page: int) -> None:
        """Open at the stamps, where the reader looks first."""
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
