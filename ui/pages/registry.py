"""Which page class shows which navigation entry.

The main window imports this module only once a database is open: the pages pull in
SQLAlchemy and the domain models, which the first paint does not need.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session, sessionmaker

from ui.pages.base import Page, Today
from ui.pages.people import PeoplePage
from ui.pages.reports import ReportsPage
from ui.pages.seating import SeatingPage
from ui.pages.tasks import TasksPage

PAGE_CLASSES: dict[str, type[Page]] = {
    "seating": SeatingPage,
    "people": PeoplePage,
    "tasks": TasksPage,
    "reports": ReportsPage,
}


def build_page(
    key: str, sessions: sessionmaker[Session], today: Today, undo_stack: QUndoStack | None = None
) -> Page:
    """Every page gets the window's one undo stack (those that change data push to it)."""
    return PAGE_CLASSES[key](sessions, today, undo_stack=undo_stack)
