"""What an import would do, and what it did: shared by the people and desk imports.

Every problem of every row is kept (a row is checked to the end, not up to its first error),
and :func:`row_reports` groups them per row: the window's preview, the CLI's listing, the
``--dry-run --json`` document and the problems file all read that one grouping. A new kind of
per-row message (say, what an import would change elsewhere) is one more tuple on
:class:`ImportPreview` and one more field on :class:`RowReport`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from planner.io.columns import ColumnMapping
from planner.io.errors import ImportRefused
from planner.services.imports import ImportSummary

__all__ = ["ImportPreview", "ImportSummary", "Issue", "RowReport", "row_reports"]

RowT = TypeVar("RowT")

ADD, CHANGE, UNCHANGED, ERROR = "add", "change", "unchanged", "error"


@dataclass(frozen=True)
class Issue:
    """A problem of one row (``row`` as the spreadsheet shows it; 0 = the file as a whole).

    ``column`` is the file's header (what the user reads), ``field`` the import field it fills
    (``email``, ``floor``, …; empty for a problem of the whole row), so that a window can mark
    the very cell."""

    row: int
    column: str
    message: str
    field: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "field": self.field,
        }

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return f"{where}{', ' + self.column if self.column else ''}: {self.message}"


@dataclass(frozen=True)
class RowReport:
    """One row's problems, all of them: errors (the row cannot be imported) and warnings."""

    row: int
    label: str  # the person's name or the desk's code, as the file gives it
    action: str  # add / change / unchanged / error ("" for a problem of the whole file)
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    changed_fields: tuple[str, ...] = ()  # of a row that changes a stored record

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "label": self.label,
            "action": self.action,
            "errors": [issue.as_dict() for issue in self.errors],
            "warnings": [issue.as_dict() for issue in self.warnings],
        }


@dataclass(frozen=True)
class ImportPreview(Generic[RowT]):
    """Rows with their parsed values and planned action; nothing has been written."""

    rows: tuple[RowT, ...]
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    would_add: int
    would_change: int
    unchanged: int
    new_organisations: tuple[str, ...] = ()
    new_zones: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({issue.row for issue in self.errors}))

    @property
    def importable_rows(self) -> int:
        """Rows that "skip rows with problems" would import."""
        return sum(1 for row in self.rows if getattr(row, "action", "") != ERROR)

    def as_dict(self) -> dict[str, Any]:
        """The ``--dry-run --json`` document."""
        return {
            "rows": len(self.rows),
            "errors": [issue.as_dict() for issue in self.errors],
            "warnings": [issue.as_dict() for issue in self.warnings],
            "would_add": self.would_add,
            "would_change": self.would_change,
            "unchanged": self.unchanged,
            "new_organisations": list(self.new_organisations),
            "new_zones": list(self.new_zones),
            # Added with "skip rows with problems": every row's problems together, and what
            # --skip-invalid would leave out.
            "would_skip": len(self.bad_rows),
            "problem_rows": [report.as_dict() for report in row_reports(self)],
        }


def row_label(row: object) -> str:
    return getattr(row, "name_ko", None) or getattr(row, "code", None) or ""


def row_reports(preview: ImportPreview[Any], *, only_problems: bool = True) -> list[RowReport]:
    """The rows with their problems, in file order; problems of the file as a whole (row 0)
    and of rows the preview does not list come first. ``only_problems=False`` lists every row."""
    errors: dict[int, list[Issue]] = defaultdict(list)
    warnings: dict[int, list[Issue]] = defaultdict(list)
    for issue in preview.errors:
        errors[issue.row].append(issue)
    for issue in preview.warnings:
        warnings[issue.row].append(issue)
    listed = []
    for row in preview.rows:
        number = getattr(row, "row", 0)
        report = RowReport(
            number,
            row_label(row),
            getattr(row, "action", ""),
            tuple(errors.pop(number, ())),
            tuple(warnings.pop(number, ())),
            tuple(getattr(row, "changed_fields", ())),
        )
        if report.errors or report.warnings or not only_problems:
            listed.append(report)
    leftovers = [
        RowReport(n, "", ERROR if errors.get(n) else "", tuple(errors[n]), tuple(warnings[n]))
        for n in sorted(set(errors) | set(warnings))
    ]
    return leftovers + listed


def in_file_order(issues: list[Issue], mapping: ColumnMapping | None) -> list[Issue]:
    """Issues by row, and within a row from the file's first column to its last (problems of
    the row as a whole after them)."""
    order = {key: n for n, key in enumerate(mapping.fields.values())} if mapping else {}
    return sorted(issues, key=lambda issue: (issue.row, order.get(issue.field, len(order))))


def importable(
    preview: ImportPreview[RowT], skip_invalid: bool, what: str
) -> tuple[list[RowT], tuple[int, ...]]:
    """The rows an import writes and the numbers of those it leaves out.

    All or nothing unless ``skip_invalid``: a preview with errors is refused. Skipping, the rows
    with an error are left out — unless that leaves nothing to import."""
    if preview.errors and not skip_invalid:
        raise ImportRefused(refusal(preview, what), len(preview.errors))
    rows = [row for row in preview.rows if getattr(row, "action", "") != ERROR]
    skipped = tuple(
        getattr(row, "row", 0) for row in preview.rows if getattr(row, "action", "") == ERROR
    )
    if skipped and not rows:
        raise ImportRefused(
            f"Nothing was imported: every {what} row has errors ({len(skipped)}).",
            len(preview.errors),
        )
    return rows, skipped


def refusal(preview: ImportPreview[Any], what: str) -> str:
    shown = "; ".join(str(issue) for issue in preview.errors[:3])
    more = f" (and {len(preview.errors) - 3} more)" if len(preview.errors) > 3 else ""
    rows = len(preview.bad_rows)
    return f"Nothing was imported: {rows} {what} row(s) have errors — {shown}{more}."
