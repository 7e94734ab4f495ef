"""Database speed: one assignment commit on SQLite, and loading a floor of the 50,000-desk
campus through the ORM versus SQLAlchemy Core (both measured in the same run).

    python -m benchmarks.db [--campus PATH] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import select

from benchmarks.common import measure, print_table, summary, write_json


def assignment_commits(path: Path, synchronous: str, count: int) -> list[float]:
    """Seconds per `assign_desk` + commit, one user action each."""
    from sqlalchemy import event

    from planner.models import Desk, Person
    from planner.services import seating
    from planner.storage import open_database

    db = open_database(path)
    event.listen(db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA synchronous={synchronous}"))
    db.engine.dispose()
    with db.sessions() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id)))
        desks = list(s.scalars(select(Desk.id).order_by(Desk.id)))
    day0 = dt.date(2100, 1, 1) if synchronous == "FULL" else dt.date(2150, 1, 1)
    state = {"n": 0}

    def one() -> None:
        n = state["n"]
        day = day0 + dt.timedelta(days=n // min(len(people), len(desks)))
        i = n % min(len(people), len(desks))
        with db.sessions() as s, s.begin():
            seating.assign_desk(s, people[i], desks[i], day, day)
        state["n"] += 1

    times = measure(one, count, warmup=20)
    db.close()
    return times


def _small_site(path: Path) -> None:
    """50 desks and 50 people with nothing assigned yet."""
    from planner.services import people, sites
    from planner.storage import open_database

    db = open_database(path)
    with db.sessions() as s, s.begin():
        site = sites.create_site(s, "벤치마크")
        building = sites.create_building(s, site.id, "B", "B")
        floor = sites.create_floor(s, building.id, level=1, name="1층", width_m=100, depth_m=20)
        org = people.create_organisation(s, "KT")
        for i in range(50):
            sites.create_desk(s, floor.id, code=f"1F-{i:03d}", x=1 + i * 1.6, y=2)
            people.create_person(s, name_ko=f"직원{i}", organisation_id=org.id, role="kt_staff", email=f"e{i}@kt.com")
    db.close()


def floor_loads(path: Path, repeat: int) -> tuple[list[float], list[float], int]:
    from sqlalchemy.orm import selectinload

    from planner.models import Assignment, Desk, Floor
    from planner.storage import open_database

    db = open_database(path)
    with db.sessions() as s:
        floor_id = s.scalar(select(Floor.id).order_by(Floor.id))
    day = dt.date.today()
    covers = (Assignment.start_date <= day) & ((Assignment.end_date.is_(None)) | (Assignment.end_date >= day))
    count = {"n": 0}

    def orm() -> None:
        with db.sessions() as s:
            desks = s.scalars(select(Desk).where(Desk.floor_id == floor_id).options(selectinload(Desk.zone))).all()
            occupants = s.scalars(select(Assignment).join(Desk).where(Desk.floor_id == floor_id, covers)).all()
            count["n"] = len(desks) + len(occupants)

    desk_t, asg_t = Desk.__table__, Assignment.__table__

    def core() -> None:
        with db.engine.connect() as c:
            desks = c.execute(select(desk_t).where(desk_t.c.floor_id == floor_id)).all()
            occupants = c.execute(
                select(asg_t).join(desk_t, desk_t.c.id == asg_t.c.desk_id).where(desk_t.c.floor_id == floor_id, covers)
            ).all()
            count["n"] = len(desks) + len(occupants)

    orm_times, core_times = [], []
    for _ in range(repeat):  # alternate so both see the same machine load
        orm_times += measure(orm, 1, warmup=0)
        core_times += measure(core, 1, warmup=0)
    db.close()
    return orm_times, core_times, count["n"]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--campus", type=Path, help="50,000-desk campus database (created if missing)")
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    from planner.commands.demo import create_demo

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "commits.sqlite3"
        _small_site(demo)
        for mode in ("FULL", "NORMAL"):
            s = summary(assignment_commits(demo, mode, args.commits))
            rows.append({"figure": f"assignment commit, synchronous={mode}", "median": f"{s['median'] * 1e3:.3f} ms",
                         "p99": f"{s['p99'] * 1e3:.3f} ms", "target": "p99 ≤ 1 ms",
                         "met": s["p99"] <= 0.001, "_p99": s["p99"]})
        campus = args.campus or Path(tmp) / "campus.sqlite3"
        if not campus.exists():
            create_demo(campus, scale=50_000)
        orm_t, core_t, n = floor_loads(campus, 15)
        o, c = summary(orm_t), summary(core_t)
        ratio = o["median"] / c["median"]
        rows.append({"figure": f"load a campus floor ({n} rows): ORM", "median": f"{o['median'] * 1e3:.1f} ms",
                     "p99": f"{o['p99'] * 1e3:.1f} ms", "target": "≤ 1.5 × Core", "met": ratio <= 1.5})
        rows.append({"figure": "  baseline: SQLAlchemy Core", "median": f"{c['median'] * 1e3:.1f} ms",
                     "p99": f"{c['p99'] * 1e3:.1f} ms", "target": f"ratio {ratio:.2f}", "met": ""})
    print_table(rows, ["figure", "median", "p99", "target", "met"])
    result = {"rows": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows], "orm_core_ratio": ratio}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
    raise SystemExit(0)
