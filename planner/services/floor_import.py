"""Importing a floor's CAD drawing (DXF): what it would change, then all of it in one savepoint,
and putting it back exactly.

:func:`plan_floor_import` compares the drawing laid out on the floor
(:mod:`planner.io.dxf_layout`) with what the floor holds: zones are matched by name, else by
the room that holds the drawn room's centre (a rename); desks by code, else — desks without a
code in the drawing — by position within :data:`POSITION_TOLERANCE_M`. A matched desk keeps its
id, so its assignment history stays with it. :func:`import_floor` writes the plan through the
ordinary services (validated and audited as if typed in) and returns what undo needs;
:func:`undo_floor_import` puts the floor back as it was.

A desk the drawing no longer has is deleted if it never had an occupant, and otherwise taken out
of service (its history kept). A desk someone holds today or later is never removed silently:
the import is refused with their names, so the coordinator moves them first (a move plan).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.errors import ConcurrentEdit, InUse, ValidationError, fill_template
from planner.io.dxf_floor import DxfDrawing, DxfLayer
from planner.io.dxf_layout import (
    SVG_SCALE,
    FloorLayout,
    LayoutChoice,
    Said,
    contains,
    lay_out,
)
from planner.models import Desk, Floor, Person, Zone
from planner.models.seating import Assignment
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record, record_many
from planner.services.layout_background import (
    Background,
    floor_background,
    restore_floor_background,
    set_floor_background,
)
from planner.services.sites import _desk_fields as desk_fields  # the one validation of a desk
from planner.services.sites import (
    create_zone,
    delete_desk,
    delete_zone,
    polygon_area,
    update_floor,
)

# A desk without a code in the drawing is the floor's desk that lies this close to it.
POSITION_TOLERANCE_M = 0.3
# Smaller differences are the drawing's rounding, not a move.
MOVE_EPSILON_M = 0.005
TURN_EPSILON_DEG = 0.5


@dataclass(frozen=True)
class ZoneChange:
    name: str
    action: str  # add / rename / keep / reshape / remove
    zone_id: int | None = None
    old_name: str | None = None
    polygon: tuple[tuple[float, float], ...] = ()
    kind: str = ""
    index: int | None = None  # into layout.zones (None: a removed zone)


@dataclass(frozen=True)
class DeskChange:
    code: str
    action: str  # add / move / keep / remove / retire (out of service: it has a history)
    desk_id: int | None = None
    x: float = 0.0
    y: float = 0.0
    rotation: float = 0.0
    zone: str | None = None
    old: tuple[float, float, float] | None = None  # where it was (x, y, rotation)
    zone_index: int | None = None


@dataclass(frozen=True)
class HeldDesk:
    code: str
    person: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class FloorImportPlan:
    floor_id: int
    floor_name: str
    file_name: str
    layers: tuple[DxfLayer, ...]
    layout: FloorLayout = field(repr=False)
    zones: tuple[ZoneChange, ...]
    desks: tuple[DeskChange, ...]
    held: tuple[HeldDesk, ...]
    warnings: tuple[Said, ...]

    def count(self, what: str, action: str) -> int:
        rows = self.zones if what == "zones" else self.desks
        return sum(1 for row in rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "zones": len(self.layout.zones),
            "desks": len(self.layout.desks),
            "zones_added": self.count("zones", "add"),
            "zones_renamed": self.count("zones", "rename"),
            "zones_reshaped": self.count("zones", "reshape"),
            "zones_removed": self.count("zones", "remove"),
            "desks_added": self.count("desks", "add"),
            "desks_moved": self.count("desks", "move"),
            "desks_kept": self.count("desks", "keep"),
            "desks_removed": self.count("desks", "remove") + self.count("desks", "retire"),
        }

    def diff_key(self) -> tuple:
        """What the import would do, to tell whether the data moved since a preview."""
        return (
            tuple((z.action, z.zone_id, z.name) for z in self.zones),
            tuple((d.action, d.desk_id, d.code, d.x, d.y, d.rotation) for d in self.desks),
            tuple((h.code, h.person) for h in self.held),
        )

    def as_dict(self) -> dict[str, Any]:
        layout = self.layout
        return {
            "file": self.file_name,
            "floor": {"id": self.floor_id, "name": self.floor_name},
            "units": layout.choice.units,
            "units_from": layout.units_from,
            "layers": [
                {
                    "name": layer.name,
                    "entities": layer.entities,
                    "closed_outlines": layer.closed_outlines,
                    "texts": layer.texts,
                    "inserts": layer.inserts,
                }
                for layer in self.layers
            ],
            "layer_rooms": layout.choice.layer_rooms,
            "layer_labels": layout.choice.layer_labels,
            "layer_desks": layout.choice.layer_desks,
            "size_m": [layout.width_m, layout.depth_m],
            "counts": self.counts,
            "zones": [
                {"name": z.name, "action": z.action, "old_name": z.old_name, "kind": z.kind}
                for z in self.zones
            ],
            "desks": [
                {
                    "code": d.code,
                    "action": d.action,
                    "zone": d.zone,
                    "x": d.x,
                    "y": d.y,
                    "rotation": d.rotation,
                    "from": list(d.old) if d.old else None,
                }
                for d in self.desks
            ],
            "held": [
                {"desk": h.code, "person": h.person, "start": h.start.isoformat(),
                 "end": h.end.isoformat() if h.end else None}
                for h in self.held
            ],
            "background_items": layout.background_items,
            "warnings": [fill_template(text, values) for text, values in self.warnings],
        }


def plan_floor_import(
    session: Session,
    floor_id: int,
    drawing: DxfDrawing,
    choice: LayoutChoice = LayoutChoice(),
    *,
    today: dt.date | None = None,
) -> FloorImportPlan:
    """What importing ``drawing`` onto the floor would change; writes nothing."""
    floor = get(session, Floor, floor_id, "floor")
    layout = lay_out(drawing, choice)
    zones = _plan_zones(session, floor, layout)
    desks = _plan_desks(session, floor, layout, zones)
    held = _held(session, [d.desk_id for d in desks if d.action in ("remove", "retire")],
                 today or dt.date.today())
    return FloorImportPlan(
        floor.id,
        floor.name,
        drawing.file_name,
        drawing.layers,
        layout,
        tuple(zones),
        tuple(desks),
        held,
        layout.warnings,
    )


def _plan_zones(session: Session, floor: Floor, layout: FloorLayout) -> list[ZoneChange]:
    existing = list(session.scalars(select(Zone).where(Zone.floor_id == floor.id)))
    by_name = {z.name.casefold(): z for z in existing}
    matched: set[int] = set()
    changes: list[ZoneChange] = []
    pending: list[int] = []
    for index, drawn in enumerate(layout.zones):
        zone = by_name.get(drawn.name.casefold())
        if zone is None:
            pending.append(index)
            continue
        matched.add(zone.id)
        same = _same_polygon(zone.polygon, drawn.polygon)
        changes.append(
            ZoneChange(drawn.name, "keep" if same else "reshape", zone.id, zone.name,
                       drawn.polygon, zone.kind.value, index)
        )
    for index in pending:
        drawn = layout.zones[index]
        holder = next(
            (z for z in existing if z.id not in matched and contains(z.polygon, drawn.centroid)),
            None,
        )
        if holder is not None:
            matched.add(holder.id)
            changes.append(ZoneChange(drawn.name, "rename", holder.id, holder.name,
                                      drawn.polygon, holder.kind.value, index))
        else:
            changes.append(ZoneChange(drawn.name, "add", None, None, drawn.polygon,
                                      drawn.kind.value, index))
    for zone in existing:
        if zone.id not in matched:
            changes.append(ZoneChange(zone.name, "remove", zone.id, zone.name,
                                      tuple(map(tuple, zone.polygon)), zone.kind.value))
    changes.sort(key=lambda z: (z.index is None, z.index or 0, z.name))
    return changes


def _same_polygon(stored: Sequence[Sequence[float]], drawn: Sequence[Sequence[float]]) -> bool:
    return len(stored) == len(drawn) and all(
        abs(a[0] - b[0]) < MOVE_EPSILON_M and abs(a[1] - b[1]) < MOVE_EPSILON_M
        for a, b in zip(stored, drawn, strict=True)
    )


def _plan_desks(
    session: Session, floor: Floor, layout: FloorLayout, zones: list[ZoneChange]
) -> list[DeskChange]:
    site_id = floor.building.site_id
    zone_names = {z.index: z.name for z in zones if z.index is not None}
    on_floor = list(session.scalars(select(Desk).where(Desk.floor_id == floor.id)))
    by_code = {d.code: d for d in on_floor}
    elsewhere = dict(
        session.execute(
            select(Desk.code, Floor.name)
            .join(Floor, Floor.id == Desk.floor_id)
            .where(Desk.site_id == site_id, Desk.floor_id != floor.id)
        ).tuples().all()
    )
    clashes = sorted(
        f"{d.code.upper()} ({elsewhere[d.code.upper()]})"
        for d in layout.desks
        if d.code and d.code.upper() in elsewhere
    )
    if clashes:
        raise ValidationError.from_template(
            "code",
            "the drawing's desk codes %1 belong to desks on other floors; give them other codes",
            ", ".join(clashes[:10]),
        )
    matched: dict[int, Desk] = {}  # drawn index -> desk
    used: set[int] = set()
    for index, drawn in enumerate(layout.desks):
        desk = by_code.get(drawn.code.upper()) if drawn.code else None
        if desk is not None:
            matched[index] = desk
            used.add(desk.id)
    drawn_codes = {d.code.upper() for d in layout.desks if d.code}
    candidates = [d for d in on_floor if d.id not in used and d.code not in drawn_codes]
    pairs = sorted(
        (math.dist((d.x, d.y), (drawn.x, drawn.y)), index, d.id)
        for index, drawn in enumerate(layout.desks)
        if not drawn.code
        for d in candidates
        if abs(d.x - drawn.x) <= POSITION_TOLERANCE_M and abs(d.y - drawn.y) <= POSITION_TOLERANCE_M
    )
    desks_by_id = {d.id: d for d in on_floor}
    for distance, index, desk_id in pairs:
        if distance <= POSITION_TOLERANCE_M and index not in matched and desk_id not in used:
            matched[index] = desks_by_id[desk_id]
            used.add(desk_id)
    taken = set(session.scalars(select(Desk.code).where(Desk.site_id == site_id)))
    taken |= drawn_codes
    counters: dict[str, int] = {}
    changes: list[DeskChange] = []
    for index, drawn in enumerate(layout.desks):
        zone = zone_names.get(drawn.zone) if drawn.zone is not None else None
        desk = matched.get(index)
        if desk is None:
            code = (
                drawn.code.upper() if drawn.code else _new_code(floor, drawn.zone, counters, taken)
            )
            changes.append(DeskChange(code, "add", None, drawn.x, drawn.y, drawn.rotation, zone,
                                      None, drawn.zone))
            continue
        moved = (
            math.dist((desk.x, desk.y), (drawn.x, drawn.y)) > MOVE_EPSILON_M
            or _turn(desk.rotation, drawn.rotation) > TURN_EPSILON_DEG
        )
        changes.append(
            DeskChange(desk.code, "move" if moved else "keep", desk.id, drawn.x, drawn.y,
                       drawn.rotation, zone, (desk.x, desk.y, desk.rotation), drawn.zone)
        )
    ever_used = _ever_used(session, [d.id for d in on_floor if d.id not in used and d.active])
    for desk in on_floor:
        if desk.id not in used and desk.active:
            action = "retire" if desk.id in ever_used else "remove"
            changes.append(DeskChange(desk.code, action, desk.id, desk.x, desk.y, desk.rotation,
                                      desk.zone.name if desk.zone else None,
                                      (desk.x, desk.y, desk.rotation)))
    return changes


def _turn(a: float, b: float) -> float:
    difference = abs(a - b) % 360.0
    return min(difference, 360.0 - difference)


def _new_code(floor: Floor, zone: int | None, counters: dict[str, int], taken: set[str]) -> str:
    prefix = f"{floor.level}F-" + (f"Z{zone + 1:02d}" if zone is not None else "X")
    while True:
        counters[prefix] = counters.get(prefix, 0) + 1
        code = f"{prefix}-{counters[prefix]:03d}"
        if code not in taken:
            taken.add(code)
            return code


def _ever_used(session: Session, desk_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(desk_ids), 500):
        chunk = desk_ids[start : start + 500]
        found.update(
            session.scalars(select(Assignment.desk_id).where(Assignment.desk_id.in_(chunk)))
        )
    return found


def _held(session: Session, desk_ids: list[int | None], today: dt.date) -> tuple[HeldDesk, ...]:
    ids = [i for i in desk_ids if i is not None]
    held: list[HeldDesk] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(Desk.code, Person.name_ko, Assignment.start_date, Assignment.end_date)
            .join(Desk, Desk.id == Assignment.desk_id)
            .join(Person, Person.id == Assignment.person_id)
            .where(
                Assignment.desk_id.in_(chunk),
                or_(Assignment.end_date.is_(None), Assignment.end_date >= today),
            )
        )
        held.extend(HeldDesk(*row) for row in session.execute(query))
    return tuple(sorted(held, key=lambda h: (h.code, h.start)))


# -- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FloorImportUndo:
    floor_id: int
    size: tuple[float, float]
    background: Background | None = field(repr=False)
    added_zone_ids: tuple[int, ...]
    zones_before: dict[int, dict[str, Any]]
    removed_zones: tuple[dict[str, Any], ...]
    added_desk_ids: tuple[int, ...]
    desks_before: dict[int, dict[str, Any]]
    removed_desks: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class FloorImportResult:
    plan: FloorImportPlan
    undo: FloorImportUndo = field(repr=False)


_ZONE_COLUMNS = ("id", "floor_id", "name", "kind", "polygon", "capacity_seats", "area_m2")
_DESK_COLUMNS = ("id", "site_id", "floor_id", "zone_id", "code", "x", "y", "rotation", "kind",
                 "features", "active")


def import_floor(
    session: Session,
    floor_id: int,
    drawing: DxfDrawing,
    choice: LayoutChoice = LayoutChoice(),
    *,
    today: dt.date | None = None,
    expected: FloorImportPlan | None = None,
) -> FloorImportResult:
    """Write the plan in one savepoint: all of it or (raising) none.

    ``expected`` is the plan a preview showed; if the floor changed since, so that the import
    would now do something else, it is refused (look again) rather than done unseen."""
    plan = plan_floor_import(session, floor_id, drawing, choice, today=today)
    if expected is not None and expected.diff_key() != plan.diff_key():
        raise ConcurrentEdit("This floor")  # the preview is out of date: look again
    if plan.held:
        names = ", ".join(f"{h.code} ({h.person})" for h in plan.held[:10])
        raise InUse.from_template(
            "The revised drawing removes %1 desk(s) that people hold: %2. Move them first "
            "(a move plan), then import the drawing again.",
            len({h.code for h in plan.held}),
            names,
        )
    floor = get(session, Floor, floor_id, "floor")
    with session.begin_nested():
        undo = _write(session, floor, plan, drawing.file_name)
    return FloorImportResult(plan, undo)


def _write(
    session: Session, floor: Floor, plan: FloorImportPlan, file_name: str
) -> FloorImportUndo:
    layout = plan.layout
    size = (floor.width_m, floor.depth_m)
    background = floor_background(session, floor.id)
    zones = {z.id: z for z in session.scalars(select(Zone).where(Zone.floor_id == floor.id))}
    zone_ids: dict[int, int] = {}
    removed_zones: list[dict[str, Any]] = []
    zones_before: dict[int, dict[str, Any]] = {}
    added_zone_ids: list[int] = []
    for change in plan.zones:  # removals first: a rename may take a removed zone's name
        if change.action == "remove" and change.zone_id is not None:
            zone = zones[change.zone_id]
            removed_zones.append({c: _plain(getattr(zone, c)) for c in _ZONE_COLUMNS})
            delete_zone(session, zone.id)
    for change in plan.zones:
        if change.action in ("rename", "reshape", "keep") and change.zone_id is not None:
            zone = zones[change.zone_id]
            assert change.index is not None
            zone_ids[change.index] = zone.id
            polygon = [list(p) for p in change.polygon]
            wanted = {"name": change.name, "polygon": polygon,
                      "area_m2": round(polygon_area(polygon), 2)}
            old = {key: _plain(getattr(zone, key)) for key in wanted}
            if apply_changes(session, zone, "zone", wanted):
                zones_before[zone.id] = old
    flush(session, "zone")
    desks_in_zone: dict[int, int] = {}
    for desk in layout.desks:
        if desk.zone is not None:
            desks_in_zone[desk.zone] = desks_in_zone.get(desk.zone, 0) + 1
    for change in plan.zones:
        if change.action == "add":
            assert change.index is not None
            created = create_zone(
                session,
                floor.id,
                name=change.name,
                kind=change.kind,
                polygon=[list(p) for p in change.polygon],
                capacity_seats=desks_in_zone.get(change.index, 0),
            )
            zone_ids[change.index] = created.id
            added_zone_ids.append(created.id)
    desks = {d.id: d for d in session.scalars(select(Desk).where(Desk.floor_id == floor.id))}
    desks_before: dict[int, dict[str, Any]] = {}
    removed_desks: list[dict[str, Any]] = []
    new_desks: list[Desk] = []
    for change in plan.desks:
        zone_id = zone_ids.get(change.zone_index) if change.zone_index is not None else None
        if change.action == "add":
            # Validated as create_desk does, written in one flush (hundreds of desks).
            fields = desk_fields(
                {"code": change.code, "x": change.x, "y": change.y, "rotation": change.rotation}
            )
            new_desks.append(
                Desk(floor_id=floor.id, site_id=floor.building.site_id, zone_id=zone_id, **fields)
            )
        elif change.action in ("move", "keep") and change.desk_id is not None:
            desk = desks[change.desk_id]
            # A desk out of service stays so (the drawing does not say why it was taken out).
            wanted = {"x": change.x, "y": change.y, "rotation": change.rotation,
                      "zone_id": zone_id}
            if change.action == "keep":  # rounding of the drawing is not a move
                wanted = {"zone_id": zone_id}
            old = {key: getattr(desk, key) for key in wanted}
            if apply_changes(session, desk, "desk", wanted):
                desks_before[desk.id] = old
        elif change.action == "retire" and change.desk_id is not None:
            desk = desks[change.desk_id]
            old = {"active": desk.active}
            if apply_changes(session, desk, "desk", {"active": False}):
                desks_before[desk.id] = old
        elif change.action == "remove" and change.desk_id is not None:
            desk = desks[change.desk_id]
            removed_desks.append({c: _plain(getattr(desk, c)) for c in _DESK_COLUMNS})
            delete_desk(session, desk.id)
    session.add_all(new_desks)
    flush(session, "desk")
    added_desk_ids = [desk.id for desk in new_desks]
    record_many(session, "create", "desk", "code", ((d.id, None, d.code) for d in new_desks))
    update_floor(session, floor.id, width_m=max(layout.width_m, 1.0),
                 depth_m=max(layout.depth_m, 1.0))
    set_floor_background(session, floor.id, layout.background_svg, file_name, SVG_SCALE)
    return FloorImportUndo(
        floor.id,
        size,
        background,
        tuple(added_zone_ids),
        zones_before,
        tuple(removed_zones),
        tuple(added_desk_ids),
        desks_before,
        tuple(removed_desks),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [list(p) if isinstance(p, (list, tuple)) else p for p in value]
    return value


def undo_floor_import(session: Session, undo: FloorImportUndo) -> None:
    """Put the floor back as it was before the import; refused (nothing changed) when a desk
    the import added has been assigned since."""
    added = list(undo.added_desk_ids)
    used = 0
    for start in range(0, len(added), 500):
        chunk = added[start : start + 500]
        used += session.scalar(
            select(func.count()).select_from(Assignment).where(Assignment.desk_id.in_(chunk))
        ) or 0
    if used:
        raise InUse.from_template(
            "Desks added by the import have %1 assignment(s) since; "
            "release those before undoing the import.",
            used,
        )
    with session.begin_nested():
        for desk_id in added:
            delete_desk(session, desk_id)
        for zone_id in undo.added_zone_ids:
            delete_zone(session, zone_id)
        for zone_id, old in undo.zones_before.items():
            zone = session.get(Zone, zone_id)
            if zone is not None:
                apply_changes(session, zone, "zone", old)
        flush(session, "zone")
        for row in undo.removed_zones:
            session.add(Zone(**row))
            record(session, "create", "zone", row["id"], "name", None, row["name"])
        flush(session, "zone")
        for row in undo.removed_desks:
            session.add(Desk(**row))
            record(session, "create", "desk", row["id"], "code", None, row["code"])
        flush(session, "desk")
        for desk_id, old in undo.desks_before.items():
            desk = session.get(Desk, desk_id)
            if desk is not None:
                apply_changes(session, desk, "desk", old)
        flush(session, "desk")
        update_floor(session, undo.floor_id, width_m=undo.size[0], depth_m=undo.size[1])
        restore_floor_background(session, undo.floor_id, undo.background)
    session.expire_all()
