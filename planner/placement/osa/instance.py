"""Office-space-allocation instances: frozen data types and the plain-text parser.

The text format is the one of the public Nottingham / Ülker & Landa-Silva instances: a header of
``Key: value`` lines, then ``ENTITIES``, ``ROOMS`` and ``CONSTRAINTS`` sections with one
whitespace-separated record per line.  Every problem in a file is reported as an
:class:`OsaFormatError` naming the line, because these files are edited by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path


class OsaFormatError(ValueError):
    """The text is not a valid OSA instance; ``line`` is 1-based (0 when not line-specific)."""

    def __init__(self, message: str, line: int = 0) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


class ConstraintKind(IntEnum):
    ALLOCATION = 0
    NON_ALLOCATION = 1
    ONE_OF = 2
    CAPACITY = 3
    SAME_ROOM = 4
    NOT_SAME_ROOM = 5
    NOT_SHARING = 6
    ADJACENCY = 7
    NEARBY = 8
    AWAY_FROM = 9


#: Penalty of a violated soft constraint, by kind (every kind not listed costs 10).
SOFT_PENALTY: dict[ConstraintKind, float] = {
    ConstraintKind.ALLOCATION: 20.0,
    ConstraintKind.NOT_SHARING: 50.0,
}
DEFAULT_SOFT_PENALTY = 10.0

# Which of C1/C2 name an entity or a room, per kind; None = field unused (written as -1).
_ENTITY, _ROOM = "entity", "room"
_FIELDS: dict[ConstraintKind, tuple[str | None, str | None]] = {
    ConstraintKind.ALLOCATION: (_ENTITY, _ROOM),
    ConstraintKind.NON_ALLOCATION: (_ENTITY, _ROOM),
    ConstraintKind.CAPACITY: (_ROOM, None),
    ConstraintKind.SAME_ROOM: (_ENTITY, _ENTITY),
    ConstraintKind.NOT_SAME_ROOM: (_ENTITY, _ENTITY),
    ConstraintKind.NOT_SHARING: (_ENTITY, None),
    ConstraintKind.ADJACENCY: (_ENTITY, _ENTITY),
    ConstraintKind.NEARBY: (_ENTITY, _ENTITY),
    ConstraintKind.AWAY_FROM: (_ENTITY, _ENTITY),
}


def soft_penalty(kind: ConstraintKind) -> float:
    return SOFT_PENALTY.get(kind, DEFAULT_SOFT_PENALTY)


@dataclass(frozen=True, slots=True)
class Entity:
    index: int
    group: int
    space: float


@dataclass(frozen=True, slots=True)
class Room:
    index: int
    floor: int
    capacity: float
    adjacent: tuple[int, ...]  # other rooms only; a room also counts as adjacent to itself


@dataclass(frozen=True, slots=True)
class Constraint:
    index: int
    kind: ConstraintKind
    hard: bool
    first: int  # C1: an entity, or the room of a capacity constraint
    second: int  # C2: an entity or a room, -1 when unused

    @property
    def penalty(self) -> float:
        return soft_penalty(self.kind)


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    floors: int
    entities: tuple[Entity, ...]
    rooms: tuple[Room, ...]
    constraints: tuple[Constraint, ...]

    def adjacent(self, room_a: int, room_b: int) -> bool:
        return room_a == room_b or room_b in self.rooms[room_a].adjacent


_HEADER_KEYS = (
    "NoOfEntities",
    "NoOfRooms",
    "NoOfFloors",
    "NoOfConstraints",
    "NoOfHardConstraints",
    "NoOfSoftConstraints",
)
_SECTIONS = ("ENTITIES", "ROOMS", "CONSTRAINTS")


def load_instance(path: str | Path) -> Instance:
    """Read and parse a file; unreadable or undecodable files are :class:`OsaFormatError` too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OsaFormatError(f"cannot read {path}: {error}") from error
    return parse_instance(text, name=path.stem)


def parse_instance(text: str, name: str = "instance") -> Instance:
    header: dict[str, int] = {}
    records: dict[str, list[tuple[int, list[str]]]] = {s: [] for s in _SECTIONS}
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line in _SECTIONS:
            if records[line] or section == line:
                raise OsaFormatError(f"section {line} appears twice", number)
            section = line
        elif section is None:
            key, colon, value = line.partition(":")
            if not colon or key.strip() not in _HEADER_KEYS:
                raise OsaFormatError(f"expected a header 'Key: value', got {line!r}", number)
            header[key.strip()] = _integer(value.strip(), key.strip(), number)
        else:
            records[section].append((number, line.split()))
    missing = [key for key in _HEADER_KEYS[:4] if key not in header]
    if missing:
        raise OsaFormatError(f"missing header {', '.join(missing)}")
    for section_name, key in zip(
        _SECTIONS, ("NoOfEntities", "NoOfRooms", "NoOfConstraints"), strict=True
    ):
        if len(records[section_name]) != header[key]:
            raise OsaFormatError(
                f"{key} is {header[key]} but section {section_name} has "
                f"{len(records[section_name])} records"
            )
    if header["NoOfEntities"] and not header["NoOfRooms"]:
        raise OsaFormatError("entities but no rooms to put them in")
    floors = header["NoOfFloors"]
    entities = tuple(_entity(i, n, f) for i, (n, f) in enumerate(records["ENTITIES"]))
    rooms = tuple(_room(i, n, f, floors) for i, (n, f) in enumerate(records["ROOMS"]))
    _check_adjacency_symmetric(rooms, records["ROOMS"])
    constraints = tuple(
        _constraint(i, n, f, len(entities), len(rooms))
        for i, (n, f) in enumerate(records["CONSTRAINTS"])
    )
    hard = sum(c.hard for c in constraints)
    if "NoOfHardConstraints" in header and header["NoOfHardConstraints"] != hard:
        declared = header["NoOfHardConstraints"]
        raise OsaFormatError(f"NoOfHardConstraints is {declared}, found {hard}")
    return Instance(name, floors, entities, rooms, constraints)


def _integer(token: str, what: str, line: int) -> int:
    try:
        return int(token)
    except ValueError:
        raise OsaFormatError(f"{what}: expected an integer, got {token!r}", line) from None


def _space(token: str, what: str, line: int) -> float:
    try:
        value = float(token)
    except ValueError:
        raise OsaFormatError(f"{what}: expected a number, got {token!r}", line) from None
    if not math.isfinite(value) or value < 0:
        raise OsaFormatError(f"{what} must be a finite non-negative number, got {token}", line)
    return value


def _expect_index(fields: list[str], expected: int, what: str, line: int) -> None:
    if _integer(fields[0], f"{what} index", line) != expected:
        raise OsaFormatError(f"expected {what} index {expected}, got {fields[0]}", line)


def _entity(index: int, line: int, fields: list[str]) -> Entity:
    if len(fields) != 3:
        raise OsaFormatError(f"entity record needs 'EID GID SPACE', got {len(fields)} fields", line)
    _expect_index(fields, index, "entity", line)
    return Entity(index, _integer(fields[1], "group", line), _space(fields[2], "space", line))


def _room(index: int, line: int, fields: list[str], floors: int) -> Room:
    if len(fields) < 4:
        raise OsaFormatError("room record needs 'RID FID SPACE N ADJ...'", line)
    _expect_index(fields, index, "room", line)
    floor = _integer(fields[1], "floor", line)
    if not 0 <= floor < max(floors, 1):
        raise OsaFormatError(f"floor {floor} outside 0..{floors - 1}", line)
    count = _integer(fields[3], "adjacency count", line)
    if count != len(fields) - 4:
        raise OsaFormatError(f"adjacency count {count} but {len(fields) - 4} rooms listed", line)
    adjacent = tuple(_integer(token, "adjacent room", line) for token in fields[4:])
    return Room(index, floor, _space(fields[2], "capacity", line), adjacent)


def _check_adjacency_symmetric(rooms: tuple[Room, ...], lines: list[tuple[int, list[str]]]) -> None:
    for room, (line, _) in zip(rooms, lines, strict=True):
        for other in room.adjacent:
            if not 0 <= other < len(rooms):
                raise OsaFormatError(f"adjacent room {other} does not exist", line)
            if other == room.index:
                raise OsaFormatError("a room lists itself as adjacent", line)
            if room.index not in rooms[other].adjacent:
                raise OsaFormatError(f"room {other} does not list room {room.index} back", line)


def _constraint(index: int, line: int, fields: list[str], entities: int, rooms: int) -> Constraint:
    if len(fields) != 5:
        raise OsaFormatError(f"constraint record needs 'CID CTYPE HARD C1 C2', got {fields}", line)
    _expect_index(fields, index, "constraint", line)
    code = _integer(fields[1], "constraint type", line)
    if code not in ConstraintKind._value2member_map_:
        raise OsaFormatError(f"unknown constraint type {code}", line)
    kind = ConstraintKind(code)
    if kind not in _FIELDS:
        raise OsaFormatError(f"constraint type {code} ({kind.name.lower()}) is not supported", line)
    hard_flag = _integer(fields[2], "HARD flag", line)
    if hard_flag not in (0, 1):
        raise OsaFormatError(f"HARD flag must be 0 or 1, got {hard_flag}", line)
    values = [_integer(fields[3], "C1", line), _integer(fields[4], "C2", line)]
    for value, role, label in zip(values, _FIELDS[kind], ("C1", "C2"), strict=True):
        limit = {_ENTITY: entities, _ROOM: rooms}.get(role or "", 0)
        if role is not None and not 0 <= value < limit:
            raise OsaFormatError(f"{label}={value} is not a valid {role} index", line)
    if _FIELDS[kind][1] == _ENTITY and values[0] == values[1]:
        raise OsaFormatError(
            f"{kind.name.lower()} constraint relates entity {values[0]} to itself", line
        )
    second = values[1] if _FIELDS[kind][1] is not None else -1
    return Constraint(index, kind, bool(hard_flag), values[0], second)
