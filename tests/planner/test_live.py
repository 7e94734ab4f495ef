"""Other clients learn about a committed change within the 2 seconds the issue allows."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from planner.db import Base, make_engine, make_session_factory
from planner.live import Change, ChangeFeed
from planner.services import seating
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site


def _scenario(writer_sessions, feed: ChangeFeed):
    with writer_sessions() as s, s.begin():
        site = small_site(s, desks=2)
        pid = person(s, site.org_id, "김민준", "a@x.kr")
    feed.poll(timeout=0.5)  # drain the set-up
    start = time.monotonic()
    with writer_sessions() as s, s.begin():
        assignment = seating.assign_desk(s, pid, site.desks[1], dt.date(2025, 3, 1))
    changes = feed.poll(timeout=2.0)
    elapsed = time.monotonic() - start
    return changes, elapsed, assignment.id


@pytest.mark.postgres
def test_postgres_notify_reaches_a_second_connection(pg_schema_url):
    url, schema = pg_schema_url
    writer, reader = pg_engine(url, schema), pg_engine(url, schema)
    Base.metadata.create_all(writer)
    feed = ChangeFeed(reader)
    try:
        changes, elapsed, assignment_id = _scenario(make_session_factory(writer, actor="a"), feed)
    finally:
        feed.close()
        writer.dispose()
        reader.dispose()
    assert Change("assignment", (assignment_id,)) in changes
    assert elapsed < 2.0


def test_sqlite_data_version_and_audit_name_the_change(tmp_path):
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    writer, reader = make_engine(url), make_engine(url)
    Base.metadata.create_all(writer)
    feed = ChangeFeed(reader)
    try:
        changes, elapsed, assignment_id = _scenario(make_session_factory(writer, actor="a"), feed)
        assert feed.poll(timeout=0.3) == []  # nothing new since
    finally:
        feed.close()
        writer.dispose()
        reader.dispose()
    assert Change("assignment", (assignment_id,)) in changes
    assert elapsed < 2.0


def test_sqlite_feed_leaves_out_its_own_engine_writes_of_every_kind(tmp_path):
    """A window's own edits are not news to it, whether their audit entries were added as ORM
    objects (a person) or as plain INSERTs (a seat, an import) — but another engine's are."""
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    own, other = make_engine(url), make_engine(url)
    Base.metadata.create_all(own)
    own_sessions, other_sessions = make_session_factory(own, actor="me"), make_session_factory(other, actor="you")
    feed = ChangeFeed(own)
    try:
        with own_sessions() as s, s.begin():
            site = small_site(s, desks=2)
            mine = person(s, site.org_id, "김민준", "a@x.kr")
        with own_sessions() as s, s.begin():
            seating.assign_desk(s, mine, site.desks[0], dt.date(2025, 3, 1))
        assert feed.poll(timeout=0.3) == []
        assert feed.authors() == []

        with other_sessions() as s, s.begin():
            theirs = person(s, site.org_id, "이서연", "b@x.kr")
            seating.assign_desk(s, theirs, site.desks[1], dt.date(2025, 3, 1))
        heard = {change.entity for change in feed.poll(timeout=2.0)}
        assert heard == {"person", "assignment"}
        assert feed.authors() == ["you"]
    finally:
        feed.close()
        own.dispose()
        other.dispose()
