"""The placement problem in index form: desks, people, teams and classes as integers.

The constructor and the annealer work on lists of ints (fast in pure Python); this
module is the one place that translates the plain input objects into them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import rules
from .adjacency import neighbour_lists
from .model import Candidate, DeskSpot, PlacementOptions


@dataclass(slots=True)
class Zone:
    floor: str
    name: str
    desks: list[int]
    cx: float
    cy: float


@dataclass(slots=True)
class Problem:
    desks: Sequence[DeskSpot]
    people: Sequence[Candidate]
    options: PlacementOptions
    neighbours: list[tuple[int, ...]]
    zone_of: list[int]  # desk -> zone id
    zones: list[Zone]
    team_of: list[int]  # person -> team id, -1 without a task
    team_names: list[str]
    home: list[int]  # person -> index of their current desk in this plan, -1 if none
    person_class: list[int]
    person_category: list[str]
    desk_class: list[int]
    desk_category: list[str]
    class_keys: list[tuple[str, frozenset[str]]]  # person class -> (category, needs)
    allowed_desk_classes: list[tuple[int, ...]]  # person class -> desk classes it may use
    allowed: list[bytearray]  # person class -> 1 at each desk it may newly take


def build_problem(
    desks: Sequence[DeskSpot], people: Sequence[Candidate], options: PlacementOptions
) -> Problem:
    _check_unique(desks, people)
    desk_index = {desk.code: i for i, desk in enumerate(desks)}

    zone_ids: dict[tuple[str, str], int] = {}
    zone_desks: list[list[int]] = []
    zone_of = []
    for i, desk in enumerate(desks):
        zone_id = zone_ids.setdefault((desk.floor, desk.zone), len(zone_ids))
        if zone_id == len(zone_desks):
            zone_desks.append([])
        zone_desks[zone_id].append(i)
        zone_of.append(zone_id)
    zones = [
        Zone(
            floor=floor,
            name=name,
            desks=zone_desks[zone_id],
            cx=sum(desks[i].x for i in zone_desks[zone_id]) / len(zone_desks[zone_id]),
            cy=sum(desks[i].y for i in zone_desks[zone_id]) / len(zone_desks[zone_id]),
        )
        for (floor, name), zone_id in zone_ids.items()
    ]

    team_names = sorted({person.task for person in people if person.task})
    team_ids = {name: i for i, name in enumerate(team_names)}

    desk_keys: dict[tuple[str, frozenset[str]], int] = {}
    desk_class, desk_category = [], []
    for desk in desks:
        category = rules.desk_category(desk, options)
        key = (category, rules.normalise_features(desk.features))
        desk_class.append(desk_keys.setdefault(key, len(desk_keys)))
        desk_category.append(category)

    class_ids: dict[tuple[str, frozenset[str]], int] = {}
    person_class, person_category = [], []
    for person in people:
        category = rules.person_category(person.role)
        key = (category, rules.normalise_features(person.needs))
        person_class.append(class_ids.setdefault(key, len(class_ids)))
        person_category.append(category)
    class_keys = list(class_ids)

    allowed_desk_classes = [
        tuple(
            desk_id
            for (desk_cat, features), desk_id in desk_keys.items()
            if rules.category_allows(category, desk_cat, options) and needs <= features
        )
        for category, needs in class_keys
    ]
    allowed = []
    for usable in allowed_desk_classes:
        usable_set = set(usable)
        allowed.append(bytearray(1 if c in usable_set else 0 for c in desk_class))

    return Problem(
        desks=desks,
        people=people,
        options=options,
        neighbours=neighbour_lists(desks, options.adjacency_m),
        zone_of=zone_of,
        zones=zones,
        team_of=[team_ids[p.task] if p.task else -1 for p in people],
        team_names=team_names,
        home=[desk_index.get(p.current_desk, -1) if p.current_desk else -1 for p in people],
        person_class=person_class,
        person_category=person_category,
        desk_class=desk_class,
        desk_category=desk_category,
        class_keys=class_keys,
        allowed_desk_classes=allowed_desk_classes,
        allowed=allowed,
    )


def _check_unique(desks: Sequence[DeskSpot], people: Sequence[Candidate]) -> None:
    seen_desks: set[str] = set()
    for desk in desks:
        if desk.code in seen_desks:
            raise ValueError(f"desk {desk.code} is listed twice")
        seen_desks.add(desk.code)
    seen_people: set[str] = set()
    holders: dict[str, str] = {}
    for person in people:
        if person.key in seen_people:
            raise ValueError(f"person {person.key} is listed twice")
        seen_people.add(person.key)
        if person.current_desk:
            other = holders.setdefault(person.current_desk, person.key)
            if other != person.key:
                raise ValueError(
                    f"desk {person.current_desk} is the current desk of both {other} and "
                    f"{person.key}"
                )
