"""The command line: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
