"""Table models of the renewal workspace: the cycle's tasks and its audit trail.

Built on the window's :class:`ui.models.base.RowTableModel` (COL_* constants, roles from
UserRole + 1, reset-wrapped ``set_rows``, rows as frozen dataclasses), so headers and labels
are retranslated the same way as on every other page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from planner.models import Decision, Track
from planner.renewals.totals import counted_budget
from ui.i18n import fill, in_language
from ui.labels import label
from ui.models.base import Index, RowTableModel, SearchProxyModel
from ui.renewals.colours import CONCLUDED_TEXT, DECISION_TINTS
from ui.renewals.data import AuditRow, RenewalRow
from ui.renewals.texts import action_label, audit_value, day, field_label, krw, local_time


class RenewalTableModel(RowTableModel):
    COL_CODE = 0
    COL_TRACK = 1
    COL_TITLE = 2
    COL_DECISION = 3
    COL_BUDGET = 4
    COL_PERIOD = 5
    COL_HEADCOUNT = 6
    COL_GPUS = 7
    COL_REASON = 8

    HEADERS = (
        QT_TRANSLATE_NOOP("RenewalTableModel", "Code"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Track"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Title"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Decision"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Budget (KRW)"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Period"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Headcount"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "GPUs"),
        QT_TRANSLATE_NOOP("RenewalTableModel", "Reason"),
    )
    NUMERIC_COLUMNS = frozenset({COL_BUDGET, COL_HEADCOUNT, COL_GPUS})

    def display(self, row: RenewalRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_TRACK:
            return label(Track, row.track)
        if column == self.COL_TITLE:
            return in_language(row.title_ko, row.title_en)
        if column == self.COL_DECISION:
            return label(Decision, row.decision) if row.decision else self.tr("— undecided")
        if column == self.COL_BUDGET:
            return krw(counted_budget(row))  # a concluded task: 0, greyed, in every year
        if column == self.COL_PERIOD:
            return f"{day(row.period_start)} ~ {day(row.period_end)}"
        if column == self.COL_HEADCOUNT:
            return str(row.headcount)
        if column == self.COL_GPUS:
            return str(row.gpu_allocation)
        if column == self.COL_REASON:
            # One line in the table; the dialog shows all. The English one in English.
            return " ".join(in_language(row.reason, row.reason_en).split())
        return ""

    def sort_value(self, row: RenewalRow, column: int) -> Any:
        numbers = {
            self.COL_BUDGET: counted_budget(row),
            self.COL_HEADCOUNT: row.headcount,
            self.COL_GPUS: row.gpu_allocation,
        }
        return numbers[column] if column in numbers else self.display(row, column)

    def tooltip(self, row: RenewalRow, column: int) -> str | None:
        if column == self.COL_TITLE:
            return f"{row.title_ko}\n{row.title_en}" if row.title_en else row.title_ko
        if column == self.COL_REASON and row.reason:
            return in_language(row.reason, row.reason_en)
        if column == self.COL_BUDGET and counted_budget(row) != row.budget_krw:
            return fill(
                self.tr("Concluded: counts as 0 in this cycle's totals (on record: %1 KRW)"),
                krw(row.budget_krw),
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The decision cell carries the comparison tab's colours; a concluded task is greyed.
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            decision = self.row_at(index.row()).decision
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(CONCLUDED_TEXT) if decision == Decision.CONCLUDE else None
            tint = DECISION_TINTS.get(decision) if index.column() == self.COL_DECISION else None
            return QBrush(tint) if tint is not None else None
        return super().data(index, role)

    def search_text(self, row: RenewalRow) -> str:
        return f"{row.code} {row.title_ko} {row.title_en} {row.area} {row.reason}"

    def row_of_renewal(self, renewal_id: int) -> int:
        return next((i for i, r in enumerate(self.rows()) if r.id == renewal_id), -1)


class RenewalFilterProxy(SearchProxyModel):
    """The search of every page plus the two filters of this tab: track and decision."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._track: str | None = None
        self._decision: str | None = None

    def set_track(self, track: str | None) -> None:
        if track != self._track:
            self.beginFilterChange()
            self._track = track
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_decision(self, decision_key: str | None) -> None:
        if decision_key != self._decision:
            self.beginFilterChange()
            self._decision = decision_key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if isinstance(model, RenewalTableModel) and not source_parent.isValid():
            row: RenewalRow = model.row_at(source_row)
            if self._track is not None and row.track.value != self._track:
                return False
            if self._decision is not None and row.decision_key != self._decision:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class RenewalAuditModel(RowTableModel):
    COL_WHEN = 0
    COL_WHO = 1
    COL_SUBJECT = 2
    COL_ACTION = 3
    COL_FIELD = 4
    COL_OLD = 5
    COL_NEW = 6

    HEADERS = (
        QT_TRANSLATE_NOOP("RenewalAuditModel", "When"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "Who"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "Cycle / task"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "Action"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "Field"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "Old value"),
        QT_TRANSLATE_NOOP("RenewalAuditModel", "New value"),
    )

    def display(self, row: AuditRow, column: int) -> str:
        values = {
            self.COL_WHEN: local_time(row.at),
            self.COL_WHO: row.actor,
            self.COL_SUBJECT: row.subject,
            self.COL_ACTION: action_label(row.action),
            self.COL_FIELD: field_label(row.field),
            self.COL_OLD: " ".join(audit_value(row.field, row.old).split()),
            self.COL_NEW: " ".join(audit_value(row.field, row.new).split()),
        }
        return values.get(column, "")

    def sort_value(self, row: AuditRow, column: int) -> Any:
        # Entries written in one transaction share a timestamp; the id keeps their order.
        return row.id if column == self.COL_WHEN else self.display(row, column)

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        if column in (self.COL_OLD, self.COL_NEW):
            value = row.old if column == self.COL_OLD else row.new
            return audit_value(row.field, value) or None
        return None
