"""``planner``: the window without a command, the headless CLI with one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.demo.create import create_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("launcher") / "demo.sqlite3"
    create_demo(path)
    return path


def _launch(*args: str, env: dict[str, str] | None = None, code: str | None = None):
    command = ["-c", code, *args] if code else ["-m", "lab_planner", *args]
    return subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_without_a_command_the_window_opens_and_shows_the_rows(demo_file, tmp_path):
    result = _launch(
        "--database",
        str(demo_file),
        "--lang",
        "en",
        env={"PLANNER_STARTUP_PROBE": "1", "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert result.returncode == 0, result.stderr
    marks = dict(line.split() for line in result.stdout.splitlines())
    assert list(marks) == ["first-paint", "database-open", "ready"]
    assert 0 < float(marks["first-paint"]) < float(marks["ready"])


HEADLESS = (
    "import sys\n"
    "from lab_planner.launcher import main\n"
    "code = main(sys.argv[1:])\n"
    "qt = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui')))\n"
    "print(qt, file=sys.stderr)\n"
    "raise SystemExit(code if not qt else 99)\n"
)


def test_a_command_runs_headless_without_loading_qt(demo_file):
    result = _launch("info", "--json", "--database", str(demo_file), code=HEADLESS)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["people"] > 0


def test_help_offers_the_window_options_and_every_command():
    result = _launch("--help")
    assert result.returncode == 0, result.stderr
    assert "--demo" in result.stdout and "--lang" in result.stdout
    for command in ("demo", "info", "cycle", "db", "report", "import", "export", "place"):
        assert f"\n    {command} " in result.stdout
