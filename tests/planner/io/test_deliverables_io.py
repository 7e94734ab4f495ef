"""Deliverables to and from spreadsheets with Korean headers: import → export → import is a
no-op; a bad row stops the whole file."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.errors import ValidationError
from planner.io.deliverables_io import export_deliverables, import_deliverables
from planner.io.read_table import read_table
from planner.models import DeliverableState, Track
from planner.services import deliverables as svc
from planner.services import tasks

D = dt.date

FILE = (
    "과제코드,연도,구분,제목,제출기한,상태,면제사유,증빙링크\n"
    "F-01,2025,중간보고서,2025년 중간보고서,2025-09-30,승인,,https://rnd.example/F-01/interim\n"
    "F-01,2025,논문,\"=SUM(A1) 같은 제목, 쉼표도\",2025-12-15,예정,,\n"
    "F-02,2025,Final report,2025년 최종보고서,2026-03-31,면제,과제 종료로 갈음,\n"
)


@pytest.fixture
def with_tasks(sessions):
    with sessions() as s, s.begin():
        for code in ("F-01", "F-02"):
            tasks.create_task(s, code=code, title_ko=f"과제 {code}", track=Track.FOUNDATIONAL,
                              start_year=2024)
    return sessions


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_export_import_is_a_no_op(with_tasks, tmp_path, suffix):
    sessions = with_tasks
    source = tmp_path / "in.csv"
    source.write_text(FILE, encoding="utf-8")
    with sessions() as s, s.begin():
        first = import_deliverables(s, source)
    assert (first.added, first.changed, first.unchanged) == (3, 0, 0)
    with sessions() as s:
        before = svc.list_deliverables(s)
        exported = tmp_path / f"out{suffix}"
        assert export_deliverables(s, exported) == 3
    assert read_table(exported).headers[:6] == ("과제코드", "연도", "구분", "제목", "제출기한", "상태")
    with sessions() as s, s.begin():
        again = import_deliverables(s, exported)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 3)
    with sessions() as s:
        assert svc.list_deliverables(s) == before
    waived = next(r for r in before if r.state == DeliverableState.WAIVED)
    assert (waived.task_code, waived.waived_reason) == ("F-02", "과제 종료로 갈음")
    assert any(r.title.startswith("=SUM(A1)") for r in before)  # text, never a formula


def test_a_changed_row_is_an_update_and_a_bad_row_stops_the_file(with_tasks, tmp_path):
    sessions = with_tasks
    source = tmp_path / "in.csv"
    source.write_text(FILE, encoding="utf-8")
    with sessions() as s, s.begin():
        import_deliverables(s, source)
    changed = FILE.replace("2025-12-15,예정", "2025-12-20,제출")
    source.write_text(changed, encoding="utf-8")
    with sessions() as s, s.begin():
        result = import_deliverables(s, source)
    assert (result.added, result.changed, result.unchanged) == (0, 1, 2)
    broken = changed + "F-09,2025,논문,없는 과제,2025-12-01,예정,,\nF-01,2025,논문,면제,2025-12-01,면제,,\n"
    source.write_text(broken.replace("2025-12-20,제출", "2025-12-24,제출"), encoding="utf-8")
    with pytest.raises(ValidationError) as refused, sessions() as s, s.begin():
        import_deliverables(s, source)
    assert "2 row(s)" in str(refused.value) and "F-09" in str(refused.value)
    with sessions() as s:  # all or nothing: the good row's change was not kept either
        paper = next(r for r in svc.list_deliverables(s) if r.title.startswith("=SUM"))
    assert paper.due_date == D(2025, 12, 20)
