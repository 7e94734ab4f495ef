"""Fixtures for the renewal workspace: a demo institute per test module, a private copy per
test, and a workspace on it. Message boxes and dialogs are answered by the tests."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - after the platform is chosen
from PySide6.QtGui import QUndoStack  # noqa: E402

from planner.demo.create import create_demo  # noqa: E402
from planner.services.renewals import open_next_cycle  # noqa: E402
from planner.storage import Database, open_database  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.renewals.workspace import RenewalWorkspace  # noqa: E402
from ui.settings import Settings  # noqa: E402

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(autouse=True)
def english(korean) -> Iterator[None]:
    """These tests read the English source strings, whatever Korean file is installed; the
    Korean texts are checked in test_translations.py. (After the window's ``korean`` fixture,
    whose teardown puts Korean back.)"""
    install_language("en")
    yield


@pytest.fixture(scope="module")
def renewal_demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("renewal-demo") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(renewal_demo, tmp_path) -> Iterator[Database]:
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(renewal_demo, target)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def with_2026(db) -> Database:
    """The demo with the 2026 cycle already opened from 2025 (a draft), its review before
    agreement done (every checklist item ticked through the service), so that the workflow
    tests reach *agreed*; tests/ui/renewals/test_research_tabs.py checks the review itself."""
    from tests.planner.factories import tick_review

    with db.sessions() as s, s.begin():
        opened = open_next_cycle(s, 2026, today=TODAY)
        tick_review(s, opened.id)
    return db


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def renewal_settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_workspace(
    qtbot, database: Database, stack: QUndoStack, settings: Settings, today: dt.date = TODAY
) -> RenewalWorkspace:
    widget = RenewalWorkspace(database.sessions, stack, today=lambda: today, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def workspace(qtbot, db, stack, renewal_settings, messages) -> RenewalWorkspace:
    return make_workspace(qtbot, db, stack, renewal_settings)


@pytest.fixture
def workspace_2026(qtbot, with_2026, stack, renewal_settings, messages) -> RenewalWorkspace:
    return make_workspace(qtbot, with_2026, stack, renewal_settings)


# A day after the demo draft's deadlines (on TODAY they are ahead: 2025-12-25, 2026-01-15).
LATE = dt.date(2026, 2, 1)


@pytest.fixture
def late_workspace(qtbot, db, stack, renewal_settings, messages) -> RenewalWorkspace:
    """The demo seen on a day its draft's deadlines have passed unsigned."""
    return make_workspace(qtbot, db, stack, renewal_settings, today=LATE)
