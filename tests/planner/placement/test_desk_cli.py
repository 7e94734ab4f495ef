"""`planner place` in standalone mode: JSON shape, exit codes, one-line errors."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from planner.commands import place

DESKS = """code,floor,zone,x,y,kind,features
3F-A-001,3F,A,0,0,fixed,monitor;window
3F-A-002,3F,A,1.5,0,fixed,monitor|accessible
3F-A-003,3F,A,3.0,0,fixed,
3F-A-004,3F,A,0,1.7,fixed,monitor window
3F-S-001,3F,Start-up,10,0,fixed,
3F-P-001,3F,P,20,0,office,
"""

PEOPLE = """name_ko,name_en,email,organisation,role,task
김철수,Kim Cheolsu,kim@kaist.ac.kr,KAIST,researcher,F-01
이영희,Lee Younghee,lee@kt.com,KT,KT staff,F-01
박교수,Park Gyosu,park@kaist.ac.kr,KAIST,professor,F-01
최창업,Choi,choi@startup.kr,Startup X,start-up member,
윤창업,Yoon,yoon@startup.kr,Startup X,start-up member,
"""


def run_place(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    place.register(parser.add_subparsers())
    args = parser.parse_args(["place", *argv])
    return args.func(args)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    desks, people = tmp_path / "desks.csv", tmp_path / "people.csv"
    desks.write_text(DESKS, encoding="utf-8")
    people.write_text(PEOPLE, encoding="cp949")  # as Korean spreadsheets save it
    return desks, people


def test_json_plan_has_exactly_the_promised_shape(files, capsys) -> None:
    desks, people = files
    assert (
        run_place(
            [
                "--desks",
                str(desks),
                "--people",
                str(people),
                "--json",
                "--time-limit",
                "0.2",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"assignments", "unplaced", "seconds"}
    seated = {row["email"]: row["desk"] for row in document["assignments"]}
    assert all(set(row) == {"email", "desk"} for row in document["assignments"])
    assert seated["park@kaist.ac.kr"] == "3F-P-001"
    assert {seated["kim@kaist.ac.kr"], seated["lee@kt.com"]} <= {
        "3F-A-001",
        "3F-A-002",
        "3F-A-003",
        "3F-A-004",
    }
    # One start-up desk for two founders: the one listed last waits, with a reason.
    assert document["unplaced"] == [
        {
            "email": "yoon@startup.kr",
            "reason": "not enough desks: 2 people could use the 1 free desk in a start-up zone",
        }
    ]
    assert isinstance(document["seconds"], float)


def test_task_filter_places_only_that_team(files, capsys) -> None:
    desks, people = files
    assert (
        run_place(
            [
                "--desks",
                str(desks),
                "--people",
                str(people),
                "--json",
                "--task",
                "F-01",
                "--time-limit",
                "0",
            ]
        )
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert {row["email"] for row in document["assignments"]} == {
        "kim@kaist.ac.kr",
        "lee@kt.com",
        "park@kaist.ac.kr",
    }


def test_database_mode_needs_exactly_one_choice_of_people(files, capsys) -> None:
    _, people = files
    assert (
        run_place(
            [
                "--people",
                str(people),
                "--unseated",
                "--allow-moves",
                "3",
                "--apply",
                "--database",
                "x.db",
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    assert "choose one of --unseated, --task CODE or --people FILE" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""


@pytest.mark.parametrize(
    ("desks_text", "message"),
    [
        ("code,floor,zone,x,y\nA,3F,A,0,0\n", "missing column(s) kind, features"),
        (
            "code,floor,zone,x,y,kind,features\nA,3F,A,zero,0,fixed,\n",
            "line 2: x 'zero' is not a number",
        ),
        ("code,floor,zone,x,y,kind,features\nA,3F,A,0,0,sofa,\n", "kind 'sofa' is not one of"),
        (
            "code,floor,zone,x,y,kind,features\nA,3F,A,0,0,fixed,\nA,3F,A,1,0,fixed,\n",
            "desk A is listed twice",
        ),
        ("", "empty file"),
        (b"\xff\xfe\x00garbage".decode("latin-1"), "neither UTF-8 nor CP949"),
    ],
)
def test_bad_csv_is_one_line_and_exit_2(files, capsys, desks_text: str, message: str) -> None:
    desks, people = files
    desks.write_bytes(desks_text.encode("latin-1"))
    assert run_place(["--desks", str(desks), "--people", str(people), "--json"]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""


def test_missing_file_is_one_line_and_exit_2(tmp_path, files, capsys) -> None:
    _, people = files
    assert run_place(["--desks", str(tmp_path / "nope.csv"), "--people", str(people)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_plain_output_lists_desks_and_the_score(files, capsys) -> None:
    desks, people = files
    assert run_place(["--desks", str(desks), "--people", str(people), "--time-limit", "0"]) == 0
    captured = capsys.readouterr()
    assert "3F-P-001\tpark@kaist.ac.kr" in captured.out
    assert "possible adjacent pairs" in captured.err
