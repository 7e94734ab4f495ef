"""Deliverables per task and year (issue #20): their rules, evidence, what is due, the .ics,
and the final-report rule for opening next year's cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner.errors import FinalReportsMissing, ValidationError
from planner.models import AuditEntry, Decision, DeliverableKind, DeliverableState, Track
from planner.services import deliverables as svc
from planner.services import renewals, tasks
from tests.planner.factories import sign_cycle

D = dt.date
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def two_years(sessions):
    """F-01 and F-02 in a signed 2024 cycle and a 2025 draft."""
    with sessions() as s, s.begin():
        ids = {
            code: tasks.create_task(s, code=code, title_ko=f"과제 {code}", title_en=f"Task {code}",
                                    track=Track.FOUNDATIONAL, start_year=2023).id
            for code in ("F-01", "F-02")
        }
        for year in (2024, 2025):
            cycle = renewals.create_cycle(s, year)
            for task_id in ids.values():
                renewals.add_task_renewal(s, cycle.id, task_id, decision=Decision.CONTINUE,
                                          budget_krw=100_000_000, period_start=D(year, 3, 1),
                                          period_end=D(year + 1, 2, 28))
            if year == 2024:
                sign_cycle(s, cycle.id, D(2024, 2, 20))
    return sessions, ids


def _final(s, task_id: int, year: int, state=DeliverableState.PLANNED, **extra):
    return svc.add_deliverable(s, task_id, year=year, kind=DeliverableKind.FINAL_REPORT,
                               title=f"{year}년 최종보고서", due_date=D(year + 1, 3, 31), state=state,
                               **extra)


def test_a_waiver_needs_its_reason_in_the_service_and_in_the_database(two_years):
    sessions, ids = two_years
    with sessions() as s, s.begin():
        planned = _final(s, ids["F-01"], 2025).id
    with pytest.raises(ValidationError) as refused, sessions() as s, s.begin():
        svc.update_deliverable(s, planned, state="waived")
    assert refused.value.field == "waived_reason"
    with pytest.raises(IntegrityError), sessions() as s, s.begin():
        s.execute(text("UPDATE deliverable SET state = 'waived', waived_reason = '  ' WHERE id = :i"),
                  {"i": planned})
    with sessions() as s, s.begin():
        svc.update_deliverable(s, planned, state="waived", waived_reason="과제 조기 종료")
    with sessions() as s, s.begin():
        # Leaving the waiver drops its reason: a reason belongs to a waiver only.
        row = svc.update_deliverable(s, planned, state="submitted")
        assert (row.state, row.waived_reason) == (DeliverableState.SUBMITTED, "")
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "deliverable",
                                                     AuditEntry.entity_id == planned)).all()
    assert [(e.field, e.new_value) for e in entries if e.field == "state"] == [
        ("state", "waived"), ("state", "submitted")]


def test_evidence_files_are_kept_byte_for_byte_and_hostile_ones_refused(two_years):
    sessions, ids = two_years
    with sessions() as s, s.begin():
        report = _final(s, ids["F-01"], 2024).id
        stored = svc.set_evidence_file(s, report, PDF, r"C:\보고서\최종보고서.pdf")
    assert (stored.file_name, stored.media_type) == ("최종보고서.pdf", "application/pdf")
    with sessions() as s:
        back = svc.evidence_file(s, report)
        assert back.data == PDF and back.sha256 == stored.sha256
        assert svc.list_deliverables(s, year=2024)[0].evidence_name == "최종보고서.pdf"
    for data, name, words in (
        (b"", "empty.pdf", "empty"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "report.pdf", "is not a document"),
        (b"%PDF-" + b"0" * (20 * 2**20), "huge.pdf", "larger than 20 MB"),
    ):
        with pytest.raises(ValidationError) as refused, sessions() as s, s.begin():
            svc.set_evidence_file(s, report, data, name)
        assert words in str(refused.value)
    with sessions() as s:  # the refused files changed nothing
        assert svc.evidence_file(s, report).data == PDF
    with pytest.raises(ValidationError), sessions() as s, s.begin():
        svc.update_deliverable(s, report, evidence_link="javascript:alert(1)")
    with sessions() as s, s.begin():
        svc.update_deliverable(s, report, evidence_link="https://rnd.example/F-01/2024")


def test_deliverables_due_in_30_days_are_listed_and_in_the_ics(two_years):
    from icalendar import Calendar

    from planner.renewals.calendar import deadlines_calendar

    sessions, ids = two_years
    today = D(2025, 11, 25)
    with sessions() as s, s.begin():
        renewals.update_cycle(s, renewals.cycle_by_year(s, 2025).id,
                              consultation_deadline=D(2026, 1, 31))
        soon = svc.add_deliverable(s, ids["F-01"], year=2025, kind="paper", title="ACL 논문",
                                   due_date=today + dt.timedelta(days=12)).id
        late = svc.add_deliverable(s, ids["F-02"], year=2025, kind="software", title="공개 SW",
                                   due_date=today - dt.timedelta(days=3)).id
        svc.add_deliverable(s, ids["F-02"], year=2025, kind="dataset", title="데이터셋",
                            due_date=today + dt.timedelta(days=45))  # beyond the 30 days
        svc.add_deliverable(s, ids["F-01"], year=2025, kind="demo", title="시연회",
                            due_date=today + dt.timedelta(days=5), state="accepted")  # done
    with sessions() as s:
        due = svc.deliverables_due(s, today, 30)
        deadlines = renewals.cycle_deadlines(s, 2025)
    assert [r.id for r in due.overdue] == [late]
    assert [r.id for r in due.upcoming] == [soon]
    events = Calendar.from_ical(deadlines_calendar(deadlines, dt.datetime(2025, 11, 25, 9, 0)))
    by_uid = {str(e["uid"]): e for e in events.walk("VEVENT")}
    paper = by_uid[f"deliverable-{soon}@labplanner.kt-kaist"]
    assert paper.decoded("dtstart") == today + dt.timedelta(days=12)
    assert str(paper["summary"]) == "[F-01] 논문 제출 기한: ACL 논문"
    assert "cycle-2025-consultation@labplanner.kt-kaist" in by_uid
    english = Calendar.from_ical(deadlines_calendar(deadlines, dt.datetime(2025, 11, 25), "en"))
    assert "[F-01] paper due: ACL 논문" in [str(e["summary"]) for e in english.walk("VEVENT")]
    # Accepted work is not owed any more: it leaves the calendar.
    assert not any("시연회" in str(e["summary"]) for e in by_uid.values())


def test_next_year_waits_for_the_final_reports_of_the_finished_year(two_years):
    sessions, ids = two_years
    # 2026 is prepared while 2025 still runs: 2024's final reports must be in.
    with pytest.raises(FinalReportsMissing) as refused, sessions() as s, s.begin():
        renewals.open_next_cycle(s, 2026, today=D(2025, 11, 25))
    assert "F-01, F-02" in str(refused.value) and "2024" in str(refused.value)
    with sessions() as s, s.begin():
        _final(s, ids["F-01"], 2024, DeliverableState.ACCEPTED)
        _final(s, ids["F-02"], 2024)  # planned: still missing
    with pytest.raises(FinalReportsMissing) as refused, sessions() as s, s.begin():
        renewals.open_next_cycle(s, 2026, today=D(2025, 11, 25))
    assert "F-02" in str(refused.value) and "F-01" not in str(refused.value)
    with sessions() as s:
        assert renewals.cycle_by_year(s, 2026) is None  # nothing half-made
    with sessions() as s, s.begin():
        cycle = renewals.open_next_cycle(s, 2026, today=D(2025, 11, 25),
                                         despite_missing_reports="F-02 보고서는 12월 제출 예정")
        assert cycle.missing_reports_reason == "F-02 보고서는 12월 제출 예정"
        cycle_id = cycle.id
    with sessions() as s:
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "renewal_cycle", AuditEntry.entity_id == cycle_id,
            AuditEntry.field == "missing_reports_reason")).one()
    assert entry.new_value == "2024: F-02 — F-02 보고서는 12월 제출 예정"


def test_a_submitted_or_waived_final_report_counts_as_in(two_years):
    sessions, ids = two_years
    with sessions() as s, s.begin():
        _final(s, ids["F-01"], 2024, DeliverableState.SUBMITTED)
        _final(s, ids["F-02"], 2024, DeliverableState.WAIVED, waived_reason="2023년 보고서로 갈음")
    with sessions() as s, s.begin():
        cycle = renewals.open_next_cycle(s, 2026, today=D(2025, 11, 25))
        assert cycle.missing_reports_reason == ""
