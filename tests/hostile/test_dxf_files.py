"""Hostile DXF floor drawings are refused with the reason within 10 s and 1 GB, before any of
them is parsed into memory (issue #21): too large, a vast number of entities, cut off, a
binary DXF, a DWG, not a drawing at all. The honest drawing beside them is read."""

from __future__ import annotations

import re

import pytest

from tests.planner.io import dxf_drawings

from .harness import run_reader


def honest(tmp_path):
    path = tmp_path / "floor.dxf"
    dxf_drawings.write_floor(path)
    return path


def huge(tmp_path):
    path = tmp_path / "huge.dxf"
    with path.open("wb") as out:
        out.write(b"  0\nSECTION\n  2\nHEADER\n")
        chunk = b"999\n" + b"x" * 1020 + b"\n"
        for _ in range(42 * 1024):  # 42 MB of comments
            out.write(chunk)
    return path


def billions(tmp_path):
    """Few bytes per entity: a file that declares half a million points (a billion is the same
    file, longer; it is refused by its size first)."""
    path = tmp_path / "points.dxf"
    body = b"  0\nPOINT\n  8\n0\n 10\n0\n 20\n0\n" * 500_000
    path.write_bytes(b"  0\nSECTION\n  2\nENTITIES\n" + body + b"  0\nENDSEC\n  0\nEOF\n")
    return path


def cut_off(tmp_path):
    data = honest(tmp_path).read_bytes()
    path = tmp_path / "cut.dxf"
    path.write_bytes(data[: len(data) // 3])
    (tmp_path / "floor.dxf").unlink()
    return path


def binary(tmp_path):
    path = tmp_path / "binary.dxf"
    path.write_bytes(b"AutoCAD Binary DXF\r\n\x1a\x00" + bytes(range(256)) * 20)
    return path


def dwg(tmp_path):
    path = tmp_path / "plan.dxf"
    path.write_bytes(b"AC1032" + bytes(2000))
    return path


def png(tmp_path):
    path = tmp_path / "picture.dxf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    return path


def garbage_groups(tmp_path):
    """A DXF whose group codes are not numbers."""
    path = tmp_path / "garbage.dxf"
    path.write_bytes(b"  0\nSECTION\n  2\nENTITIES\n  0\nLINE\nabc\ndef\n 10\nnot a number\n"
                     b"  0\nENDSEC\n  0\nEOF\n")
    return path


REFUSED = {
    "42 MB": (huge, r"huge.dxf is 42 MB; a floor's drawing is at most 40 MB"),
    "half a million entities": (
        billions,
        r"points.dxf holds 500,00\d entities; a floor's drawing has at most 300,000",
    ),
    "cut off": (cut_off, r"cut.dxf is damaged and cannot be read as a DXF drawing"),
    "binary DXF": (binary, r"is a binary DXF; save it again as an ASCII DXF"),
    "DWG": (dwg, r"is a DWG drawing; save it as DXF first"),
    "PNG": (png, r"is not a DXF drawing"),
    "bad group codes": (garbage_groups, r"garbage.dxf is damaged"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_drawings_are_refused_with_the_reason(case, tmp_path):
    build, reason = REFUSED[case]
    outcome = run_reader("dxf", build(tmp_path))
    assert outcome.outcome == "refused" and re.search(reason, outcome.message), outcome.answer
    assert outcome.answer["kind"] == "DrawingRefused"


def test_the_honest_drawing_is_read(tmp_path):
    outcome = run_reader("dxf", honest(tmp_path))
    assert outcome.outcome == "read", outcome.answer
    assert (outcome.answer["zones"], outcome.answer["desks"]) == (40, 240)
