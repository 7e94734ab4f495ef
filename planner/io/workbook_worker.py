"""The child process that opens an Excel workbook (``python -m planner.io.workbook_worker``).

It limits its own memory first, then runs :mod:`planner.io.workbook_checks` and python-calamine
on the file named in the request it reads from stdin, and writes the answer to stdout:
``("ok", result)`` or ``("refused", message)``. Anything worse — the reader aborting on a
hostile file, running out of its memory, hanging — ends this process, never the window's;
:mod:`planner.io.workbook` turns that into a refusal.

The functions below also run in the calling process in tests (they are plain functions).
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from pathlib import Path

from planner.io.errors import SpreadsheetError
from planner.io.file_kind import HEAD_BYTES
from planner.io.limits import MAX_CELLS, check_row, too_many_cells
from planner.io.workbook_checks import check_workbook

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Rows = list[tuple[Cell, ...]]

MEMORY_LIMIT = 2**30  # bytes of address space: the hostile-file bar is 1 GB


def open_workbook(path: Path):  # -> python_calamine.CalamineWorkbook
    """The workbook through calamine (Rust): ~50x faster than openpyxl's reader on a
    10,000-row sheet (benchmarks/spreadsheets.py). openpyxl stays for writing."""
    from python_calamine import CalamineWorkbook  # lazy: only workbooks need it

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
            f"{path.name} is not a readable Excel file ({type(error).__name__})."
        ) from None


def sheet_rows(workbook, path: Path, name: str, nrows: int | None = None) -> Rows:
    try:
        sheet = workbook.get_sheet_by_name(name)
        # skip_empty_area=False keeps blank rows above the data, so row numbers match Excel's.
        rows = [tuple(row) for row in sheet.to_python(skip_empty_area=False, nrows=nrows)]
    except OSError as error:
        raise SpreadsheetError(
            f"{path} could not be read to the end ({error.strerror or error})."
        ) from None
    except Exception as error:  # damaged sheet XML, truncated zip, …
        raise SpreadsheetError(
            f"{path.name}: sheet '{name}' is damaged ({type(error).__name__})."
        ) from None
    if sum(map(len, rows)) > MAX_CELLS:
        raise SpreadsheetError(too_many_cells(path.name))
    for number, cells in enumerate(rows, start=1):
        check_row(cells, f"row {number}", path.name)
    return rows


def read_sheet(path: Path, sheet: str | None) -> tuple[str, Rows]:
    """(the sheet's name, its rows): the named sheet, else the first."""
    _checked(path)
    workbook = open_workbook(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise SpreadsheetError(f"{path.name} has no sheets.")
        if sheet is not None and sheet not in names:
            raise SpreadsheetError(
                f"{path.name} has no sheet named '{sheet}'; its sheets are: {', '.join(names)}."
            )
        name = sheet if sheet is not None else names[0]
        return name, sheet_rows(workbook, path, name)
    finally:
        workbook.close()


def sheet_heads(path: Path, nrows: int) -> list[tuple[str, Rows]]:
    """Every sheet's name with its first ``nrows`` rows (for choosing a sheet)."""
    _checked(path)
    workbook = open_workbook(path)
    try:
        return [(name, sheet_rows(workbook, path, name, nrows)) for name in workbook.sheet_names]
    finally:
        workbook.close()


def _checked(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise SpreadsheetError(f"{path} disappeared while it was being read.") from None
    except OSError as error:
        raise SpreadsheetError(
            f"{path} cannot be read ({error.strerror or error}); is it open elsewhere?"
        ) from None
    check_workbook(path, head)


REQUESTS = {"sheet": read_sheet, "heads": sheet_heads}


def limit_memory(limit: int = MEMORY_LIMIT) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timeout remains
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def main() -> None:
    limit_memory()
    kind, args = pickle.load(sys.stdin.buffer)
    try:
        answer = ("ok", REQUESTS[kind](*args))
    except SpreadsheetError as error:
        answer = ("refused", str(error))
    except MemoryError:
        answer = ("memory", "")
    pickle.dump(answer, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
