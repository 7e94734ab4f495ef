"""The renewal cycle through the services: open, decide, advance, audit, read-only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.errors import InvalidTransition, ReadOnly
from planner.models import AuditEntry, CycleStatus, Decision, TaskStatus, Track
from planner.services import renewals, tasks
from tests.planner.factories import record_agreement_terms, tick_review

D = dt.date


@pytest.fixture
def cycle_2025(sessions):
    with sessions() as s, s.begin():
        ids = {}
        for code, track in (("F-01", Track.FOUNDATIONAL), ("F-02", Track.FOUNDATIONAL), ("I-01", Track.INDUSTRIAL)):
            ids[code] = tasks.create_task(s, code=code, title_ko=f"과제 {code}", title_en=f"Task {code}",
                                          track=track, start_year=2024).id
        cycle = renewals.create_cycle(s, 2025, consultation_deadline=D(2025, 1, 31), signing_target=D(2024, 2, 28))
        for code, budget in (("F-01", 400_000_000), ("F-02", 500_000_000), ("I-01", 800_000_000)):
            renewals.add_task_renewal(s, cycle.id, ids[code], decision=Decision.CONTINUE, budget_krw=budget,
                                      period_start=D(2025, 3, 1), period_end=D(2026, 2, 28), headcount=5)
        record_agreement_terms(s, cycle.id)
    return sessions, ids


def test_the_staff_story_of_a_renewal(cycle_2025):
    sessions, ids = cycle_2025
    with sessions() as s, s.begin():
        nxt = renewals.open_next_cycle(s, today=D(2025, 1, 2))  # the deadlines still ahead
        assert nxt.year == 2026 and nxt.signing_target == D(2025, 2, 28)
        by_code = {r.task.code: r for r in nxt.renewals}
        assert by_code["F-01"].period_start == D(2026, 3, 1) and by_code["F-01"].decision == Decision.CONTINUE
        renewals.update_task_renewal(s, by_code["I-01"].id, decision=Decision.CONCLUDE, reason="목표 달성",
                                     reason_en="Goals achieved")
        renewals.update_task_renewal(s, by_code["F-02"].id, decision=Decision.MODIFY, budget_krw=600_000_000,
                                     reason="GPU 실험 확대", reason_en="More GPU experiments")
        new_task = tasks.create_task(s, code="F-16", title_ko="신규 과제", title_en="New task",
                                     track=Track.FOUNDATIONAL, start_year=2026, status=TaskStatus.PROPOSED)
        renewals.add_task_renewal(s, nxt.id, new_task.id, decision=Decision.NEW, budget_krw=300_000_000,
                                  period_start=D(2026, 3, 1), period_end=D(2027, 2, 28), headcount=4)
        cycle_id = nxt.id
    with sessions() as s:
        comparison = renewals.compare_with_previous(s, 2026)
        assert comparison.previous_year == 2025
        assert comparison.decision_counts == {"continue": 1, "modify": 1, "conclude": 1, "new": 1, "undecided": 0}
        assert comparison.budget_before == 1_700_000_000 and comparison.budget_after == 1_300_000_000
    with sessions() as s, s.begin():
        tick_review(s, cycle_id)
        renewals.advance_cycle(s, cycle_id, CycleStatus.CONSULTATION)
        renewals.advance_cycle(s, cycle_id, CycleStatus.AGREED)
        renewals.advance_cycle(s, cycle_id, "signed", signed_on=D(2026, 2, 20),
                               signatory_kt="KT 융합기술원장", signatory_kaist="KAIST 연구원장")
    with sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "renewal_cycle",
                                                     AuditEntry.field == "status").order_by(AuditEntry.id)).all()
        assert [(e.old_value, e.new_value, e.actor) for e in entries] == [
            ("draft", "consultation", "tester"), ("consultation", "agreed", "tester"), ("agreed", "signed", "tester")]
        budget_change = s.scalars(select(AuditEntry).where(AuditEntry.field == "budget_krw")).one()
        assert (budget_change.old_value, budget_change.new_value) == ("500000000", "600000000")
        status = {t.code: t.status for t in tasks.list_tasks(s)}
        assert (status["I-01"], status["F-16"], status["F-01"]) == (
            TaskStatus.CONCLUDED, TaskStatus.ACTIVE, TaskStatus.ACTIVE)
    with pytest.raises(ReadOnly), sessions() as s, s.begin():
        renewals.update_cycle(s, cycle_id, signing_target=D(2026, 3, 1))
    with pytest.raises(InvalidTransition, match="read-only"), sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.DRAFT)


def test_agreed_is_refused_while_a_change_has_no_reason(cycle_2025):
    sessions, _ids = cycle_2025
    with sessions() as s, s.begin():
        cycle = renewals.cycle_by_year(s, 2025)
        renewals.update_task_renewal(s, cycle.renewals[0].id, decision=Decision.MODIFY)
        renewals.advance_cycle(s, cycle.id, "consultation")
    with pytest.raises(InvalidTransition, match="reason is required for the change of F-01"):
        with sessions() as s, s.begin():
            renewals.advance_cycle(s, renewals.cycle_by_year(s, 2025).id, "agreed")
    with sessions() as s:
        assert renewals.cycle_by_year(s, 2025).status == CycleStatus.CONSULTATION


def test_overdue_deadlines(cycle_2025):
    sessions, _ = cycle_2025
    with sessions() as s:
        assert renewals.overdue_deadlines(s, D(2025, 2, 1)) == [
            (2025, "consultation", D(2025, 1, 31)), (2025, "signing", D(2024, 2, 28))]
        assert renewals.overdue_deadlines(s, D(2024, 1, 1)) == []


def test_deadlines_export_as_icalendar(cycle_2025):
    from icalendar import Calendar

    from planner.renewals.calendar import deadlines_calendar

    sessions, _ = cycle_2025
    with sessions() as s:
        deadlines = renewals.cycle_deadlines(s, 2025)
    data = deadlines_calendar(deadlines, dt.datetime(2025, 1, 2, 9, 0))
    events = Calendar.from_ical(data).walk("VEVENT")
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in events] == [
        ("2025년 연구과제 갱신 협의 마감", D(2025, 1, 31)), ("2025년 갱신 협약 체결 목표일", D(2024, 2, 28))]
    assert data == deadlines_calendar(deadlines, dt.datetime(2025, 1, 2, 9, 0))  # stable UIDs and content


def test_concluding_a_task_lists_the_desks_it_frees_and_drafts_a_plan(sessions):
    from planner.models import MovePlanStatus
    from planner.services import seating
    from tests.planner.factories import person, small_site

    with sessions() as s, s.begin():
        site = small_site(s, desks=3)
        a = person(s, site.org_id, "김민준", "a@x.kr")
        b = person(s, site.org_id, "이서연", "b@x.kr")
        c = person(s, site.org_id, "박지훈", "c@x.kr")
        for pid, desk in ((a, 0), (b, 1)):
            seating.assign_desk(s, pid, site.desks[desk], D(2025, 3, 1))
        ending = tasks.create_task(s, code="F-11", title_ko="종료 과제", track=Track.FOUNDATIONAL, start_year=2022)
        going = tasks.create_task(s, code="F-01", title_ko="계속 과제", track=Track.FOUNDATIONAL, start_year=2022)
        tasks.set_task_members(s, ending.id, [a, b, c])
        tasks.set_task_members(s, going.id, [b])  # b stays for F-01
        cycle = renewals.create_cycle(s, 2026)
        concluded = renewals.add_task_renewal(s, cycle.id, ending.id, decision=Decision.CONCLUDE, reason="완료",
                                              period_start=D(2026, 3, 1), period_end=D(2027, 2, 28))
        renewals.add_task_renewal(s, cycle.id, going.id, decision=Decision.CONTINUE,
                                  period_start=D(2026, 3, 1), period_end=D(2027, 2, 28))
    with sessions() as s:
        freed = renewals.people_freed_by_conclusion(s, concluded.id, D(2026, 3, 1))
        assert [(name, desk) for _pid, name, desk in freed] == [("김민준", "3F-A-001"), ("박지훈", None)]
    with sessions() as s, s.begin():
        plan = renewals.draft_release_plan(s, concluded.id, D(2026, 3, 1))
        assert plan.status == MovePlanStatus.DRAFT and [(m.person_id, m.to_desk_id) for m in plan.moves] == [(a, None)]
