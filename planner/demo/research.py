"""The demo's research administration: participants, KPIs and a few IP disclosures.

Every task of both demo cycles has its team as participants — the PI as 책임 (30–40 %), the
KT counterpart as 공동, researchers, students and interns as 참여/학생 — a few researchers also
take part in a second task of their track, and every rate keeps within the caps (interns at
most 50 %, the institute's setting). Its own random generator, so that the rest of the demo is
as it was.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from planner.models import Decision, ParticipantRole, RenewalCycle, Role
from planner.services import ip, kpis, participants

INTERN_CAP = 50
_KPIS = {  # name, English name, unit, English unit, target range
    "foundational": [
        ("SCI(E) 논문", "SCI(E) papers", "편", "papers", (3, 6)),
        ("국제학회 발표", "Talks at international conferences", "건", "talks", (2, 5)),
        ("특허 출원", "Patent filings", "건", "filings", (1, 3)),
    ],
    "industrial": [
        ("PoC 현장 적용", "Proofs of concept in the field", "건", "sites", (1, 3)),
        ("특허 출원", "Patent filings", "건", "filings", (1, 3)),
        ("기술이전", "Technology transfers", "건", "transfers", (1, 2)),
    ],
}
_IP = [
    ("F-01", "화자 적응형 음성 인식 방법 및 장치", "Speaker-adaptive speech recognition method and apparatus", 50),
    ("F-02", "경량 비전 트랜스포머의 학습 방법", "Training method for lightweight vision transformers", 40),
    ("I-01", "미디어 콘텐츠 자동 요약 시스템", "Automatic summarisation system for media content", 60),
    ("I-03", "의료 영상 판독 보조 장치", "Apparatus assisting the reading of medical images", 50),
]


def _rates(role: Role, rng: random.Random) -> tuple[ParticipantRole, int]:
    if role == Role.PROFESSOR:
        return ParticipantRole.LEAD, rng.choice([30, 35, 40])
    if role == Role.KT_STAFF:
        return ParticipantRole.CO, rng.choice([10, 15, 20])
    if role == Role.STUDENT:
        return ParticipantRole.STUDENT, rng.choice([40, 50, 60])
    if role == Role.INTERN:
        return ParticipantRole.STUDENT, rng.choice([30, 40, 50])
    return ParticipantRole.MEMBER, rng.choice([40, 50, 60])


def _team(task) -> list:
    return sorted((member.person for member in task.members), key=lambda p: p.id)


def add_research(session: Session, tasks, cycles: list[RenewalCycle], seed: int = 2020) -> None:
    """Participants and KPIs for every going task of ``cycles`` (before they are agreed), then
    a few IP disclosures. ``tasks``: (task, pi, kt contact) as the institute made them."""
    rng = random.Random(seed)
    participants.set_cap(session, Role.INTERN, INTERN_CAP)
    by_code = {task.code: task for task, _pi, _contact in tasks}
    for cycle in cycles:
        going = [r for r in cycle.renewals if r.decision != Decision.CONCLUDE]
        going.sort(key=lambda r: r.task.code)
        for renewal in going:
            for person in _team(renewal.task):
                role, rate = _rates(person.role, rng)
                participants.add_participant(
                    session, renewal.id, person.id, role=role, rate_pct=rate,
                )
        # A few researchers also work on the next task of their track, within 100 %.
        for renewal, other in zip(going, going[1:], strict=False):
            if renewal.task.track != other.task.track:
                continue
            researcher = next((p for p in _team(renewal.task) if p.role == Role.RESEARCHER), None)
            if researcher is None or rng.random() < 0.6:
                continue
            spare = 100 - participants.person_load(session, researcher.id, cycle.year)
            if spare >= 20:
                participants.add_participant(
                    session, other.id, researcher.id, role=ParticipantRole.MEMBER,
                    rate_pct=min(spare, rng.choice([20, 30])),
                )
        finished = cycle.year < max(c.year for c in cycles)
        for renewal in going:
            for name, name_en, unit, unit_en, (low, high) in _KPIS[renewal.task.track.value]:
                target = rng.randint(low, high)
                actual = None
                if finished:
                    actual = max(0, target + rng.choice([-1, 0, 0, 1]))
                kpis.add_kpi(session, renewal.id, name=name, name_en=name_en, unit=unit,
                             unit_en=unit_en, target=target, actual=actual)
    first_year = min(c.year for c in cycles)
    for number, (code, title, title_en, kt_share) in enumerate(_IP):
        task = by_code.get(code)
        if task is None:
            continue
        inventors = [m.id for m in _team(task) if m.role in (Role.PROFESSOR, Role.RESEARCHER, Role.KT_STAFF)][:3]
        filed = number % 2 == 0
        ip.add_disclosure(
            session, inventor_ids=inventors, task_ids=[task.id], title=title, title_en=title_en,
            disclosed_on=dt.date(first_year, 4 + 2 * number, 10 + number),
            kt_share_pct=kt_share, kaist_share_pct=100 - kt_share,
            filing_no=f"10-{first_year}-{153200 + 37 * number:07d}" if filed else None,
            state="filed" if filed else "disclosed",
        )
