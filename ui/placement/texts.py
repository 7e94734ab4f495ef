"""The engine's stages and refusals in the user's language.

The placement service says why someone got no desk in structured form
(`UnplacedPerson.why` and its numbers); the sentences are made here so that they read
naturally in Korean, not word-for-word from the English of the CLI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.placement.desk import model as stages
from planner.placement.desk.rules import PROFESSOR, STARTUP_MEMBER
from planner.services import placement
from planner.services.placement import UnplacedPerson
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.placement.job import READING

CONTEXT = "PlacementTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


_STAGES = {
    READING: QT_TRANSLATE_NOOP("PlacementTexts", "Reading desks and people…"),
    stages.CHECKING: QT_TRANSLATE_NOOP("PlacementTexts", "Checking which desks suit whom…"),
    stages.CONSTRUCTING: QT_TRANSLATE_NOOP("PlacementTexts", "Seating teams zone by zone…"),
    stages.IMPROVING: QT_TRANSLATE_NOOP("PlacementTexts", "Improving the seating…"),
    stages.SETTLING: QT_TRANSLATE_NOOP("PlacementTexts", "Bringing newcomers near their teams…"),
    stages.DONE: QT_TRANSLATE_NOOP("PlacementTexts", "Done"),
}


def stage_text(stage: str) -> str:
    source = _STAGES.get(stage)
    return _tr(source) if source is not None else stage


def desk_kind_text(person: UnplacedPerson) -> str:
    """What would suit this person: 'desk in a start-up zone', 'accessible office desk'."""
    if person.category == STARTUP_MEMBER:
        place = _tr("desk in a start-up zone")
    elif person.category == PROFESSOR:
        place = _tr("office desk")
    else:
        place = _tr("desk in an open office or lab")
    if person.needs:
        return fill(_tr("%1 with %2"), place, ", ".join(feature_text(n) for n in person.needs))
    return place


_FEATURES = {
    "accessible": QT_TRANSLATE_NOOP("PlacementTexts", "wheelchair access"),
    "monitor": QT_TRANSLATE_NOOP("PlacementTexts", "a monitor"),
    "window": QT_TRANSLATE_NOOP("PlacementTexts", "a window"),
    "standing": QT_TRANSLATE_NOOP("PlacementTexts", "a standing desk"),
}


def feature_text(feature: str) -> str:
    source = _FEATURES.get(feature)
    return _tr(source) if source is not None else feature


def reason_text(person: UnplacedPerson) -> str:
    """Why this person got no desk, in plain words."""
    if person.why == placement.LATER_DESK and person.day is not None:
        return fill(_tr("Already has a desk from %1"), person.day.isoformat())
    if person.why == placement.STAY_ENDED and person.day is not None:
        return fill(_tr("Their stay ended on %1"), person.day.isoformat())
    if person.why == placement.NO_SUITABLE_DESK:
        return fill(_tr("No free %1 in the chosen floors and zones"), desk_kind_text(person))
    if person.why == placement.TOO_FEW_DESKS:
        return fill(
            _tr("Not enough desks: %1 people need the %2 free (%3)"),
            person.competing,
            person.suitable,
            desk_kind_text(person),
        )
    return person.reason
