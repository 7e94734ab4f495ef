"""A child process of the program's own Python, from the sources and from the bundle."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from planner.own_python import RUN_MODULE, module_command

ROOT = Path(__file__).resolve().parents[2]


def test_from_the_sources_a_child_is_python_dash_m():
    assert module_command("planner.io.workbook_worker") == [
        sys.executable,
        "-m",
        "planner.io.workbook_worker",
    ]


def test_in_the_bundle_a_child_is_the_program_asked_to_run_the_module(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert module_command("planner.io.workbook_worker") == [
        sys.executable,
        RUN_MODULE,
        "planner.io.workbook_worker",
    ]


def test_the_programs_entry_runs_the_asked_module_instead_of_the_cli(tmp_path):
    """What the bundle's `planner --planner-run-module …` does, through the same entry
    (lab_planner/__main__.py): the workbook reader answers as `python -m` would."""
    book = Workbook()
    book.active.append(["이름", "이메일"])
    book.active.append(["김민준", "minjun@kaist.ac.kr"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    request = pickle.dumps(("heads", (path, 5)))
    for command in (
        [sys.executable, "-m", "lab_planner", RUN_MODULE, "planner.io.workbook_worker"],
        module_command("planner.io.workbook_worker"),
    ):
        done = subprocess.run(
            command, input=request, capture_output=True, cwd=ROOT, timeout=120, check=True
        )
        status, heads = pickle.loads(done.stdout)
        assert status == "ok"
        ((_sheet, rows),) = heads
        assert rows[1] == ("김민준", "minjun@kaist.ac.kr")
