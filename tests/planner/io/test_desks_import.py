import pytest
from sqlalchemy import select

from planner.io.columns import recognise_desk_columns
from planner.io.desks_import import import_desks, preview_desks
from planner.io.errors import ImportRefused
from planner.io.read_table import read_table
from planner.models import Desk, DeskFeature, DeskKind, Zone
from planner.services import sites

from .conftest import write_csv, write_xlsx

HEADERS = ("code", "floor", "zone", "x", "y", "kind", "features")


def preview(factory, path):
    table = read_table(path)
    with factory() as session:
        return preview_desks(session, table, recognise_desk_columns(table.headers))


def run_import(factory, path):
    table = read_table(path)
    with factory() as session, session.begin():
        result = preview_desks(session, table, recognise_desk_columns(table.headers))
        return result, import_desks(session, result)


def desks(factory):
    with factory() as session:
        return {
            d.code: (d.floor_id, d.zone.name if d.zone else None, d.x, d.y, d.kind, d.features)
            for d in session.scalars(select(Desk))
        }


def test_desks_and_a_new_zone(institute_sessions, tmp_path):
    factory, institute = institute_sessions
    path = write_csv(
        tmp_path / "d.csv",
        [
            HEADERS,
            ("3f-a-001", "3", "개방형 A", "1.5", "2", "고정석", "모니터; 창가"),
            ("3F-A-002", "3층", "개방형 A", "3.1", "2", "hot", "monitor"),
            ("3F-B-001", "3F", "회의실 옆", "12", "14", "", ""),
            ("3F-B-002", "3층", "회의실 옆", "14", "15.5", "사무실", "휠체어"),
        ],
        "cp949",
    )
    result, summary = run_import(factory, path)
    assert result.errors == ()
    assert result.new_zones == ("회의실 옆",)
    assert "will be created" in result.warnings[0].message
    assert summary.added == ("3F-A-001", "3F-A-002", "3F-B-001", "3F-B-002")
    stored = desks(factory)
    assert stored["3F-A-001"] == (
        institute.floor_id,
        "개방형 A",
        1.5,
        2.0,
        DeskKind.FIXED,
        int(DeskFeature.MONITOR | DeskFeature.WINDOW),
    )
    assert stored["3F-A-002"][4] == DeskKind.HOT
    assert stored["3F-B-002"][4:] == (DeskKind.OFFICE, int(DeskFeature.ACCESSIBLE))
    with factory() as session:
        zone = session.scalars(select(Zone).where(Zone.name == "회의실 옆")).one()
        assert zone.polygon == [[11.0, 13.0], [15.0, 13.0], [15.0, 16.5], [11.0, 16.5]]
        assert zone.area_m2 == 14.0


def test_existing_codes_are_updated(sqlite_institute, tmp_path):
    factory, _ = sqlite_institute
    path = write_csv(tmp_path / "d.csv", [HEADERS, ("3F-A-001", "3", "개방형 A", "1", "2", "", "")])
    run_import(factory, path)
    write_csv(
        path,
        [
            HEADERS,
            ("3F-A-001", "3", "", "1", "2.5", "자율석", ""),
            ("3F-A-002", "3", "", "4", "2", "", ""),
        ],
    )
    result, summary = run_import(factory, path)
    assert summary.changed == ("3F-A-001",) and summary.added == ("3F-A-002",)
    assert result.rows[0].changed_fields == ("y", "kind")
    stored = desks(factory)
    assert stored["3F-A-001"][1:5] == ("개방형 A", 1.0, 2.5, DeskKind.HOT)  # blank zone kept
    assert len(stored) == 2


def test_every_bad_row_is_listed_and_nothing_written(institute_sessions, tmp_path):
    factory, _ = institute_sessions
    path = write_xlsx(
        tmp_path / "d.xlsx",
        [
            HEADERS,
            ("3F-A-001", 3, "개방형 A", 1, 2, "고정석", None),  # 2 fine
            (None, 3, None, 1, 2, None, None),  # 3 no code
            ("3F-A-003", 9, None, 1, 2, None, None),  # 4 unknown floor
            ("3F-A-004", 3, None, "왼쪽", 2, None, None),  # 5 x not a number
            ("3F-A-005", 3, None, 1, 2, "소파", None),  # 6 unknown kind
            ("3F-A-006", 3, None, 1, 2, None, "커피머신"),  # 7 unknown feature
            ("3F-A-001", 3, None, 5, 5, None, None),  # 8 duplicate code
            ("3F-A-008", 3, None, None, 2, None, None),  # 9 no x for a new desk
        ],
    )
    result = preview(factory, path)
    assert result.bad_rows == (3, 4, 5, 6, 7, 8, 9)
    with factory() as session, session.begin(), pytest.raises(ImportRefused):
        import_desks(session, result)
    assert desks(factory) == {}


def test_floor_of_another_building_needs_the_building(sqlite_institute, tmp_path):
    factory, institute = sqlite_institute
    with factory() as session, session.begin():
        other = sites.create_building(session, institute.site_id, "R3", "별관")
        sites.create_floor(session, other.id, level=3, name="별관 3층", width_m=30, depth_m=20)
        sites.create_floor(session, other.id, level=-1, name="지하", width_m=30, depth_m=20)
    path = write_csv(tmp_path / "d.csv", [("code", "floor", "x", "y"), ("A-1", "3", "1", "1")])
    assert "several buildings" in preview(factory, path).errors[0].message
    write_csv(
        path,
        [
            ("code", "building", "floor", "x", "y"),
            ("A-1", "별관", "3", "1", "1"),
            ("A-2", "R2", "3층", "2", "1"),
            ("A-3", "", "별관 3층", "3", "1"),
            ("A-4", "", "B1", "4", "1"),
            ("A-5", "", "지하1층", "5", "1"),
            ("A-6", "R9", "3", "5", "1"),
        ],
    )
    result = preview(factory, path)
    assert [(e.row, e.message) for e in result.errors] == [(7, "unknown building 'R9'")]
    assert [r.floor_id is not None for r in result.rows] == [True] * 5 + [False]


def test_a_desk_is_not_moved_to_another_floor(sqlite_institute, tmp_path):
    factory, institute = sqlite_institute
    with factory() as session, session.begin():
        sites.create_floor(
            session,
            session.get(sites.Floor, institute.floor_id).building_id,
            level=4,
            name="4층",
            width_m=40,
            depth_m=20,
        )
        sites.create_desk(session, institute.floor_id, code="3F-A-001", x=1, y=1)
    path = write_csv(tmp_path / "d.csv", [HEADERS, ("3F-A-001", "4", "", "1", "1", "", "")])
    assert "another floor" in preview(factory, path).errors[0].message
