"""One table model per list: participants, KPIs, IP disclosures."""

from __future__ import annotations

from typing import Any

from planner.services.ip import IpRow
from planner.services.kpis import KpiRow
from planner.services.participants import ParticipantRow
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.models.base import RowTableModel, date_text
from ui.research.participation.labels import number_text, role_label, state_label


class ParticipantTableModel(RowTableModel):
    COL_TASK, COL_NAME, COL_ORG, COL_ROLE, COL_RATE, COL_TOTAL, COL_START, COL_END = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Task"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Role in the task"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Rate"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Year's total"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "From"),
        QT_TRANSLATE_NOOP("ParticipantTableModel", "Until"),
    )
    NUMERIC_COLUMNS = frozenset({COL_RATE, COL_TOTAL})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.totals: dict[int, int] = {}  # person id -> the year's total rate

    def set_data(self, rows: list[ParticipantRow], totals: dict[int, int]) -> None:
        self.totals = dict(totals)
        self.set_rows(rows)

    def display(self, row: ParticipantRow, column: int) -> str:
        if column == self.COL_TASK:
            return row.task_code
        if column == self.COL_NAME:
            return f"{row.name_ko} ({row.name_en})" if row.name_en else row.name_ko
        if column == self.COL_ORG:
            return row.organisation
        if column == self.COL_ROLE:
            return role_label(row.role)
        if column == self.COL_RATE:
            return f"{row.rate_pct} %"
        if column == self.COL_TOTAL:
            return f"{self.totals.get(row.person_id, row.rate_pct)} %"
        if column == self.COL_START:
            return date_text(row.period_start)
        return date_text(row.period_end)

    def sort_value(self, row: ParticipantRow, column: int) -> Any:
        if column == self.COL_RATE:
            return row.rate_pct
        if column == self.COL_TOTAL:
            return self.totals.get(row.person_id, row.rate_pct)
        return super().sort_value(row, column)

    def key(self, row: ParticipantRow) -> Any:
        return row.task_code


class KpiTableModel(RowTableModel):
    COL_TASK, COL_NAME, COL_UNIT, COL_TARGET, COL_ACTUAL, COL_ACHIEVED, COL_LAST_TARGET, COL_LAST_ACTUAL = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("KpiTableModel", "Task"),
        QT_TRANSLATE_NOOP("KpiTableModel", "KPI"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Unit"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Target"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Actual"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Achieved"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Last year's target"),
        QT_TRANSLATE_NOOP("KpiTableModel", "Last year's actual"),
    )
    NUMERIC_COLUMNS = frozenset({COL_TARGET, COL_ACTUAL, COL_ACHIEVED, COL_LAST_TARGET, COL_LAST_ACTUAL})

    def display(self, row: KpiRow, column: int) -> str:
        if column == self.COL_TASK:
            return row.task_code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_UNIT:
            return row.unit
        if column == self.COL_ACHIEVED:
            return "" if row.achieved_pct is None else f"{row.achieved_pct:.0f} %"
        values = {
            self.COL_TARGET: row.target, self.COL_ACTUAL: row.actual,
            self.COL_LAST_TARGET: row.last_target, self.COL_LAST_ACTUAL: row.last_actual,
        }
        return number_text(values[column])

    def sort_value(self, row: KpiRow, column: int) -> Any:
        values = {
            self.COL_TARGET: row.target, self.COL_ACTUAL: row.actual,
            self.COL_ACHIEVED: row.achieved_pct, self.COL_LAST_TARGET: row.last_target,
            self.COL_LAST_ACTUAL: row.last_actual,
        }
        if column in values:
            return values[column]
        return super().sort_value(row, column)

    def key(self, row: KpiRow) -> Any:
        return row.task_code


class IpTableModel(RowTableModel):
    COL_DATE, COL_TITLE, COL_INVENTORS, COL_TASKS, COL_SHARES, COL_FILING, COL_STATE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("IpTableModel", "Disclosed on"),
        QT_TRANSLATE_NOOP("IpTableModel", "Title"),
        QT_TRANSLATE_NOOP("IpTableModel", "Inventors"),
        QT_TRANSLATE_NOOP("IpTableModel", "Tasks"),
        QT_TRANSLATE_NOOP("IpTableModel", "KT / KAIST"),
        QT_TRANSLATE_NOOP("IpTableModel", "Filing no."),
        QT_TRANSLATE_NOOP("IpTableModel", "State"),
    )

    def display(self, row: IpRow, column: int) -> str:
        if column == self.COL_DATE:
            return date_text(row.disclosed_on)
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_INVENTORS:
            return ", ".join(row.inventors)
        if column == self.COL_TASKS:
            return ", ".join(row.task_codes)
        if column == self.COL_SHARES:
            return fill("%1 % / %2 %", row.kt_share_pct, row.kaist_share_pct)
        if column == self.COL_FILING:
            return row.filing_no or ""
        return state_label(row.state)

    def tooltip(self, row: IpRow, column: int) -> str | None:
        return row.title_en or None if column == self.COL_TITLE else None

    def key(self, row: IpRow) -> Any:
        return row.task_codes
