"""Live refresh: what other users committed reaches this window within a second.

A QTimer polls :class:`planner.live.ChangeFeed` without blocking (LISTEN/NOTIFY on
PostgreSQL, ``PRAGMA data_version`` plus the audit log on SQLite: one code path for both).
The feed leaves out this window's own changes, which its views already show.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine

from planner.live import Change, ChangeFeed

POLL_MS = 500  # the issue allows 2 s; a poll costs a few microseconds when nothing changed

SEATING = frozenset(
    {
        "site",
        "building",
        "floor",
        "zone",
        "desk",
        "organisation",
        "person",
        "assignment",
        "move_plan",
        "planned_move",
        "floor_background",
    }
)
PEOPLE = frozenset({"person", "organisation", "assignment", "research_task", "task_member"})
TASKS = frozenset(
    {
        "research_task",
        "task_member",
        "renewal_cycle",
        "task_renewal",
        "agreement_document",
        "person",
        "organisation",
    }
)
# Reports read everything; a report is built when asked, so reloading its page is cheap.
ENTITIES_OF_PAGE: dict[str, frozenset[str]] = {
    "seating": SEATING,
    "people": PEOPLE,
    "tasks": TASKS,
    "reports": SEATING | PEOPLE | TASKS,
}
# Changes the floor plan can redraw desk by desk; any other seating change redraws the floor.
DESK_LEVEL = frozenset({"desk", "assignment", "person"})

log = logging.getLogger(__name__)


def pages_for(changes: list[Change]) -> set[str]:
    """The pages showing any of the changed entities ("*": something unknown, so all)."""
    entities = {change.entity for change in changes}
    if "*" in entities:
        return set(ENTITIES_OF_PAGE)
    return {key for key, shown in ENTITIES_OF_PAGE.items() if shown & entities}


class LiveRefresh(QObject):
    """Emits ``changed(changes, authors)`` when other clients committed something."""

    changed = Signal(list, list)  # list[Change], list[str] (who, from the audit log)

    def __init__(self, engine: Engine, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.feed = ChangeFeed(engine)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        try:
            changes = self.feed.poll(0)
            authors = self.feed.authors() if changes else []
        except Exception as error:  # noqa: BLE001 - SQLAlchemy, psycopg or sqlite3 alike
            # The server went away: stop polling quietly; the next action shows the problem.
            log.warning("live refresh stopped: %s", error)
            self.stop()
            return
        if changes:
            self.changed.emit(changes, authors)

    def stop(self) -> None:
        self.timer.stop()
        try:
            self.feed.close()
        except Exception as error:  # closing a dead connection must not take the window down
            log.debug("closing the change feed: %s", error)
