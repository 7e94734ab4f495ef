"""Colour modes of the floor plan and their legend.

A mode turns each desk into a small integer key; keys index a palette shared by the desk
layer (one brush per key, one batched draw per key) and the legend (swatch, label, count).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from planner.services.floorplan import DeskSpot

CONTEXT = "FloorPlanColours"
MOVE_OUT_DAYS = 30


class ColourMode(enum.StrEnum):
    ORGANISATION = "organisation"
    TASK = "task"
    VACANCY = "vacancy"
    MOVE_OUT = "move_out"


def mode_label(mode: ColourMode) -> str:
    text = {
        ColourMode.ORGANISATION: QT_TRANSLATE_NOOP("FloorPlanColours", "By organisation"),
        ColourMode.TASK: QT_TRANSLATE_NOOP("FloorPlanColours", "By research task"),
        ColourMode.VACANCY: QT_TRANSLATE_NOOP("FloorPlanColours", "Vacancy"),
        ColourMode.MOVE_OUT: QT_TRANSLATE_NOOP("FloorPlanColours", "Moving out within 30 days"),
    }[mode]
    return QCoreApplication.translate(CONTEXT, text)


# Fixed keys shared by every mode; categories (organisations, tasks) follow from FIRST_CATEGORY.
VACANT, INACTIVE, OCCUPIED, HOT, LEAVING, LEAVING_LATER, STAYING, NO_TASK = range(8)
FIRST_CATEGORY = 8

FIXED_COLOURS = {
    VACANT: QColor("#ffffff"),
    INACTIVE: QColor("#b9bcc2"),
    OCCUPIED: QColor("#5b7fa6"),
    HOT: QColor("#f2c14e"),
    LEAVING: QColor("#e4572e"),
    LEAVING_LATER: QColor("#f3a712"),
    STAYING: QColor("#9fb8cf"),
    NO_TASK: QColor("#c9ced6"),
}

# A qualitative palette (Tableau 20, reordered so neighbours differ) for organisations and
# tasks; with more categories than colours the palette repeats and the legend says so.
CATEGORY_COLOURS = [
    QColor(c)
    for c in (
        "#4e79a7",
        "#f28e2b",
        "#59a14f",
        "#e15759",
        "#b07aa1",
        "#76b7b2",
        "#edc948",
        "#ff9da7",
        "#9c755f",
        "#a0cbe8",
        "#ffbe7d",
        "#8cd17d",
        "#f1ce63",
        "#86bcb6",
        "#d37295",
        "#fabfd2",
        "#d4a6c8",
        "#79706e",
        "#bab0ac",
        "#499894",
    )
]
# Organisations the institute always has keep their colour on every floor and every day.
KNOWN_ORGANISATIONS = {"KT": QColor("#e4002b"), "KAIST": QColor("#1f4e9c")}


@dataclass(frozen=True)
class LegendEntry:
    key: int
    label: str
    colour: QColor
    count: int


@dataclass(frozen=True)
class Colouring:
    keys: tuple[int, ...]  # one per desk, in the order given
    palette: tuple[QColor, ...]  # indexed by key
    legend: tuple[LegendEntry, ...]


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white: desk fills stay light enough for dark text on top."""
    return QColor.fromRgbF(
        colour.redF() + (1 - colour.redF()) * amount,
        colour.greenF() + (1 - colour.greenF()) * amount,
        colour.blueF() + (1 - colour.blueF()) * amount,
    )


def _palette(extra: Sequence[QColor]) -> tuple[QColor, ...]:
    return tuple(FIXED_COLOURS[k] for k in range(FIRST_CATEGORY)) + tuple(
        tint(c, 0.3) for c in extra
    )


def colour_desks(desks: Sequence[DeskSpot], mode: ColourMode, day: dt.date) -> Colouring:
    """Keys, palette and legend of ``desks`` on ``day`` in ``mode``."""
    if mode == ColourMode.VACANCY:
        keys = tuple(
            INACTIVE
            if not d.active
            else OCCUPIED
            if d.occupants
            else HOT
            if d.kind == "hot"
            else VACANT
            for d in desks
        )
        labels = [
            (OCCUPIED, QCoreApplication.translate("FloorPlanColours", "Occupied")),
            (VACANT, QCoreApplication.translate("FloorPlanColours", "Vacant")),
            (HOT, QCoreApplication.translate("FloorPlanColours", "Vacant hot desk")),
            (INACTIVE, QCoreApplication.translate("FloorPlanColours", "Out of service")),
        ]
        return _finish(keys, _palette(()), labels)
    if mode == ColourMode.MOVE_OUT:
        soon = day + dt.timedelta(days=MOVE_OUT_DAYS)

        def key(d: DeskSpot) -> int:
            if not d.active:
                return INACTIVE
            ends = [o.end for o in d.occupants if o.end is not None]
            if not d.occupants:
                return VACANT
            if ends and min(ends) <= soon:
                return LEAVING
            return LEAVING_LATER if ends else STAYING

        keys = tuple(key(d) for d in desks)
        labels = [
            (LEAVING, QCoreApplication.translate("FloorPlanColours", "Moving out within 30 days")),
            (LEAVING_LATER, QCoreApplication.translate("FloorPlanColours", "Moving out later")),
            (STAYING, QCoreApplication.translate("FloorPlanColours", "No move-out date")),
            (VACANT, QCoreApplication.translate("FloorPlanColours", "Vacant")),
            (INACTIVE, QCoreApplication.translate("FloorPlanColours", "Out of service")),
        ]
        return _finish(keys, _palette(()), labels)

    # Categories: organisation, or the occupant's first research task.
    if mode == ColourMode.ORGANISATION:
        names = sorted(
            {o.organisation for d in desks for o in d.occupants[:1]},
            key=lambda n: (n not in KNOWN_ORGANISATIONS, n),
        )
    else:
        names = sorted({o.task_codes[0] for d in desks for o in d.occupants[:1] if o.task_codes})
    index = {name: FIRST_CATEGORY + i for i, name in enumerate(names)}
    extra, spare = [], 0
    for name in names:
        known = KNOWN_ORGANISATIONS.get(name) if mode == ColourMode.ORGANISATION else None
        if known is not None:
            extra.append(known)
        else:
            extra.append(CATEGORY_COLOURS[spare % len(CATEGORY_COLOURS)])
            spare += 1

    if mode == ColourMode.ORGANISATION:
        keys = tuple(
            INACTIVE
            if not d.active
            else index[d.occupants[0].organisation]
            if d.occupants
            else VACANT
            for d in desks
        )
    else:
        keys = tuple(
            INACTIVE
            if not d.active
            else VACANT
            if not d.occupants
            else index[d.occupants[0].task_codes[0]]
            if d.occupants[0].task_codes
            else NO_TASK
            for d in desks
        )
    labels = [(index[n], n) for n in names]
    if mode == ColourMode.TASK:
        labels.append((NO_TASK, QCoreApplication.translate("FloorPlanColours", "No research task")))
    labels += [
        (VACANT, QCoreApplication.translate("FloorPlanColours", "Vacant")),
        (INACTIVE, QCoreApplication.translate("FloorPlanColours", "Out of service")),
    ]
    return _finish(keys, _palette(extra), labels)


def _finish(keys: tuple[int, ...], palette: tuple[QColor, ...], labels) -> Colouring:
    counts = Counter(keys)
    legend = tuple(
        LegendEntry(key, label, palette[key], counts.get(key, 0))
        for key, label in labels
        if counts.get(key, 0) or key in (VACANT, OCCUPIED, LEAVING)
    )
    return Colouring(keys, palette, legend)


class Swatch(QWidget):
    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setFixedSize(QSize(16, 12))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#5f6670"), 1))
        painter.setBrush(self._colour)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class LegendWidget(QWidget):
    """Swatch, label and count per legend entry; the most used categories first."""

    MAX_ROWS = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.entries: tuple[LegendEntry, ...] = ()

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, even before the event loop deletes it
                item.widget().deleteLater()
        self.entries = tuple(entries)
        shown = list(entries)
        hidden = 0
        if len(shown) > self.MAX_ROWS:
            categories = sorted(
                (e for e in shown if e.key >= FIRST_CATEGORY), key=lambda e: -e.count
            )
            fixed = [e for e in shown if e.key < FIRST_CATEGORY]
            keep = categories[: self.MAX_ROWS - len(fixed)]
            hidden = len(categories) - len(keep)
            shown = keep + fixed
        for row, entry in enumerate(shown):
            label = QLabel(entry.label)
            label.setToolTip(entry.label)
            count = QLabel(str(entry.count))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(Swatch(entry.colour), row, 0)
            self._grid.addWidget(label, row, 1)
            self._grid.addWidget(count, row, 2)
        if hidden:
            more = QLabel(
                QCoreApplication.translate("FloorPlanColours", "… and %1 more").replace(
                    "%1", str(hidden)
                )
            )
            more.setEnabled(False)
            self._grid.addWidget(more, len(shown), 1, 1, 2)
        self._grid.setColumnStretch(1, 1)
