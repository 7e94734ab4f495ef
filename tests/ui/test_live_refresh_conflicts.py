"""Two users edit the same research task: the second save does not overwrite the first;
the message names who changed it, and the window shows their version."""

from __future__ import annotations

import pytest

from planner.db import make_session_factory
from planner.models import ResearchTask
from planner.services import tasks
from planner.sharing import ChangedByOther
from ui import transactions
from ui.errors import error_message
from ui.tasks.commands import EditTaskCommand, read_task, run_and_push


@pytest.fixture
def kim_and_park(sessions):
    """The same database seen by two users (SQLite file and PostgreSQL schema alike)."""
    park = make_session_factory(sessions.kw["bind"], actor="park")
    with sessions() as s, s.begin():
        task_id = tasks.create_task(
            s, code="F-01", title_ko="음성 인식", track="foundational", start_year=2025, area="음성"
        ).id
    return sessions, park, task_id


def _area(sessions, task_id):
    with sessions() as s:
        return s.get(ResearchTask, task_id).area


def test_same_field_edited_meanwhile_is_refused_with_the_other_name(qtbot, kim_and_park):
    kim, park, task_id = kim_and_park
    with kim() as s:
        before = read_task(s, task_id)  # Kim opens the task dialog …
    with park() as s, s.begin():  # … Park saves a new area meanwhile …
        tasks.update_task(s, task_id, area="비전")
    after = before.__class__(**{**before.__dict__, "area": "언어"})  # … Kim saves another
    errors, heard = [], []
    transactions.conflict_listeners.append(heard.append)
    try:
        command = EditTaskCommand(kim, task_id, before, after, on_error=errors.append)
        assert not run_and_push(None, command)
    finally:
        transactions.conflict_listeners.remove(heard.append)
    assert isinstance(errors[0], ChangedByOther) and errors[0].actor == "park"
    assert "park" in error_message(errors[0])
    assert heard == errors  # the window reloads what it shows
    assert _area(kim, task_id) == "비전"


def test_other_fields_edited_meanwhile_are_merged(qtbot, kim_and_park):
    kim, park, task_id = kim_and_park
    with kim() as s:
        before = read_task(s, task_id)
    with park() as s, s.begin():
        tasks.update_task(s, task_id, description="박 연구원이 쓴 설명")
    after = before.__class__(**{**before.__dict__, "area": "언어"})
    assert run_and_push(None, EditTaskCommand(kim, task_id, before, after))
    with kim() as s:
        task = s.get(ResearchTask, task_id)
        assert (task.area, task.description) == ("언어", "박 연구원이 쓴 설명")
