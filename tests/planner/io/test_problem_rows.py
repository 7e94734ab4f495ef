"""Every problem of every row at once, and imports that skip the rows with problems."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner.io.columns import recognise_desk_columns, recognise_people_columns
from planner.io.desks_import import import_desks, preview_desks
from planner.io.errors import ImportRefused, SpreadsheetError
from planner.io.import_problems import problems_path, reasons_by_row, write_problems
from planner.io.people_import import import_people, preview_people
from planner.io.preview import row_reports
from planner.io.read_table import read_table
from planner.models import Desk, Organisation, Person, Zone
from planner.services.import_undo import undo_import

from .conftest import write_csv, write_xlsx
from .test_people_import import snapshot

HEADERS = ("이름", "소속", "역할", "이메일", "입주일", "퇴거일", "과제")
GOOD = [
    ("김하나", "KAIST", "교수", "hana@kaist.ac.kr", "2025-03-01", "", "F-01"),
    ("최셋", "KT", "인턴", "set@kt.com", "", "", ""),
]
# Three bad rows, each with more than one problem, cell problems and database problems mixed.
BAD = [
    ("", "없는기관", "우주인", "bad-mail", "2025-13-01", "", "Z-99"),
    ("박둘", "KAIST", "연구원", "hana@kaist.ac.kr", "2025-03-01", "2025-02-01", ""),
    ("정넷", "네이버랩스", "총장님", "net@naver.com", "25.3.1", "", "F-01"),
]
EXPECTED_PROBLEMS = {
    3: [
        ("name_ko", "name is missing"),
        ("organisation", "unknown organisation '없는기관'"),
        ("role", "unknown role '우주인'"),
        ("email", "'bad-mail' is not an e-mail address"),
        ("stay_start", "'2025-13-01' is not a real day of the calendar"),
        ("tasks", "unknown task code(s): Z-99"),
    ],
    4: [
        ("email", "same e-mail as row 2: hana@kaist.ac.kr"),
        ("stay_end", "ends (2025-02-01) before it starts (2025-03-01)"),
    ],
    5: [
        ("organisation", "unknown organisation '네이버랩스'"),
        ("role", "unknown role '총장님'"),
        ("stay_start", "'25.3.1' has a two-digit year"),
    ],
}


def people_file(tmp_path, suffix=".csv"):
    rows = [HEADERS, GOOD[0], *BAD, GOOD[1]]
    if suffix == ".xlsx":
        return write_xlsx(tmp_path / "people.xlsx", rows)
    return write_csv(tmp_path / f"people{suffix}", rows, delimiter=";" if suffix == ".txt" else ",")


def people_preview(session, path, create=False):
    table = read_table(path)
    mapping = recognise_people_columns(table.headers)
    return table, preview_people(session, table, mapping, create_missing_organisations=create)


def test_every_problem_of_every_row_is_listed_at_once(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    with factory() as session:
        _, preview = people_preview(session, people_file(tmp_path))
    reports = row_reports(preview)
    assert [r.row for r in reports] == [3, 4, 5] and preview.bad_rows == (3, 4, 5)
    for report in reports:
        found = [(issue.field, issue.message) for issue in report.errors]
        expected = EXPECTED_PROBLEMS[report.row]
        assert len(found) == len(expected), found
        for (field, message), (want_field, want_start) in zip(found, expected, strict=True):
            assert field == want_field and message.startswith(want_start)
    # In the file's column order, each under the file's own header.
    assert [i.column for i in reports[0].errors] == [
        "이름",
        "소속",
        "역할",
        "이메일",
        "입주일",
        "과제",
    ]
    assert [r.label for r in reports] == ["", "박둘", "정넷"]
    assert (preview.would_add, preview.importable_rows) == (2, 2)
    document = preview.as_dict()
    assert document["would_skip"] == 3 and len(document["errors"]) == 11
    assert [row["row"] for row in document["problem_rows"]] == [3, 4, 5]
    assert document["problem_rows"][1]["errors"][0] == {
        "row": 4,
        "column": "이메일",
        "message": "same e-mail as row 2: hana@kaist.ac.kr",
        "field": "email",
    }


def test_desk_rows_are_checked_to_the_end(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(
        tmp_path / "d.csv",
        [
            ("code", "floor", "x", "y", "kind"),
            ("3F-A-001", "3", "1", "1", ""),
            ("3F-A-002", "9층", "", "abc", "우주선"),  # unknown floor, x missing, bad y, bad kind
            ("3F-A-001", "3", "2", "", ""),  # same code as row 2
            ("", "", "1", "1", ""),  # no code, no floor
        ],
    )
    table = read_table(path)
    with factory() as session:
        preview = preview_desks(session, table, recognise_desk_columns(table.headers))
    problems = {r.row: [(i.field, i.message) for i in r.errors] for r in row_reports(preview)}
    assert problems[3] == [
        ("floor", "unknown floor '9층'"),
        ("x", "x missing for a new desk"),
        ("y", "'abc' is not a number"),
        ("kind", "unknown desk kind '우주선' (고정석, 공용좌석, 연구실)"),
    ]
    assert problems[4] == [
        ("code", "same desk code as row 2: 3F-A-001"),
        ("y", "y missing for a new desk"),
    ]
    assert problems[5] == [("code", "desk code is missing"), ("floor", "floor is missing")]


def test_skipping_imports_the_good_rows_in_one_undoable_step(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = people_file(tmp_path)
    before = snapshot(factory)
    with factory() as session, session.begin():
        _, preview = people_preview(session, path, create=True)
        with pytest.raises(ImportRefused, match="3 people row"):
            import_people(session, preview, create_missing_organisations=True)
        summary = import_people(
            session, preview, create_missing_organisations=True, skip_invalid=True
        )
    assert summary.added == ("김하나", "최셋") and summary.skipped == (3, 4, 5)
    assert summary.as_dict()["skipped_rows"] == [3, 4, 5]
    with factory() as session:
        assert set(session.scalars(select(Person.name_ko))) == {"김하나", "최셋"}
        # 네이버랩스 would only have been created for a row that was left out.
        assert "네이버랩스" not in set(session.scalars(select(Organisation.name)))
    with factory() as session, session.begin():
        undo_import(session, summary.undo)
    assert snapshot(factory)[:2] == before[:2]


def test_skipping_when_every_row_is_bad_imports_nothing(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(tmp_path / "p.csv", [HEADERS, *BAD])
    before = snapshot(factory)
    with factory() as session, session.begin():
        _, preview = people_preview(session, path)
        with pytest.raises(ImportRefused, match="every people row has errors"):
            import_people(session, preview, create_missing_organisations=False, skip_invalid=True)
    assert snapshot(factory) == before


def test_a_bad_desk_row_creates_no_zone_when_skipped(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(
        tmp_path / "d.csv",
        [
            ("code", "floor", "zone", "x", "y"),
            ("3F-N-001", "3", "새 구역", "1", "1"),
            ("3F-N-002", "3", "버려질 구역", "abc", "1"),
        ],
    )
    table = read_table(path)
    with factory() as session, session.begin():
        preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        assert preview.new_zones == ("새 구역",)
        summary = import_desks(session, preview, skip_invalid=True)
    assert summary.added == ("3F-N-001",) and summary.skipped == (3,)
    with factory() as session:
        assert set(session.scalars(select(Zone.name))) == {"개방형 A", "새 구역"}
        assert set(session.scalars(select(Desk.code))) == {"3F-N-001"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".txt"])
def test_the_problems_file_has_the_rows_as_given_with_every_reason(
    sqlite_institute, tmp_path, suffix
):
    factory, _ = sqlite_institute
    source = people_file(tmp_path, suffix)
    with factory() as session:
        table, preview = people_preview(session, source)
    target = problems_path(source, table)
    assert target == tmp_path / f"people-problems{'.xlsx' if suffix == '.xlsx' else suffix}"
    write_problems(table, reasons_by_row(preview), target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers
    if suffix == ".txt":  # a text file keeps its delimiter
        assert target.read_text(encoding="utf-8-sig").splitlines()[0].count(";") == len(HEADERS)
    written = read_table(target)
    assert written.headers == ("Problems", *HEADERS)
    assert [row.cells[1:3] for row in written.rows] == [
        (None, "없는기관"),
        ("박둘", "KAIST"),
        ("정넷", "네이버랩스"),
    ]
    reasons = written.rows[0].cells[0].splitlines()
    assert len(reasons) == 6 and reasons[0] == "이름: name is missing"
    assert reasons[3] == "이메일: 'bad-mail' is not an e-mail address"
    if suffix == ".xlsx":
        cell = load_workbook(target).active["A2"]
        assert cell.alignment.wrap_text  # every reason on its own line in Excel too

    # Corrected, the problems file imports like any other: its reasons column is ignored.
    fixed = [HEADERS, ("오하늘", "KAIST", "연구원", "sky@kaist.ac.kr", "2025-03-01", "", "")]
    fixed_path = write_csv(tmp_path / "fixed.csv", [("Problems", *fixed[0]), ("", *fixed[1])])
    with factory() as session:
        _, again = people_preview(session, fixed_path)
    assert again.errors == () and again.would_add == 1


def test_a_problems_file_that_cannot_be_written_says_why(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    folder = tmp_path / "lists"
    folder.mkdir()
    source = people_file(folder)
    with factory() as session:
        table, preview = people_preview(session, source)
    target = problems_path(source, table)
    target.mkdir()  # something that is not a file stands in its place
    with pytest.raises(SpreadsheetError, match="people-problems.csv"):
        write_problems(table, reasons_by_row(preview), target)
    assert target.is_dir()  # left as it was, and no temporary file behind
    assert {p.name for p in folder.iterdir()} == {"people.csv", "people-problems.csv"}


def test_a_stay_date_is_checked_against_the_stored_other_end(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    first = write_csv(
        tmp_path / "a.csv",
        [
            ("이름", "소속", "이메일", "입주일", "퇴거일"),
            ("김하나", "KAIST", "h@k.kr", "2025-03-01", "2025-12-31"),
        ],
    )
    with factory() as session, session.begin():
        _, preview = people_preview(session, first)
        import_people(session, preview, create_missing_organisations=False)
    later = write_csv(
        tmp_path / "b.csv",
        [("이름", "소속", "이메일", "입주일"), ("김하나", "KAIST", "h@k.kr", "2026-02-01")],
    )
    earlier = write_csv(
        tmp_path / "c.csv",
        [("이름", "소속", "이메일", "퇴거일"), ("김하나", "KAIST", "h@k.kr", "2025-01-31")],
    )
    with factory() as session:
        _, start_late = people_preview(session, later)
        _, end_early = people_preview(session, earlier)
    assert [(e.field, e.message) for e in start_late.errors] == [
        ("stay_start", "starts (2026-02-01) after the stored end (2025-12-31)")
    ]
    assert [(e.field, e.message) for e in end_early.errors] == [
        ("stay_end", "ends (2025-01-31) before the stored start (2025-03-01)")
    ]
