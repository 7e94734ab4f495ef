"""Help ▸ Manual (F1): the user manual shipped in resources/manual, in the window's language.

The manual is HTML (manual_<lang>.html) with screenshots of the real window beside it
(images/, made by packaging/manual_screenshots.py); a QTextBrowser shows it, following its
links and anchors. One dialog per window, not modal: the user reads it while working, and it
turns to the other language when the window does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import resources
from ui.i18n import current_language

MANUAL_LANGUAGES = ("ko", "en")


def manual_file(lang: str) -> Path:
    """The manual in ``lang``; English when there is none in that language."""
    return resources.path("manual", f"manual_{lang if lang in MANUAL_LANGUAGES else 'en'}.html")


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)  # http(s) links in the system's browser
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # A column of text that reads well, inside the screen (1280×720 at 125 % included).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() * 9 // 10), min(620, screen.height() * 85 // 100))
        self.language = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lab Planner manual"))
        self.browser.setAccessibleName(self.tr("Manual"))
        lang = current_language()
        if lang != self.language:
            self.language = lang
            self.browser.setSource(QUrl.fromLocalFile(str(manual_file(lang))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
