"""A seating page on a private copy of the demo institute, with its own undo stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.conftest import TODAY
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
