import datetime as dt
import os

import pytest
from openpyxl import load_workbook

from planner.io.errors import SpreadsheetError
from planner.io.export import DATE, MONEY, Column, Sheet, display_width, neutralise, write_sheet
from planner.io.read_table import read_table

SHEET = Sheet(
    "인원",
    (Column("이름"), Column("입주일", DATE), Column("예산(원)", MONEY), Column("비고")),
    [
        ("김민수", dt.date(2025, 3, 1), 1_250_000_000, '=HYPERLINK("http://evil")'),
        ("박지훈", None, 0, "+82-10-1234-5678"),
        ("@이서연", dt.date(2026, 2, 28), -5, "-1+2"),
        ("\t탭", dt.date(2025, 1, 1), 3.5, "보통 글"),
    ],
)


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+82") == "'+82"
    assert neutralise("-x") == "'-x"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\tx") == "'\tx" and neutralise("\rx") == "'\rx"
    assert neutralise("김민수") == "김민수" and neutralise("") == ""
    assert neutralise(-5) == -5 and neutralise(3.5) == 3.5 and neutralise(None) is None


def test_xlsx_header_dates_numbers_and_injection(tmp_path):
    path = write_sheet(SHEET, tmp_path / "out.xlsx")
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "인원"
    assert [c.value for c in sheet[1]] == ["이름", "입주일", "예산(원)", "비고"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["B2"].value == dt.datetime(2025, 3, 1)
    assert sheet["C2"].value == 1_250_000_000 and sheet["C2"].number_format == "#,##0"
    assert sheet["C4"].value == -5 and sheet["C4"].data_type == "n"  # a real number stays a number
    assert sheet["D2"].value == '\'=HYPERLINK("http://evil")' and sheet["D2"].data_type == "s"
    assert sheet["D3"].value == "'+82-10-1234-5678"
    assert sheet["A4"].value == "'@이서연" and sheet["D4"].value == "'-1+2"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    assert sheet.column_dimensions["A"].width >= display_width("'@이서연")
    assert sheet.column_dimensions["B"].width >= 10
    assert sheet.auto_filter.ref == "A1:D5"


def test_csv_is_utf8_with_bom_and_neutralised(tmp_path):
    path = write_sheet(SHEET, tmp_path / "out.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "이름,입주일,예산(원),비고"
    assert '김민수,2025-03-01,1250000000,"\'=HYPERLINK(""http://evil"")"' in text
    assert "'@이서연,2026-02-28,-5,'-1+2" in text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reads_back_without_the_guard(tmp_path, suffix):
    table = read_table(write_sheet(SHEET, tmp_path / f"out{suffix}"))
    assert [r.cells[0] for r in table.rows] == ["김민수", "박지훈", "@이서연", "\t탭"]
    assert table.rows[0].cells[3] == '=HYPERLINK("http://evil")'


def test_written_atomically(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(SpreadsheetError, match="No space left"):
        write_sheet(SHEET, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]  # no temporary file left


def test_interrupted_writer_leaves_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    bad = Sheet("x", (Column("a"),), [(object(),)])  # openpyxl refuses an object cell
    with pytest.raises(Exception):  # noqa: B017 - whatever openpyxl raises, the old file must stay
        write_sheet(bad, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_bad_target(tmp_path):
    with pytest.raises(SpreadsheetError, match=r"\.xlsx or \.csv"):
        write_sheet(SHEET, tmp_path / "out.ods")
    with pytest.raises(SpreadsheetError, match="does not exist"):
        write_sheet(SHEET, tmp_path / "missing" / "out.csv")


def test_display_width_counts_hangul_double():
    assert display_width("김민수") == 6 and display_width("abc") == 3 and display_width(None) == 0
