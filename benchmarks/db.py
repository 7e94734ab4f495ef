"""Database speed, each figure next to a baseline measured in the same run:

- one assignment commit on SQLite (``assign_desk`` in its own transaction on a database from
  ``open_database``, its checkpoint thread included, as the window does it), with
  ``synchronous=NORMAL`` (the default, see planner/db.py) and ``FULL``; baseline: a bare
  ``sqlite3`` INSERT + COMMIT on a file with the same pragmas (and SQLite's own checkpoints);
- loading the largest floor of the 50,000-desk campus with the floor plan's own loader
  (planner.services.floorplan.load_floor) through an ORM Session; baseline: the very same
  function and statements run on a Core Connection, so only the execution layer differs.

    python -m benchmarks.db [--campus PATH] [--commits N] [--quick] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.common import percentile, print_figures, summary, write_json

COMMIT_TARGET_S = 0.001
ORM_CORE_TARGET = 1.5


def bare_commits(path: Path, synchronous: str, count: int) -> list[float]:
    """Seconds per INSERT + COMMIT of one row with plain sqlite3 and the application's pragmas."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "foreign_keys=ON",
        "journal_mode=WAL",
        f"synchronous={synchronous}",
        "busy_timeout=5000",
    ):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS booking (id INTEGER PRIMARY KEY, person_id INT, desk_id INT,"
        " start_date DATE, end_date DATE)"
    )
    times = []
    for n in range(count + 20):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO booking (person_id, desk_id, start_date, end_date) VALUES (?, ?, ?, ?)",
            (n % 50, n % 50, "2100-01-01", "2100-01-01"),
        )
        connection.execute("COMMIT")
        times.append(time.perf_counter() - started)
    connection.close()
    return times[20:]  # the first ones create the log and warm the cache


def service_commits(path: Path, synchronous: str, count: int, first_day: dt.date) -> list[float]:
    """Seconds per ``assign_desk`` + commit, one user action each."""
    from planner.db import SYNCHRONOUS_ENV
    from planner.models import Desk, Person
    from planner.services import seating
    from planner.storage import open_database

    os.environ[SYNCHRONOUS_ENV] = synchronous  # read by each new connection
    db = open_database(path)
    with db.sessions() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id)))
        desks = list(s.scalars(select(Desk.id).order_by(Desk.id)))
        assert (
            s.connection().exec_driver_sql("PRAGMA synchronous").scalar()
            == {"NORMAL": 1, "FULL": 2}[synchronous]
        )
    pairs = min(len(people), len(desks))
    times = []
    for n in range(count + 20):
        day = first_day + dt.timedelta(days=n // pairs)
        i = n % pairs
        started = time.perf_counter()
        with db.sessions() as s, s.begin():
            seating.assign_desk(s, people[i], desks[i], day, day)
        times.append(time.perf_counter() - started)
    db.close()
    os.environ.pop(SYNCHRONOUS_ENV, None)
    return times[20:]


def core_commits(path: Path, count: int, first_day: dt.date) -> list[float]:
    """Seconds per assignment written the leanest way SQLAlchemy allows: one Core INSERT of
    the assignment and one of its audit entry in a transaction, the database's overlap
    triggers as the only check. For information: what a slimmer assign_desk could approach."""
    from sqlalchemy import insert

    from planner.models import Assignment, Desk, Person
    from planner.models.audit import AuditEntry
    from planner.storage import open_database

    db = open_database(path)  # the default durability, synchronous=NORMAL
    with db.sessions() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id)))
        desks = list(s.scalars(select(Desk.id).order_by(Desk.id)))
    pairs = min(len(people), len(desks))
    add, audit = insert(Assignment), insert(AuditEntry)
    times = []
    for n in range(count + 20):
        day = first_day + dt.timedelta(days=n // pairs)
        i = n % pairs
        started = time.perf_counter()
        with db.engine.begin() as connection:
            new_id = connection.execute(
                add.returning(Assignment.id),
                {"person_id": people[i], "desk_id": desks[i], "start_date": day, "end_date": day},
            ).scalar_one()
            connection.execute(
                audit,
                {
                    "actor": "bench",
                    "action": "create",
                    "entity": "assignment",
                    "entity_id": new_id,
                    "field": "desk",
                    "new_value": f"{people[i]} @ {desks[i]} {day}",
                },
            )
        times.append(time.perf_counter() - started)
    db.close()
    return times[20:]


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
            people.create_person(
                s, name_ko=f"직원{i}", organisation_id=org.id, role="kt_staff", email=f"e{i}@kt.com"
            )
    db.close()


def floor_loads(path: Path, repeat: int) -> tuple[list[float], list[float], int]:
    """(ORM seconds, Core seconds, desks on the floor), alternating so both see the same load."""
    from planner.models import Desk
    from planner.services.floorplan import load_floor
    from planner.storage import open_database

    db = open_database(path)
    with db.sessions() as s:
        floor_id, desks = s.execute(
            select(Desk.floor_id, func.count())
            .group_by(Desk.floor_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    day = dt.date.today()
    # The same function on both: same statements, same Python; only the layer differs.
    with db.sessions() as s:
        through_orm = load_floor(s, floor_id, day)
    with db.engine.connect() as c:
        assert load_floor(c, floor_id, day) == through_orm  # type: ignore[arg-type]

    def orm() -> None:
        with db.sessions() as s:
            load_floor(s, floor_id, day)

    def core() -> None:
        with db.engine.connect() as c:
            load_floor(c, floor_id, day)  # type: ignore[arg-type]

    orm(), core()  # warm the statement caches and the file cache
    orm_times, core_times = [], []
    for _ in range(repeat):
        for fn, into in ((orm, orm_times), (core, core_times)):
            started = time.perf_counter()
            fn()
            into.append(time.perf_counter() - started)
    db.close()
    return orm_times, core_times, desks


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms" if seconds < 0.01 else f"{seconds * 1e3:.1f} ms"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--campus", type=Path, help="50,000-desk campus database (created if missing)"
    )
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=25, help="floor loads of each kind")
    parser.add_argument("--quick", action="store_true", help="500 commits, 5 floor loads")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    if args.quick:
        args.commits, args.repeat = min(args.commits, 500), min(args.repeat, 5)
    from planner.demo.create import create_demo

    figures, raw = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "commits.sqlite3"
        _small_site(site)
        for number, mode in enumerate(("NORMAL", "FULL")):
            bare = bare_commits(Path(tmp) / f"bare-{mode}.sqlite3", mode, args.commits)
            service = service_commits(site, mode, args.commits, dt.date(2100 + 50 * number, 1, 1))
            b, s = summary(bare), summary(service)
            raw[mode] = {"bare": b, "service": s}
            default = mode == "NORMAL"
            note = "" if default else " — for comparison"
            figures.append(
                {
                    "figure": f"raw commit, bare sqlite3, synchronous={mode}{note} (p99 {_ms(b['p99'])})",
                    "median": _ms(b["median"]),
                    "p95": _ms(percentile(bare, 95)),
                    "target": "p99 ≤ 1 ms" if default else "",
                    "met": b["p99"] <= COMMIT_TARGET_S if default else None,
                }
            )
            figures.append(
                {
                    "figure": f"one assignment commit, assign_desk, synchronous={mode}{note} (p99 {_ms(s['p99'])})",
                    "median": _ms(s["median"]),
                    "p95": _ms(percentile(service, 95)),
                    "baseline": f"bare sqlite3 p99 {_ms(b['p99'])}",
                    "ratio": f"{s['p99'] / b['p99']:.1f} × (p99)",
                    "target": "p99 ≤ 1 ms" if default else "",
                    "met": s["p99"] <= COMMIT_TARGET_S if default else None,
                }
            )
        lean = core_commits(site, args.commits, dt.date(2300, 1, 1))
        k, b = summary(lean), raw["NORMAL"]["bare"]
        raw["core_assignment"] = k
        figures.append(
            {
                "figure": "assignment as two Core INSERTs, triggers only — lower bound, for "
                f"information (p99 {_ms(k['p99'])})",
                "median": _ms(k["median"]),
                "p95": _ms(percentile(lean, 95)),
                "baseline": f"bare sqlite3 p99 {_ms(b['p99'])}",
                "ratio": f"{k['p99'] / b['p99']:.1f} × (p99)",
            }
        )
        campus = args.campus or Path(tmp) / "campus.sqlite3"
        if not campus.exists():
            create_demo(campus, scale=50_000)
        orm_t, core_t, desks = floor_loads(campus, args.repeat)
        o, c = summary(orm_t), summary(core_t)
        ratio = o["median"] / c["median"]
        raw["floor"] = {"orm": o, "core": c, "desks": desks, "ratio": ratio}
        figures.append(
            {
                "figure": f"load the largest campus floor ({desks:,} desks), ORM Session",
                "median": _ms(o["median"]),
                "p95": _ms(percentile(orm_t, 95)),
                "baseline": f"same loader on a Core Connection {_ms(c['median'])}",
                "ratio": f"{ratio:.2f} ×",
                "target": "≤ 1.5 × Core",
                "met": ratio <= ORM_CORE_TARGET,
            }
        )
    print_figures(figures)
    result = {"figures": figures, "raw": raw}
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
    raise SystemExit(0)
