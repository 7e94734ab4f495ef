"""Starting the program: a broken database, the demo, and what start-up may import."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import planner.storage
from ui import app as ui_app
from ui.app import EXIT_DATABASE, STARTUP_PROBE_ENV, run_window


@pytest.fixture
def message_boxes(monkeypatch):
    shown: list[tuple[str, str]] = []

    def record(kind):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


@pytest.fixture
def watchdog(app):
    """Ends a stuck event loop so a failing start-up test fails instead of hanging."""
    timer = QTimer(singleShot=True, interval=30_000)
    timer.timeout.connect(lambda: QApplication.exit(99))
    timer.start()
    yield
    timer.stop()


def test_broken_database_gives_a_translated_message_and_exit_code_4(
    tmp_path, message_boxes, watchdog, capsys, monkeypatch
):
    from ui.recovery import RecoveryDialog

    shown: list[str] = []

    def quit_from_recovery(dialog):  # the recovery dialog (tests/ui/test_recovery.py) → Quit
        shown.append(dialog.message.text())
        dialog.leave_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", quit_from_recovery)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 10)
    try:
        assert run_window(str(broken), demo=False, lang="ko") == EXIT_DATABASE == 4
    finally:
        _close_main_windows()
    assert not message_boxes
    assert len(shown) == 1
    assert "손상" in shown[0] and str(broken) in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_demo_is_created_when_missing_then_shown(
    tmp_path, monkeypatch, message_boxes, watchdog, capsys
):
    demo_path = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(planner.storage, "demo_database", lambda: demo_path)
    monkeypatch.setenv(STARTUP_PROBE_ENV, "1")  # quit once the first page shows its rows
    try:
        assert run_window(None, demo=True, lang="en") == 0
    finally:
        _close_main_windows()
    assert demo_path.exists()
    assert not message_boxes
    marks = dict(line.split() for line in capsys.readouterr().out.splitlines())
    assert list(marks) == ["first-paint", "database-open", "ready"]
    assert float(marks["first-paint"]) < float(marks["database-open"]) < float(marks["ready"])


def test_startup_imports_no_database_or_document_libraries():
    """The window paints before SQLAlchemy, Alembic and the export libraries are loaded."""
    code = "import sys, ui.app, ui.main_window, ui.menus;print(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    for heavy in (
        "sqlalchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "numpy",
        "PySide6.QtCharts",
        "PySide6.QtPdf",
        "planner.models",
        "planner.storage",
    ):
        assert heavy not in loaded, heavy


FIRST_PAINT_PROBE = """
import sys
from PySide6 import QtCore
from PySide6.QtCore import QSettings
from ui.app import prepare_application
from ui.fonts import use_korean_ui_font
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings

app = prepare_application()
use_korean_ui_font(app)
install_language("ko")
window = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
seen = []
window.first_painted.connect(lambda: seen.append("Qt" in QtCore.__dict__))
window.first_painted.connect(app.quit)
window.show()
app.exec()
print("painted" if seen else "never-painted")
print("Qt-enums-built" if any(seen) else "Qt-enums-not-built")
"""


def test_first_paint_does_not_build_the_qt_namespace_enums(tmp_path):
    """PySide6 builds every enum of ``Qt`` on first use (~60 ms): not before the first paint."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["painted", "Qt-enums-not-built"], result.stderr


def test_probe_reports_relative_to_program_start(capsys):
    ui_app._report("first-paint", ui_app.time.perf_counter() - 1.0)
    name, ms = capsys.readouterr().out.split()
    assert name == "first-paint" and 1000 <= float(ms) < 2000


def _close_main_windows() -> None:
    """run_window leaves its window to the application: close it, so that its live refresh
    and its conflict listener do not outlive the test."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
