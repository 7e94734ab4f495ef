"""Two windows on one database, as two users would have them: what one assigns appears in
the other within 2 seconds, named in its status bar; the window that made the change is not
sent into a reload of its own work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from shiboken6 import Shiboken
from sqlalchemy import select

from planner import migrate
from planner.db import make_session_factory
from planner.models import Assignment
from planner.services import floorplan
from planner.services.queries import seating_on
from planner.storage import Database, open_database
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.floorplan.commands import AssignCommand, run_and_push
from ui.main_window import MainWindow

REFRESH_WITHIN_MS = 2000  # the promise


@contextmanager
def _two_windows(qtbot, databases, settings) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Deleted before the test's database goes away (a dying window still runs slots)."""
    windows = [create_main_window(db, settings, today=lambda: TODAY) for db in databases]
    try:
        for window in windows:
            window.show()
            qtbot.waitExposed(window)
        yield windows[0], windows[1]
    finally:
        for window in windows:
            window.close()
            window.deleteLater()
        qtbot.waitUntil(lambda: not any(Shiboken.isValid(w) for w in windows))


def _free_desk_and_unseated_person(database: Database, floor_id: int) -> tuple[int, int]:
    """A free desk on the floor the plan shows, and someone without a desk."""
    with database.sessions() as s:
        desk = next(
            r.desk_id
            for r in seating_on(s, TODAY, floor_id)
            if r.person_id is None and r.desk_kind == "fixed"
        )
        who = floorplan.people_on(s, TODAY, unseated_only=True)[0].id
    return desk, who


def _seated_in(window: MainWindow, desk_id: int, person_id: int) -> bool:
    """In the desk list and on the floor plan alike."""
    page = window.page("seating")
    listed = any(r.desk_id == desk_id and r.person_id == person_id for r in page.model.rows())
    spot = page.floor_page.scene.desk_layer.desk(desk_id)
    drawn = spot is not None and spot.occupant is not None and spot.occupant.person_id == person_id
    return listed and drawn


def _assign_and_watch(qtbot, first: MainWindow, second: MainWindow, actor: str) -> None:
    for window in (first, second):
        open_page(qtbot, window, "seating")
        qtbot.waitUntil(lambda window=window: window.page("seating").floor_page is not None)
    shown_floor = second.page("seating").floor_page.current_floor_id()
    desk, who = _free_desk_and_unseated_person(first.database, shown_floor)
    own_reloads: list = []
    first.live.changed.connect(lambda changes, _authors: own_reloads.append(changes))
    assert not _seated_in(second, desk, who)

    command = AssignCommand(first.database.sessions, who, desk, TODAY, "test")
    assert run_and_push(first.undo_stack, command)

    qtbot.waitUntil(lambda: _seated_in(second, desk, who), timeout=REFRESH_WITHIN_MS)
    assert actor in second.statusBar().currentMessage()
    qtbot.wait(300)  # the first window's feed hears of its own commit too …
    first.live.poll()
    with first.database.sessions() as s:
        assignment_id = s.scalar(
            select(Assignment.id).where(Assignment.person_id == who, Assignment.desk_id == desk)
        )
    # … and leaves it out: its views already show it. (Only this assignment is looked for: on
    # PostgreSQL a NOTIFY reaches every listener of the database, so tests running at the same
    # time in other schemas are heard too.)
    heard_own = [
        c
        for changes in own_reloads
        for c in changes
        if c.entity == "assignment" and assignment_id in c.ids
    ]
    assert heard_own == []


@pytest.fixture
def pg_databases(pg_schema_url) -> Iterator[tuple[Database, Database]]:
    url, schema = pg_schema_url
    engines = [pg_engine(url, schema) for _ in range(2)]
    migrate.upgrade(engines[0])
    kim = make_session_factory(engines[0], actor="kim")
    with kim() as s, s.begin():
        site = small_site(s, desks=3)
        for i in range(2):
            person(s, site.org_id, f"사람{i}", f"p{i}@x.kr")
    databases = (
        Database(url, engines[0], kim),
        Database(url, engines[1], make_session_factory(engines[1], actor="park")),
    )
    yield databases
    for engine in engines:
        engine.dispose()


@pytest.mark.postgres
def test_assignment_in_one_window_appears_in_the_other_on_postgres(qtbot, pg_databases, settings):
    with _two_windows(qtbot, pg_databases, settings) as (first, second):
        _assign_and_watch(qtbot, first, second, actor="kim")


def test_assignment_in_one_window_appears_in_the_other_on_one_sqlite_file(
    qtbot, demo_copy, settings
):
    with _two_windows(qtbot, [open_database(demo_copy), open_database(demo_copy)], settings) as (
        first,
        second,
    ):
        actor = first.database.sessions.kw["info"]["actor"]
        _assign_and_watch(qtbot, first, second, actor=actor)
