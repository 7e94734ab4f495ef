"""Hangul needs the bundled NanumGothic: no CJK font is installed on the machine."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont

from ui.fonts import UI_FONT_FAMILY


def test_nanum_gothic_is_registered_and_the_application_font(app):
    assert UI_FONT_FAMILY in QFontDatabase.families()
    assert app.font().family() == UI_FONT_FAMILY
    assert app.font().pointSizeF() > 0  # the platform size was kept


def test_the_ui_font_has_hangul_glyphs(app):
    metrics = QFontMetrics(app.font())
    for char in "김이박인원좌석":
        assert metrics.inFontUcs4(ord(char)), char
    raw = QRawFont.fromFont(app.font())
    assert raw.isValid() and raw.familyName() == UI_FONT_FAMILY
    assert all(index != 0 for index in raw.glyphIndexesForString("김"))


def test_bold_face_is_registered_too(app):
    assert "Bold" in QFontDatabase.styles(UI_FONT_FAMILY)
