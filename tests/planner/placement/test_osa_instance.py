"""Parser of the OSA text format: a good file, and bad files reported with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.placement.osa.instance import (
    ConstraintKind,
    OsaFormatError,
    load_instance,
    parse_instance,
)

BENCHMARKS = Path(__file__).resolve().parents[3].parent / "shared" / "benchmarks" / "osa"

GOOD = """\
NoOfEntities:    3
NoOfRooms:       2
NoOfFloors:      2
NoOfConstraints: 3
NoOfHardConstraints: 1
NoOfSoftConstraints: 2

ENTITIES
      0      0        13.5
      1      0          18
      2      1        9.25

ROOMS
      0      0          27      1   1
      1      1        18.3      1   0

CONSTRAINTS
      0      6      1      0     -1
      1      0      0      1      1
      2      8      0      2      0
"""


def test_parses_a_good_file_with_crlf_line_ends() -> None:
    instance = parse_instance(GOOD.replace("\n", "\r\n"), name="tiny")
    assert instance.name == "tiny"
    assert instance.floors == 2
    assert [e.space for e in instance.entities] == [13.5, 18.0, 9.25]
    assert [e.group for e in instance.entities] == [0, 0, 1]
    assert [(r.floor, r.capacity, r.adjacent) for r in instance.rooms] == [
        (0, 27.0, (1,)),
        (1, 18.3, (0,)),
    ]
    kinds = [(c.kind, c.hard, c.first, c.second) for c in instance.constraints]
    assert kinds == [
        (ConstraintKind.NOT_SHARING, True, 0, -1),
        (ConstraintKind.ALLOCATION, False, 1, 1),
        (ConstraintKind.NEARBY, False, 2, 0),
    ]
    assert [c.penalty for c in instance.constraints] == [50.0, 20.0, 10.0]
    assert instance.adjacent(0, 0) and instance.adjacent(0, 1)


def _with_line(number: int, replacement: str) -> str:
    lines = GOOD.splitlines()
    lines[number - 1] = replacement
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (_with_line(1, "NoOfEntities: three"), 1, "expected an integer"),
        (_with_line(2, "Rooms 2"), 2, "header"),
        (_with_line(9, "      0      0        big"), 9, "expected a number"),
        (_with_line(10, "      1      0"), 10, "EID GID SPACE"),
        (_with_line(10, "      5      0     18"), 10, "expected entity index 1"),
        (_with_line(11, "      2      1        -4"), 11, "non-negative"),
        (_with_line(14, "      0      0          27      2   1"), 14, "adjacency count"),
        (_with_line(14, "      0      0          27      0"), 15, "does not list room 1 back"),
        (_with_line(15, "      1      7        18.3      1   0"), 15, "floor 7"),
        (_with_line(18, "      0     11      1      0     -1"), 18, "unknown constraint type"),
        (_with_line(18, "      0      2      1      0      1"), 18, "not supported"),
        (_with_line(19, "      1      0      0      1      9"), 19, "not a valid room"),
        (_with_line(20, "      2      8      0      2      2"), 20, "to itself"),
        (_with_line(20, "      2      8      3      2      0"), 20, "HARD flag"),
    ],
)
def test_bad_records_name_their_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(OsaFormatError) as caught:
        parse_instance(text)
    assert caught.value.line == line
    assert fragment in str(caught.value)
    assert str(caught.value).startswith(f"line {line}:")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "missing header"),
        (GOOD.replace("NoOfEntities:    3", "NoOfEntities:    4"), "section ENTITIES has 3"),
        (GOOD.replace("NoOfHardConstraints: 1", "NoOfHardConstraints: 2"), "found 1"),
    ],
)
def test_inconsistent_files_are_rejected(text: str, fragment: str) -> None:
    with pytest.raises(OsaFormatError, match=fragment):
        parse_instance(text)


def test_duplicate_section_is_rejected() -> None:
    with pytest.raises(OsaFormatError, match="appears twice") as caught:
        parse_instance(GOOD + "ROOMS\n")
    assert caught.value.line == len(GOOD.splitlines()) + 1


def test_unreadable_file_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(OsaFormatError, match="cannot read"):
        load_instance(tmp_path / "missing.txt")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(OsaFormatError):
        load_instance(binary)


@pytest.mark.skipif(not BENCHMARKS.is_dir(), reason="public instances not available")
def test_every_public_instance_parses() -> None:
    for path in sorted(BENCHMARKS.glob("*.txt")):
        instance = load_instance(path)
        assert instance.name == path.stem
        assert len(instance.entities) > 0 and len(instance.rooms) > 0
