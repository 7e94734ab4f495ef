"""A floor's background image (PNG, JPEG, SVG or a page of a PDF), kept in the database with its scale.

What may be stored is decided by :func:`planner.services.background_files.inspect_background`
(hostile images refused with the reason).

The image bytes live in ``floor_background`` so that every client of a shared server sees
the same plan; the floor row carries the original file name and the scale (metres per image
pixel), so a change of either shows up as a change of the floor for other clients.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.errors import ValidationError
from planner.models import Floor
from planner.models.site import FloorBackground
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record
from planner.services.background_files import (
    MAX_PDF_PAGES,
    PDF,
    inspect_background,
    pdf_media_type,
    pdf_page,
)


@dataclass(frozen=True)
class Background:
    floor_id: int
    file_name: str
    media_type: str
    data: bytes
    scale: float  # metres per image pixel
    offset_x_m: float
    offset_y_m: float


def floor_background(session: Session, floor_id: int) -> Background | None:
    floor = get(session, Floor, floor_id, "floor")
    row = session.get(FloorBackground, floor_id)
    if row is None:
        return None
    return Background(
        floor_id,
        floor.background_path or "",
        row.media_type,
        bytes(row.data),
        floor.background_scale or 1.0,
        row.offset_x_m,
        row.offset_y_m,
    )


def set_floor_background(
    session: Session,
    floor_id: int,
    data: bytes,
    file_name: str,
    scale: float,
    offset: tuple[float, float] = (0.0, 0.0),
    page: int | None = None,
) -> Background:
    """Store an image under the floor (replacing any earlier one); ``page`` (1-based) is the
    page of a PDF that is shown."""
    floor = get(session, Floor, floor_id, "floor")
    media_type = inspect_background(data).media_type
    if media_type == PDF:
        media_type = pdf_media_type(_pdf_page_number(page))
    _check_scale(scale)
    row = session.get(FloorBackground, floor_id)
    if row is None:
        row = FloorBackground(floor_id=floor_id, media_type=media_type, data=data)
        session.add(row)
        record(session, "create", "floor_background", floor_id, "file", None, file_name)
    else:
        row.media_type, row.data = media_type, data
        record(
            session,
            "update",
            "floor_background",
            floor_id,
            "file",
            floor.background_path,
            file_name,
        )
    row.offset_x_m, row.offset_y_m = float(offset[0]), float(offset[1])
    apply_changes(
        session,
        floor,
        "floor",
        {"background_path": file_name[-1000:] or "background", "background_scale": float(scale)},
    )
    flush(session, "floor background")
    return Background(
        floor_id, floor.background_path or "", media_type, data, float(scale), *map(float, offset)
    )


def _pdf_page_number(page: int | None) -> int:
    if page is None:
        return 1
    if not 1 <= page <= MAX_PDF_PAGES:
        raise ValidationError.from_template("background", "the PDF has no page %1", page)
    return page


def _check_scale(scale: float) -> None:
    if not (1e-6 <= scale <= 1e3):
        raise ValidationError.from_template(
            "background_scale", "the scale must lie between 0.000001 and 1000 m per pixel"
        )


def place_floor_background(
    session: Session, floor_id: int, scale: float, offset: tuple[float, float]
) -> None:
    """New scale (metres per pixel) and position of the image's top-left corner on the floor."""
    floor = get(session, Floor, floor_id, "floor")
    row = session.get(FloorBackground, floor_id)
    if row is None:
        raise ValidationError.from_template("background", "this floor has no background image")
    _check_scale(scale)
    apply_changes(session, floor, "floor", {"background_scale": float(scale)})
    for name, value in (("offset_x_m", float(offset[0])), ("offset_y_m", float(offset[1]))):
        if getattr(row, name) != value:
            record(session, "update", "floor_background", floor_id, name, getattr(row, name), value)
            setattr(row, name, value)
    flush(session, "floor background")


def remove_floor_background(session: Session, floor_id: int) -> None:
    floor = get(session, Floor, floor_id, "floor")
    row = session.get(FloorBackground, floor_id)
    if row is not None:
        record(session, "delete", "floor_background", floor_id, "file", floor.background_path, None)
        session.delete(row)
    apply_changes(session, floor, "floor", {"background_path": None, "background_scale": None})
    flush(session, "floor background")


def restore_floor_background(session: Session, floor_id: int, state: Background | None) -> None:
    """Put the background back as captured (None: no background)."""
    if state is None:
        remove_floor_background(session, floor_id)
    else:
        set_floor_background(
            session,
            floor_id,
            state.data,
            state.file_name,
            state.scale,
            (state.offset_x_m, state.offset_y_m),
            pdf_page(state.media_type),
        )
