"""The desks of one day with their occupants (hot desks may appear once per user)."""

from __future__ import annotations

from typing import Any

from planner.models.enums import DeskKind
from planner.services.queries import SeatRow
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.models.base import RowTableModel, date_text


class SeatingTableModel(RowTableModel):
    COL_DESK = 0
    COL_FLOOR = 1
    COL_ZONE = 2
    COL_KIND = 3
    COL_OCCUPANT = 4
    COL_ORGANISATION = 5
    COL_FROM = 6
    COL_UNTIL = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("SeatingTableModel", "Desk"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Floor"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Zone"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Occupant"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "From"),
        QT_TRANSLATE_NOOP("SeatingTableModel", "Until"),
    )

    def display(self, row: SeatRow, column: int) -> str:
        if column == self.COL_DESK:
            return row.desk_code
        if column == self.COL_FLOOR:
            return row.floor_name
        if column == self.COL_ZONE:
            return row.zone_name
        if column == self.COL_KIND:
            return label(DeskKind, row.desk_kind)
        if column == self.COL_OCCUPANT:
            if row.name_ko is None:
                return ""
            return f"{row.name_ko} ({row.name_en})" if row.name_en else row.name_ko
        if column == self.COL_ORGANISATION:
            return row.organisation or ""
        if column == self.COL_FROM:
            return date_text(row.start_date)
        if column == self.COL_UNTIL:
            return date_text(row.end_date)
        return ""

    def sort_value(self, row: SeatRow, column: int) -> Any:
        if column == self.COL_UNTIL and row.person_id is not None:
            return date_text(row.end_date) or "9999-12-31"  # open-ended after every end date
        return self.display(row, column)

    def search_text(self, row: SeatRow) -> str:
        return " ".join(
            (
                row.desk_code,
                row.zone_name,
                row.name_ko or "",
                row.name_en or "",
                row.organisation or "",
            )
        )

    def key(self, row: SeatRow) -> int:
        return row.floor_id

    def tooltip(self, row: SeatRow, column: int) -> str | None:
        if not row.active:
            return self.tr("Out of service")
        return None

    def floors(self) -> list[tuple[int, str]]:
        """(floor id, name) of the floors in the list."""
        seen: dict[int, str] = {}
        for row in self._rows:
            seen.setdefault(row.floor_id, row.floor_name)
        return sorted(seen.items())  # floors are created bottom-up, so ids follow the levels
