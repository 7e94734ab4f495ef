"""Read the first (or a named) sheet of an XLSX file, or a CSV file, into a :class:`Table`.

The format is taken from the file's first bytes, not its name: Korean offices rename freely.
CSV text is decoded with a byte-order mark if there is one, else as UTF-8 if it is valid
UTF-8, else as CP949 (Korean Excel's "CSV") if it decodes to Hangul without control
characters, else as charset-normalizer's best guess (UTF-16 without a BOM, Latin-1, …).
The delimiter is whichever of ``,`` ``;`` tab splits the first lines most consistently.

The header row is the row among the first :data:`HEADER_SEARCH_ROWS` with the most recognised
header names, so a merged title row above the header ("2025년 입주자 명단") is skipped. A second
header row below it (sub-headers under a merged "기간" cell) is folded into the first: a merged
cell reads as its value in the first column and blanks after it, which is enough to put names
together.

XLSX/XLSM files are read with python-calamine (Rust), not openpyxl: 10,000 rows in 0.1 s
instead of 1–4.5 s (benchmarks/spreadsheets.py); openpyxl still writes our exports.

Every failure to read is a :class:`~planner.io.errors.SpreadsheetError` with a plain message.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.io.columns import is_known_header
from planner.io.errors import SpreadsheetError

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None

HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and other Office 97 files)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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
    sheet: str | None = None  # XLSX only
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only


def read_table(path: str | Path, *, sheet: str | None = None, encoding: str | None = None) -> Table:
    """``encoding`` overrides the detected one for CSV text (the user knows better)."""
    path = Path(path)
    data_head = _read_head(path)
    if data_head.startswith(_XLSX_MAGIC):
        name, raw = _read_xlsx(path, sheet)
        return _to_table(raw, source=str(path), sheet=name)
    if data_head.startswith(_OLE_MAGIC):
        raise SpreadsheetError(
            f"{path.name} is an old Excel 97–2003 file (.xls); save it as .xlsx or CSV."
        )
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
            return handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} does not exist (moved or deleted?).") from None
    except IsADirectoryError:
        raise SpreadsheetError(f"{path} is a folder, not a file.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} disappeared while it was being read.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None


def decode_text(data: bytes, name: str = "the file") -> tuple[str, str]:
    """(text, encoding name) of CSV bytes; SpreadsheetError for empty or binary data."""
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
    korean = _as_cp949(data)
    if korean is not None:
        return _checked(korean, name), "cp949"
    from charset_normalizer import from_bytes  # lazy: only CSV files that are not UTF-8 pay for it

    best = from_bytes(data).best()
    if best is None:
        raise SpreadsheetError(
            f"{name} is not a spreadsheet: it is neither XLSX nor readable text."
        )
    return _checked(str(best), name), best.encoding


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
    if "\x00" in text:
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
    try:
        return [
            tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as error:
        raise SpreadsheetError(f"{name} is not a readable CSV file ({error}).") from None


def _open_workbook(path: Path):  # -> python_calamine.CalamineWorkbook
    """The workbook through calamine (Rust): ~50x faster than openpyxl's reader on a
    10,000-row sheet (benchmarks/spreadsheets.py). openpyxl stays for writing."""
    from python_calamine import CalamineWorkbook  # lazy: only XLSX files need it

    try:
        return CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} disappeared while it was being read.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None
    except Exception as error:  # calamine raises several kinds on damaged files; all mean the same
        raise SpreadsheetError(
            f"{path.name} is not a readable XLSX file ({type(error).__name__})."
        ) from None


def _sheet_rows(
    workbook, path: Path, name: str, nrows: int | None = None
) -> list[tuple[Cell, ...]]:
    try:
        sheet = workbook.get_sheet_by_name(name)
        # skip_empty_area=False keeps blank rows above the data, so row numbers match Excel's.
        return [tuple(row) for row in sheet.to_python(skip_empty_area=False, nrows=nrows)]
    except OSError as error:
        raise SpreadsheetError(
            f"{path} could not be read to the end ({error.strerror or error})."
        ) from None
    except Exception as error:  # damaged sheet XML, truncated zip, …
        raise SpreadsheetError(
            f"{path.name}: sheet '{name}' is damaged ({type(error).__name__})."
        ) from None


def _read_xlsx(path: Path, sheet: str | None) -> tuple[str, list[tuple[Cell, ...]]]:
    workbook = _open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise SpreadsheetError(f"{path.name} has no sheets.")
        if sheet is not None and sheet not in names:
            raise SpreadsheetError(
                f"{path.name} has no sheet named '{sheet}'; its sheets are: {', '.join(names)}."
            )
        name = sheet if sheet is not None else names[0]
        return name, _sheet_rows(workbook, path, name)
    finally:
        workbook.close()


@dataclass(frozen=True)
class SheetChoice:
    name: str
    recognised_headers: int  # header names recognised among the sheet's first rows


def list_sheets(path: str | Path) -> tuple[SheetChoice, ...]:
    """The sheets of an XLSX file, each with how many header names it seems to have
    (a dialog preselects the first with any); empty for a CSV file."""
    path = Path(path)
    if not _read_head(path).startswith(_XLSX_MAGIC):
        return ()
    workbook = _open_workbook(path)
    try:
        choices = []
        for name in workbook.sheet_names:
            first_rows = _sheet_rows(workbook, path, name, HEADER_SEARCH_ROWS)
            head = [_trimmed(cells) for cells in first_rows]
            index = _header_row(head)
            count = 0 if index is None else sum(1 for c in head[index] if is_known_header(c))
            choices.append(SheetChoice(name, count))
        return tuple(choices)
    finally:
        workbook.close()


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
