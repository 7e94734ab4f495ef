"""Checks of an Excel file before the reader sees it, each refusing with the reason.

python-calamine allocates what a file declares before it reads a cell: a sheet with one cell
at XFD1048576 asks for 17 billion cells, ``<sst uniqueCount="4294967295">`` for 100 GB, an
.xls DIMENSIONS record for 11 PB; each ends the whole process ("memory allocation failed"),
not with an exception. These checks find those declarations in pure Python, with bounded
memory, and say what is wrong. The reader still runs in a process of its own
(:mod:`planner.io.workbook`), for whatever these checks do not know.

XLSX: the archive must be an Excel workbook (not an ODS, DOCX or HWPX renamed), unpack to at
most :data:`~planner.io.limits.MAX_UNPACKED_BYTES` (by its declared sizes, then really:
Python's zipfile stops at the declared size and checks the CRC, so a lying header is found
damaged), and every sheet's rectangle must hold at most :data:`~planner.io.limits.MAX_CELLS`.
XLS: the OLE container must hold an Excel workbook stream, unencrypted, whose DIMENSIONS
records and cells stay within the same limits.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from planner.io.errors import SpreadsheetError
from planner.io.file_kind import OLE_MAGIC, ZIP_MAGIC
from planner.io.limits import (
    MAX_ARCHIVE_MEMBERS,
    MAX_CELLS,
    MAX_UNPACKED_BYTES,
    megabytes,
)


def check_workbook(path: Path, head: bytes) -> None:
    if head.startswith(ZIP_MAGIC):
        check_xlsx(path)
    elif head.startswith(OLE_MAGIC):
        check_xls(path)


# -- XLSX ------------------------------------------------------------------------------------

_OTHER_ZIPS = (
    ("xl/workbook.bin", "an Excel binary workbook (.xlsb)"),
    ("word/document.xml", "a Word document"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("contents/content.hpf", "a Hancom document (.hwpx)"),
    ("content.xml", "an OpenDocument file (.ods or .odt)"),
)


def check_xlsx(path: Path) -> None:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise SpreadsheetError(
            f"{name} is not a readable XLSX file (the archive is damaged)."
        ) from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise SpreadsheetError(
                f"{name} holds {len(members):,} files; an Excel workbook has a few dozen."
            )
        names = {member.filename.replace("\\", "/").lower() for member in members}
        if "xl/workbook.xml" not in names:
            what = next((what for part, what in _OTHER_ZIPS if part in names), "a ZIP archive")
            raise SpreadsheetError(
                f"{name} is {what}, not an Excel workbook; save it as .xlsx or CSV."
            )
        declared = sum(member.file_size for member in members)
        if declared > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                f"{name} unpacks to {megabytes(declared)}, more than the "
                f"{megabytes(MAX_UNPACKED_BYTES)} a workbook may hold; it is not a list "
                "this program can import (a damaged or deliberately inflated file?)."
            )
        for member in members:
            if member.flag_bits & 0x1:
                raise SpreadsheetError(
                    f"{name} is protected by a password; save it without one and try again."
                )
            content = _unpacked(archive, member, name)
            if member.filename.lower().endswith("sharedstrings.xml"):
                _check_string_count(content, name)
            elif b"<" in content:
                _check_extent(content, name)


def _unpacked(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with archive.open(member) as stream:
            return stream.read(MAX_UNPACKED_BYTES + 1)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError):
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression
        raise SpreadsheetError(
            f"{name} is not a readable XLSX file (its part {member.filename} is damaged)."
        ) from None
    except Exception as error:  # zlib.error and friends: a damaged stream, whatever its kind
        raise SpreadsheetError(
            f"{name} is not a readable XLSX file ({type(error).__name__} in {member.filename})."
        ) from None


_SST = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sst(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_COUNT = re.compile(rb"(?:^|\s)(?:uniqueCount|count)\s*=\s*[\"']\s*(\d+)")


def _check_string_count(content: bytes, name: str) -> None:
    """The string table's declared size is allocated up front."""
    head = _SST.search(content, 0, 65536)
    counts = [int(n) for n in _COUNT.findall(head.group(1))] if head else []
    if counts and max(counts) > MAX_CELLS:
        raise SpreadsheetError(
            f"{name} declares {max(counts):,} different texts; a sheet can hold at most "
            f"{MAX_CELLS:,} cells here (a damaged file?)."
        )


# A <row> or <c> start tag (any namespace prefix), with attributes that may quote '>'.
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_REF = re.compile(rb"(?:^|\s)r\s*=\s*[\"']\s*([A-Za-z]*)([0-9]*)\s*[\"']")
# The same tags with r="…" as their first attribute (empty groups when it is not).
_TAG_WITH_REF_FIRST = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])(?:\s+r=\"([A-Za-z]{0,3})([0-9]{1,7})\")?"
)


def _check_extent(content: bytes, name: str) -> None:
    """Rows × columns of the rectangle the reader will allocate for this part's cells."""
    _check_cells(*sheet_extent(content), name)


def sheet_extent(content: bytes) -> tuple[int, int]:
    """(last row, last column), 1-based, of the cells in a worksheet's XML, counted the way
    the reader places them: by their ``r`` reference, else one after the previous."""
    tags = _TAG_WITH_REF_FIRST.findall(content)
    row_numbers = {digits for _, _, digits in tags}
    columns = {letters for tag, letters, _ in tags if tag == b"c"}
    if b"" not in row_numbers and b"" not in columns:
        # What Excel and every library write: r first on every tag. One pass, no walk.
        return max(map(int, row_numbers), default=0), max(map(column_number, columns), default=0)
    return _walked_extent(content)


def _walked_extent(content: bytes) -> tuple[int, int]:
    """Tag by tag, for sheets whose tags lack ``r`` or carry it after other attributes."""
    row = column = last_row = last_column = 0
    for tag, attributes in _TAG.findall(content):
        ref = _REF.search(attributes)
        letters, digits = (ref.group(1), ref.group(2)) if ref else (b"", b"")
        if tag == b"row":
            row = int(digits) if digits else row + 1
            column = 0
        else:
            column = column_number(letters) if letters else column + 1
            if digits:
                row = int(digits)
        last_row = max(last_row, row)
        last_column = max(last_column, column)
    return last_row, last_column


def column_number(letters: bytes) -> int:
    """'A' → 1, 'XFD' → 16384 (any case, as the reader takes them)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


# -- XLS (OLE / BIFF) ------------------------------------------------------------------------

_FILEPASS = 0x002F
_BOF = 0x0809
_DIMENSIONS = 0x0200
# Records that place one cell: row (u16) and column (u16) come first.
_CELL_RECORDS = frozenset(
    {
        0x0006,
        0x0203,
        0x027E,
        0x00FD,
        0x0204,
        0x00D6,
        0x0205,
        0x0201,
        0x0001,
        0x0002,
        0x0003,
        0x0004,
        0x0005,
        0x0206,
        0x0406,
    }
)
# Records that place a run of cells in one row: row, first column, …, last column (u16 at end).
_RUN_RECORDS = frozenset({0x00BD, 0x00BE})


def check_xls(path: Path) -> None:
    import olefile  # lazy: only .xls files need it

    name = path.name
    try:
        ole = olefile.OleFileIO(str(path))
    except OSError as error:
        if isinstance(error, (FileNotFoundError, PermissionError)):
            raise SpreadsheetError(
                f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
            ) from None
        raise SpreadsheetError(f"{name} is not a readable .xls file (damaged).") from None
    except Exception:  # olefile raises several kinds on damaged containers; all mean the same
        raise SpreadsheetError(f"{name} is not a readable .xls file (damaged).") from None
    with ole:
        if ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage"):
            raise SpreadsheetError(
                f"{name} is protected by a password; save it without one and try again."
            )
        stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
        if stream is None:
            what = (
                "a Hancom document (.hwp)"
                if ole.exists("FileHeader")
                else ("a Word document" if ole.exists("WordDocument") else "an Office document")
            )
            raise SpreadsheetError(f"{name} is {what}, not an Excel workbook.")
        if ole.get_size(stream) > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                f"{name} is larger than the {megabytes(MAX_UNPACKED_BYTES)} a workbook may hold."
            )
        try:
            data = ole.openstream(stream).read()
        except Exception:
            raise SpreadsheetError(f"{name} is not a readable .xls file (damaged).") from None
    _check_biff(data, name)


def _check_biff(data: bytes, name: str) -> None:
    last_row = last_column = 0
    position, end = 0, len(data)
    while position + 4 <= end:
        kind, length = struct.unpack_from("<HH", data, position)
        body = data[position + 4 : position + 4 + length]
        position += 4 + length
        if kind == _FILEPASS:
            raise SpreadsheetError(
                f"{name} is protected by a password; save it without one and try again."
            )
        if kind == _BOF:
            _check_cells(last_row, last_column, name)
            last_row = last_column = 0
        elif kind == _DIMENSIONS:
            first_row, end_row, first_col, end_col = _dimensions(body)
            if end_row < first_row or end_col < first_col:
                raise SpreadsheetError(f"{name} is not a readable .xls file (damaged).")
            _check_cells(end_row - first_row + 1, end_col - first_col + 1, name)
        elif kind in _CELL_RECORDS and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            last_row, last_column = max(last_row, row + 1), max(last_column, column + 1)
        elif kind in _RUN_RECORDS and len(body) >= 6:
            row, first = struct.unpack_from("<HH", body)
            (last,) = struct.unpack_from("<H", body, len(body) - 2)
            last_row, last_column = max(last_row, row + 1), max(last_column, first + 1, last + 1)
    _check_cells(last_row, last_column, name)


def _dimensions(body: bytes) -> tuple[int, int, int, int]:
    """(first row, last row, first column, last column) as the reader reads them."""
    if len(body) >= 12:  # BIFF8: rows as u32
        return struct.unpack_from("<IIHH", body)
    if len(body) >= 8:  # BIFF5 and older
        return struct.unpack_from("<HHHH", body)
    return 0, 0, 0, 0


def _check_cells(rows: int, columns: int, name: str) -> None:
    if rows * columns > MAX_CELLS:
        raise SpreadsheetError(
            f"{name} has a sheet spanning {rows:,} rows × {columns:,} columns "
            f"({rows * columns:,} cells, at most {MAX_CELLS:,}); delete the cells far "
            "outside the list (Ctrl+End shows the last one) and save it again."
        )
