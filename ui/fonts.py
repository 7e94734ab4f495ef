"""The bundled Korean font, made the application font.

No CJK font can be assumed on the user's machine; without this Hangul is drawn as boxes.
Only the two NanumGothic faces are registered at start-up (each registration reads a 4.6 MB
file); the Myeongjo faces are for PDFs and are loaded by the export code when needed.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

UI_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
UI_FONT_FAMILY = "NanumGothic"


def register_ui_fonts() -> list[str]:
    """Register the NanumGothic faces; returns the families Qt found in them."""
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", name)))
        if font_id >= 0:
            families.extend(
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
            )
    return families


def use_korean_ui_font(app: QApplication) -> str | None:
    """Register the fonts and make NanumGothic the application family, keeping the platform
    point size; returns the family set, or None when the files could not be loaded."""
    families = register_ui_fonts()
    if not families:
        return None
    family = UI_FONT_FAMILY if UI_FONT_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([family])
    app.setFont(font)
    return family
