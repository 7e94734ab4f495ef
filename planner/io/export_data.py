"""What each export contains: people, desks with occupants, assignments, tasks, cycles.

Each ``*_sheet`` function reads once (a query or two, no query per row) and returns a
:class:`~planner.io.export.Sheet` with Korean column titles. The people and desk sheets use the
titles and labels the importers recognise, so an export imports back to the same data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.io.export import DATE, DECIMAL, INTEGER, MONEY, Column, Sheet, write_sheet
from planner.io.labels import DESK_KIND_LABELS_KO, ROLE_LABELS_KO, features_text
from planner.models import Assignment, Desk, Floor, Person, RenewalCycle, TaskRenewal, Track
from planner.services.listings import task_listing
from planner.services.queries import seating_on
from planner.services.tasks import list_tasks, tasks_by_person

KINDS = ("people", "desks", "assignments", "tasks", "cycles")
TRACK_KO = {Track.FOUNDATIONAL.value: "원천기술", Track.INDUSTRIAL.value: "산업AI"}
STATUS_KO = {
    "draft": "초안",
    "consultation": "협의 중",
    "agreed": "합의",
    "signed": "서명 완료",
    "proposed": "제안",
    "active": "진행",
    "concluded": "종료",
}
DECISION_KO = {"continue": "계속", "modify": "변경", "conclude": "종료", "new": "신규"}


def people_sheet(session: Session, on: dt.date) -> Sheet:
    desks = {
        a.person_id: a.desk.code
        for a in session.scalars(
            select(Assignment)
            .options(selectinload(Assignment.desk))
            .where(
                Assignment.start_date <= on,
                (Assignment.end_date.is_(None)) | (Assignment.end_date >= on),
            )
        )
    }
    codes = tasks_by_person(session)
    people = session.scalars(
        select(Person)
        .options(selectinload(Person.organisation))
        .order_by(Person.name_ko, Person.id)
    )
    rows = [
        (
            p.name_ko,
            p.name_en,
            p.organisation.name,
            ROLE_LABELS_KO[p.role],
            p.email,
            p.phone,
            p.employee_no,
            p.stay_start,
            p.stay_end,
            ", ".join(codes.get(p.id, ())),
            features_text(p.needs),
            p.notes,
            desks.get(p.id),
        )
        for p in people
    ]
    titles = (
        "이름",
        "영문명",
        "소속",
        "역할",
        "이메일",
        "연락처",
        "사번",
        "입주일",
        "퇴거일",
        "과제",
        "필요 기능",
        "비고",
        f"좌석 ({on.isoformat()})",
    )
    kinds = {"입주일": DATE, "퇴거일": DATE}
    return Sheet("인원", tuple(Column(t, kinds.get(t, "text")) for t in titles), rows)


def desks_sheet(session: Session, on: dt.date) -> Sheet:
    desks = {
        d.id: d
        for d in session.scalars(
            select(Desk).options(selectinload(Desk.floor).selectinload(Floor.building))
        )
    }
    by_desk: dict[int, list] = {}
    for seat in seating_on(session, on):  # a hot desk has a row per user: one line per desk here
        by_desk.setdefault(seat.desk_id, []).append(seat)
    rows: list[tuple[object, ...]] = []
    for desk_id, seats in by_desk.items():
        desk, users = desks[desk_id], [s for s in seats if s.person_id is not None]
        only = users[0] if len(users) == 1 else None
        rows.append(
            (
                desk.code,
                desk.floor.building.code,
                desk.floor.name,
                seats[0].zone_name,
                desk.x,
                desk.y,
                DESK_KIND_LABELS_KO[desk.kind],
                features_text(desk.features),
                desk.rotation,
                "사용" if desk.active else "미사용",
                ", ".join(u.name_ko or "" for u in users),
                ", ".join(u.name_en or "" for u in users),
                ", ".join(dict.fromkeys(u.organisation or "" for u in users)),
                only.start_date if only else None,
                only.end_date if only else None,
            )
        )
    columns = (
        Column("좌석"),
        Column("건물"),
        Column("층"),
        Column("구역"),
        Column("x", DECIMAL),
        Column("y", DECIMAL),
        Column("종류"),
        Column("기능"),
        Column("회전", DECIMAL),
        Column("사용"),
        Column(f"사용자 ({on.isoformat()})"),
        Column("사용자 영문명"),
        Column("사용자 소속"),
        Column("배정 시작", DATE),
        Column("배정 종료", DATE),
    )
    return Sheet("좌석", columns, rows)


def assignments_sheet(session: Session) -> Sheet:
    assignments = session.scalars(
        select(Assignment)
        .options(
            selectinload(Assignment.person), selectinload(Assignment.desk).selectinload(Desk.floor)
        )
        .order_by(Assignment.start_date, Assignment.id)
    )
    rows = [
        (
            a.person.name_ko,
            a.person.email,
            a.desk.code,
            a.desk.floor.name,
            a.start_date,
            a.end_date,
            a.move_plan_id,
            a.created_at,
        )
        for a in assignments
    ]
    columns = (
        Column("이름"),
        Column("이메일"),
        Column("좌석"),
        Column("층"),
        Column("시작일", DATE),
        Column("종료일", DATE),
        Column("이동 계획", INTEGER),
        Column("기록 시각"),
    )
    return Sheet("배정 이력", columns, rows)


def tasks_sheet(session: Session) -> Sheet:
    years = {t.id: t.start_year for t in list_tasks(session)}
    rows = [
        (
            t.code,
            TRACK_KO.get(t.track, t.track),
            t.area,
            t.title_ko,
            t.title_en,
            t.pi_name,
            t.kt_contact_name,
            years[t.task_id],
            STATUS_KO.get(t.status, t.status),
            t.member_count,
        )
        for t in task_listing(session)
    ]
    columns = (
        Column("과제코드"),
        Column("트랙"),
        Column("분야"),
        Column("국문 과제명"),
        Column("영문 과제명"),
        Column("KAIST 책임자"),
        Column("KT 담당자"),
        Column("시작 연도", INTEGER),
        Column("상태"),
        Column("참여 인원", INTEGER),
    )
    return Sheet("연구과제", columns, rows)


def cycles_sheet(session: Session) -> Sheet:
    cycles = session.scalars(
        select(RenewalCycle)
        .options(selectinload(RenewalCycle.renewals).selectinload(TaskRenewal.task))
        .order_by(RenewalCycle.year)
    )
    rows: list[tuple[object, ...]] = []
    for cycle in cycles:
        head = (
            cycle.year,
            STATUS_KO[cycle.status.value],
            cycle.consultation_deadline,
            cycle.signing_target,
            cycle.signed_on,
        )
        renewals = sorted(cycle.renewals, key=lambda r: r.task.code)
        for r in renewals:
            decision = DECISION_KO.get(r.decision.value, "") if r.decision else ""
            rows.append(
                (
                    *head,
                    r.task.code,
                    r.task.title_ko,
                    decision,
                    r.budget_krw,
                    r.period_start,
                    r.period_end,
                    r.headcount,
                    r.gpu_allocation,
                    r.reason,
                )
            )
        if not renewals:
            rows.append((*head, *([None] * 9)))
    columns = (
        Column("연도", INTEGER),
        Column("상태"),
        Column("협의 마감", DATE),
        Column("서명 목표일", DATE),
        Column("서명일", DATE),
        Column("과제코드"),
        Column("과제명"),
        Column("결정"),
        Column("예산(원)", MONEY),
        Column("기간 시작", DATE),
        Column("기간 종료", DATE),
        Column("인원", INTEGER),
        Column("GPU", INTEGER),
        Column("사유"),
    )
    return Sheet("갱신 주기", columns, rows)


def export_kind(session: Session, kind: str, path: str | Path, *, on: dt.date | None = None) -> int:
    """Write one export to ``path`` (format by suffix); returns the number of data rows."""
    day = on or dt.date.today()
    builders = {
        "people": lambda: people_sheet(session, day),
        "desks": lambda: desks_sheet(session, day),
        "assignments": lambda: assignments_sheet(session),
        "tasks": lambda: tasks_sheet(session),
        "cycles": lambda: cycles_sheet(session),
    }
    if kind not in builders:
        raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
    sheet = builders[kind]()
    write_sheet(sheet, path)
    return len(sheet.rows)
