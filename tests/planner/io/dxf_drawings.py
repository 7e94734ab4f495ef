"""DXF floor drawings made with ezdxf for the tests: an R2000 drawing in CP949 (as AutoCAD
saves Korean drawings before 2007), in millimetres, with rooms, Korean room names, desk
blocks carrying their codes, walls, doors and a title."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import ezdxf

ROOM_W, ROOM_D = 6000.0, 5000.0  # mm
COLUMNS, ROWS = 8, 5  # 40 rooms
DESKS_PER_ROOM = 6  # 240 desks
KINDS = ("연구실", "회의실", "실험실", "사무실")


@dataclass(frozen=True)
class DrawnDesk:
    code: str
    x_mm: float
    y_mm: float
    rotation: float
    room: str


def room_name(index: int) -> str:
    return f"{KINDS[index % len(KINDS)]} {301 + index}호"


def desks(moved: dict[str, tuple[float, float]] | None = None) -> list[DrawnDesk]:
    """Every desk of the drawing; ``moved`` shifts some (code -> dx, dy in mm)."""
    out = []
    for index in range(COLUMNS * ROWS):
        column, row = index % COLUMNS, index // COLUMNS
        left, bottom = column * ROOM_W, row * ROOM_D
        for n in range(DESKS_PER_ROOM):
            code = f"3F-R{index + 1:02d}-{n + 1:02d}"
            x = left + 1200 + (n % 3) * 1700
            y = bottom + 1300 + (n // 3) * 2000
            dx, dy = (moved or {}).get(code, (0.0, 0.0))
            out.append(DrawnDesk(code, x + dx, y + dy, 90.0 * (n % 2), room_name(index)))
    return out


def write_floor(
    path: Path,
    *,
    moved: dict[str, tuple[float, float]] | None = None,
    codes: bool = True,
    insunits: int | None = 4,
) -> list[DrawnDesk]:
    doc = ezdxf.new("R2000")
    doc.encoding = "cp949"  # saved as $DWGCODEPAGE ANSI_949, texts in CP949 bytes
    doc.header["$INSUNITS"] = insunits or 0  # 0: the drawing does not say
    for name in ("A-WALL", "A-ROOM", "A-LABEL", "A-DESK", "A-DOOR", "A-ANNO"):
        doc.layers.add(name)
    block = doc.blocks.new("DESK1400")  # drawn around its insertion point
    block.add_lwpolyline([(-700, -350), (700, -350), (700, 350), (-700, 350)], close=True)
    block.add_circle((0, -550), 200)
    if codes:
        block.add_attdef("CODE", (0, 0), dxfattribs={"height": 100})
    msp = doc.modelspace()
    for index in range(COLUMNS * ROWS):
        column, row = index % COLUMNS, index // COLUMNS
        left, bottom = column * ROOM_W, row * ROOM_D
        corners = [
            (left, bottom),
            (left + ROOM_W, bottom),
            (left + ROOM_W, bottom + ROOM_D),
            (left, bottom + ROOM_D),
        ]
        msp.add_lwpolyline(corners, close=True, dxfattribs={"layer": "A-ROOM"})
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True):
            msp.add_line(a, b, dxfattribs={"layer": "A-WALL"})
        msp.add_arc((left + 300, bottom), 900, 0, 90, dxfattribs={"layer": "A-DOOR"})
        msp.add_text(
            room_name(index), dxfattribs={"layer": "A-LABEL", "height": 250}
        ).set_placement((left + 300, bottom + ROOM_D - 600))
    drawn = desks(moved)
    for desk in drawn:
        insert = msp.add_blockref(
            "DESK1400",
            (desk.x_mm, desk.y_mm),
            dxfattribs={"layer": "A-DESK", "rotation": desk.rotation},
        )
        if codes:
            insert.add_attrib("CODE", desk.code, (desk.x_mm, desk.y_mm))
    msp.add_text("3층 평면도 (연구동)", dxfattribs={"layer": "A-ANNO", "height": 600}).set_placement(
        (0, ROWS * ROOM_D + 800)
    )
    doc.saveas(path)
    return drawn
