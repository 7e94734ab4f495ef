"""The floor plan in the light or the dark scheme (planner.palette.LIGHT_PLAN / DARK_PLAN).

The plan's layers paint with module-level colours and pens (made once: a frame must not
build them); switching the scheme sets those objects to the scheme's colours, and the page
then rebuilds its scene so that cached tiles are painted again.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from planner.palette import DARK_PLAN, LIGHT_PLAN, PlanScheme
from ui.floorplan import scene, zones_layer

_current: list[PlanScheme] = [LIGHT_PLAN]


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (its window colour darker than mid-grey)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def current_scheme() -> PlanScheme:
    return _current[0]


def use_plan_scheme(chosen: PlanScheme) -> bool:
    """Paint plans from now on in ``chosen``; False when it was already in use."""
    if chosen is _current[0]:
        return False
    _current[0] = chosen
    for kind, colour in zones_layer.ZONE_FILL.items():
        colour.setRgb(*chosen.zone_fill(kind))
    zones_layer.OTHER_ZONE.setRgb(*chosen.other_zone)
    zones_layer.WALL.setRgb(*chosen.wall)
    zones_layer.FLOOR_FILL.setRgb(*chosen.floor)
    zones_layer.ZONE_TEXT.setRgb(*chosen.zone_text)
    for pen in (zones_layer._WALL_PEN, zones_layer._ZONE_PEN):  # noqa: SLF001 - made once there
        pen.setColor(zones_layer.WALL)
    zones_layer._SERVER_HATCH.setColor(QColor(*chosen.server_hatch))  # noqa: SLF001
    scene.BACKDROP.setRgb(*chosen.backdrop)
    return True


def follow_palette(palette: QPalette) -> bool:
    """The scheme that goes with the window's palette; True when it changed."""
    return use_plan_scheme(DARK_PLAN if is_dark(palette) else LIGHT_PLAN)
