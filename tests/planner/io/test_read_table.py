import datetime as dt
from pathlib import Path

import pytest

from planner.io.errors import SpreadsheetError
from planner.io.read_table import decode_text, read_table, sniff_delimiter

from .conftest import ENCODINGS, ENGLISH_HEADERS, KOREAN_HEADERS, PEOPLE_ROWS, write_csv, write_xlsx


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("headers", [KOREAN_HEADERS, ENGLISH_HEADERS], ids=["korean", "english"])
def test_csv_in_every_encoding(tmp_path, encoding, headers):
    path = write_csv(tmp_path / "people.csv", [headers, *PEOPLE_ROWS], encoding)
    table = read_table(path)
    assert table.headers == headers
    assert [row.cells[:3] for row in table.rows] == [
        tuple(c or None for c in r[:3]) for r in PEOPLE_ROWS
    ]
    assert [row.number for row in table.rows] == [2, 3, 4, 5]
    expected = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp949": "cp949", "utf-16": "utf-16"}[
        encoding
    ]
    assert table.encoding == expected


def test_euc_kr_is_read_as_cp949(tmp_path):
    path = write_csv(tmp_path / "euc.csv", [KOREAN_HEADERS, *PEOPLE_ROWS], "euc-kr")
    assert read_table(path).rows[0].cells[0] == "김민수"


def test_cp949_only_syllables(tmp_path):
    # 똠 and 햏 exist in CP949 but not in plain EUC-KR: Korean Excel writes them anyway.
    path = write_csv(
        tmp_path / "x.csv", [["이름", "소속"], ["김똠햏", "KAIST"], ["박지훈", "KT"]], "cp949"
    )
    table = read_table(path)
    assert table.rows[0].cells[0] == "김똠햏"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    rows = [KOREAN_HEADERS, *PEOPLE_ROWS]
    path = write_csv(tmp_path / "people.csv", rows, "utf-8", delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[1].cells[8] == "F-01, F-02"  # a comma inside a ;/tab file stays in its cell


def test_quoted_commas_and_line_breaks(tmp_path):
    path = write_csv(
        tmp_path / "q.csv", [["이름", "비고"], ["김민수", "첫 줄\n둘째 줄, 쉼표"], ["박지훈", "x"]]
    )
    table = read_table(path)
    assert table.rows[0].cells[1] == "첫 줄\n둘째 줄, 쉼표"
    assert [r.number for r in table.rows] == [2, 3]


def test_single_column_file():
    assert sniff_delimiter("이름\n김민수\n박지훈\n") == ","


def test_blank_lines_and_trailing_cells_are_dropped(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("이름,소속,,\n\n김민수,KAIST,,\n,,,\n박지훈,KT\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ("이름", "소속")
    assert [(r.number, r.cells) for r in table.rows] == [
        (3, ("김민수", "KAIST")),
        (5, ("박지훈", "KT")),
    ]


def test_xlsx_first_sheet_and_named_sheet(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    first.title = "명단"
    first.append(list(KOREAN_HEADERS))
    first.append([*PEOPLE_ROWS[0][:6], dt.datetime(2025, 3, 1), 46081])
    other = workbook.create_sheet("Desks")
    other.append(["code", "floor", "x", "y"])
    other.append(["3F-A-001", 3, 1.5, 2])
    workbook.save(tmp_path / "book.xlsx")
    table = read_table(tmp_path / "book.xlsx")
    assert table.sheet == "명단"
    assert table.rows[0].cells[6] == dt.date(2025, 3, 1)  # a date cell at midnight is a day
    assert table.rows[0].cells[7] == 46081
    desks = read_table(tmp_path / "book.xlsx", sheet="Desks")
    assert desks.headers == ("code", "floor", "x", "y")
    assert desks.rows[0].cells == ("3F-A-001", 3, 1.5, 2)
    with pytest.raises(SpreadsheetError, match="no sheet named 'People'.*명단, Desks"):
        read_table(tmp_path / "book.xlsx", sheet="People")


def test_xlsx_with_title_row_and_merged_two_row_header(tmp_path):
    path = write_xlsx(
        tmp_path / "merged.xlsx",
        [
            ["2025년 입주자 명단"],
            [],
            ["이름", "소속", "입주 기간", None, "이메일"],
            [None, None, "입주일", "퇴거일", None],
            ["김민수", "KAIST", "2025-03-01", "2026-02-28", "kim@kaist.ac.kr"],
        ],
        merges=["A1:E1", "A3:A4", "B3:B4", "C3:D3", "E3:E4"],
    )
    table = read_table(path)
    assert table.headers == ("이름", "소속", "입주일", "퇴거일", "이메일")
    assert [(r.number, r.cells[0]) for r in table.rows] == [(5, "김민수")]


def test_a_data_row_is_not_taken_for_sub_headers(tmp_path):
    path = write_csv(tmp_path / "p.csv", [["이름", "역할"], ["김민수", "연구원"]])
    assert read_table(path).rows[0].cells == ("김민수", "연구원")


def test_csv_has_no_sheets(tmp_path):
    path = write_csv(tmp_path / "p.csv", [["이름"], ["김민수"]])
    with pytest.raises(SpreadsheetError, match="CSV"):
        read_table(path, sheet="Sheet1")


@pytest.mark.parametrize(
    "content", [b"", b"\xef\xbb\xbf", b"\n\n  \r\n", b"\xff\xfe", b",,,\n,,\n"]
)
def test_empty_files(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match="empty"):
        read_table(path)


def test_binary_garbage(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SpreadsheetError, match="not a spreadsheet"):
        read_table(path)


def test_old_xls_and_damaged_xlsx(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(SpreadsheetError, match=r"\.xls"):
        read_table(tmp_path / "old.xls")
    good = write_xlsx(tmp_path / "good.xlsx", [["이름"], ["김민수"]])
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[:700])
    with pytest.raises(SpreadsheetError, match="not a readable XLSX"):
        read_table(tmp_path / "cut.xlsx")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SpreadsheetError, match="does not exist"):
        read_table(tmp_path / "nowhere.csv")
    with pytest.raises(SpreadsheetError, match="folder"):
        read_table(tmp_path)


def test_file_vanishing_after_it_was_opened(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "p.csv", [["이름"], ["김민수"]])

    def vanish(self):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(Path, "read_bytes", vanish)
    with pytest.raises(SpreadsheetError, match="disappeared"):
        read_table(path)


def test_locked_file(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "p.csv", [["이름"], ["김민수"]])

    def locked(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(SpreadsheetError, match="Permission denied.*open elsewhere"):
        read_table(path)


def test_xlsx_locked_or_vanishing_mid_read(tmp_path, monkeypatch):
    """What the reading process does when the disk fails under it (run here, in-process, so
    that the failure can be staged)."""
    import python_calamine

    from planner.io import workbook_worker

    path = write_xlsx(tmp_path / "p.xlsx", [["이름"], ["김민수"]])

    class BrokenWorkbook:
        sheet_names = ["Sheet"]

        @classmethod
        def from_path(cls, name):
            return cls()

        def get_sheet_by_name(self, name):
            raise OSError(5, "Input/output error")

        def close(self):
            pass

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", BrokenWorkbook)
    with pytest.raises(SpreadsheetError, match="could not be read to the end"):
        workbook_worker.read_sheet(path, None)
    path.unlink()
    with pytest.raises(SpreadsheetError, match="disappeared"):
        workbook_worker.read_sheet(path, None)
    with pytest.raises(SpreadsheetError, match="does not exist"):
        read_table(path)


def test_our_formula_guard_is_removed_on_reading(tmp_path):
    path = write_csv(
        tmp_path / "p.csv", [["이름", "연락처", "비고"], ["김민수", "'+82-10-1234", "'it's"]]
    )
    assert read_table(path).rows[0].cells == ("김민수", "+82-10-1234", "'it's")


def test_hundred_thousand_rows(tmp_path):
    rows = [("이름", "소속", "이메일", "입주일")]
    rows += [(f"사람{i}", "KAIST", f"p{i}@kaist.ac.kr", "2025-03-01") for i in range(100_000)]
    path = write_csv(tmp_path / "big.csv", rows, "cp949")
    table = read_table(path)
    assert len(table.rows) == 100_000
    assert table.rows[-1].cells[0] == "사람99999" and table.rows[-1].number == 100_001


def test_decode_text_reports_the_encoding():
    assert decode_text(b"\xfe\xff" + "이름,소속\n김민수,KT\n".encode("utf-16-be")) == (
        "이름,소속\n김민수,KT\n",
        "utf-16",
    )
    # charset-normalizer alone takes this short list for UTF-16BE
    assert decode_text("이름,소속\n김민수,카이스트\n".encode("cp949"))[1] == "cp949"
    assert decode_text("Name,City\nJosé,Málaga\nFrançois,Besançon\n".encode("latin-1"))[
        0
    ].startswith("Name")


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    # Excel's "유니코드 텍스트" save: UTF-16 LE with a BOM, tab-separated, CRLF.
    text = "\r\n".join("\t".join(row) for row in [KOREAN_HEADERS, *PEOPLE_ROWS]) + "\r\n"
    path = tmp_path / "people.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == KOREAN_HEADERS and table.rows[2].cells[0] == "박지훈"


def test_sheets_are_listed_with_the_first_recognisable_one_preferred(tmp_path):
    from openpyxl import Workbook

    from planner.io.read_table import list_sheets, preferred_sheet

    workbook = Workbook()
    workbook.active.title = "표지"
    workbook.active.append(["2025년 입주자 명단"])
    people = workbook.create_sheet("명단")
    people.append(["번호", "성명", "소속", "이메일"])
    people.append([1, "김민수", "KAIST", "kim@kaist.ac.kr"])
    workbook.save(tmp_path / "book.xlsx")
    choices = list_sheets(tmp_path / "book.xlsx")
    assert [(c.name, c.recognised_headers) for c in choices] == [("표지", 0), ("명단", 3)]
    assert preferred_sheet(choices) == "명단"
    assert list_sheets(write_csv(tmp_path / "p.csv", [["이름"], ["김민수"]])) == ()


def test_encoding_chosen_by_the_user_wins(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes("이름,소속\n김민수,카이스트\n".encode("cp949"))
    assert read_table(path).encoding == "cp949"
    assert read_table(path, encoding="cp949").rows[0].cells == ("김민수", "카이스트")
    with pytest.raises(SpreadsheetError, match="not utf-8 text"):
        read_table(path, encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="not a known text encoding"):
        read_table(path, encoding="klingon")
