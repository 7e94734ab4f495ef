"""``solve-osa`` command: JSON shape, human summary, bad input."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.commands import solve_osa
from planner.placement.osa.evaluate import evaluate
from planner.placement.osa.instance import load_instance

INSTANCE = """\
NoOfEntities: 4
NoOfRooms: 3
NoOfFloors: 2
NoOfConstraints: 3
NoOfHardConstraints: 1
NoOfSoftConstraints: 2
ENTITIES
0 0 10
1 0 8
2 1 12
3 1 4
ROOMS
0 0 18 1 1
1 0 12 1 0
2 1 16 0
CONSTRAINTS
0 6 1 2 -1
1 8 0 0 1
2 0 0 3 2
"""


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    solve_osa.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def instance_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(INSTANCE, encoding="utf-8")
    return path


def test_json_output_has_exactly_the_documented_fields(
    instance_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["solve-osa", str(instance_file), "--time-limit", "2", "--seed", "4",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"objective", "feasible", "assignment", "seconds"}
    assert isinstance(out["objective"], float)
    assert out["feasible"] is True
    assert isinstance(out["seconds"], float) and 0 <= out["seconds"] < 10
    assert len(out["assignment"]) == 4 and all(isinstance(r, int) for r in out["assignment"])
    check = evaluate(load_instance(instance_file), out["assignment"])
    assert check.feasible and check.objective == pytest.approx(out["objective"])


def test_human_summary(instance_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["solve-osa", str(instance_file), "--time-limit", "0.5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("small: objective ")
    assert "feasible" in out and "4 entities in 3 rooms" in out
    assert out.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(INSTANCE.replace("2 1 16 0", "2 1 sixteen 0"), "line 15"), (None, "cannot read")],
)
def test_bad_file_is_one_line_on_stderr_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, fragment: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert _run(["solve-osa", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and fragment in captured.err
    assert "Traceback" not in captured.err


def test_negative_time_limit_is_a_usage_error(instance_file: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        _run(["solve-osa", str(instance_file), "--time-limit", "-1"])
    assert exited.value.code == 2


def test_registering_the_command_imports_no_solver_or_heavy_library() -> None:
    code = (
        "import argparse, sys\n"
        "from planner.commands import solve_osa\n"
        "solve_osa.register(argparse.ArgumentParser().add_subparsers())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ortools', 'numpy')"
        " or m.startswith('planner.placement')))\n"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
