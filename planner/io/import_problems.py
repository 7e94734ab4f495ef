"""The problems file of an import that skipped rows: those rows, beside the source file.

``people.xlsx`` → ``people-problems.xlsx``, ``desks.csv`` → ``desks-problems.csv``: the same
format (an XLSX source gives an XLSX file; a CSV, TSV or TXT source a text file with the same
delimiter), the source's header row with a first column giving every reason of each row, and
the rows as the file had them (or as they were corrected in the preview). Fixed, the file
imports again: the reasons column is not a field any import recognises. It is written like
every export: formula-safe, to a temporary file first, so it appears complete or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.io.export import TEXT_SUFFIXES, Column, Sheet, write_sheet
from planner.io.preview import ImportPreview, Issue, row_reports
from planner.io.read_table import Cell, Table

REASONS_TITLE = "Problems"
PROBLEMS_SUFFIX = "-problems"


def problems_path(source: str | Path, table: Table | None = None) -> Path:
    """Where the problems file of ``source`` goes: beside it, in its format."""
    source = Path(source)
    suffix = source.suffix.lower()
    is_workbook = table.sheet is not None if table is not None else suffix not in TEXT_SUFFIXES
    target_suffix = ".xlsx" if is_workbook else (suffix if suffix in TEXT_SUFFIXES else ".csv")
    return source.with_name(f"{source.stem}{PROBLEMS_SUFFIX}{target_suffix}")


def issue_text(issue: Issue) -> str:
    """A reason as the CLI says it: the column, then the message."""
    return f"{issue.column}: {issue.message}" if issue.column else issue.message


def reasons_by_row(
    preview: ImportPreview[Any], describe: Callable[[Issue], str] = issue_text
) -> dict[int, str]:
    """Row number -> every error of that row, one per line (the reasons it was left out)."""
    return {
        report.row: "\n".join(describe(issue) for issue in report.errors)
        for report in row_reports(preview)
        if report.errors and report.row
    }


def problems_sheet(
    table: Table, reasons: Mapping[int, str], *, reasons_title: str = REASONS_TITLE
) -> Sheet:
    """The rows of ``table`` that have reasons, in file order, under the source's headers."""
    width = len(table.headers)
    rows: list[tuple[Cell, ...]] = []
    for row in table.rows:
        if row.number in reasons:
            cells = row.cells + (None,) * (width - len(row.cells))
            rows.append((reasons[row.number], *cells))
    columns = (Column(reasons_title, wrap=True), *(Column(h) for h in table.headers))
    return Sheet(table.sheet or "problems", columns, rows)


def write_problems(
    table: Table,
    reasons: Mapping[int, str],
    path: str | Path,
    *,
    reasons_title: str = REASONS_TITLE,
) -> Path:
    """Write the rows that have reasons to ``path`` (atomically); returns the path."""
    sheet = problems_sheet(table, reasons, reasons_title=reasons_title)
    delimiter = table.delimiter if Path(path).suffix.lower() in TEXT_SUFFIXES else None
    return write_sheet(sheet, path, delimiter=delimiter)


@dataclass(frozen=True)
class ProblemsFile:
    """Where and how an import that skips rows writes them: the rows come from ``table`` (as
    read, or as corrected in a preview), the reasons already in the reader's language."""

    path: Path
    table: Table
    reasons: Mapping[int, str]
    reasons_title: str = REASONS_TITLE

    def write(self) -> Path:
        return write_problems(self.table, self.reasons, self.path, reasons_title=self.reasons_title)


@contextmanager
def kept_if_committed() -> Iterator[list[Path]]:
    """Around an import's transaction: the files appended to the yielded list (written before
    the commit, so that a file that cannot be written imports nothing) are removed again when
    the transaction does not commit — it failed, or the import was cancelled."""
    written: list[Path] = []
    try:
        yield written
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
