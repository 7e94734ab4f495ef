"""Occupancy over time: the window's month chart and the occupancy PDF show the same numbers,
a desk blocked next week shows as out of use, a desk whose holder is on leave as idle."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.services import availability, documents
from planner.services.occupancy_months import default_period
from tests.ui.conftest import TODAY
from tests.ui.floorplan.conftest import TODAY as FLOOR_TODAY
from ui.occupancy.over_time import OccupancyOverTime

NEXT_MONDAY = TODAY + dt.timedelta(days=(7 - TODAY.weekday()))


@pytest.fixture
def chart(qtbot, db):
    widget = OccupancyOverTime(db.sessions, TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def _free_desk_and_holder(db):
    from sqlalchemy import or_, select

    from planner.models import Assignment
    from planner.services.queries import vacant_desks

    with db.sessions() as s:
        booked = set(s.scalars(select(Assignment.desk_id).where(
            or_(Assignment.end_date.is_(None), Assignment.end_date >= TODAY))))
        free = next(d.id for d in vacant_desks(s, TODAY) if d.id not in booked)
        holder = s.scalars(select(Assignment).where(
            Assignment.start_date <= TODAY, Assignment.end_date.is_(None))).first()
        return free, holder.person_id


def test_the_chart_shows_a_block_and_a_leave_with_the_reports_numbers(chart, db):
    assert FLOOR_TODAY == TODAY
    free, holder = _free_desk_and_holder(db)
    chart.refresh()
    before = {m.label: m for m in chart.months}
    with db.sessions() as s, s.begin():
        availability.block_desk(s, free, NEXT_MONDAY, None, "공사")
        availability.add_leave(s, holder, dt.date(2026, 1, 1), dt.date(2026, 2, 28), kind="sabbatical")
    chart.refresh()
    after = {m.label: m for m in chart.months}
    first, last = default_period(TODAY)
    assert list(after)[0] == f"{first.year}-{first.month:02d}" and len(after) == 12
    assert after["2026-01"].blocked - before["2026-01"].blocked == pytest.approx(1)
    assert after["2026-01"].vacant - before["2026-01"].vacant == pytest.approx(-1)
    assert after["2026-01"].idle - before["2026-01"].idle == pytest.approx(1)
    assert after["2025-12"].blocked > before["2025-12"].blocked  # from the first Monday on
    assert after["2025-10"] == before["2025-10"]  # history is unchanged
    # The bars are those numbers, and the occupancy PDF's months are the same.
    assert chart.chart.categories == list(after)
    for attribute in ("occupied", "idle", "blocked", "vacant"):
        assert chart.chart.values(attribute) == pytest.approx(
            [getattr(m, attribute) for m in chart.months], abs=0.01)
    with db.sessions() as s:
        report = documents.occupancy_report(s, TODAY)
    assert [m.as_json() for m in report.months] == [m.as_json() for m in chart.months]


def test_the_floor_and_period_can_be_chosen(chart, db):
    chart.refresh()
    chart.floor_combo.setCurrentIndex(1)  # the first floor
    assert chart.months and all(m.seats < chart.floor_combo.count() * 10_000 for m in chart.months)
    floor_seats = chart.months[0].seats
    chart.floor_combo.setCurrentIndex(0)
    assert chart.months[0].seats > floor_seats
    chart.set_period(dt.date(2025, 1, 1), dt.date(2025, 3, 1))
    assert [m.label for m in chart.months] == ["2025-01", "2025-02", "2025-03"]


def test_the_days_table_and_chart_count_a_blocked_desk_apart(qtbot, db):
    from ui.occupancy.model import OccupancyGroupModel as M
    from ui.occupancy.tab import OccupancyTab

    free, _holder = _free_desk_and_holder(db)
    tab = OccupancyTab(db.sessions, NEXT_MONDAY)
    qtbot.addWidget(tab)
    tab.refresh()
    before = {tab.model.index(r, M.COL_GROUP).data(): r for r in range(tab.model.rowCount())}
    vacant_before = {k: tab.model.index(r, M.COL_FREE).data() for k, r in before.items()}
    with db.sessions() as s, s.begin():
        availability.block_desk(s, free, NEXT_MONDAY, None, "공사")
    tab.refresh()
    rows = {tab.model.index(r, M.COL_GROUP).data(): r for r in range(tab.model.rowCount())}
    blocked = {k: tab.model.index(r, M.COL_OUT_OF_USE).data() for k, r in rows.items()}
    [floor] = [k for k, v in blocked.items() if v == "1"]
    assert int(tab.model.index(rows[floor], M.COL_FREE).data()) == int(vacant_before[floor]) - 1
    assert "사용 중지 1석" in tab.totals.text()
    sets = tab.chart.series.barSets()
    assert len(sets) == 3 and sets[2].label() == "사용 중지"
    assert sum(sets[2].at(i) for i in range(sets[2].count())) == 1
