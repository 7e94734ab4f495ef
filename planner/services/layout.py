"""Editing a floor's layout: desks placed, moved, turned and removed, zones drawn and reshaped.

Every edit here keeps the layout rules: a desk's centre stays on its floor, codes are unique
in the site, a zone is a simple polygon on its floor. A desk belongs to the zone its centre
lies in, so moving a desk or reshaping a zone re-files the desks concerned.

Undo works on states: :func:`capture_layout` copies desks and zones as plain objects before
and after an edit, and :func:`restore_layout` puts them back exactly, ids included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import DuplicateValue, ValidationError
from planner.models import Desk, DeskKind, Floor, Zone, ZoneKind
from planner.services import sites
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.layout_geometry import (
    Point,
    contains,
    polygon_problem,
)


@dataclass(frozen=True)
class NewDesk:
    code: str
    x: float
    y: float
    rotation: float = 0.0
    kind: str = DeskKind.FIXED.value
    features: int = 0


@dataclass(frozen=True)
class DeskState:
    id: int
    floor_id: int
    site_id: int
    zone_id: int | None
    code: str
    x: float
    y: float
    rotation: float
    kind: str
    features: int
    active: bool


@dataclass(frozen=True)
class ZoneState:
    id: int
    floor_id: int
    name: str
    kind: str
    polygon: tuple[Point, ...]
    capacity_seats: int
    area_m2: float


@dataclass(frozen=True)
class LayoutState:
    """Desks and zones as they were; None for one that did not exist."""

    desks: Mapping[int, DeskState | None] = field(default_factory=dict)
    zones: Mapping[int, ZoneState | None] = field(default_factory=dict)


def _desk_state(desk: Desk) -> DeskState:
    return DeskState(
        desk.id,
        desk.floor_id,
        desk.site_id,
        desk.zone_id,
        desk.code,
        desk.x,
        desk.y,
        desk.rotation,
        str(desk.kind.value),
        desk.features,
        desk.active,
    )


def _zone_state(zone: Zone) -> ZoneState:
    polygon = tuple((float(x), float(y)) for x, y in zone.polygon)
    return ZoneState(
        zone.id,
        zone.floor_id,
        zone.name,
        str(zone.kind.value),
        polygon,
        zone.capacity_seats,
        zone.area_m2,
    )


def capture_layout(
    session: Session, desk_ids: Iterable[int] = (), zone_ids: Iterable[int] = ()
) -> LayoutState:
    desk_list, zone_list = list(set(desk_ids)), list(set(zone_ids))
    desks: dict[int, DeskState | None] = dict.fromkeys(desk_list)
    zones: dict[int, ZoneState | None] = dict.fromkeys(zone_list)
    for start in range(0, len(desk_list), 500):  # stay under every backend's parameter limit
        chunk = desk_list[start : start + 500]
        for desk in session.scalars(select(Desk).where(Desk.id.in_(chunk))):
            desks[desk.id] = _desk_state(desk)
    if zone_list:
        for zone in session.scalars(select(Zone).where(Zone.id.in_(zone_list))):
            zones[zone.id] = _zone_state(zone)
    return LayoutState(desks, zones)


def restore_layout(session: Session, state: LayoutState) -> None:
    """Make these desks and zones exactly as captured (re-created with their ids if deleted)."""
    for zone_id, wanted in state.zones.items():
        if wanted is not None:
            _put_zone(session, zone_id, wanted)
    flush(session, "zone")
    ids = list(state.desks)
    existing: dict[int, Desk] = {}
    for start in range(0, len(ids), 500):  # one query per 500 desks, not one per desk
        chunk = ids[start : start + 500]
        existing.update((d.id, d) for d in session.scalars(select(Desk).where(Desk.id.in_(chunk))))
    for desk_id, wanted in state.desks.items():
        desk = existing.get(desk_id)
        if wanted is None:
            if desk is not None:
                # Refused if someone was seated there meanwhile: their history would go too.
                sites.delete_desk(session, desk_id)
        elif desk is None:
            session.add(_new_desk_from(wanted))
            record(session, "create", "desk", desk_id, "code", None, wanted.code)
        else:
            apply_changes(session, desk, "desk", _desk_values(wanted))
    flush(session, "desk")
    for zone_id, wanted in state.zones.items():
        zone = session.get(Zone, zone_id)
        if wanted is None and zone is not None:
            record(session, "delete", "zone", zone.id, "name", zone.name, None)
            session.delete(zone)
    flush(session, "zone")


def _desk_values(state: DeskState) -> dict[str, object]:
    return {
        "zone_id": state.zone_id,
        "code": state.code,
        "x": state.x,
        "y": state.y,
        "rotation": state.rotation,
        "kind": DeskKind(state.kind),
        "features": state.features,
        "active": state.active,
    }


def _new_desk_from(state: DeskState) -> Desk:
    return Desk(id=state.id, floor_id=state.floor_id, site_id=state.site_id, **_desk_values(state))


def _put_zone(session: Session, zone_id: int, state: ZoneState) -> None:
    values = {
        "name": state.name,
        "kind": ZoneKind(state.kind),
        "polygon": [list(p) for p in state.polygon],
        "capacity_seats": state.capacity_seats,
        "area_m2": state.area_m2,
    }
    zone = session.get(Zone, zone_id)
    if zone is None:
        session.add(Zone(id=zone_id, floor_id=state.floor_id, **values))
        record(session, "create", "zone", zone_id, "name", None, state.name)
    else:
        apply_changes(session, zone, "zone", values)


# -- rules ----------------------------------------------------------------------------------------
def _check_on_floor(floor: Floor, code: str, x: float, y: float) -> None:
    if not (0.0 <= x <= floor.width_m and 0.0 <= y <= floor.depth_m):
        raise ValidationError.from_template(
            "position",
            "desk %1 would be outside the floor (%2 × %3 m)",
            code,
            f"{floor.width_m:g}",
            f"{floor.depth_m:g}",
        )


def _check_polygon(floor: Floor, polygon: Sequence[Point]) -> list[list[float]]:
    problem = polygon_problem(polygon, floor.width_m, floor.depth_m)
    if problem:
        raise ValidationError.from_template("polygon", *problem)
    return [[float(x), float(y)] for x, y in polygon]


def _zone_of(zones: Sequence[Zone], x: float, y: float) -> int | None:
    for zone in zones:
        if contains(zone.polygon, (x, y)):
            return zone.id
    return None


def _floor_zones(session: Session, floor_id: int) -> list[Zone]:
    return list(session.scalars(select(Zone).where(Zone.floor_id == floor_id).order_by(Zone.id)))


# -- desks ----------------------------------------------------------------------------------------
def add_desks(session: Session, floor_id: int, desks: Sequence[NewDesk]) -> list[int]:
    """Place new desks on a floor, each in the zone under its centre; their ids in order."""
    floor = get(session, Floor, floor_id, "floor")
    if not desks:
        return []
    codes = [d.code.strip().upper() for d in desks]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise DuplicateValue.from_template("code", "desk code %1 is given twice", repeated[0])
    site_id = floor.building.site_id
    taken = session.scalars(
        select(Desk.code).where(Desk.site_id == site_id, Desk.code.in_(codes))
    ).first()
    if taken:
        raise DuplicateValue.from_template(
            "code", "desk code %1 is already used in this site", taken
        )
    zones = _floor_zones(session, floor_id)
    created = []
    for spec, code in zip(desks, codes, strict=True):
        _check_on_floor(floor, code, spec.x, spec.y)
        desk = sites.create_desk(
            session,
            floor_id,
            code=code,
            x=spec.x,
            y=spec.y,
            rotation=spec.rotation,
            kind=spec.kind,
            features=spec.features,
            zone_id=_zone_of(zones, spec.x, spec.y),
        )
        created.append(desk.id)
    return created


def _desks(session: Session, desk_ids: Iterable[int]) -> list[Desk]:
    return sites.desks_by_id(session, desk_ids)


def move_desks(session: Session, positions: Mapping[int, Point]) -> list[int]:
    """Put desks at new centres (metres), re-filed under the zone they land in."""
    desks = _desks(session, positions)
    zones_of: dict[int, list[Zone]] = {}
    changes: dict[int, dict[str, object]] = {}
    for desk in desks:
        x, y = positions[desk.id]
        _check_on_floor(desk.floor, desk.code, x, y)
        if desk.floor_id not in zones_of:
            zones_of[desk.floor_id] = _floor_zones(session, desk.floor_id)
        changes[desk.id] = {"x": x, "y": y, "zone_id": _zone_of(zones_of[desk.floor_id], x, y)}
    sites.update_desks(session, changes)
    return [d.id for d in desks]


def rotate_desks(session: Session, desk_ids: Iterable[int], degrees: float) -> list[int]:
    """Turn desks about their centres (clockwise on the plan)."""
    desks = _desks(session, desk_ids)
    sites.update_desks(session, {d.id: {"rotation": d.rotation + degrees} for d in desks})
    return [d.id for d in desks]


def edit_desk(session: Session, desk_id: int, **values: object) -> int:
    """Code, kind, features, active: the properties a coordinator edits on the plan."""
    allowed = {"code", "kind", "features", "active"}
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError.from_template(sorted(unknown)[0], "cannot be edited here")
    desk = get(session, Desk, desk_id, "desk")
    if "code" in values:
        code = str(values["code"]).strip().upper()
        other = session.scalars(
            select(Desk.id).where(
                Desk.site_id == desk.site_id, Desk.code == code, Desk.id != desk_id
            )
        ).first()
        if other is not None:
            raise DuplicateValue.from_template(
                "code", "desk code %1 is already used in this site", code
            )
    sites.update_desk(session, desk_id, **values)
    return desk_id


def remove_desks(session: Session, desk_ids: Iterable[int]) -> list[int]:
    """Delete desks; refused for all of them if any one has a seating history."""
    removed = []
    for desk_id in list(dict.fromkeys(desk_ids)):
        sites.delete_desk(session, desk_id)
        removed.append(desk_id)
    return removed


# -- zones ----------------------------------------------------------------------------------------
def desks_near(session: Session, floor_id: int, polygons: Iterable[Sequence[Point]]) -> list[int]:
    """Desks whose zone may change when these outlines change: those inside their bounds."""
    ids: set[int] = set()
    for polygon in polygons:
        if not polygon:
            continue
        xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
        ids.update(
            session.scalars(
                select(Desk.id).where(
                    Desk.floor_id == floor_id,
                    Desk.x.between(min(xs), max(xs)),
                    Desk.y.between(min(ys), max(ys)),
                )
            )
        )
    return sorted(ids)


def zone_desks(session: Session, zone_id: int) -> list[int]:
    return list(session.scalars(select(Desk.id).where(Desk.zone_id == zone_id)))


def _refile(session: Session, floor_id: int, desk_ids: Iterable[int]) -> None:
    zones = _floor_zones(session, floor_id)
    for desk in _desks(session, desk_ids):
        zone_id = _zone_of(zones, desk.x, desk.y)
        if desk.zone_id != zone_id:
            apply_changes(session, desk, "desk", {"zone_id": zone_id})
    flush(session, "desk")


def _check_zone_name_free(
    session: Session, floor_id: int, name: str, zone_id: int | None = None
) -> None:
    name = name.strip()
    query = select(Zone.id).where(Zone.floor_id == floor_id, Zone.name == name)
    if zone_id is not None:
        query = query.where(Zone.id != zone_id)
    if session.scalars(query).first() is not None:
        raise DuplicateValue.from_template(
            "name", "a zone named %1 is already on this floor", name
        )


def draw_zone(
    session: Session,
    floor_id: int,
    name: str,
    kind: str,
    polygon: Sequence[Point],
    capacity_seats: int = 0,
) -> int:
    """A new zone from an outline; the desks inside it join it."""
    floor = get(session, Floor, floor_id, "floor")
    points = _check_polygon(floor, polygon)
    _check_zone_name_free(session, floor_id, name)
    zone = sites.create_zone(
        session, floor_id, name=name, kind=kind, polygon=points, capacity_seats=capacity_seats
    )
    _refile(session, floor_id, desks_near(session, floor_id, [points]))
    return zone.id


def reshape_zone(session: Session, zone_id: int, polygon: Sequence[Point]) -> int:
    zone = get(session, Zone, zone_id, "zone")
    points = _check_polygon(zone.floor, polygon)
    old = [tuple(p) for p in zone.polygon]
    sites.update_zone(
        session, zone_id, polygon=points, area_m2=round(sites.polygon_area(points), 2)
    )
    near = desks_near(session, zone.floor_id, [old, points])
    _refile(session, zone.floor_id, set(near) | set(zone_desks(session, zone_id)))
    return zone_id


def edit_zone(session: Session, zone_id: int, **values: object) -> int:
    allowed = {"name", "kind", "capacity_seats"}
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError.from_template(sorted(unknown)[0], "cannot be edited here")
    zone = get(session, Zone, zone_id, "zone")
    if "name" in values:
        _check_zone_name_free(session, zone.floor_id, str(values["name"]), zone_id)
    sites.update_zone(session, zone_id, **values)
    return zone_id


def remove_zone(session: Session, zone_id: int) -> list[int]:
    """Delete a zone; its desks stay, outside any zone. Returns those desks."""
    desk_ids = zone_desks(session, zone_id)
    for desk in _desks(session, desk_ids):
        apply_changes(session, desk, "desk", {"zone_id": None})
    flush(session, "desk")
    sites.delete_zone(session, zone_id)
    return desk_ids
