"""``planner import`` and ``planner export`` through ``planner.cli.main`` (exit codes, output)."""

import json

import pytest
from sqlalchemy import func, select

from planner import cli
from planner.io.read_table import read_table
from planner.models import Person
from planner.storage import open_database

from .conftest import KOREAN_HEADERS, PEOPLE_ROWS, build_institute, write_csv
from .test_problem_rows import people_file


@pytest.fixture
def planner_main():
    assert {"planner.commands.import_cmd", "planner.commands.export_cmd"} <= set(cli.COMMANDS)
    return cli.main


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "planner.sqlite3"
    db = open_database(path)
    with db.sessions() as session, session.begin():
        build_institute(session)
    db.close()
    return str(path)


def people_count(database) -> int:
    db = open_database(database)
    try:
        with db.sessions() as session:
            return session.scalar(select(func.count(Person.id)))
    finally:
        db.close()


def test_dry_run_json_then_import(planner_main, database, tmp_path, capsys):
    path = write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS], "cp949")
    assert (
        planner_main(["import", "people", str(path), "--dry-run", "--json", "--database", database])
        == 0
    )
    preview = json.loads(capsys.readouterr().out)
    assert preview["rows"] == 4 and preview["errors"] == [] and preview["would_add"] == 4
    assert preview["would_change"] == 0 and "warnings" in preview
    assert people_count(database) == 0
    assert planner_main(["import", "people", str(path), "--database", database]) == 0
    assert "added 4, changed 0, unchanged 0" in capsys.readouterr().out
    assert people_count(database) == 4
    assert planner_main(["import", "people", str(path), "--json", "--database", database]) == 0
    assert json.loads(capsys.readouterr().out)["imported"]["unchanged"] == 4


def test_errors_exit_3_list_rows_and_write_nothing(planner_main, database, tmp_path, capsys):
    rows = [
        KOREAN_HEADERS,
        PEOPLE_ROWS[0],
        ("", "x", "KAIST", "", "a@b.kr"),
        ("김", "", "KAIST", "", "bad"),
    ]
    path = write_csv(tmp_path / "p.csv", rows)
    assert (
        planner_main(["import", "people", str(path), "--dry-run", "--json", "--database", database])
        == 3
    )
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert [(e["row"], e["column"]) for e in errors] == [(3, "성명"), (4, "이메일")]
    assert planner_main(["import", "people", str(path), "--database", database]) == 3
    captured = capsys.readouterr()
    assert "row 3, 성명: name is missing" in captured.err and "row 4, 이메일" in captured.err
    assert (
        captured.err.strip()
        .splitlines()[-1]
        .startswith("planner: Nothing was imported: 2 people row(s)")
    )
    assert "Traceback" not in captured.err
    assert people_count(database) == 0


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02garbage" * 50])
def test_bad_files_give_one_line(planner_main, database, tmp_path, capsys, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert planner_main(["import", "people", str(path), "--database", database]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and err.startswith("planner: ")


def test_column_corrections(planner_main, database, tmp_path, capsys):
    path = write_csv(
        tmp_path / "p.csv", [("성함", "소속", "직장 전화"), ("김민수", "KAIST", "042-000-0000")]
    )
    assert planner_main(["import", "people", str(path), "--database", database]) == 3
    assert "no column for 이름 (name_ko)" in capsys.readouterr().err
    assert (
        planner_main(
            [
                "import",
                "people",
                str(path),
                "--column",
                "성함=name_ko",
                "--column",
                "3=phone",
                "--database",
                database,
            ]
        )
        == 0
    )
    assert people_count(database) == 1
    assert (
        planner_main(
            ["import", "people", str(path), "--column", "성함=blood", "--database", database]
        )
        == 3
    )
    assert "unknown field 'blood'" in capsys.readouterr().err


def test_create_organisations_flag(planner_main, database, tmp_path, capsys):
    path = write_csv(tmp_path / "p.csv", [("이름", "소속"), ("오하늘", "네이버랩스")])
    assert planner_main(["import", "people", str(path), "--database", database]) == 3
    assert "unknown organisation '네이버랩스'" in capsys.readouterr().err
    assert (
        planner_main(
            ["import", "people", str(path), "--create-organisations", "--database", database]
        )
        == 0
    )
    assert "created 네이버랩스" in capsys.readouterr().out


def test_desks_import_and_every_export(planner_main, database, tmp_path, capsys):
    path = write_csv(
        tmp_path / "d.csv",
        [("code", "floor", "zone", "x", "y"), ("3F-A-001", "3", "새 구역", "1", "1")],
    )
    assert (
        planner_main(["import", "desks", str(path), "--dry-run", "--json", "--database", database])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["new_zones"] == ["새 구역"]
    assert planner_main(["import", "desks", str(path), "--database", database]) == 0
    for kind in ("people", "desks", "assignments", "tasks", "cycles"):
        for suffix in (".xlsx", ".csv"):
            out = tmp_path / f"{kind}{suffix}"
            assert (
                planner_main(
                    ["export", kind, "-o", str(out), "--on", "2025-11-25", "--database", database]
                )
                == 0
            )
            assert out.stat().st_size > 0
    assert (
        planner_main(["export", "people", "-o", str(tmp_path / "p.ods"), "--database", database])
        == 3
    )
    assert (
        planner_main(
            ["export", "people", "-o", str(tmp_path / "no" / "p.csv"), "--database", database]
        )
        == 3
    )
    assert "does not exist" in capsys.readouterr().err


def test_help_does_not_load_heavy_libraries():
    import subprocess
    import sys

    code = (
        "import sys, argparse\n"
        "from planner.commands import import_cmd, export_cmd\n"
        "p = argparse.ArgumentParser(); s = p.add_subparsers()\n"
        "import_cmd.register(s); export_cmd.register(s)\n"
        "heavy = {'openpyxl', 'charset_normalizer', 'sqlalchemy'}\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in heavy)\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --skip-invalid: the good rows imported, the others in a problems file beside the source.


def test_dry_run_lists_every_problem_of_the_three_bad_rows(
    planner_main, database, tmp_path, capsys
):
    path = people_file(tmp_path)
    args = ["import", "people", str(path), "--dry-run", "--database", database]
    assert planner_main([*args, "--json"]) == 3
    document = json.loads(capsys.readouterr().out)
    assert document["would_skip"] == 3 and document["would_add"] == 2
    assert [(r["row"], len(r["errors"])) for r in document["problem_rows"]] == [
        (3, 6),
        (4, 2),
        (5, 3),
    ]
    assert planner_main(args) == 3
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("error: ")]
    assert len(lines) == 11 and lines[0] == "error: row 3, 이름: name is missing"
    assert "11 error(s) in 3 row(s)" in out
    # With --skip-invalid the dry run would succeed: the two good rows can be imported.
    assert planner_main([*args, "--skip-invalid"]) == 0


def test_all_or_nothing_refuses_and_points_at_skip_invalid(
    planner_main, database, tmp_path, capsys
):
    path = people_file(tmp_path)
    assert planner_main(["import", "people", str(path), "--database", database]) == 3
    err = capsys.readouterr().err
    assert err.count("error: row") == 11
    assert err.strip().splitlines()[-1].endswith("import the other 2 with --skip-invalid.")
    assert people_count(database) == 0
    assert not (tmp_path / "people-problems.csv").exists()


def test_skip_invalid_imports_the_rest_and_writes_the_problems_file(
    planner_main, database, tmp_path, capsys
):
    path = people_file(tmp_path, ".xlsx")
    assert (
        planner_main(["import", "people", str(path), "--skip-invalid", "--database", database]) == 0
    )
    out = capsys.readouterr().out
    problems = tmp_path / "people-problems.xlsx"
    assert "added 2, changed 0, unchanged 0" in out
    assert (
        f"skipped 3 row(s) with errors (3, 4, 5); written with their reasons to {problems}" in out
    )
    assert out.count("error: row") == 11
    assert people_count(database) == 2
    written = read_table(problems)
    assert [row.cells[1] for row in written.rows] == [None, "박둘", "정넷"]

    # Again, as JSON and to a file named on the command line: the good rows are now unchanged.
    elsewhere = tmp_path / "elsewhere.xlsx"
    args = ["import", "people", str(path), "--skip-invalid", "--json", "--database", database]
    assert planner_main([*args, "--problems-file", str(elsewhere)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["problems_file"] == str(elsewhere) and elsewhere.exists()
    assert document["imported"]["skipped_rows"] == [3, 4, 5]
    assert document["imported"]["unchanged"] == 2 and document["imported"]["added"] == 0


def test_a_problems_file_that_cannot_be_written_imports_nothing(
    planner_main, database, tmp_path, capsys
):
    path = people_file(tmp_path)
    (tmp_path / "people-problems.csv").mkdir()
    assert (
        planner_main(["import", "people", str(path), "--skip-invalid", "--database", database]) == 3
    )
    err = capsys.readouterr().err
    assert "Cannot write" in err and "people-problems.csv" in err
    assert people_count(database) == 0


def test_export_in_english_imports_back_unchanged(planner_main, database, tmp_path, capsys):
    path = write_csv(tmp_path / "p.csv", [KOREAN_HEADERS, *PEOPLE_ROWS])
    assert planner_main(["import", "people", str(path), "--database", database]) == 0
    out = tmp_path / "people-en.csv"
    args = ["export", "people", "-o", str(out), "--lang", "en", "--database", database]
    assert planner_main(args) == 0
    table = read_table(out)
    assert table.headers[:4] == ("Name", "English name", "Organisation", "Role")
    assert sorted(row.cells[3] for row in table.rows) == [
        "Intern",
        "KT staff",
        "Professor",
        "Student researcher",
    ]
    capsys.readouterr()
    assert planner_main(["import", "people", str(out), "--json", "--database", database]) == 0
    assert json.loads(capsys.readouterr().out)["imported"]["unchanged"] == 4


def test_template_written_filled_and_imported(planner_main, database, tmp_path, capsys):
    from openpyxl import load_workbook

    path = tmp_path / "people-template.xlsx"
    args = ["import", "template", "people", "-o", str(path), "--lang", "en"]
    assert planner_main([*args, "--database", database]) == 0
    assert "people template written to" in capsys.readouterr().out
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet["A2"], sheet["E2"] = "김채움", "fill@kaist.ac.kr"  # the sample row, made a real one
    book.save(path)
    assert planner_main(["import", "people", str(path), "--json", "--database", database]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["errors"] == [] and document["imported"]["added_names"] == ["김채움"]
    bad = ["import", "template", "people", "-o", str(tmp_path / "t.csv"), "--database", database]
    assert planner_main(bad) == 3
