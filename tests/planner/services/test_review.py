"""The review before agreement (issue #20): a per-cycle checklist from the institute's items;
a cycle with an unticked required item does not become agreed — the service names the item,
the database refuses it too."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from planner.errors import CycleCannotAdvance, ReadOnly
from planner.models import AuditEntry, CycleStatus, Decision, Track
from planner.services import renewals, review, tasks
from tests.planner.factories import record_agreement_terms, tick_review

D = dt.date


@pytest.fixture
def in_consultation(sessions):
    with sessions() as s, s.begin():
        task = tasks.create_task(s, code="F-01", title_ko="과제", title_en="Task",
                                 track=Track.FOUNDATIONAL, start_year=2024)
        cycle = renewals.create_cycle(s, 2025)
        renewals.add_task_renewal(s, cycle.id, task.id, decision=Decision.CONTINUE,
                                  budget_krw=1, period_start=D(2025, 3, 1), period_end=D(2026, 2, 28))
        record_agreement_terms(s, cycle.id)
        renewals.advance_cycle(s, cycle.id, "consultation")
    return sessions, cycle.id


def test_the_institute_starts_with_six_items_five_required(in_consultation):
    sessions, cycle_id = in_consultation
    with sessions() as s:
        lines = review.cycle_checklist(s, cycle_id)
    assert [line.code for line in lines] == [
        "ip_terms", "confidentiality", "publication", "budget_reconciled", "participant_rates",
        "legal_review"]
    assert [line.code for line in lines if not line.required] == ["participant_rates"]
    assert not any(line.ticked for line in lines)


def test_agreed_is_refused_naming_the_unticked_required_item(in_consultation):
    sessions, cycle_id = in_consultation
    with sessions() as s, s.begin():
        for line in review.cycle_checklist(s, cycle_id):
            if line.code not in ("legal_review", "participant_rates"):
                review.tick_review_item(s, cycle_id, line.item_id)
    with pytest.raises(CycleCannotAdvance) as refused, sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, "agreed")
    assert "Required review items are not ticked: Legal review done." in str(refused.value)
    problem = next(p for p in refused.value.problems if p.template.startswith("Required review"))
    assert problem.values == ("Legal review done", "법무 검토 완료")
    with sessions() as s, s.begin():
        line = review.tick_review_item(s, cycle_id, review.review_item_by_code(s, "legal_review").id,
                                       note="법무팀 검토 회신 2025-02-10")
        assert line.ticked_by and line.ticked_at is not None
        # The optional item may stay unticked.
        renewals.advance_cycle(s, cycle_id, "agreed")
        assert renewals.cycle_by_year(s, 2025).status == CycleStatus.AGREED


def test_the_database_refuses_agreed_with_an_unticked_required_item(in_consultation):
    sessions, cycle_id = in_consultation
    with sessions() as s, s.begin():
        # A snapshot so that the agreement guard (planner.frozen_guards) is not what refuses.
        from planner.services import agreements

        agreements.freeze_agreement(s, renewals.cycle_by_year(s, 2025))
    with pytest.raises(DBAPIError) as refused, sessions() as s, s.begin():
        s.execute(text("UPDATE renewal_cycle SET status = 'agreed' WHERE id = :i"), {"i": cycle_id})
    assert "review_unticked" in str(refused.value)
    with sessions() as s, s.begin():
        tick_review(s, cycle_id)
    with sessions() as s, s.begin():
        s.execute(text("UPDATE renewal_cycle SET status = 'agreed' WHERE id = :i"), {"i": cycle_id})


def test_the_review_of_an_agreed_cycle_is_on_record(in_consultation):
    sessions, cycle_id = in_consultation
    with sessions() as s, s.begin():
        tick_review(s, cycle_id)
        renewals.advance_cycle(s, cycle_id, "agreed")
        legal = review.review_item_by_code(s, "legal_review").id
    with pytest.raises(ReadOnly), sessions() as s, s.begin():
        review.untick_review_item(s, cycle_id, legal)
    with pytest.raises(DBAPIError) as refused, sessions() as s, s.begin():
        s.execute(text("DELETE FROM review_tick WHERE cycle_id = :i"), {"i": cycle_id})
    from planner.frozen_guards import frozen_refusal

    assert frozen_refusal(refused.value)  # the refusal every frozen record gives


def test_ticks_are_audited_and_the_list_is_the_institutes_to_change(in_consultation):
    sessions, cycle_id = in_consultation
    with sessions() as s, s.begin():
        ip = review.review_item_by_code(s, "ip_terms").id
        review.tick_review_item(s, cycle_id, ip)
        review.untick_review_item(s, cycle_id, ip)
        # An institute that needs an ethics review adds it; one that does not check
        # publication terms makes that item optional.
        review.add_review_item(s, "ethics", label_ko="연구윤리 검토", label_en="Ethics review")
        review.update_review_item(s, review.review_item_by_code(s, "publication").id, required=False)
    with sessions() as s:
        actions = [(e.action, e.entity) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity.in_(["review_tick", "review_item"]))
            .order_by(AuditEntry.id))]
        required = [line.code for line in review.cycle_checklist(s, cycle_id) if line.required]
    assert actions == [("create", "review_tick"), ("delete", "review_tick"),
                       ("create", "review_item"), ("update", "review_item")]
    assert required == ["ip_terms", "confidentiality", "budget_reconciled", "legal_review", "ethics"]
