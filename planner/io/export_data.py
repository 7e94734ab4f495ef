"""What each export contains: people, desks with occupants, assignments, tasks, cycles.

Each ``*_sheet`` function reads once (a query or two, no query per row) and returns a
:class:`~planner.io.export.Sheet` with Korean column titles. The people and desk sheets can be
written in English too (``language="en"``); in either language their titles are the import
fields' own labels (planner.io.columns) and their roles, desk kinds and features the labels of
planner.io.labels — the words the window shows — so an export imports back to the same data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.io.columns import DESK_FIELDS, PEOPLE_FIELDS, FieldSpec
from planner.io.export import DATE, DECIMAL, INTEGER, MONEY, TEXT, Column, Sheet, write_sheet
from planner.io.labels import IN_SERVICE_LABELS, KOREAN, Label, features_text, label_of
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


# Column kinds of the import fields in an export; text unless named here.
_FIELD_KINDS = {
    "stay_start": DATE,
    "stay_end": DATE,
    "x": DECIMAL,
    "y": DECIMAL,
    "rotation": DECIMAL,
}
# The columns after the import fields: what an import ignores, in each language.
_EXTRA_TITLES = {
    "people_desk": Label("좌석 ({day})", "Desk ({day})"),
    "occupants": Label("사용자 ({day})", "Occupants ({day})"),
    "occupants_en": Label("사용자 영문명", "Occupants' English names"),
    "occupants_org": Label("사용자 소속", "Occupants' organisations"),
    "assigned_from": Label("배정 시작", "Assigned from"),
    "assigned_until": Label("배정 종료", "Assigned until"),
}
# The sheets of the people and desk lists, also the templates' (planner.io.import_template).
SHEET_NAMES = {"people": Label("인원", "People"), "desks": Label("좌석", "Desks")}


def field_columns(specs: tuple[FieldSpec, ...], language: str = KOREAN) -> tuple[Column, ...]:
    """The import fields as export columns, titled as the importer recognises them."""
    return tuple(
        Column(
            spec.title(language),
            _FIELD_KINDS.get(spec.key, TEXT),
        )
        for spec in specs
    )


def people_sheet(session: Session, on: dt.date, language: str = KOREAN) -> Sheet:
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
            label_of(p.role, language),
            p.email,
            p.phone,
            p.employee_no,
            p.stay_start,
            p.stay_end,
            ", ".join(codes.get(p.id, ())),
            features_text(p.needs, language),
            p.notes,
            desks.get(p.id),
        )
        for p in people
    ]
    desk_title = _EXTRA_TITLES["people_desk"].in_language(language).format(day=on.isoformat())
    columns = (*field_columns(PEOPLE_FIELDS, language), Column(desk_title))
    return Sheet(SHEET_NAMES["people"].in_language(language), columns, rows)


def desks_sheet(session: Session, on: dt.date, language: str = KOREAN) -> Sheet:
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
                label_of(desk.kind, language),
                features_text(desk.features, language),
                desk.rotation,
                IN_SERVICE_LABELS[bool(desk.active)].in_language(language),
                ", ".join(u.name_ko or "" for u in users),
                ", ".join(u.name_en or "" for u in users),
                ", ".join(dict.fromkeys(u.organisation or "" for u in users)),
                only.start_date if only else None,
                only.end_date if only else None,
            )
        )
    day = on.isoformat()
    columns = (
        *field_columns(DESK_FIELDS, language),
        Column(_EXTRA_TITLES["occupants"].in_language(language).format(day=day)),
        Column(_EXTRA_TITLES["occupants_en"].in_language(language)),
        Column(_EXTRA_TITLES["occupants_org"].in_language(language)),
        Column(_EXTRA_TITLES["assigned_from"].in_language(language), DATE),
        Column(_EXTRA_TITLES["assigned_until"].in_language(language), DATE),
    )
    return Sheet(SHEET_NAMES["desks"].in_language(language), columns, rows)


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


LANGUAGE_KINDS = frozenset({"people", "desks"})  # the lists that can be written in English


def export_kind(
    session: Session,
    kind: str,
    path: str | Path,
    *,
    on: dt.date | None = None,
    language: str = KOREAN,
) -> int:
    """Write one export to ``path`` (format by suffix); returns the number of data rows.
    ``language`` ("ko"/"en") picks the titles and labels of the people and desk lists."""
    day = on or dt.date.today()
    builders = {
        "people": lambda: people_sheet(session, day, language),
        "desks": lambda: desks_sheet(session, day, language),
        "assignments": lambda: assignments_sheet(session),
        "tasks": lambda: tasks_sheet(session),
        "cycles": lambda: cycles_sheet(session),
    }
    if kind not in builders:
        raise ValueError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
    sheet = builders[kind]()
    write_sheet(sheet, path)
    return len(sheet.rows)
