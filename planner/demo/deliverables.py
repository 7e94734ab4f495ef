"""The demo's deliverables and review checklists.

Last year: every task's interim and final report in (accepted, a few final reports only
submitted), one more result each (a paper, software, …). This year: the interim report in by
its date, a few results coming due within the month and one overdue, the final report planned
for the spring; a task concluded this year has its final report waived (last year's report
covers it). The due dates that depend on today keep the lists plausible whatever day the demo
is made for.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from planner.models import Decision, DeliverableKind, DeliverableState, RenewalCycle
from planner.services import deliverables as svc
from planner.services import review

K = DeliverableKind
S = DeliverableState

RESULTS = [  # (kind, Korean title pattern)
    (K.PAPER, "{area} 분야 국제학술대회 논문"),
    (K.SOFTWARE, "{area} 공개 소프트웨어 릴리스"),
    (K.DATASET, "{area} 한국어 데이터셋 구축"),
    (K.PATENT, "{area} 핵심기술 특허 출원"),
    (K.DEMO, "{area} 기술 시연회"),
]


def _state_by(due: dt.date, today: dt.date) -> DeliverableState:
    if due < today - dt.timedelta(days=30):
        return S.ACCEPTED
    return S.SUBMITTED if due < today else S.PLANNED


def add_demo_deliverables(
    session: Session, signed: RenewalCycle, draft: RenewalCycle, today: dt.date
) -> int:
    rng = random.Random(2024)  # its own draws: the rest of the demo stays as it was
    count = 0

    def add(task_id: int, year: int, kind: K, title: str, due: dt.date, state: S, **extra) -> None:
        nonlocal count
        svc.add_deliverable(session, task_id, year=year, kind=kind, title=title, due_date=due,
                            state=state, **extra)
        count += 1

    last, this = signed.year, draft.year
    for renewal in sorted(signed.renewals, key=lambda r: r.task.code):
        task = renewal.task
        add(task.id, last, K.INTERIM_REPORT, f"{last}년 중간보고서", dt.date(last, 9, 30), S.ACCEPTED,
            evidence_link=f"https://rnd.kt-kaist.example/reports/{last}/{task.code}/interim")
        final_state = S.SUBMITTED if task.code in ("F-07", "I-03") else S.ACCEPTED
        add(task.id, last, K.FINAL_REPORT, f"{last}년 최종보고서", dt.date(last + 1, 3, 31), final_state,
            evidence_link=f"https://rnd.kt-kaist.example/reports/{last}/{task.code}/final")
        kind, pattern = rng.choice(RESULTS)
        add(task.id, last, kind, pattern.format(area=task.area or task.title_ko),
            dt.date(last, rng.randint(6, 12), rng.choice([15, 30])), S.ACCEPTED)
    coming = [today + dt.timedelta(days=d) for d in (6, 13, 20, 27)]
    overdue = today - dt.timedelta(days=9)
    renewals = sorted(draft.renewals, key=lambda r: r.task.code)
    for index, renewal in enumerate(renewals):
        task = renewal.task
        if renewal.decision == Decision.CONCLUDE:
            add(task.id, this, K.FINAL_REPORT, f"{this}년 최종보고서", dt.date(this + 1, 3, 31), S.WAIVED,
                waived_reason=f"{this}년 2월 종료 과제로 {last}년 최종보고서로 갈음")
            continue
        interim = dt.date(this, 9, 30)
        add(task.id, this, K.INTERIM_REPORT, f"{this}년 중간보고서", interim, _state_by(interim, today))
        kind, pattern = RESULTS[index % len(RESULTS)]
        due = coming[index % len(coming)] if index % 3 == 0 else dt.date(this + 1, 1, 31)
        if task.code == "F-02":
            due = overdue  # one result late: the overdue list is not empty on the first day
        add(task.id, this, kind, pattern.format(area=task.area or task.title_ko), due,
            S.PLANNED if due >= overdue else _state_by(due, today))
        add(task.id, this, K.FINAL_REPORT, f"{this}년 최종보고서", dt.date(this + 1, 3, 31), S.PLANNED)
    return count


def tick_demo_review(session: Session, signed: RenewalCycle, draft: RenewalCycle,
                     agreed_at: dt.datetime, today: dt.date) -> None:
    """Last year's checklist all ticked the week before agreement; this year's half done, a
    few days before the demo's day."""
    review.tick_whole_checklist(session, signed.id, at=agreed_at - dt.timedelta(days=7),
                                note="협약 체결 전 검토 완료")
    for code in ("ip_terms", "confidentiality", "publication"):
        item = review.review_item_by_code(session, code)
        review.tick_review_item(session, draft.id, item.id, note="초안 검토 완료",
                                at=dt.datetime.combine(today - dt.timedelta(days=3), dt.time(1, 30)))
