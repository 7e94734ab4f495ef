"""The report lists: occupancy by floor, upcoming move-outs and floor changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.services.queries import FloorChange, MoveOut, OccupancyRow
from ui.i18n import QT_TRANSLATE_NOOP, in_language
from ui.models.base import RowTableModel, date_text


class OccupancyTableModel(RowTableModel):
    COL_FLOOR = 0
    COL_SEATS = 1
    COL_OCCUPIED = 2
    COL_VACANT = 3
    COL_UTILISATION = 4
    COL_MOVE_OUTS_30 = 5
    COL_MOVE_OUTS_90 = 6
    COL_FLOOR_CHANGES_30 = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Floor"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Seats"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Occupied"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Vacant"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Utilisation"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Move-outs ≤ 30 days"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Move-outs ≤ 90 days"),
        QT_TRANSLATE_NOOP("OccupancyTableModel", "Floor changes ≤ 30 days"),
    )
    NUMERIC_COLUMNS = frozenset(range(1, 8))

    def display(self, row: OccupancyRow, column: int) -> str:
        if column == self.COL_FLOOR:
            return row.label
        if column == self.COL_UTILISATION:
            return f"{row.utilisation:.1f} %"
        value = self.sort_value(row, column)
        return "" if value is None else str(value)

    def sort_value(self, row: OccupancyRow, column: int) -> Any:
        values = {
            self.COL_FLOOR: row.label,
            self.COL_SEATS: row.seats if row.seats is not None else 0,
            self.COL_OCCUPIED: row.occupied,
            self.COL_VACANT: row.vacant if row.vacant is not None else 0,
            self.COL_UTILISATION: row.utilisation,
            self.COL_MOVE_OUTS_30: row.move_outs_30,
            self.COL_MOVE_OUTS_90: row.move_outs_90,
            self.COL_FLOOR_CHANGES_30: row.floor_changes_30,
        }
        return values.get(column, "")


class MoveOutTableModel(RowTableModel):
    COL_NAME = 0
    COL_ORGANISATION = 1
    COL_DESK = 2
    COL_LAST_DAY = 3
    COL_DAYS_LEFT = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("MoveOutTableModel", "Name"),
        QT_TRANSLATE_NOOP("MoveOutTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("MoveOutTableModel", "Desk"),
        QT_TRANSLATE_NOOP("MoveOutTableModel", "Last day"),
        QT_TRANSLATE_NOOP("MoveOutTableModel", "Days left"),
    )
    NUMERIC_COLUMNS = frozenset({COL_DAYS_LEFT})

    def __init__(self, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def set_today(self, today: dt.date) -> None:
        self._today = today

    def display(self, row: MoveOut, column: int) -> str:
        values = {
            self.COL_NAME: row.name_ko,
            self.COL_ORGANISATION: in_language(row.organisation, row.organisation_en),
            self.COL_DESK: row.desk_code,
            self.COL_LAST_DAY: date_text(row.last_day),
            self.COL_DAYS_LEFT: str((row.last_day - self._today).days),
        }
        return values.get(column, "")

    def sort_value(self, row: MoveOut, column: int) -> Any:
        if column == self.COL_DAYS_LEFT:
            return (row.last_day - self._today).days
        return self.display(row, column)


class FloorChangeTableModel(RowTableModel):
    """People who move to another floor or zone: they stay, so they are not move-outs."""

    COL_DAY = 0
    COL_NAME = 1
    COL_ORGANISATION = 2
    COL_FROM = 3
    COL_TO = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("FloorChangeTableModel", "From day"),
        QT_TRANSLATE_NOOP("FloorChangeTableModel", "Name"),
        QT_TRANSLATE_NOOP("FloorChangeTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("FloorChangeTableModel", "From"),
        QT_TRANSLATE_NOOP("FloorChangeTableModel", "To"),
    )

    def display(self, row: FloorChange, column: int) -> str:
        values = {
            self.COL_NAME: row.name_ko,
            self.COL_ORGANISATION: in_language(row.organisation, row.organisation_en),
            self.COL_FROM: f"{row.from_desk} ({row.from_place})",
            self.COL_TO: f"{row.to_desk} ({row.to_place})",
            self.COL_DAY: date_text(row.day),
        }
        return values.get(column, "")

    def sort_value(self, row: FloorChange, column: int) -> Any:
        if column == self.COL_DAY:
            return row.day
        return self.display(row, column)
