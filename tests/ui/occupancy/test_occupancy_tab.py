"""The occupancy tab: figures per floor and per organisation as the database has them, the
chart showing the same numbers, sorting, the day control."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import and_, func, or_, select

from planner.models import Assignment, Desk, Floor, Organisation, Person
from tests.ui.conftest import TODAY
from ui.models.base import SORT_ROLE
from ui.occupancy.model import OccupancyGroupModel as M


def _covers(day):
    return and_(
        Assignment.start_date <= day, or_(Assignment.end_date.is_(None), Assignment.end_date >= day)
    )


def _row(tab, label: str) -> list[str]:
    model = tab.model
    for r in range(model.rowCount()):
        if model.index(r, M.COL_GROUP).data() == label:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"no row {label!r}")


@pytest.fixture
def tab(qtbot, window, check_models):
    from tests.ui.conftest import open_page

    page = open_page(qtbot, window, "seating")
    occupancy = page.show_occupancy()
    qtbot.waitUntil(lambda: occupancy.loaded, timeout=5000)
    check_models(occupancy.model)
    return occupancy


def test_a_floor_as_the_database_counts_it(tab, database):
    assert tab.day() == TODAY  # the page's day
    with database.sessions() as s:
        floor = s.scalars(select(Floor).where(Floor.level == 3)).first()
        label = f"{floor.building.name} {floor.name}"
        seats = s.scalar(
            select(func.count(Desk.id)).where(Desk.floor_id == floor.id, Desk.active.is_(True))
        )
        on_floor = select(Assignment).join(Desk).where(Desk.floor_id == floor.id, _covers(TODAY))
        # Seats in use (a hot desk shared by two on one day is one occupied seat).
        occupied = s.scalar(select(func.count(func.distinct(on_floor.subquery().c.desk_id))))
        soon = TODAY + dt.timedelta(days=30)
        leaving = s.scalar(
            select(func.count(Assignment.id))
            .join(Desk)
            .where(Desk.floor_id == floor.id, _covers(TODAY), Assignment.end_date <= soon)
        )
    row = _row(tab, label)
    assert row[M.COL_CAPACITY : M.COL_FREE + 1] == [
        str(seats),
        str(occupied),
        str(seats - occupied),
    ]
    assert row[M.COL_UTILISATION] == f"{100 * occupied / seats:.1f} %"
    assert row[M.COL_MOVE_OUTS_30] == str(leaving)
    assert tab.model.headerData(M.COL_FREE, Qt.Orientation.Horizontal) == "빈 좌석"

    # The chart shows the same two numbers for the floor, first group on top.
    taken, free = tab.chart.series.barSets()
    n = tab.chart.categories.index(label)
    assert (taken.at(n), free.at(n)) == (occupied, seats - occupied)
    assert (taken.label(), free.label()) == ("사용", "빈 좌석")


def test_an_organisation_counts_its_people(tab, database):
    tab.set_grouping("organisation")
    with database.sessions() as s:
        org = (
            s.scalars(select(Organisation).where(Organisation.name == "KAIST")).first()
            or s.scalars(select(Organisation).order_by(Organisation.id)).first()
        )
        staying = and_(
            Person.organisation_id == org.id,
            or_(Person.stay_end.is_(None), Person.stay_end >= TODAY),
            or_(Person.stay_start.is_(None), Person.stay_start <= TODAY),
        )
        people = s.scalar(select(func.count(Person.id)).where(staying))
        seated = s.scalar(
            select(func.count(func.distinct(Assignment.person_id)))
            .join(Person)
            .where(staying, _covers(TODAY))
        )
        name = org.name
    assert tab.model.headerData(M.COL_CAPACITY, Qt.Orientation.Horizontal) == "인원"
    row = _row(tab, name)
    assert row[M.COL_CAPACITY : M.COL_FREE + 1] == [str(people), str(seated), str(people - seated)]
    assert "인원" in tab.totals.text()


def test_sorting_and_the_day_control(tab):
    tab.set_grouping("zone")
    tab.view.sortByColumn(M.COL_UTILISATION, Qt.SortOrder.DescendingOrder)
    proxy = tab.proxy
    values = [proxy.index(r, M.COL_UTILISATION).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    before = [tab.model.index(r, M.COL_TAKEN).data() for r in range(tab.model.rowCount())]
    tab.set_day(dt.date(2020, 1, 1))  # before the institute opened: nobody seated
    assert all(tab.model.index(r, M.COL_TAKEN).data() == "0" for r in range(tab.model.rowCount()))
    assert before != [tab.model.index(r, M.COL_TAKEN).data() for r in range(tab.model.rowCount())]
