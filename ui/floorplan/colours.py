"""Colour modes of the floor plan and their legend.

A mode turns each desk into a small integer key; keys index swatches (planner.palette, the
same for the documents) shared by the desk layer (one brush per key, one batched draw per
key, a pattern over it) and the legend (swatch, badge, label, people and desks).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from planner import palette
from planner.services.floorplan import DeskSpot
from planner.services.swatches import Swatches
from ui.i18n import current_language, fill, in_language

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
VACANT, INACTIVE, OCCUPIED, HOT, LEAVING, LEAVING_LATER, STAYING, NO_TASK, MOVING = range(9)
OUT_OF_USE, IDLE = 9, 10  # a block on the day (every mode); held by someone on leave (vacancy)
FIRST_CATEGORY = 11

# The states' swatches come from the one palette (planner.palette), as the documents' do.
FIXED_SWATCHES: dict[int, palette.Swatch] = {
    VACANT: palette.VACANT,
    INACTIVE: palette.INACTIVE,
    OCCUPIED: palette.OCCUPIED,
    HOT: palette.HOT,
    LEAVING: palette.LEAVING,
    LEAVING_LATER: palette.LEAVING_LATER,
    STAYING: palette.STAYING,
    NO_TASK: palette.NO_TASK,
    MOVING: palette.MOVING,
    OUT_OF_USE: palette.OUT_OF_USE,
    IDLE: palette.IDLE,
}


def qcolor(rgb: palette.RGB) -> QColor:
    return QColor(*rgb)


@dataclass(frozen=True)
class LegendEntry:
    key: int
    label: str
    swatch: palette.Swatch
    count: int  # people for organisations and tasks; desks for the states
    desks: int  # desks shown in this entry's colour
    badge: str = ""

    @property
    def colour(self) -> QColor:
        return qcolor(self.swatch.fill)

    @property
    def counts_people(self) -> bool:
        return self.key >= FIRST_CATEGORY


@dataclass(frozen=True)
class Colouring:
    keys: tuple[int, ...]  # one per desk, in the order given
    swatches: tuple[palette.Swatch, ...]  # indexed by key
    legend: tuple[LegendEntry, ...]

    @property
    def palette(self) -> tuple[QColor, ...]:
        return tuple(qcolor(s.fill) for s in self.swatches)


def _swatches(extra: Sequence[palette.Swatch]) -> tuple[palette.Swatch, ...]:
    return tuple(FIXED_SWATCHES[k] for k in range(FIRST_CATEGORY)) + tuple(extra)


def colour_desks(
    desks: Sequence[DeskSpot],
    mode: ColourMode,
    day: dt.date,
    swatches: Swatches | None = None,
) -> Colouring:
    """Keys, swatches and legend of ``desks`` on ``day`` in ``mode``; organisations and tasks
    take their swatch from ``swatches`` (planner.services.swatches), keyed by identity.
    A desk out of use on the day is hatched as such in every mode; in the vacancy mode a
    desk whose holders are all on leave is idle (not vacant)."""
    colouring = _colour_desks(desks, mode, day, swatches)
    out = [i for i, d in enumerate(desks) if d.out_of_use and d.active]
    idle = [i for i, d in enumerate(desks) if mode == ColourMode.VACANCY and d.active and d.idle]
    if not out and not idle:
        return colouring
    keys = list(colouring.keys)
    for i in idle:
        keys[i] = IDLE
    for i in out:
        keys[i] = OUT_OF_USE
    counts = Counter(keys)
    legend = [
        replace(e, count=counts.get(e.key, 0) if not e.counts_people else e.count,
                desks=counts.get(e.key, 0))
        for e in colouring.legend
    ]
    for key, text in (
        (IDLE, QT_TRANSLATE_NOOP("FloorPlanColours", "Idle (holder on leave)")),
        (OUT_OF_USE, QT_TRANSLATE_NOOP("FloorPlanColours", "Out of use")),
    ):
        if counts.get(key):
            label = QCoreApplication.translate(CONTEXT, text)
            legend.append(LegendEntry(key, label, FIXED_SWATCHES[key], counts[key], counts[key]))
    return Colouring(tuple(keys), colouring.swatches, tuple(legend))


def _colour_desks(
    desks: Sequence[DeskSpot],
    mode: ColourMode,
    day: dt.date,
    swatches: Swatches | None = None,
) -> Colouring:
    swatches = swatches or Swatches()
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
        return _finish(keys, _swatches(()), labels)
    if mode == ColourMode.MOVE_OUT:
        soon = day + dt.timedelta(days=MOVE_OUT_DAYS)

        def key(d: DeskSpot) -> int:
            # A seat that ends in a move (the person sits elsewhere the next day) is not a
            # move-out: the Reports page and the occupancy report say the same
            # (planner.services.moves), so the plan shows it as a change of desk.
            if not d.active:
                return INACTIVE
            if not d.occupants:
                return VACANT
            leaving = [o.end for o in d.occupants if o.moves_out]
            if leaving and min(leaving) <= soon:
                return LEAVING
            moving = [o.end for o in d.occupants if o.end is not None and not o.moves_out]
            if moving and min(moving) <= soon:
                return MOVING
            return LEAVING_LATER if leaving else STAYING

        keys = tuple(key(d) for d in desks)
        labels = [
            (LEAVING, QCoreApplication.translate("FloorPlanColours", "Moving out within 30 days")),
            (MOVING, QCoreApplication.translate("FloorPlanColours", "Changing desks within 30 days")),
            (LEAVING_LATER, QCoreApplication.translate("FloorPlanColours", "Moving out later")),
            (STAYING, QCoreApplication.translate("FloorPlanColours", "No move-out date")),
            (VACANT, QCoreApplication.translate("FloorPlanColours", "Vacant")),
            (INACTIVE, QCoreApplication.translate("FloorPlanColours", "Out of service")),
        ]
        return _finish(keys, _swatches(()), labels)

    # Categories: the first occupant's organisation, or that occupant's first research task.
    if mode == ColourMode.ORGANISATION:
        names = {
            o.organisation_id: in_language(o.organisation, o.organisation_en)
            for d in desks
            for o in d.occupants
        }
        ids = sorted(names, key=lambda i: names[i])
        index = {oid: FIRST_CATEGORY + n for n, oid in enumerate(ids)}
        extra = [swatches.organisation(oid) for oid in ids]
        keys = tuple(
            INACTIVE
            if not d.active
            else index[d.occupants[0].organisation_id]
            if d.occupants
            else VACANT
            for d in desks
        )
        badges = swatches.badges_en if current_language() == "en" else swatches.badges
        labels = [(index[oid], names[oid], badges.get(oid, "")) for oid in ids]
        people = Counter(
            index[o.organisation_id]
            for o in {o.person_id: o for d in desks for o in d.occupants}.values()
        )

    else:
        codes = sorted({c for d in desks for o in d.occupants for c in o.task_codes[:1]})
        index = {code: FIRST_CATEGORY + n for n, code in enumerate(codes)}
        extra = [swatches.task(code) for code in codes]
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
        ended = QCoreApplication.translate("FloorPlanColours", "%1 (ended)")
        labels = [
            (index[c], ended.replace("%1", c) if c in swatches.ended_tasks else c, "")
            for c in codes
        ]
        labels.append(
            (NO_TASK, QCoreApplication.translate("FloorPlanColours", "No research task"), "")
        )
        people = Counter(
            index[o.task_codes[0]] if o.task_codes else NO_TASK
            for o in {o.person_id: o for d in desks for o in d.occupants}.values()
        )

    labels += [
        (VACANT, QCoreApplication.translate("FloorPlanColours", "Vacant"), ""),
        (INACTIVE, QCoreApplication.translate("FloorPlanColours", "Out of service"), ""),
    ]
    return _finish(keys, _swatches(extra), labels, people)


def _finish(
    keys: tuple[int, ...],
    swatches: tuple[palette.Swatch, ...],
    labels: Sequence[tuple],
    people: Counter | None = None,
) -> Colouring:
    """The legend: per entry its desks, and for organisations and tasks the people seated."""
    desks = Counter(keys)
    entries = []
    for label in labels:
        key, text, badge = label if len(label) == 3 else (*label, "")
        count = desks.get(key, 0)
        if not count and key not in (VACANT, OCCUPIED, LEAVING):
            continue
        counted = (
            people.get(key, 0) if people is not None and key not in (VACANT, INACTIVE) else count
        )
        entries.append(LegendEntry(key, text, swatches[key], counted, count, badge))
    return Colouring(keys, swatches, tuple(entries))


PATTERN_STYLES = {
    palette.Pattern.STRIPES: Qt.BrushStyle.BDiagPattern,
    palette.Pattern.DOTS: Qt.BrushStyle.Dense6Pattern,
    palette.Pattern.GRID: Qt.BrushStyle.CrossPattern,
}


def pattern_brush(swatch: palette.Swatch) -> QBrush | None:
    """The swatch's pattern as a brush drawn over its fill (None: a plain swatch)."""
    style = PATTERN_STYLES.get(swatch.pattern)
    return None if style is None else QBrush(qcolor(swatch.pattern_colour), style)


class SwatchMark(QWidget):
    """A legend swatch: the fill, its pattern and a frame in the hue."""

    def __init__(self, swatch: palette.Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = swatch
        self.setFixedSize(QSize(18, 13))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        box = self.rect().adjusted(0, 0, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(self.swatch.fill))
        painter.drawRect(box)
        brush = pattern_brush(self.swatch)
        if brush is not None:
            painter.setBrush(brush)
            painter.drawRect(box)
        painter.setPen(QPen(qcolor(self.swatch.hue), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)


class LegendWidget(QWidget):
    """Swatch, badge and label, people and (desks) per entry; the most used categories first.

    Entries flow in as many columns as the width allows (the legend sits under the plan)."""

    MAX_ROWS = 24  # entries shown at most; the rest are summed up in "… and N more"
    COLUMN_WIDTH = 200
    PARTS = 4  # swatch, label, count, (desks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(2, 2, 2, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.entries: tuple[LegendEntry, ...] = ()
        self._columns = 0

    def _columns_for(self, width: int) -> int:
        return max(1, width // self.COLUMN_WIDTH)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._columns_for(event.size().width()) != self._columns:
            self.set_entries(self.entries)

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, even before the event loop deletes it
                item.widget().deleteLater()
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
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
        self._columns = columns = self._columns_for(self.width())
        rows = -(-len(shown) // columns) if shown else 0
        for n, entry in enumerate(shown):
            # Down the first column, then the next: the legend reads like a list.
            row, first = n % rows, (n // rows) * (self.PARTS + 1)
            text = f"<b>{entry.badge}</b> {entry.label}" if entry.badge else entry.label
            label = QLabel(text)
            count = QLabel(str(entry.count))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(SwatchMark(entry.swatch), row, first)
            self._grid.addWidget(label, row, first + 1)
            self._grid.addWidget(count, row, first + 2)
            if entry.counts_people:
                # People first (what the legend is read for), their desks in brackets.
                desks = QLabel(f"({entry.desks})")
                desks.setEnabled(False)
                self._grid.addWidget(desks, row, first + 3)
                tip = fill(
                    QCoreApplication.translate("FloorPlanColours", "%1: %2 people at %3 desks"),
                    entry.label,
                    entry.count,
                    entry.desks,
                )
            else:
                tip = fill(
                    QCoreApplication.translate("FloorPlanColours", "%1: %2 desks"),
                    entry.label,
                    entry.count,
                )
            for widget in (label, count):
                widget.setToolTip(tip)
        for column in range(min(columns, max(len(shown), 1))):
            self._grid.setColumnStretch(column * (self.PARTS + 1) + 1, 1)
        if hidden:
            more = QLabel(
                QCoreApplication.translate("FloorPlanColours", "… and %1 more").replace(
                    "%1", str(hidden)
                )
            )
            more.setEnabled(False)
            self._grid.addWidget(more, rows, 1, 1, self.PARTS)
