"""Write tables to XLSX or CSV so that Korean Excel opens them right, atomically.

XLSX: a bold, frozen header row with a filter, column widths fitted to the text (Hangul
counts double), real date cells shown as ``yyyy-mm-dd``, amounts as numbers shown ``#,##0``.
CSV: UTF-8 with a byte-order mark — without it Korean Excel reads UTF-8 as CP949 and shows
mojibake — dates as ``2025-03-01``, numbers without thousands separators.

Text beginning with ``=`` ``+`` ``-`` ``@`` (or tab/CR) gets a leading ``'`` so that no cell
runs as a formula when the file is opened (CSV/formula injection); numbers stay numbers.
``read_table`` removes that ``'`` again, so an export imports back unchanged.

The file appears complete or not at all: it is written to a temporary file in the same folder
and moved over the target with ``os.replace`` (:mod:`planner.fileio`), with the mode any new
file gets under the user's umask.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.fileio import replace_atomically
from planner.io.errors import SpreadsheetError
from planner.io.read_table import FORMULA_STARTS

TEXT, DATE, INTEGER, MONEY, DECIMAL = "text", "date", "integer", "money", "decimal"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0"
MIN_WIDTH, MAX_WIDTH, WIDTH_SAMPLE_ROWS = 6, 50, 500


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    wrap: bool = False  # XLSX: several lines in one cell (reasons of a problems file)


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    rows: Sequence[tuple[object, ...]]


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading quote; the rest is kept."""
    if isinstance(value, str) and value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value


# Text tables by suffix, with their usual delimiter; a problems file keeps its source's.
TEXT_SUFFIXES = {".csv": ",", ".tsv": "\t", ".txt": ","}


def write_sheet(sheet: Sheet, path: str | Path, *, delimiter: str | None = None) -> Path:
    """Write ``sheet`` as XLSX or CSV, chosen by the file's suffix (``.tsv``/``.txt``: text
    with ``delimiter``, by default a tab or a comma)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        atomic_write(path, lambda tmp: _write_xlsx(sheet, tmp))
    elif suffix in TEXT_SUFFIXES:
        separator = delimiter or TEXT_SUFFIXES[suffix]
        atomic_write(path, lambda tmp: _write_csv(sheet, tmp, separator))
    else:
        raise SpreadsheetError(f"Cannot tell the format of {path.name}: name it .xlsx or .csv.")
    return path


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """``write`` fills a temporary file that then replaces ``path``
    (:func:`planner.fileio.replace_atomically`: whole or not at all, the usual file mode)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise SpreadsheetError(f"The folder {folder} does not exist.")
    try:
        replace_atomically(path, write)
    except OSError as error:
        raise SpreadsheetError(
            f"Cannot write {path} ({error.strerror or error}); is it open elsewhere?"
        ) from None


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(value)


def _write_csv(sheet: Sheet, path: Path, delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(c.title) for c in sheet.columns])
        writer.writerows([_csv_value(v) for v in row] for row in sheet.rows)


def display_width(value: object) -> int:
    """Columns a value takes in a spreadsheet: wide (Hangul, CJK) characters count two."""
    if isinstance(value, dt.date):
        return 10
    text = str(value) if value is not None else ""
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
            for line in text.splitlines()  # a cell of several lines is as wide as its longest
        ),
        default=0,
    )


def _write_xlsx(sheet: Sheet, path: Path) -> None:
    from openpyxl import Workbook  # lazy: heavy, only XLSX exports need it
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet.name[:31]  # Excel's limit for sheet names
    worksheet.append([neutralise(c.title) for c in sheet.columns])
    bold = Font(bold=True)
    for cell in worksheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    formats = {DATE: DATE_FORMAT, MONEY: MONEY_FORMAT, INTEGER: "0", DECIMAL: "0.00"}
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row in sheet.rows:
        worksheet.append([neutralise(v) for v in row])
        excel_row = worksheet.max_row
        for index, column in enumerate(sheet.columns, start=1):
            number_format = formats.get(column.kind)
            if number_format and row[index - 1] is not None:
                worksheet.cell(excel_row, index).number_format = number_format
            if column.wrap:
                worksheet.cell(excel_row, index).alignment = wrapped
    for index, column in enumerate(sheet.columns, start=1):
        sample = [row[index - 1] for row in sheet.rows[:WIDTH_SAMPLE_ROWS]]
        widest = max([display_width(column.title), *(display_width(v) for v in sample)])
        if column.kind == MONEY:
            widest += widest // 3  # the thousands separators
        worksheet.column_dimensions[get_column_letter(index)].width = min(
            max(widest + 2, MIN_WIDTH), MAX_WIDTH
        )
    worksheet.freeze_panes = "A2"
    if sheet.rows:
        worksheet.auto_filter.ref = worksheet.dimensions
    workbook.save(path)
