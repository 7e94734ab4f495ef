"""Builders for the spreadsheet tests: files in every encoding, and a small institute."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from planner.models import OrganisationKind, Track
from planner.services import people, sites, tasks

ENCODINGS = ("utf-8", "utf-8-sig", "cp949", "utf-16")

KOREAN_HEADERS = (
    "성명",
    "영문 이름",
    "소속",
    "직급",
    "이메일",
    "연락처",
    "입주일",
    "퇴거일",
    "과제코드",
    "사번",
)
ENGLISH_HEADERS = (
    "Name",
    "English name",
    "Organization",
    "Role",
    "E-mail",
    "Phone",
    "Start",
    "End",
    "Task",
    "Employee No",
)

PEOPLE_ROWS = (
    (
        "김민수",
        "Kim Minsu",
        "KAIST",
        "교수",
        "minsu.kim@kaist.ac.kr",
        "010-1111-2222",
        "2025-03-01",
        "2026-02-28",
        "F-01",
        "K001",
    ),
    (
        "이서연",
        "Lee Seoyeon",
        "KAIST",
        "학생",
        "seoyeon@kaist.ac.kr",
        "",
        "2025.3.1",
        "",
        "F-01, F-02",
        "K002",
    ),
    (
        "박지훈",
        "Park Jihoon",
        "KT",
        "KT 직원",
        "jihoon.park@kt.com",
        "+82-10-3333-4444",
        "2025년 3월 4일",
        "",
        "I-01",
        "T100",
    ),
    ("최유나", "", "KT", "인턴", "yuna@kt.com", "", "2025/04/01", "2025/08/31", "", ""),
)


def csv_bytes(
    rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    return path


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], sheet: str = "Sheet1", merges: Sequence[str] = ()
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for cells in merges:
        worksheet.merge_cells(cells)
    workbook.save(path)
    return path


@dataclass
class Institute:
    kaist_id: int
    kt_id: int
    task_ids: dict[str, int]
    floor_id: int
    site_id: int


def build_institute(session: Session) -> Institute:
    kaist = people.create_organisation(session, "KAIST", "KAIST", OrganisationKind.KAIST)
    kt = people.create_organisation(session, "KT", "KT", OrganisationKind.KT)
    task_ids = {}
    for code, track in (
        ("F-01", Track.FOUNDATIONAL),
        ("F-02", Track.FOUNDATIONAL),
        ("I-01", Track.INDUSTRIAL),
    ):
        task_ids[code] = tasks.create_task(
            session, code=code, title_ko=f"과제 {code}", track=track, start_year=2021
        ).id
    site = sites.create_site(session, "KT 대덕2연구센터")
    building = sites.create_building(session, site.id, "R2", "연구동")
    floor = sites.create_floor(session, building.id, level=3, name="3층", width_m=40, depth_m=20)
    sites.create_zone(
        session,
        floor.id,
        name="개방형 A",
        kind="open_office",
        polygon=[[0, 0], [20, 0], [20, 10], [0, 10]],
    )
    return Institute(kaist.id, kt.id, task_ids, floor.id, site.id)


@pytest.fixture
def institute_sessions(sessions):
    """(session factory, Institute) on SQLite and on PostgreSQL."""
    with sessions() as session, session.begin():
        institute = build_institute(session)
    return sessions, institute


@pytest.fixture
def sqlite_institute(sqlite_sessions):
    with sqlite_sessions() as session, session.begin():
        institute = build_institute(session)
    return sqlite_sessions, institute
