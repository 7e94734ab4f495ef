"""Alt+letter mnemonics: unique within the menu bar, each menu, each page and each dialog, in
Korean and English, and no label showing a literal "&" (issue #18)."""

from __future__ import annotations

import pytest

from tests.ui import walk
from ui.i18n import install_language


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_menus_and_pages_have_no_mnemonic_clash(window, lang):
    install_language(lang)
    problems = walk.menu_problems(window)
    for label in walk.page_views(window):
        problems += walk.mnemonic_problems(window, label, menu_bar=window.menuBar())
    assert problems == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_dialogs_have_no_mnemonic_clash_nor_literal_ampersand(window, settings, tmp_path, lang):
    install_language(lang)
    problems = []
    for name, dialog in walk.open_dialogs(walk.Context(window, settings, tmp_path)):
        problems += walk.mnemonic_problems(dialog, name)
    assert problems == []


def test_the_checks_see_a_clash_and_a_literal_ampersand(qtbot):
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label, field = QLabel("&Port:"), QLineEdit()
    label.setBuddy(field)
    for widget in (label, field, QPushButton("&Prepare"), QLabel("소속(&O):")):
        layout.addWidget(widget)
    dialog.show()
    problems = walk.mnemonic_problems(dialog, "test")
    assert any("literal" in p and "소속" in p for p in problems)
    assert any("Alt+P" in p for p in problems)
