"""The demo institute for the signing tests: made once per module, a private copy per test."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from planner.demo.create import create_demo
from planner.storage import open_database

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("signing") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo_path, tmp_path):
    """A private copy of the demo (``tmp_path / "demo.sqlite3"``), so tests that change data
    do not disturb the others."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    database = open_database(copy, actor="tester")
    yield database
    database.close()
