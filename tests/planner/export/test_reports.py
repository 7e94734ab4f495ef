"""Printed reports on the demo institute: content, embedded fonts, determinism, the command."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil

import pytest

from planner.demo.create import create_demo
from planner.commands.report_cmd import build_report, register, run
from planner.errors import NotFound, PlannerError
from planner.export.reports.roster import RosterRow, build_roster
from planner.services import documents, queries
from planner.storage import open_database
from tests.planner.export.pdfcheck import fonts_embedded, reader, squeezed, text_of

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture(scope="module")
def session(demo_path):
    database = open_database(demo_path)
    with database.sessions() as s:
        yield s
    database.close()


def _args(kind: str, **values) -> argparse.Namespace:
    defaults = {
        "on": TODAY,
        "floor": None,
        "paper": "A3",
        "by": "floor",
        "year": None,
        "output": "x.pdf",
    }
    return argparse.Namespace(report_kind=kind, **{**defaults, **values})


@pytest.fixture(scope="module")
def reports(session):
    """Every report once, as bytes (building them is the slow part)."""
    return {
        "seating": build_report(session, _args("seating", floor="3")),
        "seating_a4": build_report(session, _args("seating", floor="2", paper="A4")),
        "roster": build_report(session, _args("roster")),
        "roster_org": build_report(session, _args("roster", by="organisation")),
        "nameplates": build_report(session, _args("nameplates", floor="5")),
        "occupancy": build_report(session, _args("occupancy")),
        "renewals": build_report(session, _args("renewals", year=2025)),
    }


@pytest.mark.parametrize(
    "kind", ["seating", "seating_a4", "roster", "roster_org", "nameplates", "occupancy", "renewals"]
)
def test_every_font_is_embedded_and_pages_are_numbered(reports, kind):
    fonts = fonts_embedded(reports[kind])
    assert fonts and all(fonts.values()), fonts
    pages = len(reader(reports[kind]).pages)
    assert f"-1/{pages}-" in squeezed(text_of(reports[kind]))


def test_seating_chart_shows_the_plan_of_the_day(reports, session):
    text = text_of(reports["seating"])
    seated = [
        r
        for r in queries.seating_on(session, TODAY, documents.find_floor(session, 3).id)
        if r.person_id
    ]
    assert "3층 좌석 배치도" in text and "2025년 11월 25일 기준" in text
    assert "개방형 사무실 A" in text and "교수연구실" in text
    for row in seated[:20]:
        assert row.desk_code in text and row.name_ko in text
    assert "KAIST" in text and "빈 좌석" in text  # the legend
    page = reader(reports["seating"]).pages[0]
    assert round(float(page.mediabox.width)) == 1191  # A3 landscape: the floor is wide
    a4 = reader(reports["seating_a4"]).pages[0].mediabox
    assert sorted((round(float(a4.width)), round(float(a4.height)))) == [595, 842]


def test_roster_lists_everyone_seated(reports, session):
    text = text_of(reports["roster"])
    seated = [r for r in queries.seating_on(session, TODAY) if r.person_id]
    assert f"{len(seated)}명" in text
    for row in seated:
        assert row.desk_code in text and row.name_ko in text
    assert text.count("퇴거 예정") == len(reader(reports["roster"]).pages)  # header on every page
    assert "KAIST (" in text_of(reports["roster_org"])


def test_nameplates_carry_names_organisation_and_task(reports, session):
    plates = documents.name_plates(session, TODAY, 5)
    text = text_of(reports["nameplates"])
    assert len(reader(reports["nameplates"]).pages) == -(-len(plates) // 8)
    for plate in plates:
        assert plate.name_ko in text and plate.name_en in text and plate.desk in text
    assert "I-01" in text


def test_occupancy_and_renewal_summary(reports):
    occupancy = text_of(reports["occupancy"])
    assert "입주 현황 보고서" in occupancy and "층별 현황" in occupancy and "사용률" in occupancy
    assert "F-01" in occupancy and "퇴거 예정자" in occupancy
    renewals = text_of(reports["renewals"])
    assert (
        "2025년도 연구과제 갱신 요약" in renewals
        and "원천기술" in renewals
        and "산업AI" in renewals
    )
    assert "2024" in renewals and "목표 조기 달성으로 2025년 2월 종료" in renewals


def test_reports_are_deterministic(session, reports):
    assert build_report(session, _args("occupancy")) == reports["occupancy"]
    assert build_report(session, _args("seating", floor="3")) == reports["seating"]


def _synthetic_rows(count: int) -> list[RosterRow]:
    rng = random.Random(5)
    return [
        RosterRow(
            f"{i // 1000 + 1}층",
            i // 1000,
            f"구역 {i // 40 % 25:02d}",
            f"B-{i:06d}",
            rng.choice("김이박최정강조윤") + rng.choice(["민준", "서연", "도윤", "하은", "지호"]),
            "Min-jun Kim",
            rng.choice(["KT", "KAIST", "딥보이스랩"]),
            TODAY - dt.timedelta(days=i % 700),
            None if i % 3 else TODAY + dt.timedelta(days=i % 90),
        )
        for i in range(count)
    ]


def test_a_5000_row_roster_builds_with_its_header_on_every_page():
    rows = _synthetic_rows(5000)
    rows[7] = RosterRow(
        "1층",
        0,
        "아주아주긴이름을가진연구실험실공간구역" * 2,
        "B-X",
        "남궁민수",
        "Namgung Min-su " * 3,
        "KT",
        TODAY,
        None,
    )
    pdf = build_roster(rows, TODAY, by="floor")
    pages = reader(pdf).pages
    assert len(pages) >= 5000 // 70
    last = pages[-1].extract_text()
    assert "B-004999" in text_of(pdf) and "퇴거 예정" in last
    assert "아주아주긴이름을가진" in squeezed(text_of(pdf))  # wrapped inside its cell, not lost


def test_command_writes_files_and_reports_errors(demo_path, tmp_path):
    copy = tmp_path / "demo.sqlite3"  # the module's session keeps the original open
    shutil.copy(demo_path, copy)
    demo_path = copy
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    out = tmp_path / "seat.pdf"
    args = parser.parse_args(
        [
            "report",
            "seating",
            "--floor",
            "4",
            "--paper",
            "a4",
            "-o",
            str(out),
            "--on",
            "2025-11-25",
            "--database",
            str(demo_path),
        ]
    )
    assert run(args) == 0 and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))
    missing = parser.parse_args(
        ["report", "seating", "--floor", "9", "-o", str(out), "--database", str(demo_path)]
    )
    with pytest.raises(NotFound):
        run(missing)
    nowhere = parser.parse_args(
        ["report", "roster", "-o", str(tmp_path / "no" / "r.pdf"), "--database", str(demo_path)]
    )
    with pytest.raises(PlannerError, match="does not exist"):
        run(nowhere)


def test_occupancy_counts_seats_as_the_seating_charts_do(session, reports):
    """Two visitors sharing a hot desk use one seat: 'used' and 'vacant' add up to the seats."""
    import re

    from collections import Counter

    occupants = Counter(r.desk_code for r in queries.seating_on(session, TODAY) if r.person_id)
    assert max(occupants.values()) > 1  # the demo shares a hot desk; else this proves nothing
    occupancy = text_of(reports["occupancy"])
    used_total = 0
    for floor in ("2", "3", "4", "5"):
        chart = squeezed(text_of(build_report(session, _args("seating", floor=floor))))
        seats, used = map(int, re.search(r"좌석(\d+)석중(\d+)석사용", chart).groups())
        line = re.search(rf"연구동 {floor}층\s+(\d+)\s+(\d+)\s+(\d+)\s", occupancy)
        assert line is not None
        assert tuple(map(int, line.groups())) == (seats, used, seats - used), floor
        used_total += used
    headline = re.search(r"좌석 (\d+)석 중 (\d+)석 사용, (\d+)석 비어 있음", occupancy)
    assert headline is not None
    total, used, vacant = map(int, headline.groups())
    assert used == used_total and used + vacant == total


def test_renewal_summary_signs_changes_and_dashes_missing_years(reports):
    text = squeezed(text_of(reports["renewals"]))
    assert "+350,000+3.3%" in text  # the change carries its sign, as its percentage does
    # A new task had nothing last year and a concluded one has nothing this year: not "0".
    assert "AI모델자동최적화플랫폼신규–530,000" in text
    assert "저전력AI반도체컴파일러종료380,000–" in text


def test_roster_counts_every_resident_and_lists_those_without_a_desk(session):
    rows = documents.roster_rows(session, TODAY)
    seated = [r for r in queries.seating_on(session, TODAY) if r.person_id]
    unseated = queries.unseated_people(session, TODAY)
    assert unseated  # the demo's interns waiting for a desk
    assert len(rows) == len(seated) + len(unseated)
    text = text_of(build_roster(rows, TODAY))
    assert f"입주자 {len(rows)}명" in text
    assert f"좌석 없음 {len(unseated)}명" in text and f"좌석 없음 ({len(unseated)}명)" in text
    tail = text[text.index(f"좌석 없음 ({len(unseated)}명)") :]
    for person in unseated:
        assert person.name_ko in tail  # in the section at the end
    assert "2025-" not in text  # dates as Korean documents write them
    assert re.search(r"20\d\d\. \d{1,2}\. \d{1,2}\.", text)


def test_roster_keeps_groups_together_across_pages():
    from planner.export.reports.roster import KEEP, _pages

    sizes = [40, 4, 30, 2, 7, 90, 5, 3, 60, 1, 1, 25]
    rows = [
        RosterRow(f"{n}층", n, "A", f"{n}F-A-{i:03d}", f"이름{i}", "", "KT", None, None)
        for n, size in enumerate(sizes, start=2)
        for i in range(size)
    ]
    widths = [60.0] * 7
    flow = [f for f in _pages(rows, "floor", widths, 700.0, 640.0) if hasattr(f, "roster_page")]
    assert len(flow) > 3
    for drawn in flow:
        kinds = drawn.roster_page.kinds
        cells = drawn.roster_page.rows
        for at, kind in enumerate(kinds):
            if kind != "band" or "(계속)" in cells[at][0]:
                continue
            group = int(cells[at][0].split("층")[0])
            following = 0
            for later in kinds[at + 1 :]:
                if later != "row":
                    break
                following += 1
            # No band left at a page's foot with fewer rows than KEEP (or its whole group).
            assert following >= min(KEEP, sizes[group - 2]), (group, following)
        # No group's last row alone at the top of a page.
        if len(kinds) > 2 and kinds[1] == "band" and "(계속)" in cells[1][0]:
            assert kinds[2:4] == ["row", "row"]
    # Groups that fit on a page start on a fresh one rather than being split.
    for drawn in flow:
        for at, kind in enumerate(drawn.roster_page.kinds):
            if kind == "band" and "(계속)" in drawn.roster_page.rows[at][0]:
                group = int(drawn.roster_page.rows[at][0].split("층")[0])
                assert sizes[group - 2] * 13.0 > 600  # only groups longer than a page continue


def test_occupancy_totals_add_up_and_explain_the_shared_desk(session):
    report = documents.occupancy_report(session, TODAY)
    text = squeezed(text_of(build_report(session, _args("occupancy"))))
    residents = len(documents.roster_rows(session, TODAY))
    seated_people = sum(1 for r in queries.seating_on(session, TODAY) if r.person_id)
    desks_used = sum(r.occupied for r in report.floors)
    # The organisations' total row: every resident once, every seated person once.
    assert sum(r.people for r in report.organisations) == residents
    assert sum(r.occupied for r in report.organisations) == seated_people
    assert f"합계{residents}{seated_people}" in text
    assert seated_people == desks_used + 1  # the demo's shared hot desk
    assert squeezed(f"좌석 배정 인원 합계 {seated_people}명이 사용 좌석 {desks_used}석보다 1명") in text


def test_ended_tasks_are_marked_on_plates_and_in_occupancy(demo_path, tmp_path):
    from sqlalchemy import select

    from planner.export.reports.nameplates import build_nameplates
    from planner.export.reports.occupancy import build_occupancy
    from planner.models import ResearchTask, TaskMember
    from planner.models.enums import TaskStatus

    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_path, copy)
    database = open_database(copy)
    try:
        with database.sessions() as s, s.begin():
            task = s.scalars(
                select(ResearchTask).join(TaskMember).order_by(ResearchTask.code)
            ).first()
            task.status = TaskStatus.CONCLUDED
            code = task.code
        with database.sessions() as s:
            plates = documents.name_plates(s, TODAY)
            occupancy = documents.occupancy_report(s, TODAY)
    finally:
        database.close()
    marked = [p for p in plates if any(t.startswith(code) for t in p.tasks)]
    assert marked and all(
        t.endswith("(종료)") for p in marked for t in p.tasks if t.startswith(code)
    )
    assert "(종료)" in text_of(build_nameplates(plates, TODAY))
    row = next(r for r in occupancy.tasks if r.label.startswith(code))
    assert row.label.endswith("(종료)")
    assert "종료된 과제" in text_of(build_occupancy(occupancy))
