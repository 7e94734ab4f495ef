"""The window on a shared server shows the user's role and hides what it may not do; what
still reaches the server is refused with one clear sentence and changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

import pytest
from shiboken6 import Shiboken
from sqlalchemy import func, select

import ui.connection.roles
from planner.dbtools.roles import current_permissions
from planner.models import Assignment
from planner.sharing import ChangedByOther
from planner.storage import Database
from tests.planner.test_roles import _prefix, shared  # noqa: F401 - the fixture
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.errors import error_message
from ui.floorplan.commands import AssignCommand, run_and_push
from ui.main_window import MainWindow


@contextmanager
def _window_as(qtbot, monkeypatch, sessions, settings) -> Iterator[MainWindow]:
    # The test's group roles carry their own prefix (roles are cluster-wide); the window asks
    # the server about those instead of the planner_* ones.
    monkeypatch.setattr(
        ui.connection.roles,
        "current_permissions",
        partial(current_permissions, prefix=_prefix(sessions)),
    )
    engine = sessions.kw["bind"]
    window = create_main_window(
        Database(str(engine.url), engine, sessions), settings, today=lambda: TODAY
    )
    try:
        window.show()
        qtbot.waitExposed(window)
        open_page(qtbot, window, "tasks")
        open_page(qtbot, window, "seating")
        qtbot.waitUntil(lambda: window.page("seating").floor_page is not None)
        yield window
    finally:
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not Shiboken.isValid(window))


def _can_drop(window: MainWindow) -> bool:
    floor = window.page("seating").floor_page
    return floor.view.acceptDrops() and floor.people.view.dragEnabled()


def _seating_buttons_shown(window: MainWindow) -> bool:
    page = window.page("seating")
    return not page.floor_page.edit_button.isHidden() and not page.plans_tab.new_button.isHidden()


def _task_buttons_shown(window: MainWindow) -> bool:
    return not window.page("tasks").new_button.isHidden()


@pytest.mark.postgres
def test_viewer_sees_its_role_cannot_drag_and_a_forced_change_is_refused(
    qtbot,
    monkeypatch,
    settings,
    shared,  # noqa: F811
):
    connect, owner, site, pid, _task = shared
    viewer = connect("viewer")
    with _window_as(qtbot, monkeypatch, viewer, settings) as window:
        assert window.role_label.isVisibleTo(window)
        assert window.role_label.text() == "역할: 열람자 (읽기 전용)"
        assert not _can_drop(window)
        assert not _seating_buttons_shown(window)
        assert not _task_buttons_shown(window)

        errors = []
        command = AssignCommand(viewer, pid, site.desks[0], TODAY, "김민준", on_error=errors.append)
        assert not run_and_push(window.undo_stack, command)
        # the role and what it may do, as `planner assign` says it (planner.refusals)
        said = error_message(errors[0])
        assert said.startswith("열람자(viewer) 역할로는 할 수 없습니다: ")
        assert "조회·인쇄·내보내기만 할 수 있고" in said and "\n" not in said
        assert window.undo_stack.count() == 0
    with owner() as s:
        assert s.scalar(select(func.count()).select_from(Assignment)) == 0


@pytest.mark.postgres
def test_coordinator_seats_but_has_no_task_buttons(qtbot, monkeypatch, settings, shared):  # noqa: F811
    connect, *_rest = shared
    with _window_as(qtbot, monkeypatch, connect("coordinator"), settings) as window:
        assert window.role_label.text() == "역할: 시설 담당자"
        assert _can_drop(window)
        assert _seating_buttons_shown(window)
        assert not _task_buttons_shown(window)


@pytest.mark.postgres
def test_partnership_edits_tasks_but_cannot_drag_desks(qtbot, monkeypatch, settings, shared):  # noqa: F811
    connect, *_rest = shared
    with _window_as(qtbot, monkeypatch, connect("partnership"), settings) as window:
        assert window.role_label.text() == "역할: 협력 담당자"
        assert not _can_drop(window)
        assert not _seating_buttons_shown(window)
        assert _task_buttons_shown(window)


def test_a_file_shows_no_role(window):
    assert window.role_label.isHidden()


def test_stale_edit_message_names_the_other_user():
    error = ChangedByOther("F-01 수정", "park", dt.datetime(2025, 11, 25, 9, 30))
    text = error_message(error)
    assert "park" in text and "F-01 수정" in text and "2025-11-25 09:30" in text
    assert "저장되지 않았으며" in text
