"""The write-ahead log is copied into the database file by a thread of its own, shortly after
commits, instead of inside whichever user's commit crosses SQLite's threshold."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time

from sqlalchemy import select

from planner.models import Assignment
from planner.services import seating
from planner.storage import open_database, open_read_only
from planner.wal_checkpoint import FALLBACK_PAGES
from tests.planner.factories import person, small_site


def _wait_for(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def test_a_commit_reaches_the_database_file_itself_soon_after(tmp_path):
    path = tmp_path / "plan.sqlite3"
    db = open_database(path)
    try:
        with db.sessions() as s, s.begin():
            site = small_site(s, desks=1)
            who = person(s, site.org_id, "김민준")
        before = db.checkpointer.checkpoints
        with db.sessions() as s, s.begin():
            seating.assign_desk(s, who, site.desks[0], dt.date(2025, 3, 1))
        assert _wait_for(lambda: db.checkpointer.checkpoints > before)

        # The main file alone, without its -wal beside it, soon holds the assignment: a
        # checkpoint copied it there while the application kept running, with no other commit.
        alone = tmp_path / "copy" / "plan.sqlite3"
        alone.parent.mkdir()

        def main_file_rows():
            shutil.copyfile(path, alone)
            copy = sqlite3.connect(alone)
            try:
                return copy.execute("SELECT person_id, desk_id FROM assignment").fetchall()
            except sqlite3.DatabaseError:
                return None  # copied in the middle of a checkpoint's write: look again
            finally:
                copy.close()

        assert _wait_for(lambda: main_file_rows() == [(who, site.desks[0])])

        with db.sessions() as s:
            pages = s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert pages == FALLBACK_PAGES  # SQLite's own checkpoint stays as the safety net
    finally:
        db.close()
    assert not db.checkpointer._thread.is_alive()


def test_a_database_opened_read_only_runs_no_checkpoints(tmp_path):
    path = tmp_path / "plan.sqlite3"
    open_database(path).close()
    db = open_read_only(path)
    try:
        assert db.checkpointer is None
        with db.sessions() as s:
            assert s.scalars(select(Assignment)).all() == []
    finally:
        db.close()
