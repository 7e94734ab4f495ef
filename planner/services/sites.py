"""Sites, buildings, floors, zones and desks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import InUse, NotFound, ValidationError
from planner.models import (
    Assignment,
    Building,
    Desk,
    DeskFeature,
    DeskKind,
    Floor,
    Site,
    Zone,
    ZoneKind,
)
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record


def create_site(session: Session, name: str, name_en: str = "", address: str = "") -> Site:
    site = Site(
        name=v.text("name", name, max_len=200, required=True),
        name_en=v.text("name_en", name_en, max_len=200),
        address=v.text("address", address, max_len=400),
    )
    session.add(site)
    flush(session, "site")
    record(session, "create", "site", site.id, "name", None, site.name)
    return site


def update_site(session: Session, site_id: int, **values: Any) -> Site:
    site = get(session, Site, site_id, "site")
    fields: dict[str, Any] = {}
    if "name" in values:
        fields["name"] = v.text("name", values["name"], max_len=200, required=True)
    if "name_en" in values:
        fields["name_en"] = v.text("name_en", values["name_en"], max_len=200)
    if "address" in values:
        fields["address"] = v.text("address", values["address"], max_len=400)
    apply_changes(session, site, "site", fields)
    flush(session, "site")
    return site


def _refuse_if_seated(session: Session, desk_filter, what: str) -> None:
    seated = session.scalar(select(func.count(Assignment.id)).join(Desk).where(desk_filter))
    if seated:
        raise InUse.from_template(
            "%1 still has %2 desk assignment(s) in its history.", what, seated
        )


def delete_site(session: Session, site_id: int) -> None:
    """Only a site whose desks were never assigned; its buildings, floors and desks go with it."""
    site = get(session, Site, site_id, "site")
    _refuse_if_seated(session, Desk.site_id == site_id, f"Site {site.name}")
    session.execute(delete(Desk).where(Desk.site_id == site_id))
    record(session, "delete", "site", site.id, "name", site.name, None)
    session.delete(site)
    flush(session, "site")


def update_building(session: Session, building_id: int, **values: Any) -> Building:
    building = get(session, Building, building_id, "building")
    fields: dict[str, Any] = {}
    if "code" in values:
        fields["code"] = v.text("code", values["code"], max_len=40, required=True)
    if "name" in values:
        fields["name"] = v.text("name", values["name"], max_len=200, required=True)
    apply_changes(session, building, "building", fields)
    flush(session, f"building {building.code}")
    return building


def delete_building(session: Session, building_id: int) -> None:
    building = get(session, Building, building_id, "building")
    floor_ids = select(Floor.id).where(Floor.building_id == building_id)
    _refuse_if_seated(session, Desk.floor_id.in_(floor_ids), f"Building {building.name}")
    session.execute(delete(Desk).where(Desk.floor_id.in_(floor_ids)))
    record(session, "delete", "building", building.id, "code", building.code, None)
    session.delete(building)
    flush(session, "building")


def create_building(session: Session, site_id: int, code: str, name: str) -> Building:
    get(session, Site, site_id)
    building = Building(
        site_id=site_id,
        code=v.text("code", code, max_len=40, required=True),
        name=v.text("name", name, max_len=200, required=True),
    )
    session.add(building)
    flush(session, "building")
    record(session, "create", "building", building.id, "code", None, building.code)
    return building


def _floor_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "level" in values:
        out["level"] = v.integer("level", values["level"], minimum=-20, maximum=300)
    if "name" in values:
        out["name"] = v.text("name", values["name"], max_len=100, required=True)
    for key in ("width_m", "depth_m"):
        if key in values:
            out[key] = v.number(key, values[key], minimum=1.0, maximum=5000.0)
    if "background_path" in values:
        out["background_path"] = v.text("background_path", values["background_path"], max_len=1000) or None
    if "background_scale" in values:
        scale = values["background_scale"]
        out["background_scale"] = None if scale is None else v.number(
            "background_scale", scale, minimum=1e-6, maximum=1e3
        )
    return out


def create_floor(session: Session, building_id: int, **values: Any) -> Floor:
    get(session, Building, building_id)
    fields = _floor_fields(values)
    missing = {"level", "name", "width_m", "depth_m"} - fields.keys()
    if missing:
        raise ValidationError.from_template(sorted(missing)[0], "is required")
    floor = Floor(building_id=building_id, **fields)
    session.add(floor)
    flush(session, "floor")
    record(session, "create", "floor", floor.id, "name", None, floor.name)
    return floor


def update_floor(session: Session, floor_id: int, **values: Any) -> Floor:
    floor = get(session, Floor, floor_id, "floor")
    apply_changes(session, floor, "floor", _floor_fields(values))
    flush(session, "floor")
    return floor


def delete_floor(session: Session, floor_id: int) -> None:
    floor = get(session, Floor, floor_id, "floor")
    _refuse_if_seated(session, Desk.floor_id == floor_id, f"Floor {floor.name}")
    session.execute(delete(Desk).where(Desk.floor_id == floor_id))
    record(session, "delete", "floor", floor.id, "name", floor.name, None)
    session.delete(floor)
    flush(session, "floor")


def _polygon(value: object) -> list[list[float]]:
    try:
        points = [[float(x), float(y)] for x, y in value]  # type: ignore[union-attr,misc]
    except (TypeError, ValueError):
        raise ValidationError.from_template("polygon", "must be a list of [x, y] points") from None
    if len(points) < 3:
        raise ValidationError.from_template("polygon", "needs at least three points")
    if any(p != p or abs(p) > 1e5 for pt in points for p in pt):
        raise ValidationError.from_template("polygon", "has a point outside the floor")
    return points


def polygon_area(points: Sequence[Sequence[float]]) -> float:
    """Shoelace formula; zones are simple polygons drawn by hand."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, [*points[1:], points[0]], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2.0


def _zone_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name" in values:
        out["name"] = v.text("name", values["name"], max_len=100, required=True)
    if "kind" in values:
        try:
            out["kind"] = ZoneKind(values["kind"])
        except ValueError:
            raise ValidationError.from_template(
                "kind", "unknown zone kind '%1'", values["kind"]
            ) from None
    if "polygon" in values:
        out["polygon"] = _polygon(values["polygon"])
    if "capacity_seats" in values:
        out["capacity_seats"] = v.integer("capacity_seats", values["capacity_seats"], maximum=100000)
    if "area_m2" in values:
        out["area_m2"] = v.number("area_m2", values["area_m2"], minimum=0.0, maximum=1e7)
    return out


def create_zone(session: Session, floor_id: int, **values: Any) -> Zone:
    get(session, Floor, floor_id, "floor")
    fields = _zone_fields(values)
    for key in ("name", "kind", "polygon"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    fields.setdefault("area_m2", round(polygon_area(fields["polygon"]), 2))
    zone = Zone(floor_id=floor_id, **fields)
    session.add(zone)
    flush(session, "zone")
    record(session, "create", "zone", zone.id, "name", None, zone.name)
    return zone


def update_zone(session: Session, zone_id: int, **values: Any) -> Zone:
    zone = get(session, Zone, zone_id, "zone")
    apply_changes(session, zone, "zone", _zone_fields(values))
    flush(session, "zone")
    return zone


def delete_zone(session: Session, zone_id: int) -> None:
    """Desks of a deleted zone stay on the floor, outside any zone."""
    zone = get(session, Zone, zone_id, "zone")
    record(session, "delete", "zone", zone.id, "name", zone.name, None)
    session.delete(zone)
    flush(session, "zone")


def _desk_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "code" in values:
        out["code"] = v.text("code", values["code"], max_len=40, required=True).upper()
    for key in ("x", "y"):
        if key in values:
            out[key] = v.number(key, values[key], minimum=-1e5, maximum=1e5)
    if "rotation" in values:
        out["rotation"] = v.number("rotation", values["rotation"], minimum=-1e6, maximum=1e6) % 360.0
    if "kind" in values:
        try:
            out["kind"] = DeskKind(values["kind"])
        except ValueError:
            raise ValidationError.from_template(
                "kind", "unknown desk kind '%1'", values["kind"]
            ) from None
    if "features" in values:
        features = values["features"]
        try:
            flags = DeskFeature(features) if isinstance(features, int) else DeskFeature.parse(features)
        except (KeyError, ValueError):
            raise ValidationError.from_template(
                "features", "unknown feature in '%1'", features
            ) from None
        out["features"] = int(flags)
    if "active" in values:
        out["active"] = bool(values["active"])
    if "zone_id" in values:
        out["zone_id"] = values["zone_id"]
    return out


def create_desk(session: Session, floor_id: int, **values: Any) -> Desk:
    floor = get(session, Floor, floor_id, "floor")
    fields = _desk_fields(values)
    for key in ("code", "x", "y"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    if fields.get("zone_id") is not None:
        zone = get(session, Zone, fields["zone_id"], "zone")
        if zone.floor_id != floor_id:
            raise ValidationError.from_template("zone_id", "zone is on another floor")
    desk = Desk(floor_id=floor_id, site_id=floor.building.site_id, **fields)
    session.add(desk)
    flush(session, f"desk {fields['code']}")
    record(session, "create", "desk", desk.id, "code", None, desk.code)
    return desk


def update_desk(session: Session, desk_id: int, **values: Any) -> Desk:
    desk = get(session, Desk, desk_id, "desk")
    fields = _desk_fields(values)
    if fields.get("zone_id") is not None:
        zone = get(session, Zone, fields["zone_id"], "zone")
        if zone.floor_id != desk.floor_id:
            raise ValidationError.from_template("zone_id", "zone is on another floor")
    apply_changes(session, desk, "desk", fields)
    flush(session, f"desk {desk.code}")
    return desk


def update_desks(session: Session, changes: Mapping[int, dict[str, Any]]) -> list[Desk]:
    """Several desks at once (a move or turn of a selection): one query, one flush."""
    desks = desks_by_id(session, changes)
    for desk in desks:
        fields = _desk_fields(changes[desk.id])
        if fields.get("zone_id") is not None:
            zone = get(session, Zone, fields["zone_id"], "zone")
            if zone.floor_id != desk.floor_id:
                raise ValidationError.from_template("zone_id", "zone is on another floor")
        apply_changes(session, desk, "desk", fields)
    flush(session, "desk")
    return desks


def desks_by_id(session: Session, desk_ids: Iterable[int]) -> list[Desk]:
    """These desks in the order asked; NotFound for the first one that does not exist."""
    ids = list(dict.fromkeys(desk_ids))
    found: dict[int, Desk] = {}
    for start in range(0, len(ids), 500):  # under every backend's limit of parameters
        chunk = ids[start : start + 500]
        found.update((d.id, d) for d in session.scalars(select(Desk).where(Desk.id.in_(chunk))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound("desk", missing[0])
    return [found[i] for i in ids]


def delete_desk(session: Session, desk_id: int) -> None:
    """A desk with a seating history is taken out of service instead of losing that history."""
    desk = get(session, Desk, desk_id, "desk")
    used = session.scalar(select(func.count(Assignment.id)).where(Assignment.desk_id == desk_id))
    if used:
        raise InUse.from_template(
            "Desk %1 has %2 assignment(s); mark it out of service instead.", desk.code, used
        )
    record(session, "delete", "desk", desk.id, "code", desk.code, None)
    session.delete(desk)
    flush(session, f"desk {desk.code}")


def list_floors(session: Session) -> Sequence[Floor]:
    return session.scalars(
        select(Floor).join(Building).order_by(Building.code, Floor.level)
    ).all()


def find_desk(session: Session, code: str) -> Desk | None:
    return session.scalars(select(Desk).where(Desk.code == code.strip().upper())).first()
