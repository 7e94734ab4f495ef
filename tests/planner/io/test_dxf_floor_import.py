"""Importing a floor's DXF drawing (issue #21): an R2000 drawing in CP949 and millimetres with
40 Korean-named rooms and 240 desk blocks becomes 40 zones and 240 desks where the drawing
puts them; a revised drawing moves exactly the desks it moved and keeps everyone's history;
a dry run and a preview change nothing; undo puts the floor back."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner import cli
from planner.errors import ConcurrentEdit, InUse
from planner.io.dxf_floor import DrawingRefused, read_dxf
from planner.io.dxf_layout import LayoutChoice
from planner.models import Assignment, Desk, Floor, Zone
from planner.models.site import FloorBackground
from planner.services import seating, sites
from planner.services.floor_import import import_floor, plan_floor_import, undo_floor_import
from planner.storage import open_database
from tests.planner.factories import person, small_site

from . import dxf_drawings as drawings

DAY = dt.date(2026, 3, 2)


def empty_floor(session: Session) -> int:
    small = small_site(session, desks=0)
    floor = sites.create_floor(
        session, session.get(Floor, small.floor_id).building_id, level=4, name="4층",
        width_m=10, depth_m=10,
    )
    return floor.id


def floor_state(session: Session, floor_id: int):
    zones = {z.name: z for z in session.scalars(select(Zone).where(Zone.floor_id == floor_id))}
    desks = {d.code: d for d in session.scalars(select(Desk).where(Desk.floor_id == floor_id))}
    return zones, desks


def expected_position(zones, desk: drawings.DrawnDesk) -> tuple[float, float]:
    """Where the drawing puts a desk on the floor, read off the first room's outline (its
    lower-left corner is the drawing's 0, 0): millimetres to metres, y turned downwards."""
    first = zones[drawings.room_name(0)].polygon
    left = min(x for x, _ in first)
    bottom = max(y for _, y in first)
    return left + desk.x_mm / 1000, bottom - desk.y_mm / 1000


def test_the_drawing_is_read_in_its_code_page_and_units(tmp_path):
    path = tmp_path / "floor.dxf"
    drawings.write_floor(path)
    assert b"ANSI_949" in path.read_bytes() and "연구실".encode("cp949") in path.read_bytes()
    drawing = read_dxf(path)
    assert drawing.version == "AC1015" and drawing.encoding == "cp949" and drawing.units == "mm"
    labels = {t.text for t in drawing.texts if t.layer == "A-LABEL"}
    assert labels == {drawings.room_name(i) for i in range(40)}


def test_rooms_become_named_zones_and_blocks_desks_where_drawn(sessions, tmp_path):
    path = tmp_path / "floor.dxf"
    drawn = drawings.write_floor(path)
    drawing = read_dxf(path)
    with sessions() as session, session.begin():
        floor_id = empty_floor(session)
        result = import_floor(session, floor_id, drawing, today=DAY)
    assert result.plan.counts["zones_added"] == 40 and result.plan.counts["desks_added"] == 240
    with sessions() as session:
        zones, desks = floor_state(session, floor_id)
        assert set(zones) == {drawings.room_name(i) for i in range(40)}
        assert len(desks) == 240
        for desk in drawn:
            stored = desks[desk.code]
            x, y = expected_position(zones, desk)
            assert abs(stored.x - x) <= 0.01 and abs(stored.y - y) <= 0.01, desk.code
            assert stored.zone is not None and stored.zone.name == desk.room
            # Turned 90° counter-clockwise in CAD: 270° clockwise on the plan.
            assert stored.rotation == (270.0 if desk.rotation == 90 else 0.0)
        floor = session.get(Floor, floor_id)
        assert floor.width_m == pytest.approx(50.0) and floor.depth_m > 25
        background = session.get(FloorBackground, floor_id)
        assert background.media_type == "image/svg+xml"
        svg = background.data.decode("utf-8")
        assert "3층 평면도 (연구동)" in svg and 'font-family="NanumGothic"' in svg
        assert drawings.room_name(0) not in svg  # the plan writes zone names itself


def test_preview_and_dry_run_change_nothing(sessions, tmp_path, capsys):
    path = tmp_path / "floor.dxf"
    drawings.write_floor(path)
    database = tmp_path / "planner.sqlite3"
    db = open_database(database)
    with db.sessions() as session, session.begin():
        empty_floor(session)
    before = digest(db)
    db.close()
    argv = ["import", "floor", str(path), "--floor", "4", "--dry-run", "--json",
            "--database", str(database)]
    assert cli.main(argv) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["counts"]["zones_added"] == 40 and preview["counts"]["desks_added"] == 240
    assert preview["units"] == "mm" and preview["units_from"] == "$INSUNITS"
    assert (preview["layer_rooms"], preview["layer_labels"], preview["layer_desks"]) == (
        "A-ROOM", "A-LABEL", "A-DESK"
    )
    assert preview["imported"] is False
    db = open_database(database)
    assert digest(db) == before
    db.close()
    assert cli.main(argv[:-4] + ["--database", str(database)]) == 0
    assert "imported: zones 40 (added 40" in capsys.readouterr().out
    db = open_database(database)
    assert digest(db) != before
    db.close()


def digest(db) -> str:
    """A digest of every row of every table."""
    hashed = hashlib.sha256()
    with db.sessions() as session:
        names = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        for name in list(names):
            for row in session.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')):
                hashed.update(repr(tuple(row)).encode())
    return hashed.hexdigest()


def seat_everyone(session: Session, org_id: int, desks: dict[str, Desk], codes) -> dict[str, int]:
    people = {}
    for n, code in enumerate(codes):
        people[code] = person(session, org_id, f"입주자{n}", f"p{n}@example.org")
        seating.assign_desk(session, people[code], desks[code].id, dt.date(2026, 1, 5))
    return people


def test_a_revised_drawing_moves_exactly_the_moved_desks_and_keeps_history(sessions, tmp_path):
    first, revised = tmp_path / "floor.dxf", tmp_path / "floor-rev2.dxf"
    drawings.write_floor(first)
    moved = {"3F-R01-01": (400.0, 0.0), "3F-R12-05": (0.0, -300.0), "3F-R40-06": (250.0, 250.0)}
    drawn = {d.code: d for d in drawings.write_floor(revised, moved=moved)}
    with sessions() as session, session.begin():
        floor_id = empty_floor(session)
        import_floor(session, floor_id, read_dxf(first), today=DAY)
        org_id = session.execute(text("SELECT id FROM organisation")).scalar_one()
        zones, desks = floor_state(session, floor_id)
        occupied = [*moved, "3F-R02-01", "3F-R20-03"]
        people = seat_everyone(session, org_id, desks, occupied)
        before = {d.code: (d.id, d.x, d.y) for d in desks.values()}
    with sessions() as session, session.begin():
        history = sorted(session.execute(select(Assignment.person_id, Assignment.desk_id)).tuples())
        result = import_floor(session, floor_id, read_dxf(revised), today=DAY)
    assert sorted(d.code for d in result.plan.desks if d.action == "move") == sorted(moved)
    assert result.plan.counts["desks_added"] == 0 and result.plan.counts["desks_removed"] == 0
    with sessions() as session:
        zones, desks = floor_state(session, floor_id)
        assert {c: d.id for c, d in desks.items()} == {c: v[0] for c, v in before.items()}
        for code, desk in desks.items():
            x, y = expected_position(zones, drawn[code])
            assert abs(desk.x - x) <= 0.01 and abs(desk.y - y) <= 0.01
            if code not in moved:
                assert (desk.x, desk.y) == before[code][1:]
        after = sorted(session.execute(select(Assignment.person_id, Assignment.desk_id)).tuples())
        assert after == history
        seated = dict(session.execute(select(Assignment.person_id, Assignment.desk_id)).all())
        assert all(seated[people[code]] == before[code][0] for code in people)
    with sessions() as session, session.begin():
        undo_floor_import(session, result.undo)
    with sessions() as session:
        _, desks = floor_state(session, floor_id)
        assert {c: (d.id, d.x, d.y) for c, d in desks.items()} == before


def test_undo_puts_the_floor_back(sessions, tmp_path):
    path = tmp_path / "floor.dxf"
    drawings.write_floor(path)
    with sessions() as session, session.begin():
        floor_id = empty_floor(session)
        result = import_floor(session, floor_id, read_dxf(path), today=DAY)
    with sessions() as session, session.begin():
        undo_floor_import(session, result.undo)
    with sessions() as session:
        zones, desks = floor_state(session, floor_id)
        assert not zones and not desks
        floor = session.get(Floor, floor_id)
        assert (floor.width_m, floor.depth_m, floor.background_path) == (10, 10, None)
        assert session.get(FloorBackground, floor_id) is None


def test_removing_a_held_desk_is_refused_with_the_occupant(sessions, tmp_path):
    path = tmp_path / "floor.dxf"
    drawings.write_floor(path)
    with sessions() as session, session.begin():
        floor_id = empty_floor(session)
        import_floor(session, floor_id, read_dxf(path), today=DAY)
        _, desks = floor_state(session, floor_id)
        org_id = session.execute(text("SELECT id FROM organisation")).scalar_one()
        seat_everyone(session, org_id, desks, ["3F-R05-02"])
    # The same floor drawn without codes on another layer of desks: every desk is new, the
    # drawn ones by position keep theirs — and the held desk is kept too, by position.
    bare = tmp_path / "bare.dxf"
    drawings.write_floor(bare, codes=False)
    with sessions() as session:
        plan = plan_floor_import(session, floor_id, read_dxf(bare), today=DAY)
        assert plan.counts["desks_kept"] == 240 and not plan.held
    # Moved far (2 m) without codes: no longer the same desk; the held one would go.
    far = tmp_path / "far.dxf"
    drawings.write_floor(far, codes=False, moved={"3F-R05-02": (0.0, 2000.0)})
    with sessions() as session, session.begin():
        with pytest.raises(InUse, match=r"3F-R05-02 \(입주자0\)"):
            import_floor(session, floor_id, read_dxf(far), today=DAY)
    with sessions() as session:
        _, desks = floor_state(session, floor_id)
        assert len(desks) == 240 and all(d.active for d in desks.values())


def test_layers_and_units_can_be_chosen(sessions, tmp_path):
    path = tmp_path / "floor.dxf"
    drawings.write_floor(path, insunits=None)
    drawing = read_dxf(path)
    with sessions() as session:
        floor_id = empty_floor(session)
        plan = plan_floor_import(session, floor_id, drawing, LayoutChoice(units="cm"), today=DAY)
        assert plan.layout.units_from == "option" and plan.layout.width_m == pytest.approx(482)
        default = plan_floor_import(session, floor_id, drawing, today=DAY)
        assert default.layout.units_from == "default"
        assert any("millimetres assumed" in w for w in default.as_dict()["warnings"])
        with pytest.raises(DrawingRefused, match=r"48,002 × 25,802 m in m; .* units right"):
            plan_floor_import(session, floor_id, drawing, LayoutChoice(units="m"), today=DAY)
        walls = plan_floor_import(
            session, floor_id, drawing, LayoutChoice(layer_rooms="A-WALL"), today=DAY
        )
        assert walls.counts["zones"] == 0


def test_an_import_whose_preview_is_out_of_date_is_refused(sessions, tmp_path):
    first, revised = tmp_path / "floor.dxf", tmp_path / "rev.dxf"
    drawings.write_floor(first)
    drawings.write_floor(revised, moved={"3F-R03-03": (300.0, 0.0)})
    with sessions() as session, session.begin():
        floor_id = empty_floor(session)
        import_floor(session, floor_id, read_dxf(first), today=DAY)
    with sessions() as session:
        preview = plan_floor_import(session, floor_id, read_dxf(revised), today=DAY)
    with sessions() as session, session.begin():  # someone moves the desk meanwhile
        desk = session.scalars(select(Desk).where(Desk.code == "3F-R03-03")).one()
        sites.update_desk(session, desk.id, x=desk.x + 0.3)
    with sessions() as session, session.begin():
        with pytest.raises(ConcurrentEdit, match="This floor was changed by someone else"):
            import_floor(session, floor_id, read_dxf(revised), today=DAY, expected=preview)
