"""Several client processes on one PostgreSQL database (the small version of
``python -m benchmarks.load``): nothing lost, nothing overlapping, no deadlock reaching a
user, and a listening window hears every change. Timing is the benchmark's business."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from benchmarks import load
from planner.db import make_engine
from tests.conftest import PG_URL, require_postgres

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def loaded() -> tuple[str, dict, dict]:
    """4 clients × 50 operations on a database of their own: (url, run, verdict)."""
    require_postgres()
    with load.scratch_database(PG_URL) as url:
        load.seed(url)
        run = load.run_clients(url, clients=4, ops=50, seed_value=7)
        yield url, run, load.verify(url, run)


def test_concurrent_clients_lose_nothing_and_never_overlap(loaded):
    _url, _run, verdict = loaded
    assert verdict["operations"] == 200
    assert verdict["lost_updates"] == 0
    assert verdict["doubled_task_edits"] == 0 and verdict["phantom_task_edits"] == 0
    assert verdict["overlaps"] == 0
    assert verdict["deadlocks_reaching_user"] == 0
    assert verdict["errors"] == 0, verdict["error_examples"]
    done = {kind: results.get("done", 0) for kind, results in verdict["by_kind"].items()}
    assert all(done[kind] > 0 for kind in ("assign", "release", "task edit", "cycle decision")), done


def test_the_listening_window_hears_every_audited_change(loaded):
    _url, _run, verdict = loaded
    assert verdict["audited_changes"] > 100
    assert verdict["changes_missed_by_listener"] == 0


def test_the_checks_see_a_lost_edit_and_a_missed_change(loaded):
    """The invariants can fail: a task edit taken back behind the clients' backs, and a
    change the listener never heard. (An overlap cannot be made even by hand: the database's
    exclusion constraints refuse it.)"""
    url, run, _verdict = loaded
    engine = make_engine(url)
    with engine.begin() as connection:
        token = next(
            o.token for r in run["reports"] for o in r.outcomes if o.kind == "task edit" and o.result == "done"
        )
        connection.execute(
            text("UPDATE research_task SET description = replace(description, :t, '')"), {"t": token}
        )
    heard = run["heard"]["heard"]
    entity = next(e for e in ("assignment", "task_renewal") if heard.get(e))
    deaf = {**run, "heard": {**run["heard"], "heard": {**heard, entity: heard[entity][1:]}}}
    verdict = load.verify(url, deaf)
    engine.dispose()
    assert verdict["lost_task_edits"] == 1
    assert verdict["lost_updates"] >= 1
    assert verdict["changes_missed_by_listener"] >= 1
