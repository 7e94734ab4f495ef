"""Participants, KPIs and IP disclosures: export → import → export is a no-op, per kind and
format; an import that changes a row goes through the rules."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from planner.errors import ParticipationOverCap, ValidationError
from planner.io import research_io
from planner.models import AuditEntry, ParticipantRole
from planner.services import ip, kpis, participants
from tests.planner.research.helpers import small_lab

KIM, LEE = "kim@kaist.ac.kr", "lee@kaist.ac.kr"


def _filled(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[LEE], rate_pct=30,
                                     role=ParticipantRole.LEAD)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=60,
                                     period_end=dt.date(2025, 12, 31))
        participants.add_participant(s, lab.renewals["F-02", 2024], lab.people[KIM], rate_pct=40)
        kpis.add_kpi(s, lab.renewals["F-01", 2024], name="SCI(E) 논문", unit="편", target=4, actual=5)
        kpis.add_kpi(s, lab.renewals["F-01", 2025], name="SCI(E) 논문", unit="편", target=4.5)
        ip.add_disclosure(s, title="음성 인식 방법", disclosed_on=dt.date(2025, 4, 1), kt_share_pct=60,
                          kaist_share_pct=40, inventor_ids=[lab.people[LEE], lab.people[KIM]],
                          task_ids=[lab.tasks["F-01"]], filing_no="10-2025-0000001", state="filed")
        ip.add_disclosure(s, title="=수식 같은 제목", disclosed_on=dt.date(2025, 5, 1), kt_share_pct=50,
                          kaist_share_pct=50, inventor_ids=[lab.people[KIM]])
    return lab


@pytest.mark.parametrize("kind", research_io.KINDS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_export_is_a_no_op(sqlite_sessions, tmp_path, kind, suffix):
    _filled(sqlite_sessions)
    first = tmp_path / f"first{suffix}"
    with sqlite_sessions() as s:
        written = research_io.export(s, kind, first)
        audit = s.scalar(select(func.count()).select_from(AuditEntry))
    assert written == {"participants": 3, "kpis": 2, "ip": 2}[kind]
    with sqlite_sessions() as s, s.begin():
        result = research_io.import_file(s, kind, first)
    assert (result.added, result.changed, result.unchanged) == (0, 0, written)
    with sqlite_sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit  # nothing written
        second = tmp_path / f"second{suffix}"
        research_io.export(s, kind, second)
    if suffix == ".csv":
        assert second.read_bytes() == first.read_bytes()
    else:
        assert research_io.read_table(second).rows == research_io.read_table(first).rows


@pytest.mark.parametrize("kind", research_io.KINDS)
def test_an_export_imports_into_an_empty_year_as_it_was(sqlite_sessions, tmp_path, kind):
    """Delete everything of the kind, import the export: the same export again."""
    _filled(sqlite_sessions)
    first = tmp_path / "first.csv"
    with sqlite_sessions() as s:
        research_io.export(s, kind, first)
    with sqlite_sessions() as s, s.begin():
        for row in participants.participant_rows(s) if kind == "participants" else []:
            s.delete(s.get(research_io.TaskParticipant, row.id))
        for row in kpis.kpi_rows(s) if kind == "kpis" else []:
            kpis.remove_kpi(s, row.id)
        for row in ip.ip_rows(s) if kind == "ip" else []:
            ip.remove_disclosure(s, row.id)
    with sqlite_sessions() as s, s.begin():
        result = research_io.import_file(s, kind, first)
    assert result.added > 0 and result.changed == 0
    second = tmp_path / "second.csv"
    with sqlite_sessions() as s:
        research_io.export(s, kind, second)
    assert second.read_bytes() == first.read_bytes()


def test_an_import_past_the_cap_is_refused_whole(sqlite_sessions, tmp_path):
    _filled(sqlite_sessions)
    path = tmp_path / "p.csv"
    path.write_text(
        "연도,과제코드,이름,이메일,역할,참여율(%)\n"
        "2025,F-03,김연구,kim@kaist.ac.kr,참여,30\n"
        "2025,F-02,김연구,kim@kaist.ac.kr,참여,20\n", encoding="utf-8",
    )
    with pytest.raises(ValidationError) as refused:
        with sqlite_sessions() as s, s.begin():
            research_io.import_file(s, "participants", path)
    assert "row 3" in str(refused.value) and "F-01 60 % + F-02 20 % + F-03 30 %" in str(refused.value)
    assert isinstance(refused.value.__cause__, ParticipationOverCap)
    with sqlite_sessions() as s:
        assert [r.task_code for r in participants.participant_rows(s, 2025, person_id=1)] == ["F-01"]
