"""Property tests: any input gives a table or a SpreadsheetError; refused imports write nothing."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.io.columns import recognise_desk_columns, recognise_people_columns
from planner.io.desks_import import import_desks, preview_desks
from planner.io.errors import ImportRefused, SpreadsheetError
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import Row, Table, read_table

from .conftest import csv_bytes
from .test_people_import import snapshot

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read_bytes_as_file(tmp_path, data: bytes, name: str) -> Table | None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return read_table(path)
    except SpreadsheetError:
        return None


@SETTINGS
@given(data=st.binary(max_size=2048))
def test_any_bytes_give_rows_or_a_spreadsheet_error(tmp_path, data):
    table = read_bytes_as_file(tmp_path, data, "any.csv")
    if table is not None:
        assert all(isinstance(row, Row) and row.cells for row in table.rows)


@SETTINGS
@given(data=st.binary(max_size=1024))
def test_anything_that_looks_like_a_zip_gives_a_spreadsheet_error(tmp_path, data):
    assert read_bytes_as_file(tmp_path, b"PK\x03\x04" + data, "any.xlsx") is None


@SETTINGS
@given(
    text=st.text(max_size=400), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949"])
)
def test_any_text_in_any_encoding(tmp_path, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    read_bytes_as_file(tmp_path, data, "text.csv")


CELL = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(
        [
            "김민수",
            "KAIST",
            "KT",
            "네이버",
            "교수",
            "학생",
            "x@kaist.ac.kr",
            "bad@",
            "2025-03-01",
            "2025.13.1",
            "25.3.1",
            "F-01",
            "X-9",
            "",
            "=1+1",
            "3",
            "3층",
            "고정석",
            "모니터",
            "1.5",
        ]
    ),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1800, 1, 1)),
)
PEOPLE_HEADERS = ("이름", "소속", "역할", "이메일", "입주일", "퇴거일", "과제", "사번", "필요 기능")
DESK_HEADERS = ("code", "floor", "zone", "x", "y", "kind", "features", "rotation", "active")


def table_of(headers, rows) -> Table:
    return Table(headers, tuple(Row(i + 2, tuple(r)) for i, r in enumerate(rows)), "generated")


@SETTINGS
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=9), max_size=8))
def test_any_people_table_imports_cleanly_or_changes_nothing(sqlite_institute, rows):
    factory, _ = sqlite_institute
    table = table_of(PEOPLE_HEADERS, rows)
    before = snapshot(factory)
    with factory() as session, session.begin():
        preview = preview_people(session, table, recognise_people_columns(table.headers))
        try:
            import_people(session, preview, create_missing_organisations=False)
        except ImportRefused:
            assert preview.errors or preview.new_organisations
        else:
            assert not preview.errors
        session.rollback()  # keep the database as it was for the next example
    assert snapshot(factory) == before


@SETTINGS
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=9), max_size=8))
def test_any_desk_table_imports_cleanly_or_changes_nothing(sqlite_institute, rows):
    factory, _ = sqlite_institute
    table = table_of(DESK_HEADERS, rows)
    with factory() as session, session.begin():
        preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        try:
            import_desks(session, preview)
        except ImportRefused:
            assert preview.errors
        session.rollback()


@SETTINGS
@given(
    rows=st.lists(
        st.lists(
            st.sampled_from(["김민수", "KAIST", "", "a,b", '"q"', "x\ny", "=1"]),
            min_size=1,
            max_size=4,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_csv_written_by_the_csv_module_reads_back(tmp_path, rows):
    header = ["이름", "소속", "비고", "연락처"]
    table = read_bytes_as_file(tmp_path, csv_bytes([header, *rows], "utf-8-sig"), "w.csv")
    assert table is not None and table.headers == tuple(header)
    expected = [tuple(c or None for c in r) for r in rows]
    expected = [tuple(r[: max((i + 1 for i, c in enumerate(r) if c), default=0)]) for r in expected]
    assert [row.cells for row in table.rows] == [r for r in expected if r]


def _small_xlsx() -> bytes:
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["이름", "소속"])
    workbook.active.append(["김민수", "KAIST"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GOOD_XLSX = _small_xlsx()


@SETTINGS
@given(
    flips=st.lists(st.tuples(st.integers(0, len(GOOD_XLSX) - 1), st.integers(0, 255)), max_size=8),
    cut=st.integers(4, len(GOOD_XLSX)),
)
def test_damaged_xlsx_gives_rows_or_a_spreadsheet_error(tmp_path, flips, cut):
    data = bytearray(GOOD_XLSX[:cut])
    for position, value in flips:
        if position < len(data):
            data[position] = value
    read_bytes_as_file(tmp_path, bytes(data), "damaged.xlsx")
