"""Table models of the research administration tabs: a year's deliverables, the deliverables
due or overdue, and a cycle's review checklist (rows from planner.services, never dicts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from planner.models import DeliverableKind, DeliverableState
from planner.services.deliverables import DeliverableRow
from planner.services.review import ChecklistLine
from ui.i18n import fill, in_language
from ui.labels import label
from ui.models.base import Index, RowTableModel, SearchProxyModel
from ui.renewals.texts import day, local_time

LATE_TEXT = QColor(176, 32, 32)  # 5.9:1 on white


class DeliverableModel(RowTableModel):
    COL_TASK = 0
    COL_KIND = 1
    COL_TITLE = 2
    COL_DUE = 3
    COL_STATE = 4
    COL_EVIDENCE = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("DeliverableModel", "Task"),
        QT_TRANSLATE_NOOP("DeliverableModel", "Kind"),
        QT_TRANSLATE_NOOP("DeliverableModel", "Deliverable"),
        QT_TRANSLATE_NOOP("DeliverableModel", "Due"),
        QT_TRANSLATE_NOOP("DeliverableModel", "State"),
        QT_TRANSLATE_NOOP("DeliverableModel", "Evidence"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def display(self, row: DeliverableRow, column: int) -> str:
        if column == self.COL_TASK:
            return row.task_code
        if column == self.COL_KIND:
            return label(DeliverableKind, row.kind)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_DUE:
            return day(row.due_date)
        if column == self.COL_STATE:
            text = label(DeliverableState, row.state)
            if row.state == DeliverableState.WAIVED and row.waived_reason:
                return f"{text} — {' '.join(row.waived_reason.split())}"
            if self.late(row):
                return fill(self.tr("%1, %2 days late"), text, row.days_late(self.today))
            return text
        if column == self.COL_EVIDENCE:
            return row.evidence_name or row.evidence_link
        return ""

    def late(self, row: DeliverableRow) -> bool:
        return row.state == DeliverableState.PLANNED and row.due_date < self.today

    def sort_value(self, row: DeliverableRow, column: int) -> Any:
        if column == self.COL_DUE:
            return row.due_date.isoformat()
        return self.display(row, column)

    def tooltip(self, row: DeliverableRow, column: int) -> str | None:
        if column == self.COL_TASK:
            return in_language(row.task_title_ko, row.task_title_en)
        if column == self.COL_STATE and row.waived_reason:
            return row.waived_reason
        if column == self.COL_EVIDENCE and (row.evidence_name or row.evidence_link):
            return "\n".join(x for x in (row.evidence_name, row.evidence_link) if x)
        return None

    def key(self, row: DeliverableRow) -> Any:
        return row.state.value

    def search_text(self, row: DeliverableRow) -> str:
        return (f"{row.task_code} {row.task_title_ko} {row.task_title_en} {row.title} "
                f"{label(DeliverableKind, row.kind)} {row.kind.value} {row.waived_reason}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and 0 <= index.row() < self.rowCount():
                row = self.row_at(index.row())
                if self.late(row) and index.column() in (self.COL_DUE, self.COL_STATE):
                    return QBrush(LATE_TEXT)
            return None
        return super().data(index, role)

    def row_of(self, deliverable_id: int) -> int:
        return next((i for i, r in enumerate(self.rows()) if r.id == deliverable_id), -1)


class DeliverableFilterProxy(SearchProxyModel):
    """The search field plus the kind filter (the state filter is the base's key)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._kind is not None and isinstance(model, DeliverableModel) and not source_parent.isValid():
            if model.row_at(source_row).kind.value != self._kind:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class DueModel(RowTableModel):
    """Deliverables overdue and due soon (planner.services.deliverables.deliverables_due)."""

    COL_WHEN = 0
    COL_TASK = 1
    COL_YEAR = 2
    COL_KIND = 3
    COL_TITLE = 4
    COL_DUE = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("DueModel", "When"),
        QT_TRANSLATE_NOOP("DueModel", "Task"),
        QT_TRANSLATE_NOOP("DueModel", "Year"),
        QT_TRANSLATE_NOOP("DueModel", "Kind"),
        QT_TRANSLATE_NOOP("DueModel", "Deliverable"),
        QT_TRANSLATE_NOOP("DueModel", "Due"),
    )
    NUMERIC_COLUMNS = frozenset({COL_YEAR})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def display(self, row: DeliverableRow, column: int) -> str:
        if column == self.COL_WHEN:
            days = row.days_late(self.today)
            if days > 0:
                return fill(self.tr("%1 days late"), days)
            return self.tr("due today") if days == 0 else fill(self.tr("in %1 days"), -days)
        values = {
            self.COL_TASK: row.task_code,
            self.COL_YEAR: str(row.year),
            self.COL_KIND: label(DeliverableKind, row.kind),
            self.COL_TITLE: row.title,
            self.COL_DUE: day(row.due_date),
        }
        return values.get(column, "")

    def sort_value(self, row: DeliverableRow, column: int) -> Any:
        if column in (self.COL_WHEN, self.COL_DUE):
            return row.due_date.isoformat()
        if column == self.COL_YEAR:
            return row.year
        return self.display(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and 0 <= index.row() < self.rowCount():
                if self.row_at(index.row()).days_late(self.today) > 0:
                    return QBrush(LATE_TEXT)
            return None
        return super().data(index, role)


class ChecklistModel(RowTableModel):
    COL_DONE = 0
    COL_ITEM = 1
    COL_REQUIRED = 2
    COL_WHO = 3
    COL_WHEN = 4
    COL_NOTE = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Ticked"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Review item"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Required"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Ticked by"),
        QT_TRANSLATE_NOOP("ChecklistModel", "When"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
    )

    def display(self, row: ChecklistLine, column: int) -> str:
        if column == self.COL_DONE:
            return "✓" if row.ticked else ""
        if column == self.COL_ITEM:
            return in_language(row.label_ko, row.label_en)
        if column == self.COL_REQUIRED:
            return self.tr("required") if row.required else self.tr("optional")
        if column == self.COL_WHO:
            return row.ticked_by
        if column == self.COL_WHEN:
            return local_time(row.ticked_at) if row.ticked_at else ""
        if column == self.COL_NOTE:
            return " ".join(row.note.split())
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid() and index.column() == self.COL_DONE:
            row = self.row_at(index.row())
            return self.tr("ticked") if row.ticked else self.tr("not ticked")
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and 0 <= index.row() < self.rowCount():
                row = self.row_at(index.row())
                if row.required and not row.ticked and index.column() == self.COL_ITEM:
                    return QBrush(LATE_TEXT)
            return None
        return super().data(index, role)

    def sort_value(self, row: ChecklistLine, column: int) -> Any:
        if column == self.COL_WHEN:
            return row.ticked_at.isoformat() if row.ticked_at else ""
        return self.display(row, column)
