"""The changes a floor drawing's import would make, one line each: zones added, renamed or
removed, desks added, moved or removed (kept ones are left out: they do not change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.services.floor_import import FloorImportPlan
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.models.base import RowTableModel

CONTEXT = "FloorChangesModel"

ACTIONS = {
    ("zone", "add"): QT_TRANSLATE_NOOP(CONTEXT, "Zone added"),
    ("zone", "rename"): QT_TRANSLATE_NOOP(CONTEXT, "Zone renamed"),
    ("zone", "reshape"): QT_TRANSLATE_NOOP(CONTEXT, "Zone redrawn"),
    ("zone", "remove"): QT_TRANSLATE_NOOP(CONTEXT, "Zone removed"),
    ("desk", "add"): QT_TRANSLATE_NOOP(CONTEXT, "Desk added"),
    ("desk", "move"): QT_TRANSLATE_NOOP(CONTEXT, "Desk moved"),
    ("desk", "remove"): QT_TRANSLATE_NOOP(CONTEXT, "Desk removed"),
    ("desk", "retire"): QT_TRANSLATE_NOOP(CONTEXT, "Desk out of service (history kept)"),
}
ORDER = list(ACTIONS)


@dataclass(frozen=True)
class FloorChange:
    subject: str  # zone / desk
    action: str
    name: str  # the zone's name or the desk's code
    detail: str  # the old name, where the desk was and goes, its zone


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def changes_of(plan: FloorImportPlan) -> list[FloorChange]:
    rows: list[FloorChange] = []
    for zone in plan.zones:
        if zone.action == "keep":
            continue
        detail = fill(_tr("was %1"), zone.old_name) if zone.action == "rename" else ""
        rows.append(FloorChange("zone", zone.action, zone.name, detail))
    for desk in plan.desks:
        if desk.action == "keep":
            continue
        if desk.action == "move" and desk.old is not None:
            detail = fill(
                _tr("(%1, %2) m → (%3, %4) m"),
                f"{desk.old[0]:.2f}", f"{desk.old[1]:.2f}", f"{desk.x:.2f}", f"{desk.y:.2f}",
            )
        else:
            detail = desk.zone or ""
        rows.append(FloorChange("desk", desk.action, desk.code, detail))
    rows.sort(key=lambda r: (ORDER.index((r.subject, r.action)), r.name))
    return rows


class FloorChangesModel(RowTableModel):
    COL_CHANGE, COL_NAME, COL_DETAIL = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP(CONTEXT, "Change"),
        QT_TRANSLATE_NOOP(CONTEXT, "Zone or desk"),
        QT_TRANSLATE_NOOP(CONTEXT, "Details"),
    )

    def display(self, row: Any, column: int) -> str:
        if column == self.COL_CHANGE:
            return _tr(ACTIONS[(row.subject, row.action)])
        if column == self.COL_NAME:
            return row.name
        return row.detail

    def sort_value(self, row: Any, column: int) -> Any:
        if column == self.COL_CHANGE:
            return ORDER.index((row.subject, row.action))
        return self.display(row, column)
