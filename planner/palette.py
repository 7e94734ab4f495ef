"""One palette for the floor plan window, the seating chart, name plates and occupancy charts.

A colour belongs to an organisation's (or a research task's) identity — its id, and for the
partners KT and KAIST their kind — never to its position on a floor or to its name: the same
organisation is the same RGB on every floor, in every document, before and after a rename.

The hues are Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2008). Desk fills
are those hues mixed with white so that dark text on them keeps a WCAG contrast of at least
4.5:1 (tests/planner/test_palette.py computes it for every fill), and the hue itself marks
edges and legend swatches. Colour is never the only signal: every swatch also has a pattern
(its slot taken modulo a number of patterns coprime with the number of hues, so neighbouring
slots differ in both) and organisations carry a short letter badge shown in the legends and on
the desks where there is room.

Plain data only (RGB tuples of 0–255): the window turns them into QColors, reportlab into
its own colours.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

RGB = tuple[int, int, int]

# Okabe & Ito; black is left out (no text would read on it).
VERMILLION: RGB = (213, 94, 0)
BLUE: RGB = (0, 114, 178)
ORANGE: RGB = (230, 159, 0)
BLUISH_GREEN: RGB = (0, 158, 115)
REDDISH_PURPLE: RGB = (204, 121, 167)
SKY_BLUE: RGB = (86, 180, 233)
YELLOW: RGB = (240, 228, 66)

# The partners keep their brand-like hues; every other organisation and every task takes the
# hue of its slot from this cycle.
PARTNER_HUES = {"kt": VERMILLION, "kaist": BLUE}
CYCLE: tuple[RGB, ...] = (ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, YELLOW)
TASK_CYCLE: tuple[RGB, ...] = (
    BLUE,
    ORANGE,
    BLUISH_GREEN,
    VERMILLION,
    REDDISH_PURPLE,
    SKY_BLUE,
    YELLOW,
)

INK: RGB = (29, 35, 43)  # text on every fill
WHITE: RGB = (255, 255, 255)
FILL_TINT = 0.45  # share of white in a fill: light enough for INK, still clearly coloured
PATTERN_ALPHA = 0.45  # strength of a pattern's lines (the hue over the fill)
MIN_CONTRAST = 4.5  # WCAG AA for normal text


class Pattern(enum.StrEnum):
    """What is drawn over a fill, in the swatch's hue, besides the colour."""

    PLAIN = "plain"
    STRIPES = "stripes"  # diagonal lines
    DOTS = "dots"
    GRID = "grid"  # crossed lines


PATTERNS = (Pattern.PLAIN, Pattern.STRIPES, Pattern.DOTS, Pattern.GRID)


@dataclass(frozen=True)
class Swatch:
    fill: RGB  # the desk's, the plate band's, the bar's colour
    hue: RGB  # the strong colour: edges, patterns, legend frames
    ink: RGB  # text drawn on the fill
    pattern: Pattern = Pattern.PLAIN

    @property
    def pattern_colour(self) -> RGB:
        """What a pattern's line looks like over the fill (what text must stand out from)."""
        return mix(self.hue, self.fill, PATTERN_ALPHA)


def mix(colour: RGB, other: RGB, share: float) -> RGB:
    """``colour`` with ``1 - share`` of ``other`` (sRGB, as printers and screens mix)."""
    return tuple(round(c * share + o * (1 - share)) for c, o in zip(colour, other, strict=True))  # type: ignore[return-value]


def _plain(fill: RGB, hue: RGB | None = None) -> Swatch:
    return Swatch(fill, hue or fill, INK)


def _tinted(hue: RGB, pattern: Pattern) -> Swatch:
    return Swatch(mix(WHITE, hue, FILL_TINT), hue, INK, pattern)


# Desks by state, the same everywhere (vacant stays white with a visible outline).
VACANT = _plain((255, 255, 255), (95, 102, 112))
INACTIVE = Swatch((185, 188, 194), (110, 114, 120), INK, Pattern.STRIPES)
OCCUPIED = _plain((159, 184, 207), (58, 111, 176))
HOT = _plain((247, 221, 150), (205, 150, 20))
LEAVING = _plain((240, 160, 130), VERMILLION)
LEAVING_LATER = _plain((250, 205, 120), ORANGE)
STAYING = _plain((190, 210, 228), BLUE)
MOVING = _tinted(BLUISH_GREEN, Pattern.DOTS)  # changes desk soon: the desk frees, the person stays
NO_TASK = _plain((214, 218, 224), (120, 126, 134))
# Out of use on the day (a block, planner.services.availability): cross-hatched, so that it
# reads without colour too; idle (held by someone on leave): dotted over the occupied blue.
OUT_OF_USE = Swatch((236, 200, 190), VERMILLION, INK, Pattern.GRID)
IDLE = Swatch((214, 226, 238), (58, 111, 176), INK, Pattern.DOTS)
# Occupancy charts (the window's and the report's): seats in use against vacant seats, and
# over time the desks out of use and the idle ones.
OCCUPIED_BAR: RGB = (58, 111, 176)
VACANT_BAR: RGB = (201, 214, 230)
BLOCKED_BAR: RGB = VERMILLION
IDLE_BAR: RGB = (150, 180, 214)
ENDED = Swatch((226, 228, 232), (120, 126, 134), INK, Pattern.STRIPES)  # an ended task


def _slot_swatch(slot: int, cycle: tuple[RGB, ...]) -> Swatch:
    # len(cycle) and len(PATTERNS) are coprime: slots next to each other differ in both hue and
    # pattern, and the first len(cycle) * len(PATTERNS) slots are all different.
    return _tinted(cycle[slot % len(cycle)], PATTERNS[slot % len(PATTERNS)])


def organisation_swatch(organisation_id: int, kind: str = "") -> Swatch:
    """The organisation's colours: KT and KAIST by their kind, the others by their id."""
    partner = PARTNER_HUES.get(str(kind).lower())
    if partner is not None:
        return _tinted(partner, Pattern.PLAIN)
    return _slot_swatch(max(organisation_id, 0), CYCLE)


def task_swatch(task_id: int, ended: bool = False) -> Swatch:
    """A research task's colours by its id; an ended task is grey and striped wherever shown."""
    if ended:
        return ENDED
    return _slot_swatch(max(task_id, 0), TASK_CYCLE)


def badges(names: Iterable[tuple[int, str]]) -> dict[int, str]:
    """Per organisation id, the shortest prefix of its name that no other name starts with
    (at most three characters): KT → "KT", KAIST → "KA", 딥보이스랩 → "딥"."""
    named = {key: name.strip() for key, name in names}
    result = {}
    for key, name in named.items():
        others = [n for k, n in named.items() if k != key]
        for length in range(1, 4):
            prefix = name[:length]
            if not any(other.startswith(prefix) for other in others) or length >= len(name):
                break
        result[key] = prefix.upper() if prefix.isascii() else prefix
    return result


# -- contrast (WCAG 2.x) -------------------------------------------------------------------
def _linear(channel: int) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    r, g, b = (_linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def all_swatches() -> list[Swatch]:
    """Every swatch the palette can hand out (for the contrast test)."""
    fixed = [VACANT, INACTIVE, OCCUPIED, HOT, LEAVING, LEAVING_LATER, STAYING, NO_TASK, MOVING, ENDED,
             OUT_OF_USE, IDLE]
    cycles = len(CYCLE) * len(PATTERNS) + len(TASK_CYCLE) * len(PATTERNS)
    return (
        fixed
        + [organisation_swatch(0, kind) for kind in PARTNER_HUES]
        + [organisation_swatch(slot) for slot in range(cycles)]
        + [task_swatch(slot) for slot in range(cycles)]
    )


# -- the floor plan's own colours, light and dark ------------------------------------------
@dataclass(frozen=True)
class PlanScheme:
    """Everything of the floor plan that is not a desk: the desks keep their swatches (light
    fills, dark ink, labels on chips of the fill) in both schemes, so they read the same on
    a light and on a dark floor."""

    backdrop: RGB  # around the floor
    floor: RGB
    wall: RGB  # outer walls and zone outlines
    zone_text: RGB  # zone names, drawn on the zone's fill
    server_hatch: RGB
    zones: tuple[tuple[str, RGB], ...]  # fill per zone kind
    other_zone: RGB  # a kind without its own fill

    def zone_fill(self, kind: str) -> RGB:
        return dict(self.zones).get(kind, self.other_zone)


LIGHT_PLAN = PlanScheme(
    backdrop=(223, 227, 232),
    floor=(251, 251, 250),
    wall=(74, 85, 98),
    zone_text=(54, 64, 76),
    server_hatch=(197, 202, 209),
    zones=(
        ("open_office", (238, 243, 248)),
        ("private_office", (244, 239, 230)),
        ("lab", (234, 245, 236)),
        ("meeting", (243, 236, 247)),
        ("server_room", (230, 232, 235)),
        ("startup", (253, 243, 225)),
    ),
    other_zone=(240, 240, 240),
)
DARK_PLAN = PlanScheme(
    backdrop=(22, 25, 29),
    floor=(36, 40, 46),
    wall=(146, 156, 170),
    zone_text=(226, 231, 238),
    server_hatch=(88, 94, 104),
    zones=(
        ("open_office", (38, 48, 60)),
        ("private_office", (54, 48, 38)),
        ("lab", (36, 54, 42)),
        ("meeting", (50, 40, 58)),
        ("server_room", (46, 48, 52)),
        ("startup", (60, 52, 34)),
    ),
    other_zone=(44, 46, 50),
)


def plan_text_pairs(scheme: PlanScheme) -> list[tuple[RGB, RGB]]:
    """(text, background) of every text the plan draws outside the desks (for the contrast
    test): zone names on each zone's fill and on the floor."""
    return [(scheme.zone_text, fill) for _kind, fill in scheme.zones] + [
        (scheme.zone_text, scheme.other_zone),
        (scheme.zone_text, scheme.floor),
    ]
