"""Help ▸ Manual (F1): the shipped manual, in the window's language, with its pictures."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from ui.help import MANUAL_LANGUAGES, ManualDialog, manual_file


class _Parts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.anchors: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs["src"])
        elif tag == "a" and "name" in attrs:
            self.anchors.append(attrs["name"])
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])


def _parts(lang: str) -> _Parts:
    parts = _Parts()
    parts.feed(manual_file(lang).read_text(encoding="utf-8"))
    return parts


def test_f1_opens_the_manual_in_the_window_language(qtbot, window):
    assert window.menus.manual.shortcut().toString() == "F1"
    qtbot.wait(100)  # a deadline reminder comes, if at all, from a timer of the opening
    if getattr(window, "reminder_box", None) is not None:
        window.reminder_box.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    dialog = window.manual_dialog
    assert isinstance(dialog, ManualDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "랩 플래너 사용 설명서"
    text = dialog.browser.toPlainText()
    assert "좌석" in text and "Ctrl+Z" in text
    # Every picture of the real window is found and drawn, not a broken-image square.
    document = dialog.browser.document()
    for src in _parts("ko").images:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert image is not None and not image.isNull(), src

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Lab Planner manual")
    assert dialog.browser.toPlainText().startswith("Lab Planner — user manual")
    assert window.show_manual() is dialog  # F1 again brings the same window forward
    assert window.menus.manual.text() == "&Manual"


def test_both_manuals_have_the_same_sections_pictures_and_working_links():
    ko, en = _parts("ko"), _parts("en")
    assert ko.anchors == en.anchors and len(ko.anchors) >= 6
    assert [src.replace("_ko", "_en") for src in ko.images] == en.images
    for lang in MANUAL_LANGUAGES:
        parts = _parts(lang)
        assert {link.lstrip("#") for link in parts.links} <= set(parts.anchors)
        for src in parts.images:
            picture = manual_file(lang).parent / src
            assert picture.is_file(), src
            assert picture.stat().st_size < 80_000, f"{src}: keep the manual's pictures small"
            assert re.search(f"_{lang}\\.png$", src), f"{src}: a picture of the {lang} window"


def test_manual_in_a_language_without_one_is_the_english_one():
    assert manual_file("fr") == manual_file("en")

