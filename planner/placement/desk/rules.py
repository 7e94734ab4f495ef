"""Who may sit where: role and zone categories, needs, and the words for a refusal.

Every hard rule of the engine lives here so that the solver, the tests and the
explanations agree on one definition.
"""

from __future__ import annotations

from .model import Candidate, DeskSpot, PlacementOptions

# Desk categories. A desk belongs to exactly one of them.
OPEN = "open"
STARTUP = "startup"
OFFICE = "office"
HOT = "hot"
UNSEATABLE = "unseatable"

# Person categories.
PROFESSOR = "professor"
STARTUP_MEMBER = "startup member"
OTHER = "other"

_UNSEATABLE_ZONE_KINDS = frozenset({"meeting", "server_room"})
_PROFESSOR_WORDS = ("professor", "교수")
_STARTUP_WORDS = ("startup", "창업")


def _squash(text: str) -> str:
    return text.strip().lower().replace("-", "").replace("_", "").replace(" ", "")


def normalise_zone_kind(text: str) -> str:
    """'Start-up space', 'start_up', 'private office' -> 'startup', 'private_office'."""
    squashed = _squash(text)
    if any(word in squashed for word in _STARTUP_WORDS):
        return "startup"
    if squashed in ("privateoffice", "office", "교수실", "개인실"):
        return "private_office"
    if squashed in ("meeting", "meetingroom", "회의실"):
        return "meeting"
    if squashed in ("serverroom", "server", "서버실"):
        return "server_room"
    if squashed in ("lab", "laboratory", "실험실"):
        return "lab"
    return "open_office"


def person_category(role: str) -> str:
    squashed = _squash(role)
    if any(word in squashed for word in _PROFESSOR_WORDS):
        return PROFESSOR
    if any(word in squashed for word in _STARTUP_WORDS):
        return STARTUP_MEMBER
    return OTHER


def desk_category(desk: DeskSpot, options: PlacementOptions) -> str:
    zone_kind = normalise_zone_kind(desk.zone_kind)
    if zone_kind in _UNSEATABLE_ZONE_KINDS:
        return UNSEATABLE
    if zone_kind == "startup":
        return STARTUP
    if desk.kind.strip().lower() == "office" or zone_kind == "private_office":
        return OFFICE
    if desk.kind.strip().lower() == "hot" and not options.use_hot_desks:
        return HOT
    return OPEN


def category_allows(person_cat: str, desk_cat: str, options: PlacementOptions) -> bool:
    """Zone rules: start-up members only in start-up zones, professors only in offices,
    nobody else in either unless the options open them."""
    if desk_cat in (UNSEATABLE, HOT):
        return False
    if person_cat == STARTUP_MEMBER:
        return desk_cat == STARTUP
    if person_cat == PROFESSOR:
        return desk_cat == OFFICE
    if desk_cat == STARTUP:
        return options.allow_others_in_startup_zones
    if desk_cat == OFFICE:
        return options.allow_others_in_offices
    return True


def normalise_features(features: frozenset[str]) -> frozenset[str]:
    return frozenset(feature.strip().lower() for feature in features if feature.strip())


def may_sit(person: Candidate, desk: DeskSpot, options: PlacementOptions) -> bool:
    """The hard rule for a *new* seat (a person kept at their current desk is not re-judged)."""
    if not category_allows(person_category(person.role), desk_category(desk, options), options):
        return False
    return normalise_features(person.needs) <= normalise_features(desk.features)


def desk_words(person: Candidate, plural: bool = False) -> str:
    """'desk in a start-up zone with the 'accessible' feature': what suits this person."""
    noun = "desks" if plural else "desk"
    category = person_category(person.role)
    if category == STARTUP_MEMBER:
        place = f"{noun} in a start-up zone"
    elif category == PROFESSOR:
        place = f"office {noun} or {noun} in a private office"
    else:
        place = f"{noun} in an open office or lab"
    needs = [f"'{need}'" for need in sorted(normalise_features(person.needs))]
    if not needs:
        return place
    listed = needs[0] if len(needs) == 1 else ", ".join(needs[:-1]) + " and " + needs[-1]
    return f"{place} with the {listed} feature{'s' if len(needs) > 1 else ''}"


def unplaced_reason(person: Candidate, suitable_desks: int, competing_people: int) -> str:
    """Why nobody found a desk for `person`, e.g. "not enough desks: 2 people could use
    the 1 free desk in a start-up zone".

    `suitable_desks` is how many free desks in the plan meet this person's rules and
    `competing_people` how many people (this one included) may sit at any of them.
    """
    if suitable_desks == 0:
        return f"no free {desk_words(person)} in this plan"
    return (
        f"not enough desks: {competing_people} people could use the {suitable_desks} "
        f"free {desk_words(person, plural=suitable_desks != 1)}"
    )
