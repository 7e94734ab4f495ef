"""Roles on the real server: each may do its own work; anything else is refused by the
server, turned into one clear sentence, and changes nothing."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from planner import migrate
from planner.db import make_session_factory
from planner.dbtools.roles import current_permissions, grant_role, group_names
from planner.models import Assignment, ResearchTask
from planner.services import seating, tasks
from planner.services.listings import people_listing
from planner.sharing import NotPermitted
from tests.conftest import pg_engine
from tests.planner.factories import person, small_site
from ui.transactions import run_action

DAY = dt.date(2025, 3, 1)


@pytest.fixture
def shared(pg_schema_url):
    """A prepared schema with a little data, and a way to connect as a user of a given role.
    Group and login roles are cluster-wide: unique names here, all dropped at the end."""
    url, schema = pg_schema_url
    prefix = f"t{uuid.uuid4().hex[:8]}"
    owner = pg_engine(url, schema)
    migrate.upgrade(owner)
    owner_sessions = make_session_factory(owner, actor="owner")
    with owner_sessions() as s, s.begin():
        site = small_site(s, desks=2)
        pid = person(s, site.org_id, "김민준", "kim@x.kr")
        task = tasks.create_task(
            s, code="F-01", title_ko="음성 인식", track="foundational", start_year=2025
        )
    made: list[str] = []
    engines = [owner]

    def connect(role: str):
        user = f"{prefix}_{role}_user"
        with owner.begin() as connection:
            grant_role(connection, user, role, prefix=prefix)
        made.append(user)
        engine = pg_engine(
            make_url(url).set(username=user).render_as_string(hide_password=False), schema
        )
        engines.append(engine)
        return make_session_factory(engine, actor=user)

    yield connect, owner_sessions, site, pid, task.id
    for engine in engines[1:]:
        engine.dispose()
    with owner.begin() as connection:
        for role in made + list(group_names(prefix).values()):
            if connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar():
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()


def _assignments(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Assignment))


def _area(sessions, task_id: int) -> str | None:
    with sessions() as s:
        return s.get(ResearchTask, task_id).area


@pytest.mark.postgres
def test_viewer_reads_but_cannot_assign(shared):
    connect, owner, site, pid, _task = shared
    viewer = connect("viewer")
    with viewer() as s:
        assert [row.name_ko for row in people_listing(s, DAY)] == ["김민준"]
        with s.connection() as connection:
            permissions = current_permissions(connection, prefix=_prefix(viewer))
    assert permissions.role == "viewer" and permissions.read_only
    error = run_action(
        viewer, lambda s: seating.assign_desk(s, pid, site.desks[0], DAY), "김민준 배정"
    )
    assert isinstance(error, NotPermitted)
    assert "may not" in str(error) and "김민준 배정" in str(error)
    assert _assignments(owner) == 0


@pytest.mark.postgres
def test_coordinator_assigns_but_cannot_edit_a_task(shared):
    connect, owner, site, pid, task_id = shared
    coordinator = connect("coordinator")
    with coordinator() as s, s.connection() as connection:
        permissions = current_permissions(connection, prefix=_prefix(coordinator))
    assert (permissions.role, permissions.may_seat, permissions.may_edit_tasks) == (
        "coordinator",
        True,
        False,
    )
    assert (
        run_action(coordinator, lambda s: seating.assign_desk(s, pid, site.desks[0], DAY), "assign")
        is None
    )
    assert _assignments(owner) == 1
    error = run_action(
        coordinator, lambda s: tasks.update_task(s, task_id, area="비전"), "edit F-01"
    )
    assert isinstance(error, NotPermitted)
    assert _area(owner, task_id) != "비전"


@pytest.mark.postgres
def test_partnership_edits_a_task_but_cannot_assign(shared):
    connect, owner, site, pid, task_id = shared
    partnership = connect("partnership")
    with partnership() as s, s.connection() as connection:
        permissions = current_permissions(connection, prefix=_prefix(partnership))
    assert (permissions.role, permissions.may_seat, permissions.may_edit_tasks) == (
        "partnership",
        False,
        True,
    )
    assert (
        run_action(partnership, lambda s: tasks.update_task(s, task_id, area="비전"), "edit")
        is None
    )
    assert _area(owner, task_id) == "비전"
    error = run_action(
        partnership, lambda s: seating.assign_desk(s, pid, site.desks[0], DAY), "assign"
    )
    assert isinstance(error, NotPermitted)
    assert _assignments(owner) == 0


def _prefix(sessions) -> str:
    # The login user is "<prefix>_<role>_user"; its group roles share the prefix.
    return str(sessions.kw["info"]["actor"]).split("_")[0]
