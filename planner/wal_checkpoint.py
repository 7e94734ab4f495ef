"""Checkpoints of an SQLite write-ahead log on a thread of their own.

A checkpoint copies the log back into the database file and fsyncs it. Left to SQLite, the
commit that pushes the log past 1,000 pages runs it, and that one commit takes 4–5 ms instead
of 0.4 (about one drop on the floor plan in 180; benchmarks/db.py, issue #9). SQLite's own
advice for applications that mind is to checkpoint from another thread
(https://sqlite.org/wal.html#application_initiated_checkpoints); this module does that a moment
after commits, so no user's commit waits for the fsync. SQLite's automatic checkpoint stays
on, at a larger size, as the safety net should this thread ever fall behind.

Checkpoints are safe at any time: a process killed during one loses nothing committed
(tests/reliability kills writers while this runs).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine, event

# SQLite checkpoints by itself past this many log pages (16 MB at 4 KiB pages); the default,
# 1,000, would otherwise race this thread.
FALLBACK_PAGES = 4000
# Commits within this many seconds share one checkpoint.
GATHER_S = 0.05


class WalCheckpointer:
    """Runs ``PRAGMA wal_checkpoint(PASSIVE)`` shortly after commits, never inside one.

    PASSIVE never blocks a writer or a reader: whatever a long reader still needs is copied by
    a later checkpoint.
    """

    def __init__(self, path: Path, *, gather_s: float = GATHER_S) -> None:
        self.path = path
        self.gather_s = gather_s
        self.checkpoints = 0  # how many ran; for tests and curiosity
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"checkpoint {path.name}", daemon=True
        )

    def attach(self, engine: Engine) -> WalCheckpointer:
        """Move the automatic checkpoint out of the way on every new connection of ``engine``,
        wake on its commits, and start."""
        event.listen(engine, "connect", _raise_auto_checkpoint)
        event.listen(engine, "commit", self._on_commit)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _on_commit(self, _connection) -> None:
        self._wake.set()

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return  # SQLite's automatic checkpoint still runs
        try:
            connection.execute("PRAGMA busy_timeout=1000")
            again, last_log = False, -1
            while True:
                if not again:
                    self._wake.wait()
                if self._stop.wait(self.gather_s):
                    return
                woken = self._wake.is_set()
                self._wake.clear()
                try:
                    _busy, log, _done = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    self.checkpoints += 1
                except sqlite3.Error:
                    again = False  # busy or failing disk: the next commit wakes us to try again
                    continue
                # SQLAlchemy's commit event fires just before the commit itself: on a busy
                # machine its pages may land after this checkpoint, so look once more after
                # every wake, and again for as long as the log keeps growing.
                again, last_log = woken or log != last_log, log
        finally:
            connection.close()


def _raise_auto_checkpoint(dbapi_connection, _record) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={FALLBACK_PAGES}")
