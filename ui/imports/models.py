"""The preview list of an import: one line per file row with its status and messages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from planner.io.preview import ImportPreview
from ui.i18n import QT_TRANSLATE_NOOP
from ui.imports.messages import translated_message
from ui.imports.texts import field_label, status_label, warning_label
from ui.models.base import Index, RowTableModel

# Status colours readable on light and dark palettes: errors red, warnings amber.
_ERROR_COLOUR = QColor(200, 40, 40)
_WARNING_COLOUR = QColor(170, 110, 0)


Message = tuple[str, str]  # (column header or "", message in planner.io's English words)


@dataclass(frozen=True)
class PreviewItem:
    row: int  # as the spreadsheet numbers it
    label: str  # the person's name or the desk's code
    action: str  # add / change / unchanged / error
    changed_fields: tuple[str, ...]
    errors: tuple[Message, ...]
    warnings: tuple[Message, ...]

    @property
    def is_problem(self) -> bool:
        return bool(self.errors or self.warnings)


def _shown(messages: tuple[Message, ...]) -> list[str]:
    """Translated at display time, so a language switch relabels the preview too."""
    return [
        f"{column}: {translated_message(text)}" if column else translated_message(text)
        for column, text in messages
    ]


def preview_items(preview: ImportPreview[Any]) -> list[PreviewItem]:
    errors: dict[int, list[Message]] = defaultdict(list)
    warnings: dict[int, list[Message]] = defaultdict(list)
    for issue in preview.errors:
        errors[issue.row].append((issue.column, issue.message))
    for issue in preview.warnings:
        warnings[issue.row].append((issue.column, issue.message))
    items = [
        PreviewItem(
            row.row,
            getattr(row, "name_ko", None) or getattr(row, "code", ""),
            row.action,
            tuple(row.changed_fields),
            tuple(errors.pop(row.row, ())),
            tuple(warnings.pop(row.row, ())),
        )
        for row in preview.rows
    ]
    # Problems of the file as a whole (row 0) or of rows no longer listed come first.
    leftovers = sorted(set(errors) | set(warnings))
    extra = [
        PreviewItem(
            n,
            "",
            "error" if errors.get(n) else "",
            (),
            tuple(errors.get(n, ())),
            tuple(warnings.get(n, ())),
        )
        for n in leftovers
    ]
    return extra + items


class PreviewTableModel(RowTableModel):
    COL_ROW = 0
    COL_LABEL = 1
    COL_STATUS = 2
    COL_MESSAGES = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewTableModel", "Row"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Name or code"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Status"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Messages"),
    )
    NUMERIC_COLUMNS = frozenset({COL_ROW})

    def display(self, row: PreviewItem, column: int) -> str:
        if column == self.COL_ROW:
            return str(row.row) if row.row else ""
        if column == self.COL_LABEL:
            return row.label
        if column == self.COL_STATUS:
            return self.status_text(row)
        if column == self.COL_MESSAGES:
            return " · ".join(_shown(row.errors + row.warnings))
        return ""

    @staticmethod
    def status_text(row: PreviewItem) -> str:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if index.column() == self.COL_STATUS and 0 <= index.row() < self.rowCount():
                row = self.row_at(index.row())
                if row.errors:
                    return _ERROR_COLOUR
                if row.warnings:
                    return _WARNING_COLOUR
            return None
        return super().data(index, role)

    def tooltip(self, row: PreviewItem, column: int) -> str | None:
        if column == self.COL_MESSAGES and (row.errors or row.warnings):
            return "\n".join(_shown(row.errors + row.warnings))
        return None
