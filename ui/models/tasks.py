"""The research task catalogue and the renewal cycles."""

from __future__ import annotations

from typing import Any

from planner.models.enums import CycleStatus, TaskStatus, Track
from planner.services.listings import CycleListing, TaskListing
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.models.base import RowTableModel, date_text


def krw(amount: int) -> str:
    """Won with thousands separators; the unit is in the column header."""
    return f"{amount:,}"


class TaskTableModel(RowTableModel):
    COL_CODE = 0
    COL_TRACK = 1
    COL_TITLE_KO = 2
    COL_TITLE_EN = 3
    COL_AREA = 4
    COL_PI = 5
    COL_KT_CONTACT = 6
    COL_MEMBERS = 7
    COL_STATUS = 8

    HEADERS = (
        QT_TRANSLATE_NOOP("TaskTableModel", "Code"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Track"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Title (Korean)"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Title (English)"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Area"),
        QT_TRANSLATE_NOOP("TaskTableModel", "KAIST PI"),
        QT_TRANSLATE_NOOP("TaskTableModel", "KT counterpart"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Members"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Status"),
    )
    NUMERIC_COLUMNS = frozenset({COL_MEMBERS})

    def display(self, row: TaskListing, column: int) -> str:
        values = {
            self.COL_CODE: row.code,
            self.COL_TRACK: label(Track, row.track),
            self.COL_TITLE_KO: row.title_ko,
            self.COL_TITLE_EN: row.title_en,
            self.COL_AREA: row.area,
            self.COL_PI: row.pi_name,
            self.COL_KT_CONTACT: row.kt_contact_name,
            self.COL_MEMBERS: str(row.member_count),
            self.COL_STATUS: label(TaskStatus, row.status),
        }
        return values.get(column, "")

    def sort_value(self, row: TaskListing, column: int) -> Any:
        if column == self.COL_MEMBERS:
            return row.member_count
        return self.display(row, column)


class CycleTableModel(RowTableModel):
    COL_YEAR = 0
    COL_STATUS = 1
    COL_TASKS = 2
    COL_BUDGET = 3
    COL_DEADLINE = 4
    COL_SIGNING_TARGET = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("CycleTableModel", "Year"),
        QT_TRANSLATE_NOOP("CycleTableModel", "Status"),
        QT_TRANSLATE_NOOP("CycleTableModel", "Tasks going on"),
        QT_TRANSLATE_NOOP("CycleTableModel", "Budget of the tasks going on (KRW)"),
        QT_TRANSLATE_NOOP("CycleTableModel", "Consultation deadline"),
        QT_TRANSLATE_NOOP("CycleTableModel", "Signing target"),
    )
    NUMERIC_COLUMNS = frozenset({COL_YEAR, COL_TASKS, COL_BUDGET})

    def display(self, row: CycleListing, column: int) -> str:
        values = {
            self.COL_YEAR: str(row.year),
            self.COL_STATUS: label(CycleStatus, row.status),
            self.COL_TASKS: str(row.task_count),
            self.COL_BUDGET: krw(row.total_budget_krw),
            self.COL_DEADLINE: date_text(row.consultation_deadline),
            self.COL_SIGNING_TARGET: date_text(row.signing_target),
        }
        return values.get(column, "")

    def sort_value(self, row: CycleListing, column: int) -> Any:
        numbers = {
            self.COL_YEAR: row.year,
            self.COL_TASKS: row.task_count,
            self.COL_BUDGET: row.total_budget_krw,
        }
        return numbers[column] if column in numbers else self.display(row, column)
