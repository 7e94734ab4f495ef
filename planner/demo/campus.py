"""A large campus (``planner demo --scale N``) for benchmarks: about N desks, 85 % occupied.

Rows are written with bulk Core inserts — through the ORM unit of work 50,000 desks would take
minutes — but the assignment rows still pass the database's overlap guards.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from planner.demo.layout import open_office
from planner.demo.names import NameMaker
from planner.models import (
    Assignment,
    Building,
    Desk,
    Floor,
    Organisation,
    OrganisationKind,
    Person,
    ResearchTask,
    Role,
    Site,
    TaskMember,
    Track,
    Zone,
    ZoneKind,
)

ZONE_W, ZONE_D, CORRIDOR = 20.0, 12.0, 4.0
ZONES_PER_BAND, BANDS = 6, 4
FLOORS_PER_BUILDING = 10


def build_campus(
    session: Session,
    desks: int,
    *,
    today: dt.date | None = None,
    seed: int = 7,
    progress: Callable[[str], None] | None = None,
) -> dict:
    today = today or dt.date.today()
    rng = random.Random(seed)
    say = progress or (lambda _msg: None)
    site = Site(name="KT 연구 캠퍼스", name_en="KT research campus", address="대전광역시 유성구")
    session.add(site)
    session.flush()
    width = ZONES_PER_BAND * ZONE_W
    depth = BANDS * (ZONE_D + CORRIDOR) - CORRIDOR
    made = 0
    floor_index = 0
    desk_rows: list[dict] = []
    while made < desks:
        b, level = divmod(floor_index, FLOORS_PER_BUILDING)
        if level == 0:
            building = Building(site_id=site.id, code=f"B{b + 1:02d}", name=f"연구동 {b + 1}")
            session.add(building)
            session.flush()
        floor = Floor(building_id=building.id, level=level + 1, name=f"{building.code} {level + 1}층",
                      width_m=width, depth_m=depth)
        session.add(floor)
        session.flush()
        for band in range(BANDS):
            for column in range(ZONES_PER_BAND):
                if made >= desks:
                    break
                prefix = f"{building.code}-{level + 1:02d}{chr(65 + band)}{column + 1}"
                spec = open_office(f"구역 {chr(65 + band)}{column + 1}", prefix,
                                   column * ZONE_W, band * (ZONE_D + CORRIDOR), ZONE_W - 1.0, ZONE_D)
                zone = Zone(floor_id=floor.id, name=spec.name, kind=ZoneKind.OPEN_OFFICE,
                            polygon=spec.polygon, capacity_seats=len(spec.desks),
                            area_m2=spec.width * spec.depth)
                session.add(zone)
                session.flush()
                for d in spec.desks[: desks - made]:
                    desk_rows.append(dict(site_id=site.id, floor_id=floor.id, zone_id=zone.id, code=d.code,
                                          x=d.x, y=d.y, rotation=d.rotation, kind=d.kind, features=d.features,
                                          active=True, version=1))
                made += min(len(spec.desks), desks - (made))
        floor_index += 1
    say(f"{made} desks on {floor_index} floors")
    for chunk in range(0, len(desk_rows), 5000):
        session.execute(insert(Desk), desk_rows[chunk: chunk + 5000])

    orgs = [Organisation(name="KT", name_en="KT", kind=OrganisationKind.KT),
            Organisation(name="KAIST", name_en="KAIST", kind=OrganisationKind.KAIST)]
    session.add_all(orgs)
    session.flush()
    names = NameMaker(rng)
    people_count = int(made * 0.9)
    person_rows = []
    for i in range(people_count):
        ko, en, given, sur = names.name_loose(i)
        org = orgs[i % 2]
        person_rows.append(dict(
            name_ko=ko, name_en=en, organisation_id=org.id,
            role=Role.KT_STAFF if org.kind == OrganisationKind.KT else Role.RESEARCHER,
            email=f"{given}.{sur}.{i}@campus.example.org", phone="", needs=0, notes="", version=1,
        ))
    for chunk in range(0, len(person_rows), 5000):
        session.execute(insert(Person), person_rows[chunk: chunk + 5000])
    say(f"{people_count} people")

    desk_ids = list(session.scalars(select(Desk.id).where(Desk.site_id == site.id).order_by(Desk.id)))
    person_ids = list(session.scalars(select(Person.id).order_by(Person.id)))[-people_count:]
    teams = max(people_count // 12, 1)
    task_rows = [dict(code=f"C-{t + 1:04d}", title_ko=f"캠퍼스 과제 {t + 1}", title_en=f"Campus task {t + 1}",
                      track=Track.FOUNDATIONAL if t % 4 else Track.INDUSTRIAL, area="",
                      start_year=2024, status="active", description="", version=1)
                 for t in range(teams)]
    session.execute(insert(ResearchTask), task_rows)
    task_ids = list(session.scalars(select(ResearchTask.id).where(ResearchTask.code.like("C-%")).order_by(ResearchTask.id)))
    session.execute(insert(TaskMember), [
        dict(task_id=task_ids[min(i // 12, teams - 1)], person_id=pid) for i, pid in enumerate(person_ids)
    ])
    seated = int(made * 0.85)
    assignment_rows = []
    for i in range(min(seated, len(person_ids))):
        start = today - dt.timedelta(days=rng.randint(1, 700))
        end = today + dt.timedelta(days=rng.randint(0, 120)) if rng.random() < 0.1 else None
        assignment_rows.append(dict(person_id=person_ids[i], desk_id=desk_ids[i], start_date=start,
                                    end_date=end, desk_shared=False, version=1,
                                    created_at=dt.datetime(2025, 1, 1)))
    for chunk in range(0, len(assignment_rows), 5000):
        session.execute(insert(Assignment), assignment_rows[chunk: chunk + 5000])
    say(f"{len(assignment_rows)} assignments")
    return {"desks": made, "floors": floor_index, "people": people_count, "assignments": len(assignment_rows)}
