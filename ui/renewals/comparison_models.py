"""Table models of the comparison and summary tabs.

The rows are the domain's own frozen :class:`TaskComparison` and :class:`TrackTotals`; the
"all tracks" line under the per-track lines is a TrackTotals without a track.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QFont

from planner.models import Decision, Track
from planner.renewals.compare import TaskComparison, TrackTotals, all_tracks
from planner.renewals.totals import CycleTotals
from ui.i18n import in_language
from ui.labels import label
from ui.models.base import Index, RowTableModel
from ui.renewals.colours import CONCLUDED_TEXT, DECISION_TINTS
from ui.renewals.texts import krw, percent, signed_krw


def before_after(before: int | None, after: int | None) -> str:
    if before is None:
        return f"– → {after}"
    if after is None:
        return f"{before} → –"
    return str(after) if before == after else f"{before} → {after}"


class RenewalComparisonModel(RowTableModel):
    COL_CODE = 0
    COL_TITLE = 1
    COL_TRACK = 2
    COL_DECISION = 3
    COL_BUDGET_BEFORE = 4
    COL_BUDGET_AFTER = 5
    COL_DELTA = 6
    COL_DELTA_PCT = 7
    COL_HEADCOUNT = 8
    COL_GPUS = 9
    COL_REASON = 10

    HEADERS = (
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Code"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Title"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Track"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Decision"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Budget before (KRW)"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Budget after (KRW)"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Δ (KRW)"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Δ %"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Headcount"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "GPUs"),
        QT_TRANSLATE_NOOP("RenewalComparisonModel", "Reason"),
    )
    NUMERIC_COLUMNS = frozenset({COL_BUDGET_BEFORE, COL_BUDGET_AFTER, COL_DELTA, COL_DELTA_PCT})

    def display(self, row: TaskComparison, column: int) -> str:
        before, after = row.previous, row.current
        concluded = row.decision == Decision.CONCLUDE
        values = {
            self.COL_CODE: row.task_code,
            self.COL_TITLE: in_language(row.title_ko, row.title_en),
            self.COL_TRACK: label(Track, row.track),
            self.COL_DECISION: label(Decision, row.decision) if row.decision else "",
            self.COL_BUDGET_BEFORE: krw(row.budget_before) if before else "–",
            # A concluded task counts as 0 (greyed), as in the cycle's own list and totals.
            self.COL_BUDGET_AFTER: krw(row.budget_after) if after or concluded else "–",
            self.COL_DELTA: signed_krw(row.budget_delta),
            self.COL_DELTA_PCT: percent(row.budget_delta_pct),
            self.COL_HEADCOUNT: before_after(
                before.headcount if before else None,
                None if concluded or after is None else after.headcount,
            ),
            self.COL_GPUS: before_after(
                before.gpu_allocation if before else None,
                None if concluded or after is None else after.gpu_allocation,
            ),
            self.COL_REASON: " ".join(row.reason.split()),
        }
        return values.get(column, "")

    def sort_value(self, row: TaskComparison, column: int) -> Any:
        numbers = {
            self.COL_BUDGET_BEFORE: row.budget_before,
            self.COL_BUDGET_AFTER: row.budget_after,
            self.COL_DELTA: row.budget_delta,
            self.COL_DELTA_PCT: row.budget_delta_pct if row.budget_delta_pct is not None else -1e9,
        }
        return numbers[column] if column in numbers else self.display(row, column)

    def tooltip(self, row: TaskComparison, column: int) -> str | None:
        if not row.changes:
            return None
        return "\n".join(f"{c.item}: {c.before} → {c.after}" for c in row.changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and index.isValid()
        ):
            if not 0 <= index.row() < self.rowCount():
                return None
            decision = self.row_at(index.row()).decision
            if role == Qt.ItemDataRole.BackgroundRole:
                tint = DECISION_TINTS.get(decision)
                return QBrush(tint) if tint is not None else None
            return QBrush(CONCLUDED_TEXT) if decision == Decision.CONCLUDE else None
        return super().data(index, role)


# One line of totals per track, then all tracks (``track`` None).
TotalsRow = TrackTotals


def totals_rows(totals: Iterable[TrackTotals]) -> list[TotalsRow]:
    rows = list(totals)
    return [*rows, all_tracks(rows)] if rows else []


class TrackTotalsModel(RowTableModel):
    COL_TRACK = 0
    COL_TASKS = 1
    COL_BUDGET_BEFORE = 2
    COL_BUDGET_AFTER = 3
    COL_DELTA = 4
    COL_DELTA_PCT = 5
    COL_HEADCOUNT = 6
    COL_GPUS = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Track"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Tasks"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Budget before (KRW)"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Budget after (KRW)"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Δ (KRW)"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Δ %"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "Headcount"),
        QT_TRANSLATE_NOOP("TrackTotalsModel", "GPUs"),
    )
    NUMERIC_COLUMNS = frozenset({COL_BUDGET_BEFORE, COL_BUDGET_AFTER, COL_DELTA, COL_DELTA_PCT})

    def display(self, row: TotalsRow, column: int) -> str:
        values = {
            self.COL_TRACK: label(Track, row.track) if row.track else self.tr("All tracks"),
            self.COL_TASKS: before_after(row.tasks_before, row.tasks_after),
            self.COL_BUDGET_BEFORE: krw(row.budget_before),
            self.COL_BUDGET_AFTER: krw(row.budget_after),
            self.COL_DELTA: signed_krw(row.budget_delta),
            self.COL_DELTA_PCT: percent(row.budget_delta_pct),
            self.COL_HEADCOUNT: before_after(row.headcount_before, row.headcount_after),
            self.COL_GPUS: before_after(row.gpu_before, row.gpu_after),
        }
        return values.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            if self.row_at(index.row()).track is None:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


@dataclass(frozen=True)
class GroupTotal:
    """Tasks going on in a cycle, summed by track or by area."""

    group: str  # "track" or "area"
    name: str
    tasks: int
    budget_krw: int
    headcount: int
    gpus: int


def group_totals(totals: CycleTotals) -> list[GroupTotal]:
    """The cycle's tasks going on by track, then by area (planner.renewals.totals)."""
    rows = [
        GroupTotal("track", track.value, t.tasks, t.budget_krw, t.headcount, t.gpu_allocation)
        for track, t in sorted(totals.by_track, key=lambda kv: kv[0].value)
        if t.tasks
    ]
    rows += [
        GroupTotal("area", area, t.tasks, t.budget_krw, t.headcount, t.gpu_allocation)
        for _track, area, t in sorted(totals.by_area, key=lambda item: (item[1], item[0].value))
    ]
    return rows


class GroupTotalsModel(RowTableModel):
    COL_GROUP = 0
    COL_NAME = 1
    COL_TASKS = 2
    COL_BUDGET = 3
    COL_HEADCOUNT = 4
    COL_GPUS = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("GroupTotalsModel", "By"),
        QT_TRANSLATE_NOOP("GroupTotalsModel", "Track / area"),
        QT_TRANSLATE_NOOP("GroupTotalsModel", "Tasks"),
        QT_TRANSLATE_NOOP("GroupTotalsModel", "Budget (KRW)"),
        QT_TRANSLATE_NOOP("GroupTotalsModel", "Headcount"),
        QT_TRANSLATE_NOOP("GroupTotalsModel", "GPUs"),
    )
    NUMERIC_COLUMNS = frozenset({COL_TASKS, COL_BUDGET, COL_HEADCOUNT, COL_GPUS})

    def display(self, row: GroupTotal, column: int) -> str:
        if column == self.COL_GROUP:
            return self.tr("Track") if row.group == "track" else self.tr("Area")
        if column == self.COL_NAME:
            if row.group == "track":
                return label(Track, row.name)
            return row.name or self.tr("(no area)")
        values = {
            self.COL_TASKS: row.tasks,
            self.COL_BUDGET: row.budget_krw,
            self.COL_HEADCOUNT: row.headcount,
            self.COL_GPUS: row.gpus,
        }
        return krw(values[column]) if column in values else ""

    def sort_value(self, row: GroupTotal, column: int) -> Any:
        values = {
            self.COL_TASKS: row.tasks,
            self.COL_BUDGET: row.budget_krw,
            self.COL_HEADCOUNT: row.headcount,
            self.COL_GPUS: row.gpus,
        }
        return values[column] if column in values else self.display(row, column)
