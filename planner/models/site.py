"""Where people sit: site → building → floor → zone → desk."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.db import Base
from planner.models._mixins import Versioned
from planner.models.enums import DeskFeature, DeskKind, ZoneKind, enum_column


class Site(Versioned, Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(400), default="")

    buildings: Mapped[list[Building]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="Building.code"
    )

    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)


class Building(Versioned, Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))

    site: Mapped[Site] = relationship(back_populates="buildings")
    floors: Mapped[list[Floor]] = relationship(
        back_populates="building", cascade="all, delete-orphan", order_by="Floor.level"
    )

    __table_args__ = (
        UniqueConstraint("site_id", "code"),
        CheckConstraint("length(code) > 0", name="code_not_empty"),
    )


class Floor(Versioned, Base):
    __tablename__ = "floor"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    width_m: Mapped[float] = mapped_column(Float)
    depth_m: Mapped[float] = mapped_column(Float)
    background_path: Mapped[str | None] = mapped_column(String(1000))
    # Metres per background-image pixel, set by calibrating two points of known distance.
    background_scale: Mapped[float | None] = mapped_column(Float)

    building: Mapped[Building] = relationship(back_populates="floors")
    zones: Mapped[list[Zone]] = relationship(
        back_populates="floor", cascade="all, delete-orphan", order_by="Zone.name"
    )
    desks: Mapped[list[Desk]] = relationship(back_populates="floor", order_by="Desk.code")

    __table_args__ = (
        UniqueConstraint("building_id", "level"),
        CheckConstraint("width_m > 0 AND depth_m > 0", name="size_positive"),
        CheckConstraint("background_scale IS NULL OR background_scale > 0", name="scale_positive"),
    )


class FloorBackground(Versioned, Base):
    """The image under a floor's plan, kept in the database so every client of a shared
    server sees it. Its file name and scale (metres per image pixel) are on the floor."""

    __tablename__ = "floor_background"

    floor_id: Mapped[int] = mapped_column(
        ForeignKey("floor.id", ondelete="CASCADE"), primary_key=True
    )
    media_type: Mapped[str] = mapped_column(String(40))  # image/png, image/jpeg, image/svg+xml
    data: Mapped[bytes] = mapped_column(LargeBinary)
    # Where the image's top-left corner lies on the floor, in metres.
    offset_x_m: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_m: Mapped[float] = mapped_column(Float, default=0.0)

    __table_args__ = (CheckConstraint("length(media_type) > 0", name="media_type_not_empty"),)


class Zone(Versioned, Base):
    __tablename__ = "zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[ZoneKind] = mapped_column(enum_column(ZoneKind, "zone_kind"))
    # Outline in floor metres: [[x, y], ...], at least three points.
    polygon: Mapped[list[Any]] = mapped_column(JSON)
    capacity_seats: Mapped[int] = mapped_column(Integer, default=0)
    area_m2: Mapped[float] = mapped_column(Float, default=0.0)

    floor: Mapped[Floor] = relationship(back_populates="zones")
    desks: Mapped[list[Desk]] = relationship(back_populates="zone", order_by="Desk.code")

    __table_args__ = (
        UniqueConstraint("floor_id", "name"),
        CheckConstraint("capacity_seats >= 0", name="capacity_not_negative"),
        CheckConstraint("area_m2 >= 0", name="area_not_negative"),
    )


class Desk(Versioned, Base):
    __tablename__ = "desk"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The site is repeated here so that the database can keep codes unique per site.
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    floor_id: Mapped[int] = mapped_column(ForeignKey("floor.id", ondelete="CASCADE"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id", ondelete="SET NULL"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    rotation: Mapped[float] = mapped_column(Float, default=0.0)
    kind: Mapped[DeskKind] = mapped_column(enum_column(DeskKind, "desk_kind"), default=DeskKind.FIXED)
    features: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)

    floor: Mapped[Floor] = relationship(back_populates="desks")
    zone: Mapped[Zone | None] = relationship(back_populates="desks")

    __table_args__ = (
        UniqueConstraint("site_id", "code"),
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint(f"features >= 0 AND features <= {DeskFeature.all_bits()}", name="features_known"),
        CheckConstraint("rotation >= 0 AND rotation < 360", name="rotation_range"),
        Index("ix_desk_floor_code", "floor_id", "code"),
    )

    @property
    def feature_flags(self) -> DeskFeature:
        return DeskFeature(self.features)
