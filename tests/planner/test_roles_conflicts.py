"""Two users on one server editing the same thing: never a silent overwrite; collisions
between transactions are retried a bounded number of times."""

from __future__ import annotations

import pytest

from planner import migrate
from planner.db import make_session_factory
from planner.errors import DatabaseProblem
from planner.models import ResearchTask
from planner.services import tasks
from planner.sharing import ChangedByOther
from tests.conftest import pg_engine
from ui import transactions
from ui.transactions import run_action


@pytest.fixture
def two_users(pg_schema_url):
    url, schema = pg_schema_url
    first, second = pg_engine(url, schema), pg_engine(url, schema)
    migrate.upgrade(first)
    kim, park = make_session_factory(first, actor="kim"), make_session_factory(second, actor="park")
    with kim() as s, s.begin():
        task_id = tasks.create_task(
            s, code="F-01", title_ko="음성 인식", track="foundational", start_year=2025, area="음성"
        ).id
    yield kim, park, task_id, (first, second)
    first.dispose()
    second.dispose()


def _area(sessions, task_id):
    with sessions() as s:
        return s.get(ResearchTask, task_id).area


@pytest.mark.postgres
def test_stale_edit_names_who_changed_it_and_keeps_their_version(two_users):
    kim, park, task_id, _engines = two_users
    heard = []
    transactions.conflict_listeners.append(heard.append)

    def kims_edit(session):
        task = session.get(ResearchTask, task_id)  # Kim reads version 1 …
        with park() as other, other.begin():  # … Park saves version 2 meanwhile …
            tasks.update_task(other, task_id, area="비전")
        task.area = "언어"  # … and Kim's save of version 1 must not overwrite it

    try:
        error = run_action(kim, kims_edit, "F-01 수정")
    finally:
        transactions.conflict_listeners.remove(heard.append)
    assert isinstance(error, ChangedByOther)
    assert error.actor == "park"
    assert "park" in str(error) and "F-01 수정" in str(error)
    assert heard == [error]  # the window hears of it and reloads
    assert _area(kim, task_id) == "비전"


@pytest.mark.postgres
def test_serialisation_failure_is_retried_until_it_passes(two_users):
    kim, park, task_id, (first, _second) = two_users
    serializable = make_session_factory(
        first.execution_options(isolation_level="SERIALIZABLE"), actor="kim"
    )
    attempts = []

    def edit(session):
        attempts.append(1)
        session.get(ResearchTask, task_id)  # the snapshot is taken here
        if len(attempts) == 1:  # only the first attempt collides with Park's commit
            with park() as other, other.begin():
                tasks.update_task(other, task_id, area="비전")
        tasks.update_task(session, task_id, area="언어")

    assert run_action(serializable, edit, "F-01 수정") is None
    assert len(attempts) == 2  # a real 40001 from the server, then a clean second run
    assert _area(kim, task_id) == "언어"


@pytest.mark.postgres
def test_retries_are_bounded(two_users):
    kim, park, task_id, (first, _second) = two_users
    serializable = make_session_factory(
        first.execution_options(isolation_level="SERIALIZABLE"), actor="kim"
    )
    attempts = []

    def edit(session):
        attempts.append(1)
        session.get(ResearchTask, task_id)
        with park() as other, other.begin():  # Park wins every time
            tasks.update_task(other, task_id, area=f"비전 {len(attempts)}")
        tasks.update_task(session, task_id, area="언어")

    error = run_action(serializable, edit, "F-01 수정")
    assert isinstance(error, DatabaseProblem)
    assert len(attempts) == transactions.ATTEMPTS
    assert _area(kim, task_id) == f"비전 {transactions.ATTEMPTS}"
