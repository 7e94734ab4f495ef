"""What an import would do, and what it did: shared by the people and desk imports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from planner.errors import PlannerError
from planner.services.imports import ImportSummary

__all__ = ["ImportPreview", "ImportSummary", "Issue"]

RowT = TypeVar("RowT")

ADD, CHANGE, UNCHANGED, ERROR = "add", "change", "unchanged", "error"


@dataclass(frozen=True)
class Issue:
    """A problem of one row (``row`` as the spreadsheet shows it; 0 = the file as a whole)."""

    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return f"{where}{', ' + self.column if self.column else ''}: {self.message}"


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
        }


def error_text(error: PlannerError | ValueError) -> str:
    """The message of a validation error without the field prefix the column already gives."""
    text = str(error)
    field = getattr(error, "field", None)
    if field and text.startswith(f"{field}: "):
        return text[len(field) + 2 :]
    return text


def refusal(preview: ImportPreview[Any], what: str) -> str:
    shown = "; ".join(str(issue) for issue in preview.errors[:3])
    more = f" (and {len(preview.errors) - 3} more)" if len(preview.errors) > 3 else ""
    rows = len(preview.bad_rows)
    return f"Nothing was imported: {rows} {what} row(s) have errors — {shown}{more}."
