"""Export → import gives the same data, in both formats."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from planner.io.columns import recognise_desk_columns, recognise_people_columns
from planner.io.desks_import import import_desks, preview_desks
from planner.io.export_data import KINDS, export_kind
from planner.io.people_import import import_people, preview_people
from planner.io.read_table import read_table
from planner.models import Desk, DeskFeature, DeskKind, Person, Role
from planner.services import people, sites, tasks

from .conftest import build_institute
from .test_people_import import stored

TODAY = dt.date(2025, 11, 25)


def fill(session, institute):
    """People whose values are awkward for spreadsheets: +82 phones, '=' names, line breaks."""
    rows = [
        dict(
            name_ko="김민수",
            name_en="Kim Minsu",
            organisation_id=institute.kaist_id,
            role=Role.PROFESSOR,
            email="minsu@kaist.ac.kr",
            phone="+82-10-1111-2222",
            employee_no="00123",
            stay_start=dt.date(2025, 3, 1),
            stay_end=dt.date(2026, 2, 28),
            needs="accessible;monitor",
            notes="첫 줄\n둘째 줄",
        ),
        dict(
            name_ko="=이서연",
            name_en="-Lee",
            organisation_id=institute.kaist_id,
            role=Role.STUDENT,
            email="seoyeon@kaist.ac.kr",
            stay_start=dt.date(2025, 3, 1),
        ),
        dict(
            name_ko="박지훈", organisation_id=institute.kt_id, role=Role.KT_STAFF, employee_no="T-1"
        ),
        dict(name_ko="최유나", organisation_id=institute.kt_id, role=Role.VISITOR, phone="@home"),
    ]
    ids = [people.create_person(session, **row).id for row in rows]
    tasks.set_task_members(session, institute.task_ids["F-01"], ids[:2])
    tasks.set_task_members(session, institute.task_ids["I-01"], ids[1:3])
    zone = session.scalars(select(sites.Zone)).first()
    sites.create_desk(
        session,
        institute.floor_id,
        code="3F-A-001",
        x=1.25,
        y=2,
        zone_id=zone.id,
        kind=DeskKind.HOT,
        features=int(DeskFeature.MONITOR | DeskFeature.WINDOW),
        rotation=90,
    )
    sites.create_desk(session, institute.floor_id, code="3F-X-9", x=30, y=18.5, active=False)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_people_and_desks_round_trip_into_a_fresh_database(sqlite_sessions, tmp_path, suffix):
    from planner.db import Base, make_engine, make_session_factory

    with sqlite_sessions() as session, session.begin():
        fill(session, build_institute(session))
        export_kind(session, "people", tmp_path / f"people{suffix}", on=TODAY)
        export_kind(session, "desks", tmp_path / f"desks{suffix}", on=TODAY)
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    Base.metadata.create_all(engine)
    fresh = make_session_factory(engine, actor="tester")
    with fresh() as session, session.begin():
        build_institute(session)
        table = read_table(tmp_path / f"people{suffix}")
        preview = preview_people(session, table, recognise_people_columns(table.headers))
        assert preview.errors == () and preview.would_add == 4
        import_people(session, preview, create_missing_organisations=False)
        table = read_table(tmp_path / f"desks{suffix}")
        desk_preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        assert desk_preview.errors == () and desk_preview.would_add == 2
        import_desks(session, desk_preview)
    assert stored(fresh) == stored(sqlite_sessions)
    for factory in (sqlite_sessions, fresh):
        with factory() as session:
            assert (
                session.scalars(select(Person.notes).where(Person.name_ko == "김민수")).one()
                == "첫 줄\n둘째 줄"
            )
            assert (
                session.scalars(select(Person.needs).where(Person.name_ko == "김민수")).one() == 9
            )

    def desk_rows(factory):
        with factory() as session:
            return [
                (
                    d.code,
                    d.zone.name if d.zone else None,
                    d.x,
                    d.y,
                    d.kind,
                    d.features,
                    d.rotation,
                    d.active,
                )
                for d in session.scalars(select(Desk).order_by(Desk.code))
            ]

    assert desk_rows(fresh) == desk_rows(sqlite_sessions)
    engine.dispose()


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_demo_institute_reimports_unchanged(sqlite_sessions, tmp_path, suffix, language):
    """Export → import is a no-op: nothing to add or change, and importing writes nothing
    (not even an audit entry), for people and desks, in both formats and both languages."""
    from planner.demo.institute import build_institute as build_demo

    with sqlite_sessions() as session, session.begin():
        build_demo(session, today=TODAY)
    with sqlite_sessions() as session:
        for kind in KINDS:
            written = export_kind(
                session, kind, tmp_path / f"{kind}{suffix}", on=TODAY, language=language
            )
            assert written > 0
    before = everything(sqlite_sessions)
    with sqlite_sessions() as session, session.begin():
        table = read_table(tmp_path / f"people{suffix}")
        if language == "en":
            assert table.headers[:4] == ("Name", "English name", "Organisation", "Role")
            assert {"Start-up member", "Student researcher"} <= {row.cells[3] for row in table.rows}
        else:
            assert "스타트업 구성원" in {row.cells[3] for row in table.rows}
        preview = preview_people(session, table, recognise_people_columns(table.headers))
        assert preview.errors == () and preview.warnings == ()
        assert (
            preview.would_add == preview.would_change == 0
            and preview.unchanged == len(table.rows) > 150
        )
        summary = import_people(session, preview, create_missing_organisations=False)
        assert summary.added == summary.changed == ()
        table = read_table(tmp_path / f"desks{suffix}")
        kinds = {row.cells[6] for row in table.rows}
        assert kinds == (
            {"Fixed", "Hot desk", "Office"}
            if language == "en"
            else {"고정석", "공용좌석", "연구실"}
        )
        desk_preview = preview_desks(session, table, recognise_desk_columns(table.headers))
        assert desk_preview.errors == ()
        assert desk_preview.would_add == desk_preview.would_change == 0
        assert desk_preview.unchanged == len(table.rows) > 100
        summary = import_desks(session, desk_preview)
        assert summary.added == summary.changed == ()
    assert everything(sqlite_sessions) == before


def everything(factory):
    """People, their tasks, desks, zones and the audit log: what an import could touch."""
    from planner.models import AuditEntry, Zone

    with factory() as session:
        return (
            stored(factory),
            session.execute(
                select(Desk.code, Desk.zone_id, Desk.x, Desk.y, Desk.kind, Desk.features)
                .add_columns(Desk.rotation, Desk.active)
                .order_by(Desk.code)
            ).all(),
            session.execute(select(Zone.id, Zone.name).order_by(Zone.id)).all(),
            session.scalar(select(func.count(AuditEntry.id))),
        )


def test_demo_cycles_export_has_numbers_and_dates(sqlite_sessions, tmp_path):
    from planner.demo.institute import build_institute as build_demo

    with sqlite_sessions() as session, session.begin():
        build_demo(session, today=TODAY)
        export_kind(session, "cycles", tmp_path / "cycles.xlsx")
        export_kind(session, "assignments", tmp_path / "assignments.xlsx")
    sheet = load_workbook(tmp_path / "cycles.xlsx").active
    header = [c.value for c in sheet[1]]
    budget = header.index("예산(원)") + 1
    start = header.index("기간 시작") + 1
    assert (
        isinstance(sheet.cell(2, budget).value, int)
        and sheet.cell(2, budget).number_format == "#,##0"
    )
    assert sheet.cell(2, start).is_date
    history = load_workbook(tmp_path / "assignments.xlsx").active
    assert [c.value for c in history[1]][:4] == ["이름", "이메일", "좌석", "층"]
    assert history["E2"].is_date
