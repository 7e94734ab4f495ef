"""Property tests of the spreadsheet readers on hostile bytes: any input gives a table or a
one-line SpreadsheetError, never another exception, and a file named like a workbook is never
read as text (issue #16). The XLSX properties of tests/planner/io/test_properties.py hold too."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.io.errors import SpreadsheetError
from planner.io.file_kind import OLE_MAGIC, ZIP_MAGIC
from planner.io.read_table import Table, read_table

from .spreadsheet_files import EXCEL97

# Each workbook example starts a reading process (~0.1 s): fewer of those.
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PREFIXES = st.sampled_from(
    [b"", ZIP_MAGIC, OLE_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF", b"\x89PNG"]
)
SUFFIXES = st.sampled_from([".csv", ".txt", ".xlsx", ".xls", ".XLSM", ""])


def read(tmp_path, data: bytes, name: str) -> Table | SpreadsheetError:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return read_table(path)
    except SpreadsheetError as error:
        assert "\n" not in str(error) and str(error).strip()
        return error


@SETTINGS
@given(prefix=PREFIXES, body=st.binary(max_size=4096), suffix=SUFFIXES)
def test_any_bytes_under_any_name(tmp_path, prefix, body, suffix):
    result = read(tmp_path, prefix + body, f"input{suffix}")
    workbook_bytes = (prefix + body).startswith((ZIP_MAGIC, OLE_MAGIC))
    if suffix.lower() in (".xlsx", ".xls", ".xlsm") and not workbook_bytes:
        assert isinstance(result, SpreadsheetError)
        assert "is named like an Excel workbook but is not one" in str(result)


GOOD_XLS = EXCEL97.read_bytes()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    flips=st.lists(st.tuples(st.integers(0, len(GOOD_XLS) - 1), st.integers(0, 255)), max_size=12),
    cut=st.integers(512, len(GOOD_XLS)),
)
def test_damaged_xls_gives_rows_or_a_spreadsheet_error(tmp_path, flips, cut):
    data = bytearray(GOOD_XLS[:cut])
    for position, value in flips:
        if position < len(data):
            data[position] = value
    read(tmp_path, bytes(data), "damaged.xls")


@SETTINGS
@given(
    rows=st.lists(
        st.lists(
            st.text(st.characters(blacklist_categories=["Cs"]), max_size=8), min_size=1, max_size=4
        ),
        min_size=1,
        max_size=12,
    ),
    where=st.integers(0, 10_000),
)
def test_a_nul_anywhere_in_text_is_refused_naming_its_line(tmp_path, rows, where):
    lines = [",".join(cells).replace("\x00", "") for cells in rows]
    text = "성명,소속\n" + "\n".join(lines) + "\n"
    position = where % (len(text) + 1)
    text = text[:position] + "\x00" + text[position:]
    result = read(tmp_path, text.encode("utf-8"), "people.csv")
    assert isinstance(result, SpreadsheetError)
    line = text.count("\n", 0, position) + 1
    assert f"binary data (a NUL character on line {line})" in str(result)
