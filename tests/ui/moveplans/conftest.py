"""A seating page on a private copy of the demo institute, with its own undo stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.conftest import TODAY
from tests.ui.floorplan.conftest import Messages
from ui.pages.seating import SeatingPage


@pytest.fixture
def seating_page(qtbot, db, stack) -> Iterator[SeatingPage]:
    page = SeatingPage(db.sessions, lambda: TODAY, undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.is_loaded and page.floor_page is not None, timeout=10000)
    yield page
    page.close()


@pytest.fixture
def messages(monkeypatch) -> Messages:
    from PySide6.QtWidgets import QMessageBox

    captured = Messages(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", captured.warning)
    monkeypatch.setattr(QMessageBox, "question", captured.question)
    monkeypatch.setattr(QMessageBox, "information", captured.information)
    return captured
