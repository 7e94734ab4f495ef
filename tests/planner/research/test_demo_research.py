"""The demo institute's research administration is plausible: every going task of 2024 and
2025 has participants with its PI as 책임, every rate keeps within the caps, every task has
KPIs, a few IP disclosures; seating's colour by task follows the participations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from planner.demo.create import create_demo
from planner.models import Decision, ParticipantRole, RenewalCycle
from planner.services import ip, kpis, participants
from planner.services.floorplan import _task_codes
from planner.storage import open_database

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    db = open_database(path)
    yield db
    db.close()


def test_every_going_task_of_both_years_has_its_team_and_pi(demo):
    with demo.sessions() as s:
        caps = participants.caps(s)
        for year in (2024, 2025):
            cycle = s.scalars(select(RenewalCycle).where(RenewalCycle.year == year)).one()
            going = {r.task.code: r.task for r in cycle.renewals if r.decision != Decision.CONCLUDE}
            rows = participants.participant_rows(s, year)
            by_task = defaultdict(list)
            for row in rows:
                by_task[row.task_code].append(row)
            assert set(by_task) == set(going), year
            for code, task in going.items():
                leads = [r for r in by_task[code] if r.role == ParticipantRole.LEAD]
                assert [r.person_id for r in leads] == [task.pi_id], code
                assert len(by_task[code]) >= 5
            assert participants.problems(s, year) == []
            from planner.models import Person

            for person_id in {r.person_id for r in rows}:
                person = s.get(Person, person_id)
                load = participants.person_load(s, person_id, year)
                assert 0 < load <= caps[person.role], person.name_ko
            # someone takes part in two tasks, and interns keep to their lower cap
            assert any(participants.person_load(s, p, year) > max(
                r.rate_pct for r in rows if r.person_id == p) for p in {r.person_id for r in rows})
            assert caps[participants.Role.INTERN] == 50
            assert {r.task_code for r in kpis.kpi_rows(s, year)} == set(going)
        assert len(ip.ip_rows(s)) >= 3
        assert all(r.kt_share_pct + r.kaist_share_pct == 100 for r in ip.ip_rows(s))


def test_colour_by_task_takes_the_task_a_person_works_on_most(demo):
    with demo.sessions() as s:
        rows = participants.participant_rows(s, 2025)
        two = defaultdict(list)
        for row in rows:
            two[row.person_id].append(row)
        person, lines = next((p, ls) for p, ls in two.items() if len(ls) == 2)
        main = max(lines, key=lambda r: (r.rate_pct, [-ord(c) for c in r.task_code]))
        codes = _task_codes(s, [person], TODAY)[person]
        assert codes[0] == main.task_code
        assert set(codes) >= {r.task_code for r in lines}
