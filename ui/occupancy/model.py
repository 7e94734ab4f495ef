"""Occupancy by floor, zone, organisation or research task, one row per group.

Floors and zones count desks (seats, occupied, vacant); organisations and research tasks
count people (members staying that day, seated, without a desk). The column titles follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from planner.services.queries import OccupancyRow
from ui.i18n import QT_TRANSLATE_NOOP, in_language
from ui.models.base import RowTableModel

CONTEXT = "OccupancyGroupModel"
DESK_GROUPS = ("floor", "zone")

GROUP_TITLES = {
    "floor": QT_TRANSLATE_NOOP("OccupancyGroupModel", "Floor"),
    "zone": QT_TRANSLATE_NOOP("OccupancyGroupModel", "Zone"),
    "organisation": QT_TRANSLATE_NOOP("OccupancyGroupModel", "Organisation"),
    "task": QT_TRANSLATE_NOOP("OccupancyGroupModel", "Research task"),
}
# (desk groups, people groups) titles of the three count columns.
COUNT_TITLES = (
    (
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Seats"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Occupied"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Vacant"),
    ),
    (
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "People"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Seated"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Without desk"),
    ),
)


def counts_of(row: OccupancyRow) -> tuple[int, int, int]:
    """(capacity, taken, free): seats/occupied/vacant, or people/seated/without a desk."""
    if row.seats is not None:
        return row.seats, row.occupied, row.vacant or 0
    people = row.people or 0
    return people, row.occupied, max(people - row.occupied, 0)


class OccupancyGroupModel(RowTableModel):
    COL_GROUP = 0
    COL_CAPACITY = 1
    COL_TAKEN = 2
    COL_FREE = 3
    COL_UTILISATION = 4
    COL_MOVE_OUTS_30 = 5
    COL_MOVE_OUTS_90 = 6
    COL_FLOOR_CHANGES_30 = 7
    COL_OUT_OF_USE = 8  # floors and zones: desks out of use on the day (not vacant)
    COL_IDLE = 9  # floors and zones: occupied desks whose holders are all on leave

    HEADERS = (
        GROUP_TITLES["floor"],
        *COUNT_TITLES[0],
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Utilisation"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Move-outs, next 30 days"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Move-outs, next 90 days"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Floor changes, next 30 days"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Out of use"),
        QT_TRANSLATE_NOOP("OccupancyGroupModel", "Idle (on leave)"),
    )
    NUMERIC_COLUMNS = frozenset(range(1, 10))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grouping = "floor"

    def set_grouping(self, grouping: str, rows) -> None:
        self.grouping = grouping
        self.set_rows(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section in (self.COL_GROUP, self.COL_CAPACITY, self.COL_TAKEN, self.COL_FREE)
        ):
            if section == self.COL_GROUP:
                return QCoreApplication.translate(CONTEXT, GROUP_TITLES[self.grouping])
            titles = COUNT_TITLES[0 if self.grouping in DESK_GROUPS else 1]
            return QCoreApplication.translate(CONTEXT, titles[section - 1])
        return super().headerData(section, orientation, role)

    def display(self, row: OccupancyRow, column: int) -> str:
        if column == self.COL_GROUP:
            return in_language(row.label, row.label_en)
        if column == self.COL_UTILISATION:
            return f"{row.utilisation:.1f} %"
        return str(self.sort_value(row, column))

    def sort_value(self, row: OccupancyRow, column: int) -> Any:
        if column == self.COL_GROUP:
            return in_language(row.label, row.label_en)
        if column in (self.COL_CAPACITY, self.COL_TAKEN, self.COL_FREE):
            return counts_of(row)[column - 1]
        if column == self.COL_UTILISATION:
            return row.utilisation
        if column == self.COL_MOVE_OUTS_30:
            return row.move_outs_30
        if column == self.COL_MOVE_OUTS_90:
            return row.move_outs_90
        if column == self.COL_FLOOR_CHANGES_30:
            return row.floor_changes_30
        if column in (self.COL_OUT_OF_USE, self.COL_IDLE):
            if row.seats is None:  # people groups: a person is not out of use
                return ""
            return row.blocked if column == self.COL_OUT_OF_USE else row.idle
        return ""
