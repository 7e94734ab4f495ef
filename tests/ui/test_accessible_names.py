"""Every interactive widget of every page and dialog has a name a screen reader can announce,
in the window's language (issue #18)."""

from __future__ import annotations

import re

import pytest

from tests.ui import walk
from ui.i18n import install_language

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _korean_set_names(root) -> list[str]:
    """Names set by the code (not read from data) that are still Korean."""
    return [
        f"{walk.describe(w)}: {w.accessibleName()!r}"
        for w in walk.interactive_widgets(root)
        # Data quoted in a name (a column header of the file) may be Korean.
        if HANGUL.search(re.sub(r"“[^”]*”", "", w.accessibleName()))
    ]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_interactive_widget_of_every_page_is_named(window, lang):
    install_language(lang)
    problems = []
    for label in walk.page_views(window):
        problems += walk.unnamed(window, label)
        if lang == "en":
            problems += _korean_set_names(window)
    assert problems == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_interactive_widget_of_every_dialog_is_named(window, settings, tmp_path, lang):
    install_language(lang)
    problems = []
    for name, dialog in walk.open_dialogs(walk.Context(window, settings, tmp_path)):
        problems += walk.unnamed(dialog, name)
        if lang == "en":
            problems += _korean_set_names(dialog)
    assert problems == []


def test_names_follow_a_live_language_switch(window):
    window.show_page("seating")
    walk.spin()
    page = window.page("seating")
    page.ensure_loaded()
    walk.spin()
    view = page.floor_page.view
    header = page.view.horizontalHeader()
    assert walk.accessible_name(window.nav) == "페이지"
    assert walk.accessible_name(view) == "평면도"
    korean_header = walk.accessible_name(header)
    install_language("en")
    walk.spin()
    assert walk.accessible_name(window.nav) == "Pages"
    assert walk.accessible_name(view) == "Floor plan"
    assert walk.accessible_name(header) == "Desk list: column headers"
    assert korean_header == "좌석 목록: 열 머리글"


def test_the_check_sees_an_unnamed_search_field(qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit()
    field.setPlaceholderText("Search")
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    assert len(walk.unnamed(dialog, "test")) == 1
    field.setAccessibleName("Search people")
    assert walk.unnamed(dialog, "test") == []


def test_the_check_sees_a_combo_box_announced_only_by_its_value(qtbot):
    from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    combo = QComboBox()
    combo.addItems(["2025", "2026"])
    layout = QVBoxLayout(dialog)
    layout.addWidget(combo)
    dialog.show()
    assert "only by its value" in walk.unnamed(dialog, "test")[0]
    caption = QLabel("Renewal cycle")
    caption.setBuddy(combo)
    layout.addWidget(caption)
    assert walk.unnamed(dialog, "test") == []
