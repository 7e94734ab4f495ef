"""The budget lines (비목별 연구비) of one task renewal: one table model for the one list.

Rows are :class:`planner.services.budget.LineRow`. The amount of a line, and the reason of an
indirect line, are edited in place: the model does not change itself but hands the edit to
``on_edit`` (the panel runs it as one undoable command and reloads the rows).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from planner.renewals.budget import CategoryChange
from planner.services.budget import LineRow
from ui.i18n import fill, in_language
from ui.models.base import Index, RowTableModel
from ui.renewals.texts import krw

OVERRIDDEN = QColor(0xFF, 0xF3, 0xD6)  # an indirect cost set by hand, not from the rate

Edit = Callable[[LineRow, int, str], None]  # the line, the column, the text typed


class BudgetLinesModel(RowTableModel):
    COL_CATEGORY = 0
    COL_PARTY = 1
    COL_AMOUNT = 2
    COL_COMPUTED = 3
    COL_REASON = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("BudgetLinesModel", "Category"),
        QT_TRANSLATE_NOOP("BudgetLinesModel", "Paid by"),
        QT_TRANSLATE_NOOP("BudgetLinesModel", "Amount (KRW)"),
        QT_TRANSLATE_NOOP("BudgetLinesModel", "From the rate (KRW)"),
        QT_TRANSLATE_NOOP("BudgetLinesModel", "Reason for setting it by hand"),
    )
    NUMERIC_COLUMNS = frozenset({COL_AMOUNT, COL_COMPUTED})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.on_edit: Edit | None = None
        self.read_only = False

    def display(self, row: LineRow, column: int) -> str:
        if column == self.COL_CATEGORY:
            return in_language(row.name_ko, row.name_en)
        if column == self.COL_PARTY:
            return "KT" if row.party == "kt" else "KAIST"
        if column == self.COL_AMOUNT:
            return krw(row.amount_krw)
        if column == self.COL_COMPUTED:
            return krw(row.computed_krw) if row.computed_krw is not None else ""
        if column == self.COL_REASON:
            return " ".join(row.override_reason.split())
        return ""

    def sort_value(self, row: LineRow, column: int) -> Any:
        if column == self.COL_CATEGORY:
            return (row.position, row.category, row.party != "kt")
        if column == self.COL_AMOUNT:
            return row.amount_krw
        if column == self.COL_COMPUTED:
            return row.computed_krw if row.computed_krw is not None else -1
        return self.display(row, column)

    def tooltip(self, row: LineRow, column: int) -> str | None:
        if row.indirect and not row.overridden:
            return self.tr("Computed from the party's indirect-cost rate; type an amount to set "
                           "it by hand (a reason is asked).")
        if row.indirect:
            return fill(self.tr("Set by hand: %1. Clear the reason to go back to the rate."),
                        row.override_reason)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self.read_only:
            return flags
        row = self.row_at(index.row())
        if index.column() == self.COL_AMOUNT or (index.column() == self.COL_REASON and row.indirect):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            row = self.row_at(index.row())
            if index.column() == self.COL_AMOUNT:
                return str(row.amount_krw)
            if index.column() == self.COL_REASON:
                return row.override_reason
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            return QBrush(OVERRIDDEN) if row.overridden else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        self.on_edit(self.row_at(index.row()), index.column(), str(value or ""))
        return True

    def total_krw(self) -> int:
        return sum(row.amount_krw for row in self.rows())


class CategoryChangeModel(RowTableModel):
    """Last year's and this year's budget per category (planner.renewals.budget), the total
    of the tasks going on — the same figures as ``cycle show --json`` and the 별표 3."""

    COL_CATEGORY = 0
    COL_BEFORE = 1
    COL_AFTER = 2
    COL_DELTA = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("CategoryChangeModel", "Category"),
        QT_TRANSLATE_NOOP("CategoryChangeModel", "Last year (KRW)"),
        QT_TRANSLATE_NOOP("CategoryChangeModel", "This year (KRW)"),
        QT_TRANSLATE_NOOP("CategoryChangeModel", "Change (KRW)"),
    )
    NUMERIC_COLUMNS = frozenset({COL_BEFORE, COL_AFTER, COL_DELTA})

    def display(self, row: CategoryChange, column: int) -> str:
        if column == self.COL_CATEGORY:
            return in_language(row.category.name_ko, row.category.name_en)
        if column == self.COL_BEFORE:
            return krw(row.before_krw)
        if column == self.COL_AFTER:
            return krw(row.after_krw)
        if column == self.COL_DELTA:
            return f"+{krw(row.delta_krw)}" if row.delta_krw > 0 else krw(row.delta_krw)
        return ""

    def sort_value(self, row: CategoryChange, column: int) -> Any:
        numbers = {self.COL_CATEGORY: (row.category.position, row.category.code),
                   self.COL_BEFORE: row.before_krw, self.COL_AFTER: row.after_krw,
                   self.COL_DELTA: row.delta_krw}  # fmt: skip
        return numbers[column]
