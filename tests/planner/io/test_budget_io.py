"""Budget lines to and from XLSX/CSV with Korean headers (issue #20): import → export → import
changes nothing, and a file's problem is named with its row."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from sqlalchemy import select

from planner.demo.institute import build_institute
from planner.errors import ValidationError
from planner.io.budget_io import export_budget, import_budget
from planner.models import RenewalCycle, ResearchTask, TaskRenewal
from planner.services import budget
from planner.services.totals import cycle_totals

TODAY = dt.date(2025, 11, 25)


@pytest.fixture
def demo(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        build_institute(s, today=TODAY)
    return sqlite_sessions


def _lines(s):
    return sorted(
        (r.cycle.year, r.task.code, line.category, line.party, line.amount_krw, line.override_reason)
        for r in s.scalars(select(TaskRenewal))
        for line in budget.budget_lines_of(s, r.id)
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_export_import_is_a_no_op(demo, tmp_path, suffix):
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    with demo() as s:
        before = _lines(s)
        rows = export_budget(s, first)
    assert rows == len(before) > 100
    with demo() as s, s.begin():
        result = import_budget(s, first)  # the signed 2024 lines too: unchanged, so allowed
        assert (result.changed, result.before_krw) == (0, result.after_krw)
    with demo() as s:
        assert _lines(s) == before
        export_budget(s, second)
    if suffix == ".csv":
        assert first.read_bytes() == second.read_bytes()
        header = next(csv.reader(first.read_text(encoding="utf-8-sig").splitlines()))
        assert header[:5] == ["연도", "과제", "비목", "부담기관", "금액(원)"]


def test_an_imported_change_moves_the_total_and_the_computed_indirect_line(demo, tmp_path):
    path = tmp_path / "budget.csv"
    with demo() as s:
        export_budget(s, path, year=2025)
        total = cycle_totals(s, 2025).budget_krw
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    kt_direct = next(i for i, row in enumerate(rows) if row[1] == "F-01" and row[2] == "인건비"
                     and row[3] == "KT")  # fmt: skip
    rows[kt_direct][4] = str(int(rows[kt_direct][4]) + 1_000_000)
    with path.open("w", encoding="cp949", newline="") as out:  # as Korean Excel saves CSV
        csv.writer(out).writerows(rows)
    with demo() as s, s.begin():
        result = import_budget(s, path)
    assert result.after_krw - result.before_krw == 1_100_000  # and 10 % indirect on it
    with demo() as s:
        assert cycle_totals(s, 2025).budget_krw == total + 1_100_000


@pytest.mark.parametrize("change, message", [
    (lambda row: row.__setitem__(2, "출장비"), "row 2: unknown budget category '출장비'"),
    (lambda row: row.__setitem__(3, "LG"), "row 2: unknown paying party 'LG'"),
    (lambda row: row.__setitem__(1, "Z-99"), "row 2: Z-99 has no renewal in 2025"),
    (lambda row: row.__setitem__(4, "많이"), "row 2: '많이' is not an amount in won"),
])  # fmt: skip
def test_a_bad_row_is_named_and_nothing_is_written(demo, tmp_path, change, message):
    path = tmp_path / "budget.csv"
    with demo() as s:
        export_budget(s, path, year=2025)
        before = _lines(s)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    change(rows[1])
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    with pytest.raises(ValidationError, match=message), demo() as s, s.begin():
        import_budget(s, path)
    with demo() as s:
        assert _lines(s) == before
        assert s.scalar(select(ResearchTask.id).where(ResearchTask.code == "F-01"))
        assert s.scalar(select(RenewalCycle.id).where(RenewalCycle.year == 2025))
