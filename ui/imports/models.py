"""The preview list of an import: one line per file row — its status, every problem it has,
and its cells, which can be corrected in place.

The first columns are the row number, the status and the problems; then come the file's
columns that feed a field, in file order, editable. A cell with a problem is tinted and its
tooltip says why. An edit is shown at once and marks the row as being checked; the dialog
checks it again and hands the new items to :meth:`PreviewTableModel.update_items`, which
changes the lines in place (an open editor stays open).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from planner.io.cells import cell_text
from planner.io.preview import ImportPreview, Issue, row_reports
from planner.io.read_table import Cell, Table
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.messages import translated_message
from ui.imports.texts import field_label, status_label, warning_label
from ui.models.base import SORT_ROLE, Index, RowTableModel

# Readable on light and dark palettes: status text in red or amber, problem cells tinted.
_ERROR_COLOUR = QColor(200, 40, 40)
_WARNING_COLOUR = QColor(170, 110, 0)
_ERROR_TINT = QColor(220, 50, 50, 70)
_WARNING_TINT = QColor(230, 160, 0, 60)


@dataclass(frozen=True)
class FileColumn:
    """A column of the file that fills a field: where it is, its header, the field."""

    index: int
    header: str
    field: str


@dataclass(frozen=True)
class PreviewItem:
    row: int  # as the spreadsheet numbers it
    label: str  # the person's name or the desk's code
    action: str  # add / change / unchanged / error
    changed_fields: tuple[str, ...]
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]
    cells: tuple[Cell, ...] = ()  # the row's cells, as read or as corrected here
    checking: bool = False  # edited: the status and problems shown are being checked again

    @property
    def is_problem(self) -> bool:
        return bool(self.errors or self.warnings)

    def issues_of(self, field: str) -> tuple[Issue, ...]:
        return tuple(i for i in self.errors + self.warnings if i.field == field)


def shown_message(issue: Issue) -> str:
    """One problem as the window says it: its column, then the message in the UI language."""
    message = translated_message(issue.message)
    return f"{issue.column}: {message}" if issue.column else message


def preview_items(preview: ImportPreview[Any], table: Table | None = None) -> list[PreviewItem]:
    """Every row of the preview with all its problems (and its cells from ``table``)."""
    cells = {row.number: row.cells for row in table.rows} if table is not None else {}
    return [
        PreviewItem(
            report.row,
            report.label,
            report.action,
            report.changed_fields,
            report.errors,
            report.warnings,
            cells.get(report.row, ()),
        )
        for report in row_reports(preview, only_problems=False)
    ]


class PreviewTableModel(RowTableModel):
    COL_ROW = 0
    COL_STATUS = 1
    COL_MESSAGES = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewTableModel", "Row"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Status"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Problems"),
    )
    NUMERIC_COLUMNS = frozenset({COL_ROW})

    # An edit: the row number in the file, the file's column index, the new text.
    cell_edited = Signal(int, int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.file_columns: tuple[FileColumn, ...] = ()
        self.editable = True  # the dialog turns editing off once the rows are imported

    # -- the columns --------------------------------------------------------------------------
    def set_file_columns(self, columns: Sequence[FileColumn]) -> None:
        self.beginResetModel()
        self.file_columns = tuple(columns)
        self.endResetModel()

    def file_column_at(self, column: int) -> FileColumn | None:
        offset = column - len(self.HEADERS)
        return self.file_columns[offset] if 0 <= offset < len(self.file_columns) else None

    def column_of_field(self, field: str) -> int | None:
        for n, column in enumerate(self.file_columns):
            if column.field == field:
                return len(self.HEADERS) + n
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.HEADERS) + len(self.file_columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = self.file_column_at(section) if orientation == Qt.Orientation.Horizontal else None
        if column is None:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header or field_label(column.field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_label(column.field)
        return None

    # -- the rows -----------------------------------------------------------------------------
    def display(self, row: PreviewItem, column: int) -> str:
        if column == self.COL_ROW:
            return str(row.row) if row.row else ""
        if column == self.COL_STATUS:
            return self.status_text(row)
        if column == self.COL_MESSAGES:
            return "" if row.checking else " · ".join(map(shown_message, row.errors + row.warnings))
        file_column = self.file_column_at(column)
        if file_column is None or file_column.index >= len(row.cells):
            return ""
        return cell_text(row.cells[file_column.index])

    @staticmethod
    def status_text(row: PreviewItem) -> str:
        if row.checking:
            return status_label("checking")
        text = status_label(row.action) if row.action else ""
        if row.action == "change" and row.changed_fields:
            text += ": " + ", ".join(field_label(key) for key in row.changed_fields)
        if row.warnings and not row.errors:
            text = f"{text} ({warning_label()})" if text else warning_label()
        return text

    def sort_value(self, row: PreviewItem, column: int) -> Any:
        if column == self.COL_ROW:
            return row.row
        return self.display(row, column)

    def key(self, row: PreviewItem) -> Any:
        # "Problems only" filters on this key: True for rows with an error or a warning.
        return row.is_problem

    def search_text(self, row: PreviewItem) -> str:
        return ""  # no search field here: translating 100,000 rows' problems up front is waste

    def tooltip(self, row: PreviewItem, column: int) -> str | None:
        if column == self.COL_MESSAGES and (row.errors or row.warnings):
            return "\n".join(map(shown_message, row.errors + row.warnings))
        file_column = self.file_column_at(column)
        if file_column is not None and not row.checking:
            issues = row.issues_of(file_column.field)
            return "\n".join(translated_message(i.message) for i in issues) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS and not row.checking:
                return _ERROR_COLOUR if row.errors else _WARNING_COLOUR if row.warnings else None
            return None
        file_column = self.file_column_at(column)
        if file_column is None:
            return super().data(index, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and not row.checking:
            issues = row.issues_of(file_column.field)
            if any(issue in row.errors for issue in issues):
                return _ERROR_TINT
            return _WARNING_TINT if issues else None
        return super().data(index, role) if role != Qt.ItemDataRole.TextAlignmentRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.file_column_at(index.column()) is not None and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802 - Qt's name
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        file_column = self.file_column_at(index.column())
        if role != Qt.ItemDataRole.EditRole or file_column is None or not index.isValid():
            return False
        row = self.row_at(index.row())
        text = "" if value is None else str(value)
        if text == self.display(row, index.column()):
            return False
        cells = list(row.cells) + [None] * (file_column.index + 1 - len(row.cells))
        cells[file_column.index] = text if text.strip() else None
        self._replace(index.row(), dataclasses.replace(row, cells=tuple(cells), checking=True))
        self.cell_edited.emit(row.row, file_column.index, text)
        return True

    def update_items(self, items: Sequence[PreviewItem]) -> None:
        """New statuses and problems for the same rows: changed in place, so that the view
        keeps its scroll position, selection and open editor. Other rows: a reset."""
        old = self.rows()
        if [item.row for item in items] != [item.row for item in old]:
            self.set_rows(items)
            return
        changed = [n for n, (new, was) in enumerate(zip(items, old, strict=True)) if new != was]
        if changed:
            self._rows = tuple(items)
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last_column))

    def _replace(self, n: int, item: PreviewItem) -> None:
        rows = list(self.rows())
        rows[n] = item
        self._rows = tuple(rows)
        self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))


@dataclass(frozen=True)
class ProblemLine:
    """One problem of one row, for the list of every problem under the preview."""

    row: int
    issue: Issue
    is_error: bool


def problem_lines(items: Sequence[PreviewItem]) -> list[ProblemLine]:
    return [
        ProblemLine(item.row, issue, is_error)
        for item in items
        for issues, is_error in ((item.errors, True), (item.warnings, False))
        for issue in issues
    ]


class ProblemListModel(RowTableModel):
    """Every problem of every row, one per line: where it is, and what is wrong."""

    COL_ROW = 0
    COL_COLUMN = 1
    COL_PROBLEM = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemListModel", "Row"),
        QT_TRANSLATE_NOOP("ProblemListModel", "Column"),
        QT_TRANSLATE_NOOP("ProblemListModel", "Problem"),
    )
    NUMERIC_COLUMNS = frozenset({COL_ROW})

    def display(self, row: ProblemLine, column: int) -> str:
        if column == self.COL_ROW:
            return str(row.row) if row.row else ""
        if column == self.COL_COLUMN:
            return row.issue.column
        if column == self.COL_PROBLEM:
            message = translated_message(row.issue.message)
            return message if row.is_error else f"{warning_label()}: {message}"
        return ""

    def sort_value(self, row: ProblemLine, column: int) -> Any:
        return row.row if column == self.COL_ROW else self.display(row, column)

    def search_text(self, row: ProblemLine) -> str:
        return ""  # no search field: each line is translated when shown, not all up front

    def tooltip(self, row: ProblemLine, column: int) -> str | None:
        return self.display(row, self.COL_PROBLEM) if column == self.COL_PROBLEM else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if index.column() == self.COL_PROBLEM and 0 <= index.row() < self.rowCount():
                return _ERROR_COLOUR if self.row_at(index.row()).is_error else _WARNING_COLOUR
            return None
        return super().data(index, role)
