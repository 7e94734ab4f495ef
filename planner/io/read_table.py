"""Read the first (or a named) sheet of an Excel workbook, or a CSV file, into a :class:`Table`.

The format is taken from the file's first bytes, not its name: Korean offices rename freely.
A file named like a workbook (.xlsx, .xls) whose bytes are not one is refused with that
reason, never read as text.
CSV text is decoded with a byte-order mark if there is one, else as UTF-8 if it is valid
UTF-8, else as CP949 (Korean Excel's "CSV") if it decodes to Hangul without control
characters, else as charset-normalizer's best guess (UTF-16 without a BOM, Latin-1, …).
The delimiter is whichever of ``,`` ``;`` tab splits the first lines most consistently.

The header row is the row among the first :data:`HEADER_SEARCH_ROWS` with the most recognised
header names, so a merged title row above the header ("2025년 입주자 명단") is skipped. A second
header row below it (sub-headers under a merged "기간" cell) is folded into the first: a merged
cell reads as its value in the first column and blanks after it, which is enough to put names
together.

Workbooks (XLSX/XLSM and Excel 97–2003 XLS) are read with python-calamine (Rust), not
openpyxl: 10,000 rows in 0.1 s instead of 1–4.5 s (benchmarks/spreadsheets.py), in a process of
their own (:mod:`planner.io.workbook`) so that a hostile file cannot end the window's.
openpyxl still writes our exports.

Sizes are bounded (:mod:`planner.io.limits`): a file beyond them is refused unread, so any file
reads within about 1 GB and a few seconds. Every failure to read is a
:class:`~planner.io.errors.SpreadsheetError` with a plain message.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.io import workbook
from planner.io.columns import is_known_header
from planner.io.errors import SpreadsheetError
from planner.io.file_kind import EXCEL_SUFFIXES, HEAD_BYTES, describe, is_workbook_bytes
from planner.io.limits import (
    MAX_CELLS,
    MAX_TEXT_BYTES,
    check_row,
    megabytes,
    too_long_cell,
    too_many_cells,
)

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Text with more control characters than this share is binary data that decoded by chance.
_CONTROL_SHARE = 1 / 200
# What our own export puts in front of text that a spreadsheet would run as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Row:
    number: int  # the row number a spreadsheet program shows (1 = first line of the file)
    cells: tuple[Cell, ...]

    def get(self, column: int | None) -> Cell:
        if column is None or column >= len(self.cells):
            return None
        return self.cells[column]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    source: str
    sheet: str | None = None  # workbooks only
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only


def read_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None) -> Table:
    """``encoding`` overrides the detected one for CSV text (the user knows better)."""
    path = Path(path)
    head = _read_head(path)
    if is_workbook_bytes(head):
        name, raw = workbook.read_sheet(path, sheet)
        return _to_table(raw, source=str(path), sheet=name)
    _refuse_misnamed(path, head)
    if sheet is not None:
        raise SpreadsheetError(f"{path.name} is a CSV file; it has no sheet named '{sheet}'.")
    data = _read_bytes(path)
    if encoding is None:
        text, encoding = decode_text(data, path.name)
    else:
        text = decode_as(data, encoding, path.name)
    delimiter = sniff_delimiter(text)
    raw = _parse_csv(text, delimiter, path.name)
    return _to_table(raw, source=str(path), encoding=encoding, delimiter=delimiter)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} does not exist (moved or deleted?).") from None
    except IsADirectoryError:
        raise SpreadsheetError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None


def _refuse_misnamed(path: Path, head: bytes) -> None:
    """A file named .xlsx/.xls that is not a workbook: never read as CSV behind the user's back."""
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        return
    what = describe(head)
    if what is None and head.strip():
        what = "plain text (a CSV file renamed?)" if _looks_like_text(head) else "unknown data"
    raise SpreadsheetError(
        f"{path.name} is named like an Excel workbook but is not one: "
        f"it is {what or 'empty'}."
    )


def _looks_like_text(head: bytes) -> bool:
    return b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise SpreadsheetError(
                f"{path.name} is {megabytes(size)} of text; a list to import is at most "
                f"{megabytes(MAX_TEXT_BYTES)} (split it, or save it as .xlsx)."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} disappeared while it was being read.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None


def decode_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """(text, encoding name) of CSV bytes; SpreadsheetError for empty or binary data, or for
    text mixing two encodings (lines pasted together from UTF-8 and CP949 files)."""
    what = describe(data[:HEAD_BYTES])
    if what is not None:
        raise SpreadsheetError(f"{name} is not a spreadsheet: it is {what}.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise SpreadsheetError(
                    f"{name} is damaged: it is not valid {encoding} text."
                ) from None
            return _checked(text, name), encoding
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        raise SpreadsheetError(
            f"{name} mixes two text encodings: line {mixed[0]} is UTF-8 and line {mixed[1]} "
            "is not (CP949?); save the whole list again from one program, e.g. as "
            "“CSV UTF-8”, or choose the encoding by hand."
        )
    korean = _as_cp949(data)
    if korean is not None:
        return _checked(korean, name), "cp949"
    from charset_normalizer import from_bytes  # lazy: only CSV files that are not UTF-8 pay for it

    best = from_bytes(data).best()
    if best is None:
        raise SpreadsheetError(
            f"{name} is not a spreadsheet: it is neither an Excel workbook nor readable text."
        )
    return _checked(str(best), name), best.encoding


def _mixed_lines(data: bytes) -> tuple[int, int] | None:
    """(a line of Korean in UTF-8, a line that is not UTF-8), 1-based, when a file has both."""
    utf8_line = other_line = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            if _HANGUL.search(text):
                utf8_line = utf8_line or number
        if utf8_line and other_line:
            return utf8_line, other_line
    return None


def decode_as(data: bytes, encoding: str, name: str = "the file") -> str:
    """Text of CSV bytes in an encoding the user chose; SpreadsheetError if it does not fit."""
    try:
        text = data.decode(encoding)
    except LookupError:
        raise SpreadsheetError(f"'{encoding}' is not a known text encoding.") from None
    except UnicodeDecodeError:
        raise SpreadsheetError(f"{name} is not {encoding} text; choose another encoding.") from None
    return _checked(text.removeprefix("\ufeff"), name)


def _as_cp949(data: bytes) -> str | None:
    """The text if ``data`` is plausibly CP949 (what Korean Excel writes): it decodes strictly,
    holds Hangul and no control characters. Tried before charset-normalizer because the
    detector takes short CP949 lists for UTF-16 (a 26-byte list came back as utf_16_be)."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text) or not _HANGUL.search(text):
        return None
    return text


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise SpreadsheetError(f"{name} is empty.")
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise SpreadsheetError(
            f"{name} is not a spreadsheet: it contains binary data (a NUL character on line "
            f"{line})."
        )
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > 16 and controls > len(text) * _CONTROL_SHARE:
        raise SpreadsheetError(f"{name} is not a spreadsheet: it contains binary data.")
    return text


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most lines with the same, largest number of columns."""
    sample = [line for line in text[:65536].splitlines()[:20] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)] if sample else []
        if not widths or max(widths) < 2:
            continue
        first = widths[0]
        score = (sum(1 for w in widths if w == first), first)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse_csv(text: str, delimiter: str, name: str) -> list[tuple[Cell, ...]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[Cell, ...]] = []
    cells = 0
    try:
        for row in reader:
            check_row(row, f"line {reader.line_num}", name)
            cells += len(row)
            if cells > MAX_CELLS:
                raise SpreadsheetError(too_many_cells(name))
            rows.append(tuple(row))
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # csv's own limit, above Excel's
            raise SpreadsheetError(too_long_cell(name, f"line {reader.line_num}")) from None
        raise SpreadsheetError(f"{name} is not a readable CSV file ({error}).") from None
    return rows


@dataclass(frozen=True)
class SheetChoice:
    name: str
    recognised_headers: int  # header names recognised among the sheet's first rows


def list_sheets(path: str | Path) -> tuple[SheetChoice, ...]:
    """The sheets of a workbook, each with how many header names it seems to have
    (a dialog preselects the first with any); empty for a CSV file."""
    path = Path(path)
    if not is_workbook_bytes(_read_head(path)):
        return ()
    choices = []
    for name, first_rows in workbook.sheet_heads(path, HEADER_SEARCH_ROWS):
        head = [_trimmed(cells) for cells in first_rows]
        index = _header_row(head)
        count = 0 if index is None else sum(1 for c in head[index] if is_known_header(c))
        choices.append(SheetChoice(name, count))
    return tuple(choices)


def preferred_sheet(choices: Sequence[SheetChoice]) -> str | None:
    """The first sheet with recognisable headers, else the first sheet (None: no sheets)."""
    best = next((c for c in choices if c.recognised_headers), None)
    return best.name if best else (choices[0].name if choices else None)


def _clean(value: Cell) -> Cell:
    """Cell value as the importers see it: text stripped of our formula guard, blanks as None."""
    if isinstance(value, str):
        if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
            value = value[1:]
        return value if value.strip() else None
    if type(value) is float and value.is_integer():
        return int(value)  # calamine gives every number as a float; 사번 12345, not 12345.0
    return value


def _trimmed(cells: Iterable[Cell]) -> tuple[Cell, ...]:
    row = [_clean(c) for c in cells]
    while row and row[-1] is None:
        row.pop()
    return tuple(row)


def _header_row(raw: Sequence[tuple[Cell, ...]]) -> int | None:
    """Index of the header row: most recognised names among the first rows, else the first
    non-empty row."""
    first_filled, best, best_count = None, None, 0
    for index, cells in enumerate(raw[:HEADER_SEARCH_ROWS]):
        if not cells:
            continue
        if first_filled is None:
            first_filled = index
        count = sum(1 for c in cells if is_known_header(c))
        if count > best_count:
            best, best_count = index, count
    return best if best is not None else first_filled


def _merge_sub_headers(top: tuple[Cell, ...], below: tuple[Cell, ...]) -> tuple[str, ...] | None:
    """Names from a two-row header, or None when ``below`` is data, not sub-headers."""
    filled = [c for c in below if c is not None]
    if not filled or not all(is_known_header(c) for c in filled):
        return None
    width = max(len(top), len(below))
    names: list[str] = []
    for column in range(width):
        sub = below[column] if column < len(below) else None
        own = top[column] if column < len(top) else None
        names.append(str(sub if sub is not None else own if own is not None else "").strip())
    return tuple(names)


def _to_table(raw: list[tuple[Cell, ...]], **meta: str | None) -> Table:
    cleaned = [_trimmed(cells) for cells in raw]
    header_index = _header_row(cleaned)
    if header_index is None:
        raise SpreadsheetError(f"{Path(str(meta['source'])).name} is empty.")
    top = cleaned[header_index]
    headers = tuple("" if c is None else str(c).strip() for c in top)
    data_start = header_index + 1
    if data_start < len(cleaned):
        merged = _merge_sub_headers(top, cleaned[data_start])
        if merged is not None:
            headers, data_start = merged, data_start + 1
    rows = tuple(_rows(cleaned, data_start))
    return Table(headers=headers, rows=rows, **meta)  # type: ignore[arg-type]


def _rows(cleaned: list[tuple[Cell, ...]], start: int) -> Iterator[Row]:
    for index in range(start, len(cleaned)):
        if cleaned[index]:
            yield Row(index + 1, cleaned[index])
