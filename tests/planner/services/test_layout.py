"""Layout editing through the services, on SQLite and PostgreSQL: rules, zones, exact restore."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.errors import DuplicateValue, InUse, ValidationError
from planner.models import Desk, Zone
from planner.services import layout, seating
from planner.services.background_files import media_type_of
from planner.services.layout import NewDesk
from planner.services.layout_background import (
    floor_background,
    place_floor_background,
    restore_floor_background,
    set_floor_background,
)
from planner.services.layout_geometry import calibrate, desk_codes, grid_positions, polygon_problem
from tests.planner.factories import person, png_bytes, small_site

PNG = png_bytes(4, 3)
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"/>'


@pytest.fixture
def world(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3)
    return sessions, site


def _desks(s, floor_id):
    return {
        d.code: (d.x, d.y, d.rotation, d.zone_id)
        for d in s.scalars(select(Desk).where(Desk.floor_id == floor_id))
    }


def test_add_desks_files_them_under_their_zone(world):
    sessions, site = world
    with sessions() as s, s.begin():
        ids = layout.add_desks(
            s, site.floor_id, [NewDesk("3f-b-001", 5, 5), NewDesk("3F-B-002", 30, 15)]
        )
    with sessions() as s:
        inside, outside = (s.get(Desk, i) for i in ids)
        assert inside.code == "3F-B-001" and inside.zone_id == site.zone_id
        assert outside.zone_id is None


@pytest.mark.parametrize(
    ("specs", "error"),
    [
        ([NewDesk("3F-A-001", 5, 5)], DuplicateValue),  # the factory's first desk
        ([NewDesk("X-1", 5, 5), NewDesk("x-1", 6, 5)], DuplicateValue),
        ([NewDesk("X-1", 5, 5), NewDesk("X-2", 41, 5)], ValidationError),  # floor is 40 m wide
    ],
)
def test_add_desks_refuses_and_writes_nothing(world, specs, error):
    sessions, site = world
    with sessions() as s:
        before = _desks(s, site.floor_id)
    with pytest.raises(error), sessions() as s, s.begin():
        layout.add_desks(s, site.floor_id, specs)
    with sessions() as s:
        assert _desks(s, site.floor_id) == before


def test_move_rotate_and_restore_exactly(world):
    sessions, site = world
    a, b = site.desks[0], site.desks[1]
    with sessions() as s, s.begin():
        before = layout.capture_layout(s, [a, b])
        layout.move_desks(s, {a: (30.0, 15.0), b: (31.5, 15.0)})
        layout.rotate_desks(s, [a], 90)
        layout.rotate_desks(s, [a], -105)
    with sessions() as s:
        moved = s.get(Desk, a)
        assert (moved.x, moved.y, moved.rotation, moved.zone_id) == (30.0, 15.0, 345.0, None)
    with sessions() as s, s.begin():
        layout.restore_layout(s, before)
    with sessions() as s:
        assert layout.capture_layout(s, [a, b]) == before


def test_moving_off_the_floor_is_refused(world):
    sessions, site = world
    with pytest.raises(ValidationError, match="outside the floor"), sessions() as s, s.begin():
        layout.move_desks(s, {site.desks[0]: (10.0, 25.0)})


def test_remove_and_restore_keeps_the_id(world):
    sessions, site = world
    desk_id = site.desks[2]
    with sessions() as s, s.begin():
        before = layout.capture_layout(s, [desk_id])
        layout.remove_desks(s, [desk_id])
    with sessions() as s:
        assert s.get(Desk, desk_id) is None
    with sessions() as s, s.begin():
        layout.restore_layout(s, before)
    with sessions() as s:
        assert layout.capture_layout(s, [desk_id]) == before


def test_a_seated_desk_cannot_be_removed(world):
    sessions, site = world
    with sessions() as s, s.begin():
        someone = person(s, site.org_id, "김민준")
        seating.assign_desk(s, someone, site.desks[0], dt.date(2025, 1, 1))
    with pytest.raises(InUse), sessions() as s, s.begin():
        layout.remove_desks(s, [site.desks[1], site.desks[0]])
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Desk)) == 3


def test_zone_drawn_reshaped_edited_and_removed(world):
    sessions, site = world
    with sessions() as s, s.begin():
        ids = layout.add_desks(s, site.floor_id, [NewDesk("3F-C-001", 30, 15)])
        zone_id = layout.draw_zone(
            s, site.floor_id, "회의실 1", "meeting", [(25, 12), (35, 12), (35, 18), (25, 18)], 6
        )
    with sessions() as s:
        assert s.get(Desk, ids[0]).zone_id == zone_id
        assert s.get(Zone, zone_id).area_m2 == 60.0
    with sessions() as s, s.begin():
        before = layout.capture_layout(s, ids, [zone_id])
        layout.reshape_zone(s, zone_id, [(32, 12), (38, 12), (38, 18), (32, 18)])
    with sessions() as s:
        assert s.get(Desk, ids[0]).zone_id is None  # left outside the new outline
        assert s.get(Zone, zone_id).area_m2 == 36.0
    with sessions() as s, s.begin():
        layout.restore_layout(s, before)
        layout.edit_zone(s, zone_id, name="회의실 2", capacity_seats=8)
    with sessions() as s:
        assert s.get(Desk, ids[0]).zone_id == zone_id
        assert s.get(Zone, zone_id).name == "회의실 2"
    with sessions() as s, s.begin():
        before = layout.capture_layout(s, ids, [zone_id])
        assert layout.remove_zone(s, zone_id) == ids
    with sessions() as s, s.begin():
        assert s.get(Zone, zone_id) is None and s.get(Desk, ids[0]).zone_id is None
        layout.restore_layout(s, before)
    with sessions() as s:
        assert layout.capture_layout(s, ids, [zone_id]) == before


def test_bad_outlines_and_names_are_refused(world):
    sessions, site = world
    for polygon, words in (
        ([(1, 1), (5, 5), (5, 1), (1, 5)], "crosses itself"),
        ([(1, 1), (5, 1)], "three corners"),
        ([(1, 1), (50, 1), (50, 5)], "outside the floor"),
    ):
        with pytest.raises(ValidationError, match=words), sessions() as s, s.begin():
            layout.draw_zone(s, site.floor_id, "Z", "lab", polygon)
    with pytest.raises(DuplicateValue), sessions() as s, s.begin():
        layout.draw_zone(s, site.floor_id, "개방형 A", "lab", [(25, 1), (30, 1), (30, 5)])
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Zone)) == 1


def test_background_stored_calibrated_and_restored(world):
    sessions, site = world
    with sessions() as s, s.begin():
        set_floor_background(s, site.floor_id, PNG, "plan.png", 0.05)
    with sessions() as s, s.begin():
        first = floor_background(s, site.floor_id)
        assert (first.media_type, first.data, first.scale) == ("image/png", PNG, 0.05)
        place_floor_background(s, site.floor_id, 0.02, (1.5, -2.0))
    with sessions() as s, s.begin():
        placed = floor_background(s, site.floor_id)
        assert (placed.scale, placed.offset_x_m, placed.offset_y_m) == (0.02, 1.5, -2.0)
        set_floor_background(s, site.floor_id, SVG, "plan.svg", 0.1)
    with sessions() as s, s.begin():
        assert floor_background(s, site.floor_id).media_type == "image/svg+xml"
        restore_floor_background(s, site.floor_id, placed)
    with sessions() as s, s.begin():
        assert floor_background(s, site.floor_id) == placed
        restore_floor_background(s, site.floor_id, None)
    with sessions() as s:
        assert floor_background(s, site.floor_id) is None


def test_a_file_that_is_no_image_is_refused(world):
    sessions, site = world
    with pytest.raises(ValidationError, match="not a PNG"), sessions() as s, s.begin():
        set_floor_background(s, site.floor_id, b"GIF89a\x01\x00", "plan.gif", 0.05)
    # A PDF's page may be a background (issue #21), but not a PDF cut off after its header.
    with pytest.raises(ValidationError, match="PDF is cut off"), sessions() as s, s.begin():
        set_floor_background(s, site.floor_id, b"%PDF-1.7", "plan.pdf", 0.05)
    assert media_type_of(b"\xff\xd8\xff\xe0rest") == "image/jpeg"


def test_geometry_helpers():
    assert polygon_problem([(0, 0), (4, 0), (4, 3), (0, 3)], 10, 10) is None
    assert grid_positions((1.0, 2.0), 2, 3, 1.6, 2.0)[-1] == (1.0 + 2 * 1.6, 4.0)
    assert desk_codes("3F-B-", 9, 3, 3) == ["3F-B-009", "3F-B-010", "3F-B-011"]
    # 100 px measured as 5 m: 0.05 m/px, and the first point stays where it was on the floor.
    scale, offset = calibrate((0.0, 0.0), 0.1, (10.0, 10.0), (110.0, 10.0), 5.0)
    assert scale == pytest.approx(0.05)
    assert offset[0] + 10 * scale == pytest.approx(1.0)
