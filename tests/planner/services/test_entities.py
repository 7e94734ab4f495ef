"""Create, edit and delete the entities, with validation and the audit log."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from planner.errors import DuplicateValue, InUse, ReadOnly, ValidationError
from planner.models import AuditEntry, Decision, Person, Role, Track
from planner.services import audit, people, renewals, seating, sites, tasks
from tests.planner.factories import person, sign_cycle, small_site


def test_person_lifecycle_is_audited_with_the_actor(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
        pid = person(s, site.org_id, "김민준", "MinJun.Kim@KAIST.ac.kr")
        people.update_person(s, pid, name_en="Min-jun Kim", phone="042-350-1234")
        people.update_person(s, pid, phone="042-350-1234")  # unchanged: no audit entry
    with sessions() as s:
        p = s.get(Person, pid)
        assert p.email == "minjun.kim@kaist.ac.kr"
        entries = audit.list_audit(s, "person", pid)
        assert [(e.action, e.field, e.old_value, e.new_value) for e in reversed(entries)] == [
            ("create", "name_ko", None, "김민준"),
            ("update", "name_en", "", "Min-jun Kim"),
            ("update", "phone", "", "042-350-1234"),
        ]
        assert {e.actor for e in entries} == {"tester"}


@pytest.mark.parametrize("field, value, message", [
    ("name_ko", "   ", "required"),
    ("name_ko", "김\x00민준", "control characters"),
    ("email", "not-an-email", "not an e-mail"),
    ("name_ko", "가" * 101, "longer than 100"),
    ("role", "astronaut", "unknown role"),
    ("stay_start", "2025-13-01", "not a date"),
])
def test_bad_person_input_is_refused(sessions, field, value, message):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
    values = dict(name_ko="김민준", organisation_id=site.org_id, role=Role.RESEARCHER, email="a@b.kr")
    values[field] = value
    with pytest.raises(ValidationError, match=message), sessions() as s, s.begin():
        people.create_person(s, **values)
    with sessions() as s:
        assert s.scalar(select(func.count(Person.id))) == 0


def test_duplicate_email_and_stay_order(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
        person(s, site.org_id, "김민준", "a@b.kr")
    with pytest.raises(DuplicateValue), sessions() as s, s.begin():
        person(s, site.org_id, "이서연", "A@b.kr")
    with pytest.raises(ValidationError, match="before it starts"), sessions() as s, s.begin():
        person(s, site.org_id, "이서연", "c@b.kr", stay_start=dt.date(2025, 3, 1), stay_end=dt.date(2025, 2, 1))


def test_korean_name_typed_decomposed_is_stored_composed(sessions):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "김민준")
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
        pid = person(s, site.org_id, decomposed, "a@b.kr")
    with sessions() as s:
        assert s.get(Person, pid).name_ko == "김민준"
        assert people.find_person(s, "김민준").id == pid


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=300))
def test_any_name_is_either_stored_cleanly_or_refused(sqlite_sessions, name):
    with sqlite_sessions() as s, s.begin():
        existing = people.list_organisations(s)
        org = existing[0].id if existing else people.create_organisation(s, "KAIST").id
    try:
        with sqlite_sessions() as s, s.begin():
            pid = people.create_person(s, name_ko=name, organisation_id=org, role="student").id
    except ValidationError:
        return
    with sqlite_sessions() as s:
        stored = s.get(Person, pid).name_ko
        assert stored and stored == stored.strip() and "\x00" not in stored and len(stored) <= 100
        people.delete_person(s, pid)
        s.commit()


def test_desks_with_history_are_retired_not_deleted(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=2)
        pid = person(s, site.org_id, "김민준", "a@b.kr")
        seating.assign_desk(s, pid, site.desks[0], dt.date(2025, 3, 1))
    with pytest.raises(InUse, match="out of service"), sessions() as s, s.begin():
        sites.delete_desk(s, site.desks[0])
    with sessions() as s, s.begin():
        sites.delete_desk(s, site.desks[1])
        sites.update_desk(s, site.desks[0], active=False, features=["monitor", "window"], rotation=-90)
    with sessions() as s:
        desk = sites.find_desk(s, "3f-a-001")
        assert (desk.active, desk.feature_flags.names(), desk.rotation) == (False, ["monitor", "window"], 270.0)
        assert sites.find_desk(s, "3F-A-002") is None


def test_zone_area_from_polygon_and_validation(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=0)
        zone = sites.create_zone(s, site.floor_id, name="실험실", kind="lab", polygon=[[0, 0], [6, 0], [6, 4], [0, 4]])
        assert zone.area_m2 == 24.0
    with pytest.raises(ValidationError, match="three points"), sessions() as s, s.begin():
        sites.create_zone(s, site.floor_id, name="선", kind="lab", polygon=[[0, 0], [1, 1]])


def test_tasks_members_and_cycles(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=0)
        a = person(s, site.org_id, "김민준", "a@b.kr", role=Role.PROFESSOR)
        b = person(s, site.org_id, "이서연", "b@b.kr")
        task = tasks.create_task(s, code="f-01", title_ko="대화형 음성인식", track=Track.FOUNDATIONAL,
                                 start_year=2024, pi_id=a, title_en="Conversational speech")
        tasks.set_task_members(s, task.id, [a, b])
        cycle = renewals.create_cycle(s, 2025)
        renewal = renewals.add_task_renewal(
            s, cycle.id, task.id, decision=Decision.CONTINUE, budget_krw="450,000,000",
            period_start=dt.date(2025, 3, 1), period_end=dt.date(2026, 2, 28), headcount=2,
        )
        assert renewal.budget_krw == 450_000_000
    with sessions() as s:
        assert tasks.tasks_by_person(s) == {a: ["F-01"], b: ["F-01"]}
    with pytest.raises(InUse), sessions() as s, s.begin():
        tasks.delete_task(s, task.id)
    with sessions() as s, s.begin():
        sign_cycle(s, renewals.cycle_by_year(s, 2025).id, dt.date(2025, 2, 20))
    with pytest.raises(ReadOnly, match="signed"), sessions() as s, s.begin():
        renewals.update_task_renewal(s, renewal.id, budget_krw=1)
    with pytest.raises(ValidationError), sessions() as s, s.begin():
        renewals.create_cycle(s, 1999)


def test_every_write_leaves_an_audit_trail(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
        pid = person(s, site.org_id, "김민준", "a@b.kr")
        seating.assign_desk(s, pid, site.desks[0], dt.date(2025, 3, 1))
        seating.release_desk(s, pid, dt.date(2025, 4, 1))
    with sessions() as s:
        entities = set(s.scalars(select(AuditEntry.entity)))
    assert {"site", "building", "floor", "zone", "desk", "organisation", "person", "assignment"} <= entities


def test_sites_buildings_plans_and_cycles_can_be_edited_and_deleted(sessions):
    from planner.models import Building, MovePlan, RenewalCycle, Site
    from planner.services import move_plans

    with sessions() as s, s.begin():
        site = small_site(s, desks=2)
        pid = person(s, site.org_id, "김민준", "a@b.kr")
        sites.update_site(s, site.site_id, name="KT 대덕2연구센터", address="대전광역시 유성구")
        building_id = s.scalars(select(Building.id)).one()
        sites.update_building(s, building_id, name="연구동")
        plan = move_plans.create_move_plan(s, "초안", dt.date(2025, 12, 1))
        move_plans.update_move_plan(s, plan.id, name="12월 이동", effective_date=dt.date(2025, 12, 2))
        cycle = renewals.create_cycle(s, 2026)
    with sessions() as s, s.begin():
        move_plans.delete_move_plan(s, plan.id)
        renewals.delete_cycle(s, cycle.id)
        seating.assign_desk(s, pid, site.desks[0], dt.date(2025, 3, 1))
    with pytest.raises(InUse), sessions() as s, s.begin():
        sites.delete_building(s, building_id)  # it has seating history
    with sessions() as s, s.begin():
        seating.release_desk(s, pid, dt.date(2025, 3, 1))  # never took effect: removed
        sites.delete_site(s, site.site_id)
    with sessions() as s:
        assert s.scalars(select(Site)).all() == [] and s.scalars(select(MovePlan)).all() == []
        assert s.scalars(select(RenewalCycle)).all() == []
        assert {e.action for e in audit.list_audit(s, "site")} == {"create", "update", "delete"}


def test_person_values_round_trip_and_remove_only_without_history(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)
        seated = person(s, site.org_id, "김민준", "a@x.kr", needs=8, stay_end=dt.date(2026, 2, 28))
        sites.update_desk(s, site.desks[0], features="accessible")
        leader = person(s, site.org_id, "이서연", "b@x.kr")
        mistake = person(s, site.org_id, "오입력", "c@x.kr")
        seating.assign_desk(s, seated, site.desks[0], dt.date(2025, 3, 1))
        tasks.create_task(s, code="F-99", title_ko="시험 과제", track="foundational", start_year=2025, pi_id=leader)
    with sessions() as s:
        values = people.person_values(s, seated)
    assert values["needs"] == 8 and values["stay_end"] == dt.date(2026, 2, 28) and values["role"] == "researcher"
    with sessions() as s, s.begin():  # the same values written back change nothing
        people.update_person(s, seated, **values)
        assert people.person_values(s, seated) == values

    for who, links in ((seated, "1 desk assignment(s) and 0 research task link(s)"),
                       (leader, "0 desk assignment(s) and 1 research task link(s)")):
        with pytest.raises(InUse, match=re.escape(links)), sessions() as s, s.begin():
            people.remove_person(s, who)
    with sessions() as s, s.begin():
        people.remove_person(s, mistake)
    with sessions() as s:
        assert s.get(Person, mistake) is None and s.get(Person, seated) is not None
