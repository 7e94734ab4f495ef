"""The demo institute: KT 대덕2연구센터 hosting the KT–KAIST AI·SW research institute.

Deterministic for a given seed and reference day: four floors, about 250 desks, 200 people,
20 research tasks (F-01…F-15 foundational, I-01…I-05 industrial), last year's renewal cycle
signed and this year's in draft with its deadlines ahead (on 2025-11-25: 2024 signed, 2025 in
draft) — a new user never meets a demo that is overdue on its first day. Everything goes through the services, so the demo obeys the same
rules as the users' data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from sqlalchemy.orm import Session

from planner.demo.layout import ZoneSpec, empty_room, open_office, private_offices
from planner.demo.names import NameMaker
from planner.demo.tasks_catalogue import FOUNDATIONAL, INDUSTRIAL, STARTUPS
from planner.models import (
    Decision,
    DeskFeature,
    DeskKind,
    OrganisationKind,
    Person,
    Role,
    TaskStatus,
    Track,
    ZoneKind,
)
from planner.services import people as people_svc
from planner.services import renewals as renewal_svc
from planner.services import seating, sites
from planner.services import tasks as task_svc

FLOOR_WIDTH, FLOOR_DEPTH = 64.0, 30.0
DEMO_YEAR = 2025  # the year the catalogue's start years and the cycles below are written for
CONSULTATION_LEAD = dt.timedelta(days=30)  # a draft's first deadline at least this far ahead


def floor_zones(level: int) -> list[ZoneSpec]:
    p = f"{level}F"
    if level == 2:
        return [
            open_office("창업보육공간", f"{p}-S", 0, 0, 12.5, 12, kind=ZoneKind.STARTUP),
            empty_room("회의실 2-1", ZoneKind.MEETING, 20, 0, 12, 12),
            open_office("라운지 공용좌석", f"{p}-H", 32, 0, 11, 8, desk_kind=DeskKind.HOT),
            empty_room("GPU 서버실", ZoneKind.SERVER_ROOM, 0, 16, 28, 14),
            empty_room("세미나실", ZoneKind.MEETING, 28, 16, 18, 14),
        ]
    if level in (3, 4):
        return [
            private_offices("교수연구실", f"{p}-P", 0, 0, 40, 8, count=10),
            open_office("개방형 사무실 A", f"{p}-A", 42, 0, 17.8, 12),
            open_office("개방형 사무실 B", f"{p}-B", 0, 18, 13, 12, window_side="south"),
            open_office("연구실험실", f"{p}-L", 22, 16, 11, 8, kind=ZoneKind.LAB),
            empty_room(f"회의실 {level}-1", ZoneKind.MEETING, 40, 16, 12, 14),
        ]
    return [
        open_office("KT 협력사무실", f"{p}-K", 0, 0, 14, 12),
        open_office("산업AI 사무실", f"{p}-A", 18, 0, 17.8, 12),
        open_office("연구실험실", f"{p}-L", 0, 16, 11, 8, kind=ZoneKind.LAB),
        empty_room(f"회의실 {level}-1", ZoneKind.MEETING, 20, 16, 14, 14),
    ]


def _dates(rng: random.Random, today: dt.date) -> tuple[dt.date, dt.date | None]:
    start = today - dt.timedelta(days=rng.randint(20, 900))
    roll = rng.random()
    if roll < 0.08:
        end = today + dt.timedelta(days=rng.randint(0, 29))  # moving out this month
    elif roll < 0.18:
        end = today + dt.timedelta(days=rng.randint(30, 180))
    else:
        end = None
    return start, end


def build_institute(session: Session, *, today: dt.date | None = None, seed: int = 2021) -> dict:
    """Fill an empty database with the demo institute; returns a few counts."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    names = NameMaker(rng)

    site = sites.create_site(session, "KT 대덕2연구센터", "KT Daedeok 2nd R&D Center", "대전광역시 유성구")
    building = sites.create_building(session, site.id, "R2", "KT-KAIST AI·SW 연구동")
    desks_by_zone: dict[str, list[int]] = {}
    zone_kinds: dict[str, ZoneKind] = {}
    for level in (2, 3, 4, 5):
        floor = sites.create_floor(
            session, building.id, level=level, name=f"{level}층", width_m=FLOOR_WIDTH, depth_m=FLOOR_DEPTH
        )
        for spec in floor_zones(level):
            zone = sites.create_zone(
                session, floor.id, name=spec.name, kind=spec.kind, polygon=spec.polygon,
                capacity_seats=len(spec.desks),
            )
            key = f"{level}:{spec.name}"
            zone_kinds[key] = spec.kind
            desks_by_zone[key] = [
                sites.create_desk(
                    session, floor.id, zone_id=zone.id, code=d.code, x=d.x, y=d.y,
                    rotation=d.rotation, kind=d.kind, features=d.features,
                ).id
                for d in spec.desks
            ]

    kt = people_svc.create_organisation(session, "KT", "KT Corporation", OrganisationKind.KT)
    kaist = people_svc.create_organisation(session, "KAIST", "KAIST", OrganisationKind.KAIST)
    startups = [
        people_svc.create_organisation(session, ko, en, OrganisationKind.STARTUP) for ko, en in STARTUPS
    ]
    visitors_org = people_svc.create_organisation(session, "방문기관", "Visiting institutions", OrganisationKind.OTHER)

    def person(role: Role, org, domain: str, dotted: bool, **extra) -> Person:
        ko, en, given, sur = names.name()
        return people_svc.create_person(
            session, name_ko=ko, name_en=en, organisation_id=org.id, role=role,
            email=names.email(given, sur, domain, dotted),
            phone=f"042-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", **extra,
        )

    tasks = []
    catalogue = [(Track.FOUNDATIONAL, c) for c in FOUNDATIONAL] + [(Track.INDUSTRIAL, c) for c in INDUSTRIAL]
    years = today.year - DEMO_YEAR  # the catalogue's years are those of a 2025 demo
    for track, (code, title_ko, title_en, area, start_year) in catalogue:
        start_year += years
        pi = person(Role.PROFESSOR, kaist, "kaist.ac.kr", False)
        contact = person(Role.KT_STAFF, kt, "kt.com", True, employee_no=f"KT{rng.randint(1000000, 9999999)}")
        task = task_svc.create_task(
            session, code=code, title_ko=title_ko, title_en=title_en, track=track, area=area,
            pi_id=pi.id, kt_contact_id=contact.id, start_year=start_year, status=TaskStatus.ACTIVE,
        )
        tasks.append((task, pi, contact))

    # Team members per task: researchers, students and interns, a few KT engineers.
    team_sizes = [rng.randint(5, 8) for _ in tasks]
    members: dict[int, list[Person]] = {}
    for (task, pi, contact), size in zip(tasks, team_sizes, strict=True):
        team = [pi, contact]
        for i in range(size):
            role = [Role.RESEARCHER, Role.STUDENT, Role.STUDENT, Role.INTERN, Role.KT_STAFF][i % 5]
            org, domain, dotted = (kt, "kt.com", True) if role == Role.KT_STAFF else (kaist, "kaist.ac.kr", False)
            needs = DeskFeature.ACCESSIBLE if rng.random() < 0.02 else DeskFeature.NONE
            team.append(person(role, org, domain, dotted, needs=needs))
        task_svc.set_task_members(session, task.id, [p.id for p in team])
        members[task.id] = team

    startup_people = [
        person(Role.STARTUP_MEMBER, org, org.name_en.lower().replace(" ", "") + ".io", False)
        for org in startups for _ in range(4)
    ]
    visitors = [person(Role.VISITOR, visitors_org, "visitor.example.org", True) for _ in range(5)]

    def free(zone_key: str) -> Iterator[int]:
        yield from desks_by_zone[zone_key]

    # Seat professors in offices, teams together in open offices (foundational on 3F/4F,
    # industrial on 5F), start-ups in the incubation zone; some arrivals are not yet seated.
    offices = [*free("3:교수연구실"), *free("4:교수연구실")]
    open_desks = {
        Track.FOUNDATIONAL: [*free("3:개방형 사무실 A"), *free("3:개방형 사무실 B"), *free("3:연구실험실"),
                             *free("4:개방형 사무실 A"), *free("4:개방형 사무실 B"), *free("4:연구실험실")],
        Track.INDUSTRIAL: [*free("5:산업AI 사무실"), *free("5:KT 협력사무실"), *free("5:연구실험실")],
    }
    from planner.models import Desk  # local: only needed to read desk features

    def seat(p: Person, pool: list[int]) -> None:
        for index, desk_id in enumerate(pool):
            desk = session.get(Desk, desk_id)
            if DeskFeature(p.needs) & ~DeskFeature(desk.features):
                continue
            start, end = _dates(rng, today)
            if rng.random() < 0.05:
                start = today + dt.timedelta(days=rng.randint(1, 20))  # arriving soon
            seating.assign_desk(session, p.id, desk_id, start, end)
            pool.pop(index)
            return

    unseated = 0
    for task, pi, contact in tasks:
        seat(pi, offices)
        for p in members[task.id][1:]:
            if p.role == Role.INTERN and rng.random() < 0.5:
                unseated += 1  # new interns wait for auto-placement
                continue
            seat(p, open_desks[task.track])
    startup_pool = list(free("2:창업보육공간"))
    for p in startup_people:
        seat(p, startup_pool)
    hot = desks_by_zone["2:라운지 공용좌석"]
    for i, p in enumerate(visitors[:3]):
        seating.assign_desk(session, p.id, hot[i % 2], today - dt.timedelta(days=3), today + dt.timedelta(days=10))

    _history(session, rng, today, open_desks[Track.FOUNDATIONAL])
    _cycles(session, rng, tasks, today)
    _move_plan(session, today, open_desks[Track.FOUNDATIONAL][12:])
    _floor_change(session, today, open_desks[Track.FOUNDATIONAL][-1])
    return {"unseated_interns": unseated}


def _floor_change(session: Session, today: dt.date, to_desk: int) -> None:
    """A KT engineer of an industrial task moves from the 5th floor to a free desk with the
    foundational teams in ten days: a floor change, not a move-out (Reports lists it apart)."""
    from sqlalchemy import select

    from planner.models import Assignment, Desk, Floor

    mover = session.scalars(
        select(Assignment.person_id)
        .join(Desk, Desk.id == Assignment.desk_id)
        .join(Floor, Floor.id == Desk.floor_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(
            Floor.level == 5,
            Person.role == Role.KT_STAFF,
            Assignment.start_date <= today,
            Assignment.end_date.is_(None),
        )
        .order_by(Assignment.id)
    ).first()
    if mover is not None:
        seating.move_person(session, mover, to_desk, today + dt.timedelta(days=10))


def _move_plan(session: Session, today: dt.date, spare: list[int]) -> None:
    """A draft plan for the first of next month: three long-term residents move to free desks
    on their floor, so the move-plan screen and its arrows have something to show."""
    from sqlalchemy import or_, select

    from planner.models import Assignment, Desk
    from planner.services import move_plans

    day = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    if not spare:
        return
    floor_id = session.get(Desk, spare[0]).floor_id
    targets = [d for d in spare if session.get(Desk, d).floor_id == floor_id]
    movers = session.scalars(
        select(Assignment.person_id)
        .join(Desk, Desk.id == Assignment.desk_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(
            Desk.floor_id == floor_id,
            Person.role != Role.PROFESSOR,  # professors keep their offices
            Assignment.start_date <= today,
            or_(Assignment.end_date.is_(None), Assignment.end_date > day + dt.timedelta(days=180)),
        )
        .order_by(Assignment.id)
    ).all()
    plan = move_plans.create_move_plan(
        session, f"자리 조정 ({day.year}년 {day.month}월)", day, "데모: 같은 층의 빈 좌석으로 이동"
    )
    for person_id, desk_id in zip(movers[:3], targets[:3], strict=False):
        move_plans.stage_move(session, plan.id, person_id, desk_id)


def _history(session: Session, rng: random.Random, today: dt.date, spare: list[int]) -> None:
    """People who used to sit here, so that past dates show a different plan."""
    from planner.models import Organisation
    from sqlalchemy import select

    kaist = session.scalars(select(Organisation).where(Organisation.name == "KAIST")).one()
    names = NameMaker(random.Random(rng.random()))
    for desk_id in spare[:12]:
        ko, en, given, sur = names.name()
        alumnus = people_svc.create_person(
            session, name_ko=ko, name_en=en, organisation_id=kaist.id, role=Role.STUDENT,
            email=names.email(given, sur, "alumni.kaist.ac.kr", False),
            stay_start=today - dt.timedelta(days=700), stay_end=today - dt.timedelta(days=100),
        )
        seating.assign_desk(
            session, alumnus.id, desk_id, today - dt.timedelta(days=700), today - dt.timedelta(days=100)
        )


def _cycles(session: Session, rng: random.Random, tasks, today: dt.date) -> None:
    """Last year's cycle signed, this year's in draft with its deadlines ahead of ``today``."""
    from planner.demo.agreements import agree_and_sign, record_terms
    from planner.renewals.deadlines import next_deadlines

    draft_year = today.year
    last = draft_year - 1
    signed = renewal_svc.create_cycle(
        session, last, consultation_deadline=dt.date(last, 1, 31), signing_target=dt.date(last, 2, 23)
    )
    # The usual dates (31 January, 21 February), moved forward together when already past.
    consultation, signing = next_deadlines(
        dt.date(draft_year, 1, 31), dt.date(draft_year, 2, 21), 0, today + CONSULTATION_LEAD
    )
    draft = renewal_svc.create_cycle(
        session, draft_year, consultation_deadline=consultation, signing_target=signing
    )
    from planner.demo.budgets import KT_RATE_BP, demo_lines
    from planner.services.budget import set_indirect_rate

    set_indirect_rate(session, "kt", KT_RATE_BP, "direct")
    for task, _pi, _contact in tasks:
        base = rng.randint(30, 60) * 10_000_000 if task.track == Track.FOUNDATIONAL else rng.randint(50, 90) * 10_000_000
        gpus = rng.choice([8, 16, 16, 24, 32])
        headcount = len(task.members)
        if task.start_year <= last:
            renewal_svc.add_task_renewal(
                session, signed.id, task.id, decision=Decision.CONTINUE if task.start_year < last else Decision.NEW,
                budget_lines=demo_lines(task.code, last, base), period_start=dt.date(last, 3, 1), period_end=_last_of_february(draft_year),
                headcount=headcount, gpu_allocation=gpus, goals="연차 목표 달성 및 성과 공유",
            )
        decision, budget, reason, reason_en = Decision.CONTINUE, base, "", ""
        if task.start_year == draft_year:
            decision, reason, reason_en = Decision.NEW, "신규 과제 착수", "Start of a new task"
        elif task.code in ("F-04", "I-02"):
            decision, budget = Decision.MODIFY, base + 10 * 10_000_000
            reason = "GPU 실험 확대에 따른 연구비 증액"
            reason_en = "Increase of research funds for extended GPU experiments"
        elif task.code == "F-11":
            decision, budget, reason = Decision.CONCLUDE, 0, f"목표 조기 달성으로 {draft_year}년 2월 종료"
            reason_en = f"Concluded in February {draft_year}, its goals having been achieved early"
        renewal_svc.add_task_renewal(
            session, draft.id, task.id, decision=decision,
            budget_lines=demo_lines(task.code, draft_year, budget),
            period_start=dt.date(draft_year, 3, 1), period_end=_last_of_february(draft_year + 1),
            headcount=0 if decision == Decision.CONCLUDE else headcount, gpu_allocation=0 if decision == Decision.CONCLUDE else gpus,
            goals="연차 목표 달성 및 성과 공유", reason=reason, reason_en=reason_en,
        )
    from planner.demo.research import add_research

    add_research(session, tasks, [signed, draft])
    # Last year's cycle was negotiated, agreed (its agreement frozen) and signed; this year's
    # starts with the same signature blocks and seats.
    for cycle in (signed, draft):
        record_terms(session, cycle)
    from planner.demo.deliverables import add_demo_deliverables, tick_demo_review

    add_demo_deliverables(session, signed, draft, today)
    agreed_at = dt.datetime(last, 2, 14, 1, 0)
    tick_demo_review(session, signed, draft, agreed_at, today)
    agree_and_sign(session, signed, agreed_at=agreed_at, signed_on=dt.date(last, 2, 20))


def _last_of_february(year: int) -> dt.date:
    return dt.date(year, 3, 1) - dt.timedelta(days=1)
