"""The lists of the Auto-place… dialog: the seats proposed, the teams' scores, the people
left without a desk, and the floors and zones to place in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from planner.placement.desk import TeamExplanation
from planner.services.placement import PlacementArea, ProposedSeat, UnplacedPerson
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.base import RowTableModel
from ui.placement.texts import reason_text


class ProposedSeatModel(RowTableModel):
    COL_NAME = 0
    COL_FROM = 1
    COL_TO = 2
    COL_START = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("ProposedSeatModel", "Name"),
        QT_TRANSLATE_NOOP("ProposedSeatModel", "From desk"),
        QT_TRANSLATE_NOOP("ProposedSeatModel", "To desk"),
        QT_TRANSLATE_NOOP("ProposedSeatModel", "Seated from"),
    )

    def display(self, row: ProposedSeat, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_FROM:
            return row.from_desk or "—"
        if column == self.COL_TO:
            return row.to_desk
        if column == self.COL_START:  # the plan's day, or the person's arrival when later
            return row.start.isoformat() if row.start else ""
        return ""

    def tooltip(self, row: ProposedSeat, column: int) -> str | None:
        return row.email


class TeamScoreModel(RowTableModel):
    COL_TASK = 0
    COL_SEATED = 1
    COL_PAIRS = 2
    COL_BOUND = 3
    COL_SCORE = 4
    COL_UNPLACED = 5
    COL_ZONES = 6

    HEADERS = (
        QT_TRANSLATE_NOOP("TeamScoreModel", "Research task"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Seated"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Adjacent pairs"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Possible"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Score"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Without a desk"),
        QT_TRANSLATE_NOOP("TeamScoreModel", "Where"),
    )
    NUMERIC_COLUMNS = frozenset({COL_SEATED, COL_PAIRS, COL_BOUND, COL_SCORE, COL_UNPLACED})

    def display(self, row: TeamExplanation, column: int) -> str:
        if column == self.COL_TASK:
            return row.task
        if column == self.COL_SEATED:
            return str(row.size)
        if column == self.COL_PAIRS:
            return str(row.pairs)
        if column == self.COL_BOUND:
            return str(row.bound)
        if column == self.COL_SCORE:
            return f"{row.score:.0f} %"
        if column == self.COL_UNPLACED:
            return str(row.unplaced)
        if column == self.COL_ZONES:
            return ", ".join(row.zones)
        return ""

    def sort_value(self, row: TeamExplanation, column: int) -> Any:
        numbers = {
            self.COL_SEATED: row.size,
            self.COL_PAIRS: row.pairs,
            self.COL_BOUND: row.bound,
            self.COL_SCORE: row.score,
            self.COL_UNPLACED: row.unplaced,
        }
        return numbers.get(column, self.display(row, column))


class UnplacedModel(RowTableModel):
    COL_NAME = 0
    COL_EMAIL = 1
    COL_REASON = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("UnplacedModel", "Name"),
        QT_TRANSLATE_NOOP("UnplacedModel", "E-mail"),
        QT_TRANSLATE_NOOP("UnplacedModel", "Why not placed"),
    )

    def display(self, row: UnplacedPerson, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_EMAIL:
            return row.email or ""
        if column == self.COL_REASON:
            return reason_text(row)
        return ""

    def tooltip(self, row: UnplacedPerson, column: int) -> str | None:
        return reason_text(row) if column == self.COL_REASON else None


FLOOR_ROLE = Qt.ItemDataRole.UserRole + 1  # floor id, on floor items
ZONE_ROLE = Qt.ItemDataRole.UserRole + 2  # zone id, on zone items


class AreaTreeModel(QStandardItemModel):
    """Floors with their zones, each with a check box; a floor's box ticks all its zones."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.itemChanged.connect(self._changed)

    def set_areas(
        self,
        areas: Sequence[PlacementArea],
        excluded_floors: Iterable[int] = (),
        excluded_zones: Iterable[int] = (),
    ) -> None:
        floors_out, zones_out = set(excluded_floors), set(excluded_zones)
        self._syncing = True
        self.clear()
        for area in areas:
            floor = QStandardItem(area.floor)
            floor.setData(area.floor_id, FLOOR_ROLE)
            floor.setEditable(False)
            floor.setCheckable(True)
            for zone_id, name in area.zones:
                zone = QStandardItem(name)
                zone.setData(zone_id, ZONE_ROLE)
                zone.setEditable(False)
                zone.setCheckable(True)
                zone.setCheckState(
                    Qt.CheckState.Unchecked if zone_id in zones_out else Qt.CheckState.Checked
                )
                floor.appendRow(zone)
            if area.zones:
                floor.setCheckState(_summary(floor))
            else:
                out = area.floor_id in floors_out
                floor.setCheckState(Qt.CheckState.Unchecked if out else Qt.CheckState.Checked)
            self.appendRow(floor)
        self._syncing = False

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        # QStandardItem keeps check states as plain ints; callers expect Qt.CheckState.
        if role == Qt.ItemDataRole.CheckStateRole and isinstance(value, int):
            return Qt.CheckState(value)
        return value

    def _floors(self) -> list[QStandardItem]:
        return [self.item(row) for row in range(self.rowCount())]

    def _changed(self, item: QStandardItem) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            parent = item.parent()
            if parent is None:  # a floor: all its zones follow
                state = item.checkState()
                if state == Qt.CheckState.PartiallyChecked:
                    state = Qt.CheckState.Checked
                    item.setCheckState(state)
                for row in range(item.rowCount()):
                    item.child(row).setCheckState(state)
            else:
                parent.setCheckState(_summary(parent))
        finally:
            self._syncing = False

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for floor in self._floors():
            floor.setCheckState(state)  # zones follow through _changed

    def excluded(self) -> tuple[list[int], list[int]]:
        """(floor ids, zone ids) left unticked: floors without zones, and zones."""
        floors, zones = [], []
        for floor in self._floors():
            if floor.rowCount() == 0:
                if floor.checkState() != Qt.CheckState.Checked:
                    floors.append(int(floor.data(FLOOR_ROLE)))
                continue
            for row in range(floor.rowCount()):
                zone = floor.child(row)
                if zone.checkState() != Qt.CheckState.Checked:
                    zones.append(int(zone.data(ZONE_ROLE)))
        return floors, zones

    def selection(self) -> tuple[list[int] | None, list[int] | None]:
        """`floor_ids`, `zone_ids` for the placement service: (None, None) for everywhere;
        zones only when some zone of a chosen floor is left out."""
        floors_out, zones_out = self.excluded()
        if not floors_out and not zones_out:
            return None, None
        floor_ids: list[int] = []
        zone_ids: list[int] = []
        partial = False
        for floor in self._floors():
            if floor.checkState() == Qt.CheckState.Unchecked:
                continue
            floor_ids.append(int(floor.data(FLOOR_ROLE)))
            for row in range(floor.rowCount()):
                zone = floor.child(row)
                if zone.checkState() == Qt.CheckState.Checked:
                    zone_ids.append(int(zone.data(ZONE_ROLE)))
                else:
                    partial = True
        return floor_ids, (zone_ids if partial else None)


def _summary(floor: QStandardItem) -> Qt.CheckState:
    states = {floor.child(row).checkState() for row in range(floor.rowCount())}
    if states == {Qt.CheckState.Checked}:
        return Qt.CheckState.Checked
    if states == {Qt.CheckState.Unchecked}:
        return Qt.CheckState.Unchecked
    return Qt.CheckState.PartiallyChecked
