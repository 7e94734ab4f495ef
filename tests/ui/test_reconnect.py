"""The window through a PostgreSQL restart: it says it is reconnecting, is back within 5 s of
the server's return, keeps an edit made meanwhile as the next Redo, and hears other users'
changes again. The server is a private cluster (tests/private_postgres.py)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication
from shiboken6 import Shiboken
from sqlalchemy import func, select

from planner import migrate
from planner.db import make_engine, make_session_factory
from planner.models import Assignment
from planner.services import seating
from planner.storage import open_database
from tests.planner.factories import person, small_site
from tests.private_postgres import PrivateServer, private_server
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.connection.reconnect_status import indicator_of
from ui.connection.redo_later import RedoLater
from ui.floorplan.commands import AssignCommand, run_and_push

pytestmark = pytest.mark.postgres
BACK_WITHIN_S = 5  # the promise, from the server's return


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    cluster = private_server()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def seeded(server) -> tuple[str, list[int], list[int]]:
    with psycopg.connect(server.url().replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute("CREATE DATABASE planner")
    url = server.url("planner")
    engine = make_engine(url)
    migrate.upgrade(engine)
    with make_session_factory(engine, actor="kim")() as s, s.begin():
        site = small_site(s, desks=4)
        people = [person(s, site.org_id, f"사람{i}", f"p{i}@x.kr") for i in range(4)]
    engine.dispose()
    return url, list(site.desks), people


def _assigned(url: str, person_id: int) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(Assignment).where(Assignment.person_id == person_id)
            ).scalar()
    finally:
        engine.dispose()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionStatus", text)


def test_the_window_reconnects_after_a_restart_and_keeps_the_edit_for_redo(
    qtbot, server, seeded, settings
):
    url, desks, people = seeded
    database = open_database(url)
    window = create_main_window(database, settings, today=lambda: TODAY)
    try:
        window.show()
        qtbot.waitExposed(window)
        open_page(qtbot, window, "seating")
        indicator = indicator_of(window)
        assert not indicator.isVisible()

        server.stop()
        qtbot.waitUntil(indicator.isVisible, timeout=3000)
        assert indicator.text() == _tr("Connection to the server lost — reconnecting…")

        # An edit while the server is away: refused, nothing written, kept as the next Redo.
        errors: list = []
        command = AssignCommand(database.sessions, people[0], desks[0], TODAY, "사람0",
                                on_error=errors.append)
        assert not run_and_push(window.undo_stack, command)
        assert errors and errors[0].code == "connection_lost"
        assert window.undo_stack.canRedo()
        assert isinstance(window.undo_stack.command(window.undo_stack.index()), RedoLater)
        assert not window.undo_stack.canUndo()

        server.start()
        back = time.monotonic()
        qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=BACK_WITHIN_S * 1000)
        assert time.monotonic() - back < BACK_WITHIN_S
        assert "Redo" in window.statusBar().currentMessage() or "다시 실행" in (
            window.statusBar().currentMessage()
        )
        assert _assigned(url, people[0]) == 0  # nothing of the refused edit reached the server

        window.undo_stack.redo()
        assert _assigned(url, people[0]) == 1
        assert window.undo_stack.canUndo() and not window.undo_stack.canRedo()
        window.undo_stack.undo()
        assert _assigned(url, people[0]) == 0
        window.undo_stack.redo()
        assert _assigned(url, people[0]) == 1

        # The live refresh listens again: another user's assignment reaches this window.
        other = make_engine(url)
        try:
            with make_session_factory(other, actor="park")() as s, s.begin():
                seating.assign_desk(s, people[1], desks[1], start=TODAY)
        finally:
            other.dispose()
        page = window.page("seating")
        qtbot.waitUntil(
            lambda: any(r.person_id == people[1] for r in page.model.rows()), timeout=3000
        )
    finally:
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not Shiboken.isValid(window))
        database.close()


def test_a_redo_while_the_server_is_still_away_stays_for_later(qtbot, server, seeded, settings):
    url, desks, people = seeded
    database = open_database(url)
    window = create_main_window(database, settings, today=lambda: TODAY)
    try:
        window.show()
        qtbot.waitExposed(window)
        open_page(qtbot, window, "seating")
        server.stop()
        indicator = indicator_of(window)
        qtbot.waitUntil(indicator.isVisible, timeout=3000)
        errors: list = []
        command = AssignCommand(database.sessions, people[2], desks[2], TODAY, "사람2",
                                on_error=errors.append)
        assert not run_and_push(window.undo_stack, command)
        window.undo_stack.redo()  # still no server
        qtbot.waitUntil(window.undo_stack.canRedo, timeout=2000)
        assert len(errors) == 2 and not window.undo_stack.canUndo()
        server.start()
        qtbot.waitUntil(lambda: not indicator.isVisible(), timeout=BACK_WITHIN_S * 1000)
        window.undo_stack.redo()
        assert _assigned(url, people[2]) == 1
    finally:
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not Shiboken.isValid(window))
        database.close()


