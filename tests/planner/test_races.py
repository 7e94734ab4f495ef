"""Two clients assigning the same desk at the same moment: exactly one wins, every time."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select, text

from planner.db import Base, make_engine, make_session_factory
from planner.errors import DeskAlreadyTaken
from planner.models import Assignment
from planner.services import seating
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site


def _race(factory_a, factory_b, rounds: int) -> list[tuple[int, int]]:
    with factory_a() as s, s.begin():
        site = small_site(s, desks=1)
        ids = [person(s, site.org_id, f"사람{i}", f"p{i}@x.kr") for i in range(2 * rounds)]
    desk = site.desks[0]
    outcomes = []
    for n in range(rounds):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n)
        barrier = threading.Barrier(2)
        results: list[str] = []

        def attempt(factory, person_id):
            barrier.wait()
            try:
                with factory() as s, s.begin():
                    seating.assign_desk(s, person_id, desk, day, day)
                results.append("won")
            except DeskAlreadyTaken:
                results.append("taken")

        threads = [threading.Thread(target=attempt, args=(f, ids[2 * n + k]))
                   for k, f in enumerate((factory_a, factory_b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        outcomes.append((results.count("won"), results.count("taken")))
    with factory_a() as s:
        overlapping = s.scalar(select(func.count()).select_from(Assignment).group_by(Assignment.start_date)
                               .order_by(func.count().desc()).limit(1))
        assert overlapping == 1
    return outcomes


@pytest.mark.postgres
def test_postgres_two_connections_race_1000_times(pg_schema_url):
    url, schema = pg_schema_url
    engines = [pg_engine(url, schema) for _ in range(2)]
    Base.metadata.create_all(engines[0])
    outcomes = _race(*(make_session_factory(e, actor="racer") for e in engines), rounds=1000)
    assert outcomes == [(1, 1)] * 1000
    for engine in engines:
        engine.dispose()


def test_sqlite_two_engines_race(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    engines = [make_engine(url) for _ in range(2)]
    Base.metadata.create_all(engines[0])
    outcomes = _race(*(make_session_factory(e, actor="racer") for e in engines), rounds=200)
    assert outcomes == [(1, 1)] * 200
    with engines[0].connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    for engine in engines:
        engine.dispose()
