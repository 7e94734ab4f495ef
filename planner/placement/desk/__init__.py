"""Desk-level auto-placement: seat people so that research teams sit together.

Pure: plain dataclasses in (`DeskSpot`, `Candidate`, `PlacementOptions`), a
`PlacementResult` out, no database and no Qt.
"""

from .explain import pair_bound
from .model import (
    Candidate,
    DeskSpot,
    Move,
    PlacementOptions,
    PlacementProgress,
    PlacementResult,
    TeamExplanation,
    Unplaced,
)
from .solver import place_people, place_people_steps

__all__ = [
    "Candidate",
    "DeskSpot",
    "Move",
    "PlacementOptions",
    "PlacementProgress",
    "PlacementResult",
    "TeamExplanation",
    "Unplaced",
    "pair_bound",
    "place_people",
    "place_people_steps",
]
