"""The command line: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_demo_then_info_json_as_a_user_runs_it(tmp_path):
    db = tmp_path / "x.db"
    created = subprocess.run([sys.executable, "-m", "planner", "demo", "--database", str(db)],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert created.returncode == 0, created.stderr
    info = subprocess.run([sys.executable, "-m", "planner", "info", "--json", "--database", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)
    assert counts["people"] >= 200 and counts["desks"] >= 220
    assert counts["tasks"] == 20 and counts["tasks_by_track"] == {"foundational": 15, "industrial": 5}


def test_errors_are_one_line_with_an_exit_code(tmp_path, capsys):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01 not sqlite" * 50)
    assert main(["info", "--database", str(garbage)]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an SQLite file" in err and "Traceback" not in err

    existing = tmp_path / "exists.db"
    existing.write_text("keep")
    assert main(["demo", "--database", str(existing)]) == 3
    assert "--replace" in capsys.readouterr().err
    assert existing.read_text() == "keep"


def test_database_from_environment(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PLANNER_DATABASE_URL", str(db))
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(db)


def test_cycle_commands(tmp_path, capsys):
    from planner.demo.create import create_demo
    import datetime as dt

    db = str(tmp_path / "c.db")
    create_demo(db, today=dt.date(2025, 11, 25))
    assert main(["cycle", "new", "2026", "--database", db]) == 0
    assert main(["cycle", "advance", "2026", "--to", "agreed", "--database", db]) == 3
    assert "cannot go from draft to agreed" in capsys.readouterr().err
    assert main(["cycle", "list", "--json", "--database", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["year"], c["status"]) for c in listed] == [(2024, "signed"), (2025, "draft"), (2026, "draft")]
    assert main(["cycle", "show", "2025", "--json", "--database", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["comparison"]["previous_year"] == 2024
    assert shown["decision_counts"] == {"continue": 16, "modify": 2, "conclude": 1, "new": 1, "undecided": 0}
    f04 = next(t for t in shown["comparison"]["tasks"] if t["task"] == "F-04")
    assert f04["budget_delta_krw"] == 100_000_000 and f04["changes"][0]["item"] == "연구비"
    assert sum(t["budget_krw"] for t in shown["totals"]) == shown["comparison"]["budget_after_krw"]


def _run_cli(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_version_names_the_program_python_qt_sqlite_and_schema():
    import platform
    import sqlite3
    from importlib import metadata

    import planner
    from planner.migrate import SCHEMA_HEAD

    shown = subprocess.run(
        [sys.executable, "-m", "planner", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        f"Lab Planner {planner.__version__}",
        f"Python {platform.python_version()} (CPython)",
        f"Qt/PySide6 {metadata.version('PySide6')}",
        f"SQLite {sqlite3.sqlite_version}",
        f"Database schema {SCHEMA_HEAD}",
    ]


# The module is made unimportable as a bundle missing it would be (None in sys.modules makes
# its import fail with ModuleNotFoundError).
UNIMPORTABLE = (
    "import sys\n"
    "sys.modules[sys.argv[1]] = None\n"
    "from planner.cli import main\n"
    "raise SystemExit(main(sys.argv[2:]))\n"
)


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("planner.commands.place", "planner.commands.place"),  # the command module itself
        ("planner.demo.create", "planner.commands.demo"),  # something the command imports
    ],
)
@pytest.mark.parametrize("args", [["--help"], ["info", "--json"]])
def test_a_command_that_cannot_be_imported_stops_the_program_naming_it(
    tmp_path, missing, named, args
):
    db = tmp_path / "never.sqlite3"
    result = _run_cli(UNIMPORTABLE, missing, *args, *(["--database", str(db)] * (len(args) > 1)))
    assert result.returncode == 70
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"planner: the command module {named} cannot be imported")
    assert "ModuleNotFoundError" in line and missing in line
    assert not db.exists()


def test_the_headless_cli_without_a_command_is_a_usage_error():
    result = subprocess.run(
        [sys.executable, "-m", "planner"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "give a command" in result.stderr and "Traceback" not in result.stderr
