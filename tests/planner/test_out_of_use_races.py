"""A desk blocked by one client while another seats someone there at the same moment: exactly
one of the two wins, every time, and the database never holds both."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from planner.db import Base, make_engine, make_session_factory
from planner.errors import BlockHitsSeating, DeskOutOfUse
from planner.models import Assignment, OutOfUse
from planner.services import availability, seating
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site


def _race(factory_a, factory_b, rounds: int, zone: bool = False) -> list[tuple[int, int]]:
    with factory_a() as s, s.begin():
        site = small_site(s, desks=1)
        ids = [person(s, site.org_id, f"사람{i}", f"p{i}@x.kr") for i in range(rounds)]
    desk = site.desks[0]
    outcomes = []
    for n in range(rounds):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n)
        barrier = threading.Barrier(2)
        results: list[str] = []

        def seat():
            barrier.wait()
            try:
                with factory_a() as s, s.begin():
                    seating.assign_desk(s, ids[n], desk, day, day)
                results.append("seated")
            except DeskOutOfUse:
                results.append("refused")

        def block():
            barrier.wait()
            try:
                with factory_b() as s, s.begin():
                    if zone:
                        availability.block_zone(s, site.zone_id, day, day, "race")
                    else:
                        availability.block_desk(s, desk, day, day, "race")
                results.append("blocked")
            except BlockHitsSeating:
                results.append("refused")

        threads = [threading.Thread(target=seat), threading.Thread(target=block)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        outcomes.append((len([r for r in results if r != "refused"]), results.count("refused")))
    with factory_a() as s:
        seated = s.scalar(select(func.count()).select_from(Assignment))
        blocked = s.scalar(select(func.count()).select_from(OutOfUse))
        assert seated + blocked == rounds
    return outcomes


@pytest.mark.postgres
@pytest.mark.parametrize("zone", [False, True], ids=["desk", "zone"])
def test_postgres_block_and_seat_race(pg_schema_url, zone):
    url, schema = pg_schema_url
    engines = [pg_engine(url, schema) for _ in range(2)]
    Base.metadata.create_all(engines[0])
    outcomes = _race(*(make_session_factory(e, actor="racer") for e in engines), 150, zone)
    assert outcomes == [(1, 1)] * 150
    for engine in engines:
        engine.dispose()


def test_sqlite_block_and_seat_race(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    engines = [make_engine(url) for _ in range(2)]
    Base.metadata.create_all(engines[0])
    outcomes = _race(*(make_session_factory(e, actor="racer") for e in engines), 60)
    assert outcomes == [(1, 1)] * 60
    for engine in engines:
        engine.dispose()
