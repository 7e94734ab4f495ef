"""Import desks (and the zones they name) from a ``code,floor,zone,x,y,kind,features`` table.

Decisions, so that a facility list can be imported without preparing the database first:

* **Floor**: a level (``3``, ``3층``, ``3F``, ``B1``, ``지하1층``) or a floor's name
  (``3층 연구동``).
  When several buildings have that level, a 건물/building column (code or name) must say which.
* **Zone**: by name on that floor. A zone that does not exist yet is **created** as an open
  office whose outline is the rectangle around its desks in the file, 1 m wider on every side
  (clipped to the floor); the preview warns about each one, and it can be redrawn later.
* **Existing desk codes** (codes are unique per site) are updated; blank cells keep the stored
  value. A desk is never moved to another floor by an import (that is an error: its history
  belongs to where it stood).
* Same rules as the people import: any error and nothing is written, unless rows with
  problems are to be skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from planner.export.gc_pause import without_cyclic_gc
from planner.io.cells import CellProblem, cell_text, number_value, text_value, yes_no
from planner.io.columns import DESK_FIELDS, ColumnMapping
from planner.io.errors import ImportRefused
from planner.io.labels import desk_kind_from_label, features_from_text, hint
from planner.io.preview import (
    ADD,
    CHANGE,
    ERROR,
    UNCHANGED,
    ImportPreview,
    ImportSummary,
    Issue,
    importable,
    in_file_order,
    refusal,
)
from planner.io.read_table import Row, Table
from planner.models import DeskFeature, DeskKind, Floor
from planner.services import imports

ZONE_MARGIN_M = 1.0
_LEVEL = re.compile(r"^(?P<below>b|지하)?\s*(?P<n>-?\d+)\s*(?:f|층|floor)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DeskRow:
    row: int
    code: str
    floor: str  # as written
    building: str | None
    zone: str | None
    values: dict[str, Any]  # x, y, kind, features, rotation, active as given
    action: str = ""
    floor_id: int | None = None
    desk_id: int | None = None
    changed_fields: tuple[str, ...] = ()


def parse_desk(row: Row, mapping: ColumnMapping) -> tuple[DeskRow, list[Issue]]:
    values: dict[str, Any] = {}
    texts: dict[str, str] = {}
    issues: list[Issue] = []
    for column, key in mapping.fields.items():
        cell = row.get(column)
        if cell is None:
            continue
        try:
            if key in ("code", "building", "floor", "zone"):
                texts[key] = text_value(key, cell, max_len=100)
            elif key in ("x", "y"):
                values[key] = number_value(key, cell, minimum=-1e5, maximum=1e5)
            elif key == "rotation":
                values[key] = number_value(key, cell, minimum=-1e6, maximum=1e6) % 360.0
            elif key == "kind":
                kind = desk_kind_from_label(cell_text(cell))
                if kind is None:
                    raise CellProblem(f"unknown desk kind '{cell_text(cell)}' {hint(DeskKind)}")
                values[key] = kind
            elif key == "features":
                flags, unknown = features_from_text(cell_text(cell))
                if unknown:
                    raise CellProblem(
                        f"unknown feature(s): {', '.join(unknown)} {hint(DeskFeature)}"
                    )
                values[key] = int(flags)
            elif key == "active":
                values[key] = yes_no(cell)
        except CellProblem as problem:
            issues.append(Issue(row.number, mapping.label(column), str(problem), key))
    code = texts.get("code", "").upper()
    if len(code) > 40:
        issues.append(
            Issue(
                row.number,
                _label(mapping, "code"),
                "desk code is longer than 40 characters",
                "code",
            )
        )
    unreadable = {issue.field for issue in issues}
    for key, message in (("code", "desk code is missing"), ("floor", "floor is missing")):
        if not texts.get(key) and key not in unreadable:
            issues.append(Issue(row.number, _label(mapping, key), message, key))
    desk = DeskRow(
        row.number,
        code,
        texts.get("floor", ""),
        texts.get("building") or None,
        texts.get("zone") or None,
        values,
        ERROR if issues else "",
    )
    return desk, issues


def _label(mapping: ColumnMapping | None, key: str) -> str:
    if mapping is not None and (column := mapping.column_of(key)) is not None:
        return mapping.label(column)
    return next(spec.label_ko for spec in DESK_FIELDS if spec.key == key)


def find_floor(
    floors: Sequence[Floor], text: str, building: str | None
) -> tuple[Floor | None, str]:
    """The floor a cell names, or None with the reason."""
    if building:
        key = imports.organisation_key(building)
        floors = [
            f
            for f in floors
            if key
            in (
                imports.organisation_key(f.building.code),
                imports.organisation_key(f.building.name),
            )
        ]
        if not floors:
            return None, f"unknown building '{building}'"
    key = imports.organisation_key(text)
    by_name = [f for f in floors if imports.organisation_key(f.name) == key]
    match = _LEVEL.match(text.strip().replace(" ", ""))
    if not by_name and match:
        level = int(match["n"]) * (-1 if match["below"] else 1)
        by_name = [f for f in floors if f.level == level]
    if len(by_name) == 1:
        return by_name[0], ""
    if not by_name:
        return None, f"unknown floor '{text}'"
    return None, f"floor '{text}' exists in several buildings; add a 건물 (building) column"


@without_cyclic_gc  # as preview_people
def preview_desks(session: Session, table: Table, mapping: ColumnMapping) -> ImportPreview[DeskRow]:
    parsed, issues = parse_desks(table.rows, mapping)
    return _plan(session, parsed, issues, mapping)[0]


@without_cyclic_gc
def parse_desks(rows: Sequence[Row], mapping: ColumnMapping) -> tuple[list[DeskRow], list[Issue]]:
    """:func:`parse_desk` for each row: the rows and their problems."""
    parsed: list[DeskRow] = []
    issues: list[Issue] = []
    for row in rows:
        desk, row_issues = parse_desk(row, mapping)
        parsed.append(desk)
        issues += row_issues
    return parsed, issues


@without_cyclic_gc
def plan_desks(
    session: Session, parsed: list[DeskRow], issues: list[Issue], mapping: ColumnMapping
) -> ImportPreview[DeskRow]:
    """The preview of rows already parsed with :func:`parse_desk` (in chunks, say)."""
    return _plan(session, parsed, issues, mapping)[0]


def _plan(
    session: Session, parsed: Sequence[DeskRow], issues: list[Issue], mapping: ColumnMapping | None
) -> tuple[ImportPreview[DeskRow], list[imports.NewZone]]:
    """Compare the rows with the stored floors, zones and desks. A row whose cells had problems
    is still checked to the end with what could be read, so the user sees all its problems."""
    floors, desks, zones = imports.load_desk_index(session)
    errors, warnings = list(issues), []
    unreadable: dict[int, set[str]] = {}  # row -> fields whose cell could not be read
    for issue in issues:
        unreadable.setdefault(issue.row, set()).add(issue.field)
    sites = {floor.building.site_id for floor in floors}
    only_site = next(iter(sites)) if len(sites) == 1 else None
    seen: dict[tuple[int | None, str], int] = {}
    zone_points: dict[tuple[int, str], list[tuple[float, float]]] = {}
    zone_names: dict[tuple[int, str], str] = {}
    planned: list[DeskRow] = []

    def error(row: int, key: str, message: str) -> None:
        errors.append(Issue(row, _label(mapping, key), message, key))

    for desk in parsed:
        n, before = desk.row, len(errors)
        bad_cells = unreadable.get(n, set()) if desk.action == ERROR else set()
        floor, problem = (None, "")
        if desk.floor and not bad_cells & {"floor", "building"}:
            floor, problem = find_floor(floors, desk.floor, desk.building)
            if floor is None:
                error(n, "floor", problem)
        # With one site (the usual case) a desk code can be looked up even when its floor is not.
        site_id = floor.building.site_id if floor is not None else only_site
        existing = desks.get((site_id, desk.code)) if desk.code and site_id is not None else None
        if desk.code:
            first = seen.setdefault((site_id, desk.code), n)
            if first != n:
                error(n, "code", f"same desk code as row {first}: {desk.code}")
        if existing is not None and floor is not None and existing.floor_id != floor.id:
            error(
                n,
                "floor",
                f"desk {desk.code} stands on another floor; an import does not move desks",
            )
        if existing is None and desk.code:
            missing = [k for k in ("x", "y") if k not in desk.values and k not in bad_cells]
            if missing:
                error(n, missing[0], f"{' and '.join(missing)} missing for a new desk")
        if desk.action == ERROR or len(errors) > before or floor is None:
            planned.append(_with(desk, ERROR, floor.id if floor else None))
            continue
        zone_key = (floor.id, imports.organisation_key(desk.zone)) if desk.zone else None
        zone = zones.get(zone_key) if zone_key else None
        if zone_key and zone is None:  # only rows that are imported create a zone
            x = desk.values.get("x", existing.x if existing else 0.0)
            y = desk.values.get("y", existing.y if existing else 0.0)
            zone_points.setdefault(zone_key, []).append((x, y))
            zone_names.setdefault(zone_key, desk.zone or "")
        if existing is None:
            planned.append(_with(desk, ADD, floor.id))
            continue
        changed = [k for k, value in desk.values.items() if getattr(existing, k) != value]
        if zone_key and (zone is None or zone.id != existing.zone_id):
            changed.append("zone")
        planned.append(
            _with(desk, CHANGE if changed else UNCHANGED, floor.id, existing.id, tuple(changed))
        )
    new_zones = [
        _new_zone(key[0], zone_names[key], points, floors) for key, points in zone_points.items()
    ]
    for new_zone in new_zones:
        message = f"zone '{new_zone.name}' will be created as an open office around its desks"
        warnings.append(Issue(0, _label(mapping, "zone"), message, "zone"))
    counts = {a: sum(1 for p in planned if p.action == a) for a in (ADD, CHANGE, UNCHANGED)}
    preview = ImportPreview(
        tuple(planned),
        tuple(in_file_order(errors, mapping)),
        tuple(warnings),
        counts[ADD],
        counts[CHANGE],
        counts[UNCHANGED],
        new_zones=tuple(z.name for z in new_zones),
    )
    return preview, new_zones


def _with(
    desk: DeskRow,
    action: str,
    floor_id: int | None = None,
    desk_id: int | None = None,
    changed: tuple[str, ...] = (),
) -> DeskRow:
    return DeskRow(
        desk.row,
        desk.code,
        desk.floor,
        desk.building,
        desk.zone,
        desk.values,
        action,
        floor_id,
        desk_id,
        changed,
    )


def _new_zone(
    floor_id: int, name: str, points: list[tuple[float, float]], floors: Sequence[Floor]
) -> imports.NewZone:
    floor = next(f for f in floors if f.id == floor_id)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    left, right = max(min(xs) - ZONE_MARGIN_M, 0.0), min(max(xs) + ZONE_MARGIN_M, floor.width_m)
    top, bottom = max(min(ys) - ZONE_MARGIN_M, 0.0), min(max(ys) + ZONE_MARGIN_M, floor.depth_m)
    right, bottom = (
        max(right, left + 0.5),
        max(bottom, top + 0.5),
    )  # a desk on the edge still gets an area
    polygon = [[left, top], [right, top], [right, bottom], [left, bottom]]
    return imports.NewZone(floor_id, name, [[round(x, 2), round(y, 2)] for x, y in polygon])


@without_cyclic_gc
def import_desks(
    session: Session, preview: ImportPreview[DeskRow], *, skip_invalid: bool = False
) -> ImportSummary:
    """Write the previewed desks in the caller's transaction: all of them or (raising) none —
    or, with ``skip_invalid``, every row without an error (the summary names the others)."""
    rows, skipped = importable(preview, skip_invalid, "desk")
    fresh, new_zones = _plan(session, [_with(d, "") for d in rows], [], None)
    if fresh.errors:  # someone changed the floors or desks since the preview
        raise ImportRefused(refusal(fresh, "desk"), len(fresh.errors))
    return replace(imports.write_desks(session, fresh.rows, new_zones), skipped=skipped)
