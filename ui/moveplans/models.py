"""The move plans screen's lists: plans, the moves of one plan, and the two choosers' lists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from planner.models import MovePlanStatus
from planner.services.floorplan import PersonRow, PlanMove
from planner.services.move_plan_checks import MoveProblem
from planner.services.move_plans import PlanSummary
from planner.services.queries import SeatRow
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.models.base import Index, RowTableModel, date_text
from ui.moveplans.problems import problem_text


class PlanTableModel(RowTableModel):
    COL_NAME = 0
    COL_DATE = 1
    COL_STATE = 2
    COL_MOVES = 3
    COL_CREATED_BY = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTableModel", "Plan"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Effective date"),
        QT_TRANSLATE_NOOP("PlanTableModel", "State"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Moves"),
        QT_TRANSLATE_NOOP("PlanTableModel", "Created by"),
    )
    NUMERIC_COLUMNS = frozenset({COL_MOVES})

    def display(self, row: PlanSummary, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_DATE:
            return date_text(row.effective_date)
        if column == self.COL_STATE:
            return label(MovePlanStatus, row.status)
        if column == self.COL_MOVES:
            return str(row.moves)
        if column == self.COL_CREATED_BY:
            return row.created_by
        return ""

    def sort_value(self, row: PlanSummary, column: int) -> Any:
        if column == self.COL_MOVES:
            return row.moves
        return self.display(row, column)

    def key(self, row: PlanSummary) -> str:
        return row.status

    def tooltip(self, row: PlanSummary, column: int) -> str | None:
        return row.note or None

    def row_of(self, plan_id: int | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == plan_id), -1)


@dataclass(frozen=True)
class MoveRow:
    """One planned move with what the last validation found wrong with it."""

    move: PlanMove
    problems: tuple[MoveProblem, ...] = ()


class MoveTableModel(RowTableModel):
    COL_PERSON = 0
    COL_FROM = 1
    COL_TO = 2
    COL_PROBLEMS = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("MoveTableModel", "Person"),
        QT_TRANSLATE_NOOP("MoveTableModel", "From desk"),
        QT_TRANSLATE_NOOP("MoveTableModel", "To desk"),
        QT_TRANSLATE_NOOP("MoveTableModel", "Problems"),
    )

    def display(self, row: MoveRow, column: int) -> str:
        move = row.move
        if column == self.COL_PERSON:
            return move.name_ko
        if column == self.COL_FROM:
            return move.from_code or QCoreApplication.translate("MoveTableModel", "no desk")
        if column == self.COL_TO:
            return move.to_code or QCoreApplication.translate("MoveTableModel", "release")
        if column == self.COL_PROBLEMS:
            return " ".join(problem_text(p) for p in row.problems)
        return ""

    PROBLEM_COLOUR = QBrush(QColor("#b3261e"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A move with a problem reads in red, so it is found at a glance in a long plan.
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and 0 <= index.row() < len(self._rows):
                return self.PROBLEM_COLOUR if self._rows[index.row()].problems else None
            return None
        return super().data(index, role)

    def tooltip(self, row: MoveRow, column: int) -> str | None:
        if column == self.COL_PROBLEMS and row.problems:
            return "\n".join(problem_text(p) for p in row.problems)
        return None

    def problem_count(self) -> int:
        return sum(len(r.problems) for r in self._rows)


class PersonChoiceModel(RowTableModel):
    """People to choose for a move, with their desk on the plan's date."""

    COL_NAME = 0
    COL_ORGANISATION = 1
    COL_DESK = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("PersonChoiceModel", "Name"),
        QT_TRANSLATE_NOOP("PersonChoiceModel", "Organisation"),
        QT_TRANSLATE_NOOP("PersonChoiceModel", "Desk on that day"),
    )

    def display(self, row: PersonRow, column: int) -> str:
        if column == self.COL_NAME:
            return f"{row.name_ko} ({row.name_en})" if row.name_en else row.name_ko
        if column == self.COL_ORGANISATION:
            return row.organisation
        if column == self.COL_DESK:
            return row.desk_code or ""
        return ""

    def search_text(self, row: PersonRow) -> str:
        return " ".join(
            (row.name_ko, row.name_en, row.email, row.organisation, row.desk_code or "")
        )


class DeskChoiceModel(RowTableModel):
    """Desks in service to move to, with who sits there on the plan's date."""

    COL_DESK = 0
    COL_FLOOR = 1
    COL_ZONE = 2
    COL_OCCUPANT = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("DeskChoiceModel", "Desk"),
        QT_TRANSLATE_NOOP("DeskChoiceModel", "Floor"),
        QT_TRANSLATE_NOOP("DeskChoiceModel", "Zone"),
        QT_TRANSLATE_NOOP("DeskChoiceModel", "Occupant on that day"),
    )

    def display(self, row: SeatRow, column: int) -> str:
        if column == self.COL_DESK:
            return row.desk_code
        if column == self.COL_FLOOR:
            return row.floor_name
        if column == self.COL_ZONE:
            return row.zone_name
        if column == self.COL_OCCUPANT:
            return row.name_ko or ""
        return ""
