"""Every hostile spreadsheet is refused with its reason — or read correctly — within 10 s and
1 GB, in a process held to those limits, and nothing is written beside it (issue #16)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from . import spreadsheet_files as files
from .harness import run_reader

REFUSED = {
    # name: (builder, what the refusal must say)
    "random bytes as .csv": (
        lambda d: files.random_bytes(d, "random.csv"),
        r"random\.csv is not a spreadsheet: it (contains binary data|is neither)",
    ),
    "random bytes as .xlsx": (
        lambda d: files.random_bytes(d, "random.xlsx"),
        r"random\.xlsx is named like an Excel workbook but is not one: it is unknown data",
    ),
    "text named .xlsx": (
        files.text_named_xlsx,
        r"text-named\.xlsx is named like an Excel workbook but is not one: it is plain text",
    ),
    "PDF named .xlsx": (files.pdf_named_xlsx, r"not one: it is a PDF document"),
    "JPEG named .csv": (files.jpeg_named_csv, r"photo\.csv is not a spreadsheet: it is a JPEG"),
    "ODS named .xlsx": (lambda d: files.other_zip(d, "ods"), r"is an OpenDocument file"),
    "DOCX named .xlsx": (lambda d: files.other_zip(d, "docx"), r"is a Word document"),
    "plain ZIP named .xlsx": (lambda d: files.other_zip(d, "zip"), r"is a ZIP archive, not an"),
    "truncated XLSX": (files.truncated_xlsx, r"not a readable XLSX file"),
    "cell at XFD1048576": (
        files.far_cell,
        r"spanning 1,048,576 rows × 16,384 columns \(17,179,869,184 cells, at most 2,000,000\)",
    ),
    "far cell behind a quoted '>'": (files.far_cell_hidden, r"spanning 1,048,576 rows"),
    "string table of 4 billion": (files.huge_string_table, r"declares 4,294,967,295 different"),
    "2 million cells and one": (files.many_cells_xlsx, r"16,384 columns \(2,015,232 cells"),
    "1 MB cell in XLSX": (
        files.megabyte_cell_xlsx,
        r"a cell on row 2 is longer than 32,767 characters",
    ),
    "XLS cell at row 65,536 column 65,536": (files.far_cell_xls, r"spanning 65,536 rows × 65,536"),
    "XLS DIMENSIONS of 4 billion rows": (files.huge_dimensions_xls, r"spanning 4,294,967,296 rows"),
    "OLE container of garbage": (files.garbage_ole, r"not a readable \.xls file \(damaged\)"),
    "100,000 columns": (
        files.hundred_thousand_columns,
        r"line 1 has 100,000 columns; a spreadsheet has at most",
    ),
    "1 MB cell in CSV": (files.megabyte_cell_csv, r"a cell on line 2 is longer than 32,767"),
    "NUL bytes": (files.nul_bytes_csv, r"binary data \(a NUL character on line 3\)"),
    "UTF-8 and CP949 in one file": (
        files.mixed_encodings_csv,
        r"mixes two text encodings: line 1 is UTF-8 and line 4 is not",
    ),
    "2 million cells of CSV": (files.many_cells_csv, r"more than 2,000,000 cells"),
    "65 MB of CSV": (files.oversized_csv, r"is 65 MB of text; a list to import is at most 64 MB"),
}


@pytest.fixture(scope="session")
def bomb(tmp_path_factory) -> Path:
    return files.zip_bomb(tmp_path_factory.mktemp("bomb"))


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_the_reason(case, tmp_path):
    build, reason = REFUSED[case]
    path = build(tmp_path)
    outcome = run_reader("table", path)
    assert outcome.outcome == "refused", outcome.answer
    assert re.search(reason, outcome.message), outcome.message
    assert "\n" not in outcome.message


def test_zip_bomb_is_refused_by_its_size_before_unpacking(bomb, tmp_path):
    assert bomb.stat().st_size < 2 * 2**20  # what arrives by mail: about 1 MB
    path = tmp_path / bomb.name
    shutil.copy(bomb, path)
    for reader in ("table", "sheets"):
        outcome = run_reader(reader, path)
        assert outcome.outcome == "refused"
        assert "unpacks to 1,024 MB, more than the 256 MB a workbook may hold" in outcome.message
        assert outcome.peak_mb < 200, "refused by the declared size, never inflated"


def test_zip_bomb_with_lying_sizes_is_found_damaged(bomb, tmp_path):
    path = files.lying_zip_bomb(tmp_path, bomb)
    outcome = run_reader("table", path)
    assert outcome.outcome == "refused"
    assert "is not a readable XLSX file (its part xl/worksheets/sheet1.xml is damaged)" in (
        outcome.message
    )


def test_excel97_workbook_is_read(tmp_path):
    path = files.excel97(tmp_path)
    outcome = run_reader("table", path)
    assert outcome.outcome == "read", outcome.message
    assert outcome.answer["sheet"] == "명단"
    assert outcome.answer["headers"] == ["성명", "영문 이름", "소속", "이메일", "입주일", "사번"]
    assert outcome.answer["rows"][0] == [
        "'김민준'",
        "'Kim Minjun'",
        "'KAIST'",
        "'minjun.kim@kaist.ac.kr'",
        "datetime.date(2025, 3, 1)",
        "12345",
    ]
    assert run_reader("sheets", path).answer["sheets"] == ["명단", "Desks"]


def test_formulas_are_never_run_only_their_saved_results_read(tmp_path):
    outcome = run_reader("table", files.formulas_xlsx(tmp_path))
    assert outcome.outcome == "read", outcome.message
    first, second = outcome.answer["rows"][:2]
    # The saved result of a formula, the formula-looking text as text, no result as empty.
    assert first == ["'김민준'", "'KAIST'", "\"=cmd|' /C calc'!A0\""]
    assert second == ["'이서연'", "None", "'@SUM(1)'"]
    csv_outcome = run_reader("table", files.formulas_csv(tmp_path))
    assert csv_outcome.answer["rows"][0][1] == '\'=HYPERLINK("http://evil.example","KAIST")\''


def test_a_nul_inside_a_workbook_cell_reaches_the_import_as_a_character(tmp_path):
    """XLSX writes a NUL as _x0000_: read as it is; the import's text check refuses that row."""
    outcome = run_reader("table", files.nul_in_cell_xlsx(tmp_path))
    assert outcome.outcome == "read", outcome.message
    assert outcome.answer["rows"][0][0] in ("'김\\x00민준'", "'김_x0000_민준'")


@pytest.fixture
def database(tmp_path):
    from planner.storage import open_database

    path = tmp_path / "db" / "planner.sqlite3"
    path.parent.mkdir()
    open_database(path).close()
    return path


def _contents(database: Path) -> tuple[int, int]:
    from sqlalchemy import func, select

    from planner.models import AuditEntry, Person
    from planner.storage import open_database

    db = open_database(database)
    try:
        with db.sessions() as session:
            return (
                session.scalar(select(func.count(Person.id))),
                session.scalar(select(func.count(AuditEntry.id))),
            )
    finally:
        db.close()


@pytest.mark.parametrize(
    "case", ["cell at XFD1048576", "text named .xlsx", "NUL bytes", "100,000 columns"]
)
def test_the_import_command_refuses_in_one_line_and_writes_nothing(
    case, tmp_path, database, capsys
):
    from planner import cli

    build, reason = REFUSED[case]
    path = build(tmp_path)
    before = _contents(database)
    assert cli.main(["import", "people", str(path), "--database", str(database)]) == 3
    error = capsys.readouterr().err.strip()
    assert re.search(reason, error) and "\n" not in error and "Traceback" not in error
    assert _contents(database) == before
