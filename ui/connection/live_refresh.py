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
from planner.resilience import server_wait, server_wait_of, set_server_wait
from ui import transactions

POLL_MS = 500  # the issue allows 2 s; a poll costs a few microseconds when nothing changed
RECONNECT_MS = 500  # one connection attempt per tick while the server is away
RECONNECTING_WAIT_S = 1.0  # an edit meanwhile waits this long for the server, then is kept for Redo

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
        "out_of_use",  # desks and zones out of use redraw the floor (not desk by desk)
        "leave",
    }
)
PEOPLE = frozenset(
    {"person", "organisation", "assignment", "research_task", "task_member", "leave"}
)
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
    """Emits ``changed(changes, authors)`` when other clients committed something.

    When the server goes away (a restart, the network) the feed's connection breaks:
    ``connection_lost`` is emitted and the feed is opened again every ``RECONNECT_MS`` until
    the server answers; then ``reconnected``, and a ``changed`` for everything, since what
    others did meanwhile was never announced to this window.
    """

    changed = Signal(list, list)  # list[Change], list[str] (who, from the audit log)
    connection_lost = Signal()
    reconnected = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.engine = engine
        self.interval_ms = interval_ms
        self.feed: ChangeFeed | None = ChangeFeed(engine)
        self.reconnecting = False
        self._usual_wait = server_wait_of(engine)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        transactions.connection_listeners.append(self._action_lost)

    def _action_lost(self, _error: object) -> None:
        self.mark_lost()

    def poll(self) -> None:
        if self.feed is None:
            self._try_reconnect()
            return
        try:
            changes = self.feed.poll(0)
            authors = self.feed.authors() if changes else []
        except Exception as error:  # noqa: BLE001 - SQLAlchemy, psycopg or sqlite3 alike
            log.warning("live refresh lost its connection: %s", error)
            self.mark_lost()
            return
        if changes:
            self.changed.emit(changes, authors)

    def mark_lost(self) -> None:
        """The connection broke (seen here or by an action): reconnect from now on."""
        if self.feed is not None:
            self._close_feed()
        if not self.reconnecting and self.timer.isActive():
            self.reconnecting = True
            self._usual_wait = server_wait_of(self.engine)
            set_server_wait(self.engine, RECONNECTING_WAIT_S)
            self.timer.setInterval(RECONNECT_MS)
            self.connection_lost.emit()

    def _try_reconnect(self) -> None:
        try:
            with server_wait(0):  # one try per tick: the window stays responsive
                feed = ChangeFeed(self.engine)
        except Exception as error:  # noqa: BLE001 - still no server
            log.debug("reconnecting: %s", error)
            return
        self.feed = feed
        self.timer.setInterval(self.interval_ms)
        if self.reconnecting:
            self.reconnecting = False
            set_server_wait(self.engine, self._usual_wait)
            self.reconnected.emit()
            self.changed.emit([Change("*", ())], [])

    def _close_feed(self) -> None:
        feed, self.feed = self.feed, None
        try:
            feed.close()
        except Exception as error:  # closing a dead connection must not take the window down
            log.debug("closing the change feed: %s", error)

    def stop(self) -> None:
        self.timer.stop()
        if self.reconnecting:
            self.reconnecting = False
            set_server_wait(self.engine, self._usual_wait)
        if self._action_lost in transactions.connection_listeners:
            transactions.connection_listeners.remove(self._action_lost)
        if self.feed is not None:
            self._close_feed()
