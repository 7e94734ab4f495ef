"""Fixtures for the window tests: one demo institute per session, a window per test.

Tests run offscreen (QT_QPA_PLATFORM=offscreen is set here when missing). QSettings and the
user data folder (automatic backups) are redirected to temporary folders, so no test touches
the user's real settings or files.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - after the platform is chosen

from planner.demo.create import create_demo  # noqa: E402
from planner.storage import Database, open_database  # noqa: E402
from ui.app import create_main_window, prepare_application  # noqa: E402
from ui.fonts import use_korean_ui_font  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="session", autouse=True)
def _isolated_qsettings(tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, scope, str(folder))


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_data(tmp_path_factory) -> Iterator[None]:
    """The window backs databases up into the user data folder: a temporary one here."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
        yield


@pytest.fixture(scope="session")
def app(qapp):
    """The QApplication as the program sets it up: names and the Korean font."""
    prepare_application()
    use_korean_ui_font(qapp)
    return qapp


@pytest.fixture(autouse=True)
def korean(app) -> Iterator[None]:
    """Every test starts in Korean, the default language, and leaves it so."""
    install_language("ko")
    yield
    install_language("ko")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    """A private copy of the demo for tests that change data."""
    target = tmp_path / "d.sqlite3"
    shutil.copyfile(demo_file, target)
    return target


@pytest.fixture
def database(demo_file) -> Iterator[Database]:
    db = open_database(demo_file)
    yield db
    db.close()


@pytest.fixture
def db(demo_copy) -> Iterator[Database]:
    """A private copy of the demo, open (for tests that change data through a page)."""
    database = open_database(demo_copy)
    yield database
    database.close()


@pytest.fixture
def stack():
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def page(qtbot, db, stack):
    """A floor plan page on the private demo copy, with its own undo stack."""
    from ui.floorplan.floor_page import FloorPage

    widget = FloorPage(db.sessions, stack, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 860)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, database, settings) -> Iterator[MainWindow]:
    main = create_main_window(database, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.resize(1400, 860)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def check_models(request):
    """qtmodeltester for several models in one test: one ModelTester each, all kept
    connected (every later signal is re-checked) and disconnected at the end."""
    from pytestqt.modeltest import ModelTester

    testers: list[ModelTester] = []

    def check(*models) -> None:
        for model in models:
            tester = ModelTester(request.config)
            testers.append(tester)
            tester.check(model, force_py=True)

    yield check
    for tester in testers:
        tester._cleanup()


def open_page(qtbot, window: MainWindow, key: str):
    """Show a page and wait until it has loaded its rows."""
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=5000)
    return page


class Messages:
    """QMessageBox calls captured instead of shown; ``answer`` is returned to questions."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.warnings: list[str] = []
        self.questions: list[str] = []
        self.informations: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        self._ok = QMessageBox.StandardButton.Ok

    def warning(self, _parent, _title, text, *args, **kwargs):
        self.warnings.append(text)
        return self._ok

    def question(self, _parent, _title, text, *args, **kwargs):
        self.questions.append(text)
        return self.answer

    def information(self, _parent, _title, text, *args, **kwargs):
        self.informations.append(text)
        return self._ok


@pytest.fixture
def messages(monkeypatch) -> Messages:
    from PySide6.QtWidgets import QMessageBox

    captured = Messages()
    for name in ("warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, getattr(captured, name))
    return captured
