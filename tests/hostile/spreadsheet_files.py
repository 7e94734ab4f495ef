"""Hostile spreadsheets: each a function writing one file into a folder.

Small files that are easier to keep than to make live in ``files/`` (an Excel 97 workbook
written by xlwt, which the project does not otherwise need); everything else is generated
here, the 1 GB zip bomb included (1 MB on disk, ~2 s to make, once per test session).
"""

from __future__ import annotations

import random
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
EXCEL97 = FILES / "people-excel97.xls"  # 명단: 성명, 영문 이름, 소속, 이메일, 입주일, 사번

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="명단" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, sheet_xml: str | None, extra: dict[str, str] | None = None) -> Path:
    """A minimal workbook of one sheet named 명단 whose XML is ``sheet_xml``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        if sheet_xml is not None:
            archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return path


def _people_sheet(*cells_of_rows: str) -> str:
    header = "".join(
        text_cell(f"{c}1", h) for c, h in zip("ABC", ("성명", "소속", "이메일"), strict=True)
    )
    rows = "".join(f'<row r="{n}">{cells}</row>' for n, cells in enumerate(cells_of_rows, 2))
    return f'{SHEET_HEAD}<row r="1">{header}</row>{rows}{SHEET_TAIL}'


# -- workbooks ---------------------------------------------------------------------------------


def zip_bomb(folder: Path) -> Path:
    """A workbook whose one cell is 1 GB of 'A': ~1 MB on disk."""
    path = folder / "zip-bomb-1gb.xlsx"
    write_xlsx(path, None)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'{SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>'.encode())
            chunk = b"A" * 2**20
            for _ in range(1024):
                sheet.write(chunk)
            sheet.write(f"</t></is></c></row>{SHEET_TAIL}".encode())
    return path


def lying_zip_bomb(folder: Path, bomb: Path) -> Path:
    """The same bomb with its headers claiming the sheet unpacks to 1 KB."""
    path = folder / "zip-bomb-lying-sizes.xlsx"
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(bomb) as archive:
        member = archive.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", data, member.header_offset + 22, 1024)  # local header
    name = member.filename.encode()
    central = data.find(b"PK\x01\x02")  # every central directory entry: patch the sheet's
    while central >= 0:
        (name_length,) = struct.unpack_from("<H", data, central + 28)
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, 1024)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def far_cell(folder: Path) -> Path:
    """1.5 KB: a name in A1 and a 1 in XFD1048576, the last cell Excel has."""
    sheet = (
        f'{SHEET_HEAD}<row r="1">{text_cell("A1", "성명")}</row>'
        f'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>{SHEET_TAIL}'
    )
    return write_xlsx(folder / "far-cell.xlsx", sheet)


def far_cell_hidden(folder: Path) -> Path:
    """The far cell's reference after an attribute holding '>', where a naive scan stops."""
    sheet = (
        f'{SHEET_HEAD}<row r="1">{text_cell("A1", "성명")}</row>'
        f'<row r="1048576"><c s="0" t="n" xx=">" r="XFD1048576"><v>1</v></c></row>{SHEET_TAIL}'
    )
    return write_xlsx(folder / "far-cell-hidden.xlsx", sheet)


def huge_string_table(folder: Path) -> Path:
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" count="4294967295" uniqueCount="4294967295"><si><t>김민준'
        "</t></si></sst>"
    )
    sheet = f'{SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>{SHEET_TAIL}'
    return write_xlsx(folder / "huge-string-table.xlsx", sheet, {"xl/sharedStrings.xml": sst})


def formulas_xlsx(folder: Path) -> Path:
    """Formulas with and without a cached value, and formula-looking text."""
    sheet = _people_sheet(
        text_cell("A2", "김민준")
        + '<c r="B2" t="str"><f>HYPERLINK("http://evil.example/x","KAIST")</f><v>KAIST</v></c>'
        + text_cell("C2", "=cmd|' /C calc'!A0"),
        text_cell("A3", "이서연") + '<c r="B3"><f>1+1</f></c>' + text_cell("C3", "@SUM(1)"),
    )
    return write_xlsx(folder / "formulas.xlsx", sheet)


def megabyte_cell_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "cell-1mb.xlsx", _people_sheet(text_cell("A2", "가" * 2**20)))


def nul_in_cell_xlsx(folder: Path) -> Path:
    """OOXML writes control characters as _x0000_; the reader gives them back."""
    return write_xlsx(
        folder / "nul-in-cell.xlsx",
        _people_sheet(text_cell("A2", "김_x0000_민준") + text_cell("B2", "KAIST")),
    )


def many_cells_xlsx(folder: Path) -> Path:
    """2,000,001 cells within Excel's own limits: 16,384 columns × 123 rows."""
    header = "".join(f'<c r="{_column(c)}1"><v>{c}</v></c>' for c in range(1, 16385))
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 123))
    last = '<row r="123"><c r="XFD123"><v>1</v></c></row>'
    return write_xlsx(
        folder / "many-cells.xlsx", f'{SHEET_HEAD}<row r="1">{header}</row>{rows}{last}{SHEET_TAIL}'
    )


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def other_zip(folder: Path, kind: str) -> Path:
    """An ODS, a DOCX and a plain ZIP, each named .xlsx."""
    path = folder / f"{kind}-named.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        if kind == "ods":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            archive.writestr("content.xml", "<office:document-content/>")
        elif kind == "docx":
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("word/document.xml", "<w:document/>")
        else:
            archive.writestr("명단.txt", "성명,소속\n김민준,KAIST\n")
    return path


def truncated_xlsx(folder: Path) -> Path:
    whole = write_xlsx(folder / "whole.xlsx", _people_sheet(text_cell("A2", "김민준")))
    path = folder / "truncated.xlsx"
    path.write_bytes(whole.read_bytes()[:600])
    whole.unlink()
    return path


def excel97(folder: Path) -> Path:
    path = folder / EXCEL97.name
    shutil.copy(EXCEL97, path)
    return path


def _patched_excel97(folder: Path, name: str, patch: Callable[[bytearray, int, int], None]) -> Path:
    """The Excel 97 workbook with its BIFF records changed in place (same length)."""
    import olefile

    path = folder / name
    shutil.copy(EXCEL97, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        position = 0
        while position + 4 <= len(data):
            kind, length = struct.unpack_from("<HH", data, position)
            patch(data, position, kind)
            position += 4 + length
        ole.write_stream("Workbook", bytes(data))
    return path


def far_cell_xls(folder: Path) -> Path:
    """The first text cell (LABELSST) moved to row 65,536, column 65,536."""
    done = []

    def patch(data: bytearray, position: int, kind: int) -> None:
        if kind == 0x00FD and not done:
            struct.pack_into("<HH", data, position + 4, 0xFFFF, 0xFFFF)
            done.append(position)

    return _patched_excel97(folder, "far-cell.xls", patch)


def huge_dimensions_xls(folder: Path) -> Path:
    """DIMENSIONS claiming 4 billion rows × 65,535 columns (the reader reserves that)."""

    def patch(data: bytearray, position: int, kind: int) -> None:
        if kind == 0x0200:
            struct.pack_into("<IIHH", data, position + 4, 0, 0xFFFFFFFF, 0, 0xFFFF)

    return _patched_excel97(folder, "huge-dimensions.xls", patch)


def garbage_ole(folder: Path) -> Path:
    path = folder / "garbage-ole.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(7).randbytes(4000))
    return path


# -- text ---------------------------------------------------------------------------------------


def random_bytes(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(random.Random(16).randbytes(64 * 1024))
    return path


def text_named_xlsx(folder: Path) -> Path:
    path = folder / "text-named.xlsx"
    path.write_text("성명,소속\n김민준,KAIST\n", encoding="utf-8")
    return path


def pdf_named_xlsx(folder: Path) -> Path:
    path = folder / "report-named.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return path


def jpeg_named_csv(folder: Path) -> Path:
    path = folder / "photo.csv"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    return path


def hundred_thousand_columns(folder: Path) -> Path:
    path = folder / "columns-100000.csv"
    header = ",".join(f"c{i}" for i in range(100_000))
    path.write_text(f"{header}\n" + ",".join("x" * 100_000) + "\n", encoding="utf-8")
    return path


def megabyte_cell_csv(folder: Path) -> Path:
    path = folder / "cell-1mb.csv"
    path.write_text("성명,비고\n김민준," + "가" * 2**20 + "\n", encoding="utf-8")
    return path


def nul_bytes_csv(folder: Path) -> Path:
    path = folder / "nul-bytes.csv"
    path.write_bytes("성명,소속\n김민준,KAIST\n이서\x00연,KT\n".encode())
    return path


def mixed_encodings_csv(folder: Path) -> Path:
    """Two lists pasted together: the first saved as UTF-8, the second by Korean Excel."""
    path = folder / "mixed-encodings.csv"
    path.write_bytes(
        "성명,소속\n김민준,KAIST\n이서연,KT\n".encode()
        + "박지호,KAIST\n최유진,KT\n".encode("cp949")
    )
    return path


def formulas_csv(folder: Path) -> Path:
    path = folder / "formulas.csv"
    path.write_text(
        "성명,소속,이메일\n"
        '김민준,"=HYPERLINK(""http://evil.example"",""KAIST"")",=cmd|\' /C calc\'!A0\n'
        "이서연,+82-10-1234,@SUM(A1:A9)\n",
        encoding="utf-8",
    )
    return path


def many_cells_csv(folder: Path) -> Path:
    path = folder / "many-cells.csv"
    path.write_text("a,b,c,d,e,f,g,h,i,j\n" * 200_001, encoding="utf-8")
    return path


def oversized_csv(folder: Path) -> Path:
    path = folder / "oversized.csv"
    with path.open("wb") as handle:
        line = "김민준,KAIST,minjun.kim@kaist.ac.kr\n".encode()
        handle.write(line * (65 * 2**20 // len(line) + 1))
    return path
