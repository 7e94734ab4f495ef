"""Errors of spreadsheet files: the file itself cannot be used, or an import was refused."""

from __future__ import annotations

from planner.errors import PlannerError


class SpreadsheetError(PlannerError):
    """The file cannot be read or written as a table (empty, damaged, wrong sheet, vanished, …)."""

    code = "spreadsheet"


class ImportRefused(SpreadsheetError):
    """An import whose preview still has errors; nothing was written."""

    code = "import_refused"

    def __init__(self, message: str, error_count: int = 0) -> None:
        super().__init__(message)
        self.error_count = error_count
