"""Who sits where on a day, vacancy, move-outs and occupancy."""

from __future__ import annotations

import datetime as dt

from planner.models import DeskKind
from planner.services import queries, seating, sites, tasks
from tests.planner.factories import person, small_site

D = dt.date


def test_the_plan_on_past_and_future_days(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=3, kinds=[DeskKind.FIXED, DeskKind.FIXED, DeskKind.HOT])
        a = person(s, site.org_id, "김민준", "a@x.kr")
        b = person(s, site.org_id, "이서연", "b@x.kr")
        seating.assign_desk(s, a, site.desks[0], D(2025, 1, 1), D(2025, 6, 30))
        seating.assign_desk(s, b, site.desks[0], D(2025, 7, 1))
        sites.update_desk(s, site.desks[1], active=False)
    with sessions() as s:
        may = {r.desk_code: r.name_ko for r in queries.seating_on(s, D(2025, 5, 1))}
        assert may == {"3F-A-001": "김민준", "3F-A-002": None, "3F-A-003": None}
        assert queries.seating_on(s, D(2025, 8, 1))[0].name_ko == "이서연"
        assert [d.code for d in queries.vacant_desks(s, D(2025, 8, 1))] == ["3F-A-003"]
        assert [p.name_ko for p in queries.unseated_people(s, D(2025, 8, 1))] == ["김민준"]
        outs = queries.upcoming_move_outs(s, D(2025, 6, 10), 30)
        assert [(m.name_ko, m.last_day) for m in outs] == [("김민준", D(2025, 6, 30))]


def test_occupancy_by_floor_zone_organisation_and_task(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=4)
        ids = [person(s, site.org_id, n, f"{i}@x.kr") for i, n in enumerate(["김민준", "이서연", "박지훈"])]
        seating.assign_desk(s, ids[0], site.desks[0], D(2025, 1, 1), D(2025, 12, 10))
        seating.assign_desk(s, ids[1], site.desks[1], D(2025, 1, 1))
        task = tasks.create_task(s, code="F-01", title_ko="음성", track="foundational", start_year=2024)
        tasks.set_task_members(s, task.id, ids)
    with sessions() as s:
        floor = queries.occupancy(s, D(2025, 12, 1), "floor")[0]
        assert (floor.seats, floor.occupied, floor.vacant, floor.move_outs_30) == (4, 2, 2, 1)
        assert floor.utilisation == 50.0
        zone = queries.occupancy(s, D(2025, 12, 1), "zone")[0]
        assert (zone.seats, zone.occupied) == (4, 2)
        org = queries.occupancy(s, D(2025, 12, 1), "organisation")[0]
        assert (org.people, org.occupied, org.seats) == (3, 2, None)
        task_row = queries.occupancy(s, D(2025, 12, 1), "task")[0]
        assert task_row.label.startswith("F-01") and round(task_row.utilisation, 1) == 66.7
