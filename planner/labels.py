"""What is written on each desk of a plan — the window's at every zoom, the printed chart's at
every paper size — without two labels ever touching.

Each desk owns a *label cell*: a rectangle centred on the desk, as wide and tall as its
neighbours leave (floor metres, the same at every zoom). Cells never overlap — a desk takes at
most half the distance to any neighbour whose cell could reach it (see ``label_cells``) — and
a label is only drawn when its measured text fits inside its desk's cell, so labels cannot
overlap either, whatever the layout, and every tile of the plan can be drawn on its own.
The window (ui.floorplan) and the seating chart (planner.export.reports.seating) both place
their labels here, each measuring text in its own units (screen pixels, points).

For each desk the richest text that fits its cell at a legible size is chosen: the full name
over the desk code, the full name, the Korean given name (or the English initials), … — so at
"fit floor" every seated person shows at least a short name, growing to the full name and
code when zooming in. ``LabelMode`` chooses names, desk codes or teams.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.services.floorplan import DeskSpot

# Text sizes in screen pixels; below MIN_PX Hangul stops being legible.
MIN_PX = 9
MAX_PX = 14
CODE_PX_BELOW = 2  # the second line (a desk code) is this much smaller than the name
PAD_PX = 1.0  # kept free inside a cell around the text
# How far a label may reach from its desk's centre when nothing is near (metres).
HALF_WIDTH_CAP_M = 1.2
HALF_HEIGHT_CAP_M = 0.8
# Two-syllable surnames; a Korean given name is what follows the surname.
COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방")

# text, bold -> width per pixel of text size (advances scale with the size: fonts are drawn
# unhinted); pixels, bold -> the height of a line
Measure = Callable[[str, bool], float]
LineHeight = Callable[[float, bool], float]


class LabelMode(enum.StrEnum):
    NAME = "name"  # who sits there
    DESK = "desk"  # the desk code
    TEAM = "team"  # the research task (or organisation) and the name


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]  # the first in bold (a name), the rest smaller
    pixels: float  # the first line's text size (screen pixels in the window, points on paper)
    width: float  # screen pixels
    height: float


def preferred_pixels(desk_px: float) -> int:
    """The name's text size for a desk ``desk_px`` pixels long: larger as one zooms in."""
    return max(MIN_PX + 1, min(MAX_PX, round(8 + desk_px * 0.06)))


def given_name(name_ko: str) -> str:
    """The Korean given name: 김민수 → 민수, 남궁민 → 민; a two-syllable name stays whole."""
    for surname in COMPOUND_SURNAMES:
        if name_ko.startswith(surname) and len(name_ko) > len(surname):
            return name_ko[len(surname) :]
    return name_ko[1:] if len(name_ko) >= 3 else name_ko


def initials(name_en: str) -> str:
    """Min-su Kim → MK: the first letter of the given name and of the surname."""
    words = name_en.split()
    if len(words) <= 1:
        return name_en[:2]
    return (words[0][:1] + words[-1][:1]).upper()


def text_forms(desk: DeskSpot, mode: LabelMode, english: bool) -> list[tuple[str, ...]]:
    """The desk's possible labels, richest first; empty for a desk nobody uses."""
    occupant = desk.occupant
    if mode == LabelMode.DESK or occupant is None:
        number = desk.code.rsplit("-", 1)[-1]
        return [(desk.code,), (number,)] if number != desk.code else [(desk.code,)]
    more = f" +{len(desk.occupants) - 1}" if len(desk.occupants) > 1 else ""
    if english and occupant.name_en:
        full, short = occupant.name_en, occupant.name_en.split()[0]
        tiny = initials(occupant.name_en)
    else:
        full, short = occupant.name_ko, given_name(occupant.name_ko)
        tiny = short
    if mode == LabelMode.TEAM:
        team = occupant.task_codes[0] if occupant.task_codes else occupant.organisation
        return [(team, full + more), (team, short), (team,)]
    forms = [(full + more, desk.code), (full + more,), (short + more,), (short,), (tiny,)]
    return list(dict.fromkeys(forms))  # the same form once


def fit_label(
    forms: Sequence[tuple[str, ...]],
    cell_w: float,
    cell_h: float,
    sizes: Sequence[float],
    measure: Measure,
    line_height: LineHeight,
    bold_first: bool = True,
    second: Callable[[float], float] | None = None,
    pad: float = PAD_PX,
) -> Label | None:
    """The richest form that fits a ``cell_w`` × ``cell_h`` cell, at the largest of ``sizes``
    (largest first); None when nothing legible fits. Later lines take ``second(size)``
    (default: CODE_PX_BELOW smaller, never below the smallest size)."""
    room_w, room_h = cell_w - 2 * pad, cell_h - 2 * pad
    if room_w <= 0 or room_h <= 0 or not sizes:
        return None
    if second is None:
        floor = min(sizes)
        second = lambda size: max(floor, size - CODE_PX_BELOW)  # noqa: E731 - a default
    for form in forms:
        first = measure(form[0], bold_first)
        rest = max((measure(line, False) for line in form[1:]), default=0.0)
        for size in sizes:
            small = second(size)
            width = max(first * size, rest * small)
            if width > room_w:
                continue
            height = line_height(size, bold_first) + line_height(small, False) * (len(form) - 1)
            if height <= room_h:
                return Label(form, size, width, height)
    return None


def label_cell(
    i: int,
    centres: Sequence[tuple[float, float]],
    neighbours: Callable[[int], Sequence[int]],
    halves_h: dict[int, float],
    half_w_cap: float,
    half_h_cap: float,
    column: float,
) -> tuple[float, float]:
    """The half width and half height of desk ``i``'s label cell (the units of ``centre``).

    Heights first: half the vertical distance to any desk above or below (horizontally nearer
    than ``column``, a desk's width). Then widths: half the horizontal distance to any desk
    whose cell shares height with this one. For any two desks either their heights do not
    meet, or each width is at most half their horizontal distance: cells never overlap.
    ``neighbours(i)`` gives every desk within two caps of desk ``i`` (more is harmless);
    ``halves_h`` memoises heights between calls."""

    def half_h(k: int) -> float:
        found = halves_h.get(k)
        if found is None:
            x, y = centres[k]
            found = half_h_cap
            for j in neighbours(k):
                if j != k:
                    cx, cy = centres[j]
                    dy = abs(cy - y)
                    if abs(cx - x) < column and dy / 2 < found:
                        found = dy / 2
            halves_h[k] = found
        return found

    x, y = centres[i]
    mine, width = half_h(i), half_w_cap
    for j in neighbours(i):
        if j != i:
            cx, cy = centres[j]
            dx = abs(cx - x)
            if dx / 2 < width and abs(cy - y) < mine + half_h(j):
                width = dx / 2
    return width, mine


def label_cells(
    centres: Sequence[tuple[float, float]],
    neighbours: Callable[[int], Sequence[int]],
    half_w_cap: float,
    half_h_cap: float,
    column: float,
) -> list[tuple[float, float]]:
    """Every desk's label cell (see ``label_cell``)."""
    halves_h: dict[int, float] = {}
    return [
        label_cell(i, centres, neighbours, halves_h, half_w_cap, half_h_cap, column)
        for i in range(len(centres))
    ]


def label_cells_of(
    centres: Sequence[tuple[float, float]],
    half_w_cap: float,
    half_h_cap: float,
    column: float,
) -> list[tuple[float, float]]:
    """Every desk's label cell, neighbours found through a grid as fine as the cells' reach."""
    step = 2 * max(half_w_cap, half_h_cap)
    grid: dict[tuple[int, int], list[int]] = {}
    for j, (x, y) in enumerate(centres):
        grid.setdefault((int(x // step), int(y // step)), []).append(j)

    def near(i: int) -> list[int]:
        cx, cy = int(centres[i][0] // step), int(centres[i][1] // step)
        return [
            j
            for gx in (cx - 1, cx, cx + 1)
            for gy in (cy - 1, cy, cy + 1)
            for j in grid.get((gx, gy), ())
        ]

    return label_cells(centres, near, half_w_cap, half_h_cap, column)
