"""Freezing an agreement when its cycle is agreed, and what may change afterwards.

On SQLite and PostgreSQL: the services refuse and say why, and the database refuses the same
writes made behind their back (raw SQL), so no client can change an agreed agreement.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner.errors import CycleCannotAdvance, InvalidTransition, ReadOnly
from planner.export.agreement_data import fingerprint, from_json
from planner.models import AgreementSnapshot, AuditEntry, CycleStatus, Decision, Track
from planner.services import agreement_templates, agreements, renewals, tasks
from tests.planner.factories import record_agreement_terms, tick_review

D = dt.date


@pytest.fixture
def cycle_id(sessions) -> int:
    with sessions() as s, s.begin():
        cycle = renewals.create_cycle(s, 2025)
        for code, track in (("F-01", Track.FOUNDATIONAL), ("I-01", Track.INDUSTRIAL)):
            task = tasks.create_task(s, code=code, title_ko=f"과제 {code}", title_en=f"Task {code}",
                                     track=track, start_year=2025)  # fmt: skip
            renewals.add_task_renewal(
                s, cycle.id, task.id, decision=Decision.NEW, budget_krw=300_000_000,
                period_start=D(2025, 3, 1), period_end=D(2026, 2, 28), headcount=3,
            )  # fmt: skip
        record_agreement_terms(s, cycle.id)
        tick_review(s, cycle.id)  # the review before agreement done
        renewals.advance_cycle(s, cycle.id, CycleStatus.CONSULTATION)
        return cycle.id


def _agree(sessions, cycle_id: int) -> None:
    with sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.AGREED)


def _snapshots(sessions, cycle_id: int) -> list[AgreementSnapshot]:
    with sessions() as s:
        rows = s.scalars(
            select(AgreementSnapshot)
            .where(AgreementSnapshot.cycle_id == cycle_id)
            .order_by(AgreementSnapshot.version)
        ).all()
        s.expunge_all()
        return list(rows)


def test_agreeing_freezes_the_data_as_json_with_its_sha256(sessions, cycle_id):
    _agree(sessions, cycle_id)
    (snapshot,) = _snapshots(sessions, cycle_id)
    data = from_json(snapshot.payload)
    assert (snapshot.version, snapshot.unfrozen_at, snapshot.frozen_by) == (1, None, "tester")
    assert snapshot.sha256 == fingerprint(data)
    assert [t.code for t in data.tasks] == ["F-01", "I-01"] and data.total_krw == 600_000_000
    assert data.seats_committed == 200 and data.party("kt").name.ko == "김대표"
    assert data.templates["ko"].version == 0 and "제1조(목적)" in data.templates["ko"].text


def test_an_agreed_cycle_refuses_changes_in_the_service_and_in_the_database(sessions, cycle_id):
    _agree(sessions, cycle_id)
    with sessions() as s:
        renewal_id = renewals.cycle_by_year(s, 2025).renewals[0].id
    with pytest.raises(ReadOnly, match="agreed and its agreement frozen"), sessions() as s, s.begin():
        renewals.update_task_renewal(s, renewal_id, budget_krw=1)
    with pytest.raises(ReadOnly, match="frozen"), sessions() as s, s.begin():
        agreements.set_party(s, cycle_id, "kt", name_ko="다른 사람")
    with pytest.raises(ReadOnly), sessions() as s, s.begin():
        renewals.update_cycle(s, cycle_id, seats_committed=10)
    for statement in (
        f"UPDATE task_renewal SET budget_krw = 1 WHERE id = {renewal_id}",
        f"DELETE FROM task_renewal WHERE id = {renewal_id}",
        f"UPDATE agreement_party SET name_ko = 'x' WHERE cycle_id = {cycle_id}",
        f"UPDATE renewal_cycle SET seats_committed = 10 WHERE id = {cycle_id}",
        "UPDATE agreement_snapshot SET payload = '{}'",
        "UPDATE agreement_snapshot SET sha256 = repeat('0', 64)"
        if "postgres" in str(sessions.kw["bind"].url)
        else "UPDATE agreement_snapshot SET sha256 = printf('%064d', 0)",
        "DELETE FROM agreement_snapshot",
        f"UPDATE renewal_cycle SET status = 'consultation' WHERE id = {cycle_id}",
    ):
        with pytest.raises(IntegrityError, match="frozen"), sessions() as s, s.begin():
            s.execute(text(statement))
    (snapshot,) = _snapshots(sessions, cycle_id)
    assert snapshot.unfrozen_at is None and snapshot.sha256 == fingerprint(from_json(snapshot.payload))


def test_going_back_needs_a_reason_is_audited_and_the_next_freeze_is_version_2(sessions, cycle_id):
    _agree(sessions, cycle_id)
    with pytest.raises(CycleCannotAdvance, match="give a reason"), sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.CONSULTATION)
    with sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.CONSULTATION, reason="KAIST가 증액 요청")
        renewal = renewals.cycle_by_year(s, 2025).renewals[0]
        renewals.update_task_renewal(s, renewal.id, budget_krw=350_000_000)
    _agree(sessions, cycle_id)
    first, second = _snapshots(sessions, cycle_id)
    assert (first.version, first.unfreeze_reason, first.unfrozen_by) == (1, "KAIST가 증액 요청", "tester")
    assert (second.version, second.unfrozen_at) == (2, None)
    assert from_json(second.payload).total_krw == 650_000_000
    assert from_json(first.payload).total_krw == 600_000_000  # version 1 kept as it was
    with sessions() as s:
        fields = s.scalars(
            select(AuditEntry.field + ":" + AuditEntry.new_value).where(
                AuditEntry.entity == "renewal_cycle",
                AuditEntry.field.in_(["agreement_frozen", "agreement_unfrozen"]),
            ).order_by(AuditEntry.id)
        ).all()
    assert fields == ["agreement_frozen:1", "agreement_unfrozen:KAIST가 증액 요청", "agreement_frozen:2"]
    with pytest.raises(InvalidTransition, match="on record"), sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.CONSULTATION, reason="다시")
        renewals.advance_cycle(s, cycle_id, CycleStatus.DRAFT)
        renewals.delete_cycle(s, cycle_id)


def test_agreeing_is_refused_without_the_contract_terms(sessions, cycle_id):
    with sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.DRAFT)
        renewals.update_cycle(s, cycle_id, seats_committed=None)
        agreements.set_party(s, cycle_id, "kaist", name_en="", signer_name_ko="대리인")
        renewal = renewals.cycle_by_year(s, 2025).renewals[0]
        renewals.update_task_renewal(s, renewal.id, reason="사유")
        renewals.advance_cycle(s, cycle_id, CycleStatus.CONSULTATION)
    with pytest.raises(CycleCannotAdvance) as caught, sessions() as s, s.begin():
        renewals.advance_cycle(s, cycle_id, CycleStatus.AGREED)
    message = str(caught.value)
    assert "The number of desks KT provides is not recorded." in message
    assert "The KAIST signature block lacks name_en, signer_position_ko" in message
    assert "No English reason for F-01." in message
    assert _snapshots(sessions, cycle_id) == []


def test_a_wording_saved_later_never_changes_an_agreed_agreement(sessions, cycle_id, tmp_path):
    _agree(sessions, cycle_id)
    with sessions() as s, s.begin():
        first = agreements.export_agreement(s, 2025, "ko", tmp_path / "a.pdf").sha256
        shipped = agreement_templates.current_template(s, "ko").text
        saved = agreement_templates.save_templates(
            s, {"ko": shipped.replace("성실히 협의하여", "성실하게 협의하여")}, "표현 다듬기"
        )
        assert [(r.language, r.version) for r in saved] == [("ko", 1)]
    with sessions() as s, s.begin():
        again = agreements.export_agreement(s, 2025, "ko", tmp_path / "b.pdf").sha256
        assert agreement_templates.current_template(s, "ko").version == 1
    assert again == first
    with sessions() as s, s.begin():  # undo of the save: the version is taken back
        agreement_templates.discard_template_version(s, saved[0].id)
        assert agreement_templates.current_template(s, "ko").version == 0
