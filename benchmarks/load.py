"""Many clients on one PostgreSQL database at once: nothing lost, nothing overlapping.

``--clients`` processes (default 20) each make ``--ops`` operations (default 500) of the
mix a day of coordinators and partnership staff makes: assign, move, swap, release, apply a
move plan, edit a task, decide a task's renewal. Each operation is one user action, run the
way the window runs it (:func:`ui.transactions.run_action`: one transaction, collisions
between transactions retried). A listening process (a window's :class:`planner.live.ChangeFeed`)
hears what they change. Then:

- lost updates: every acknowledged task edit appends its own token to the task's description
  and every acknowledged renewal decision adds 1,000 KRW to its budget (read, then written in
  the same transaction, as an edit does); each token must be there exactly once and each
  budget must equal the start plus the acknowledged additions. The assignments must be what
  the audit log says was created and not deleted;
- overlaps: no desk and no person with two assignments on one day;
- deadlock (or serialisation) errors that reach the user after the retries;
- p99 latency of one operation (target ≤ 50 ms), next to the same mix made by ONE client on
  its own database in the same run (the baseline);
- the listener heard every audited change (its entity and row id).

The database is created for the run on the server (``--server``, an administrator URL; by
default the tests' 127.0.0.1:5432) and dropped afterwards.

    python -m benchmarks.load [--clients N] [--ops N] [--server URL] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import queue
import random
import re
import time
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from benchmarks.common import percentile, print_figures, write_json

DEFAULT_SERVER = os.environ.get(
    "PLANNER_LOAD_SERVER", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
P99_TARGET_S = 0.050
DAY = dt.date(2027, 3, 2)  # every seating operation takes effect on this day
DESKS, PEOPLE, SEATED, TASKS = 240, 300, 150, 20
MIX = {
    "assign": 20,
    "move": 15,
    "swap": 10,
    "release": 15,
    "plan apply": 10,
    "task edit": 15,
    "cycle decision": 15,
}
BUDGET_STEP = 1000
TOKEN = re.compile(r"\[w(\d+):(\d+)\]")


# -- the database ----------------------------------------------------------------------------
def _admin(server: str):
    import psycopg  # noqa: PLC0415
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    url = make_url(server).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


@contextmanager
def scratch_database(server: str):
    """A new database on ``server`` for one run, dropped afterwards (connections and all)."""
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    name = f"planner_load_{uuid.uuid4().hex[:10]}"
    with _admin(server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin(server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def seed(url: str) -> None:
    """One floor of DESKS desks, PEOPLE people (SEATED of them seated from DAY), TASKS tasks
    and a draft renewal cycle deciding each."""
    from planner import migrate  # noqa: PLC0415
    from planner.db import make_engine, make_session_factory  # noqa: PLC0415
    from planner.models import DeskKind, OrganisationKind, Role, ZoneKind  # noqa: PLC0415
    from planner.services import people, renewals, seating, sites, tasks  # noqa: PLC0415

    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with make_session_factory(engine, actor="seed")() as s, s.begin():
            site = sites.create_site(s, "부하 시험")
            building = sites.create_building(s, site.id, "L", "부하동")
            floor = sites.create_floor(s, building.id, level=1, name="1층", width_m=50, depth_m=30)
            zone = sites.create_zone(
                s, floor.id, name="개방형", kind=ZoneKind.OPEN_OFFICE,
                polygon=[[0, 0], [50, 0], [50, 30], [0, 30]],
            )
            desks = [
                sites.create_desk(
                    s, floor.id, zone_id=zone.id, code=f"1F-L-{i + 1:03d}",
                    x=1 + (i % 24) * 2.0, y=1 + (i // 24) * 2.5, kind=DeskKind.FIXED,
                ).id
                for i in range(DESKS)
            ]
            org = people.create_organisation(s, "KAIST", "KAIST", OrganisationKind.KAIST)
            persons = [
                people.create_person(
                    s, name_ko=f"사람{i:03d}", name_en=f"Person {i}", organisation_id=org.id,
                    role=Role.RESEARCHER, email=f"p{i:03d}@load.kr",
                ).id
                for i in range(PEOPLE)
            ]
            for person_id, desk_id in zip(persons[:SEATED], desks[:SEATED], strict=True):
                seating.assign_desk(s, person_id, desk_id, start=DAY)
            cycle = renewals.create_cycle(s, DAY.year)
            for i in range(TASKS):
                task = tasks.create_task(
                    s, code=f"L-{i + 1:02d}", title_ko=f"과제 {i + 1}", track="foundational",
                    start_year=2025, description="",
                )
                renewals.add_task_renewal(
                    s, cycle.id, task.id, decision="continue", budget_krw=0,
                    period_start=dt.date(DAY.year, 3, 1), period_end=dt.date(DAY.year + 1, 2, 28),
                )
    finally:
        engine.dispose()


# -- one client --------------------------------------------------------------------------------
@dataclass
class Outcome:
    kind: str
    result: str  # done / refused / deadlock / error
    seconds: float
    detail: str = ""
    token: str = ""  # task edit: the token it appended
    renewal_id: int | None = None  # cycle decision: whose budget it raised


@dataclass
class ClientReport:
    worker: int
    outcomes: list[Outcome] = field(default_factory=list)


class NothingToDo(Exception):
    """No candidate for this operation right now (say, nobody unseated): not a user action."""


def _operations(worker: int, rng: random.Random):
    """work(session) builders for each kind: each picks its rows in its own transaction."""
    from sqlalchemy import and_, func, not_, or_, select  # noqa: PLC0415

    from planner.models import Assignment, Desk, Person, ResearchTask, TaskRenewal  # noqa: PLC0415
    from planner.services import move_plans, renewals, seating, tasks  # noqa: PLC0415

    on_day = and_(Assignment.start_date <= DAY, or_(Assignment.end_date.is_(None), Assignment.end_date >= DAY))

    def pick(session, query, count=1):
        rows = list(session.scalars(query.order_by(func.random()).limit(count)))
        if len(rows) < count:
            raise NothingToDo
        return rows

    def seated(session, count=1):
        return pick(session, select(Assignment.person_id).where(on_day), count)

    def unseated(session):
        busy = select(Assignment.person_id).where(on_day)
        return pick(session, select(Person.id).where(Person.id.not_in(busy)))[0]

    def free_desk(session):
        busy = select(Assignment.desk_id).where(on_day)
        return pick(session, select(Desk.id).where(not_(Desk.id.in_(busy))))[0]

    def assign(session, _n, _out):
        seating.assign_desk(session, unseated(session), free_desk(session), start=DAY)

    def move(session, _n, _out):
        seating.move_person(session, seated(session)[0], free_desk(session), on=DAY)

    def swap(session, _n, _out):
        a, b = seated(session, 2)
        seating.swap_people(session, a, b, on=DAY)

    def release(session, _n, _out):
        seating.release_desk(session, seated(session)[0], on=DAY)

    def plan_apply(session, n, _out):
        plan = move_plans.create_move_plan(session, f"w{worker}-{n}", DAY)
        move_plans.stage_move(session, plan.id, seated(session)[0], free_desk(session))
        move_plans.apply_move_plan(session, plan.id)

    def task_edit(session, n, out):
        task = pick(session, select(ResearchTask))[0]
        out.token = f"[w{worker}:{n}]"
        tasks.update_task(session, task.id, description=task.description + out.token)

    def cycle_decision(session, _n, out):
        renewal = pick(session, select(TaskRenewal))[0]
        out.renewal_id = renewal.id
        decision = rng.choice(["continue", "modify", "continue", "new"])
        renewals.update_task_renewal(
            session, renewal.id, decision=decision, budget_krw=renewal.budget_krw + BUDGET_STEP
        )

    return {
        "assign": assign,
        "move": move,
        "swap": swap,
        "release": release,
        "plan apply": plan_apply,
        "task edit": task_edit,
        "cycle decision": cycle_decision,
    }


def _classify(error) -> str:
    from planner.errors import ConcurrentEdit, DatabaseProblem, PlannerError  # noqa: PLC0415

    if error is None:
        return "done"
    text = str(error).lower()
    if isinstance(error, DatabaseProblem):
        if "deadlock" in text or "could not serialize" in text:
            return "deadlock"
        return "error"
    if isinstance(error, ConcurrentEdit | PlannerError):
        return "refused"  # a rule the user is told about (someone took the desk first, …)
    return "error"


def client(worker: int, url: str, ops: int, seed_value: int, start, results) -> None:
    """One client process: ``ops`` operations, reported through ``results``."""
    from planner.db import make_engine, make_session_factory  # noqa: PLC0415
    from ui.transactions import run_action  # noqa: PLC0415 - the window's way, Qt-free

    rng = random.Random(seed_value * 1000 + worker)
    engine = make_engine(url, pool_size=1)
    sessions = make_session_factory(engine, actor=f"load-{worker:02d}")
    operations = _operations(worker, rng)
    kinds, weights = list(MIX), list(MIX.values())
    report = ClientReport(worker)
    with engine.connect():
        pass  # connected before the start, like an open window
    start.wait()
    try:
        for n in range(ops):
            kind = rng.choices(kinds, weights)[0]
            out = Outcome(kind, "done", 0.0)

            def work(session, kind=kind, n=n, out=out):
                operations[kind](session, n, out)

            started = time.perf_counter()
            try:
                error = run_action(sessions, work, kind)
            except NothingToDo:
                out.result = "idle"
                report.outcomes.append(out)
                continue
            except Exception as unexpected:  # noqa: BLE001 - reported, never hidden
                error = unexpected
            out.seconds = time.perf_counter() - started
            out.result = _classify(error)
            out.detail = "" if error is None else f"{type(error).__name__}: {error}"[:300]
            report.outcomes.append(out)
    finally:
        engine.dispose()
        results.put(report)


# -- the listening window ---------------------------------------------------------------------
def listener(url: str, ready, stop, results) -> None:
    from planner.db import make_engine  # noqa: PLC0415
    from planner.live import ChangeFeed  # noqa: PLC0415

    engine = make_engine(url)
    feed = ChangeFeed(engine, ignore_own=False)
    heard: dict[str, set[int]] = defaultdict(set)
    some_rows: set[str] = set()
    ready.set()
    quiet_since = None
    while True:
        changes = feed.poll(0.2)
        for change in changes:
            heard[change.entity].update(change.ids)
            if not change.ids:
                some_rows.add(change.entity)
        if stop.is_set():
            quiet_since = quiet_since or time.monotonic()
            if changes:
                quiet_since = time.monotonic()
            if time.monotonic() - quiet_since > 2.0:  # two quiet seconds after the clients
                break
    feed.close()
    engine.dispose()
    results.put({"heard": {k: sorted(v) for k, v in heard.items()}, "some_rows": sorted(some_rows)})


# -- a run ------------------------------------------------------------------------------------
def run_clients(url: str, clients: int, ops: int, seed_value: int = 1, listen: bool = True) -> dict:
    context = multiprocessing.get_context("spawn")
    results, heard_queue = context.Queue(), context.Queue()
    start = context.Barrier(clients + 1)
    ready, stop = context.Event(), context.Event()
    mark = _audit_mark(url)
    watcher = None
    if listen:
        watcher = context.Process(target=listener, args=(url, ready, stop, heard_queue))
        watcher.start()
        ready.wait(60)
    workers = [
        context.Process(target=client, args=(w, url, ops, seed_value, start, results))
        for w in range(clients)
    ]
    for process in workers:
        process.start()
    start.wait(120)
    began = time.perf_counter()
    reports = [_get(results, 1800) for _ in workers]
    elapsed = time.perf_counter() - began
    for process in workers:
        process.join(60)
    heard = None
    if watcher is not None:
        stop.set()
        heard = _get(heard_queue, 120)
        watcher.join(60)
    return {"reports": reports, "elapsed_s": elapsed, "heard": heard, "audit_mark": mark}


def _get(source, timeout: float):
    try:
        return source.get(timeout=timeout)
    except queue.Empty:
        raise RuntimeError("a load client did not report back in time") from None


def _audit_mark(url: str) -> int:
    from sqlalchemy import text  # noqa: PLC0415

    from planner.db import make_engine  # noqa: PLC0415

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT COALESCE(MAX(id), 0) FROM audit_entry")).scalar()
    finally:
        engine.dispose()


def verify(url: str, run: dict) -> dict:
    """The invariants after a run (see the module's docstring)."""
    from sqlalchemy import text  # noqa: PLC0415

    from planner.db import make_engine  # noqa: PLC0415
    from planner.live import _KEY, WATCHED  # noqa: PLC0415

    outcomes = [o for report in run["reports"] for o in report.outcomes]
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            descriptions = [row[0] for row in c.execute(text("SELECT description FROM research_task"))]
            budgets = dict(c.execute(text("SELECT id, budget_krw FROM task_renewal")).all())
            desk_overlaps = c.execute(text(
                "SELECT count(*) FROM assignment a JOIN assignment b ON a.desk_id = b.desk_id "
                "AND a.id < b.id AND a.start_date <= COALESCE(b.end_date, 'infinity'::date) "
                "AND b.start_date <= COALESCE(a.end_date, 'infinity'::date) "
                "AND NOT (a.desk_shared AND b.desk_shared)"
            )).scalar()
            person_overlaps = c.execute(text(
                "SELECT count(*) FROM assignment a JOIN assignment b ON a.person_id = b.person_id "
                "AND a.id < b.id AND a.start_date <= COALESCE(b.end_date, 'infinity'::date) "
                "AND b.start_date <= COALESCE(a.end_date, 'infinity'::date)"
            )).scalar()
            live_ids = {row[0] for row in c.execute(text("SELECT id FROM assignment"))}
            audit = c.execute(text(
                "SELECT action, entity, entity_id FROM audit_entry ORDER BY id"
            )).all()
            audited_run = c.execute(text(
                "SELECT DISTINCT entity, entity_id FROM audit_entry WHERE id > :mark"
            ), {"mark": run["audit_mark"]}).all()
    finally:
        engine.dispose()

    found = Counter(token for text_ in descriptions for token in TOKEN.findall(text_ or ""))
    acknowledged_tokens = Counter(
        tuple(TOKEN.findall(o.token)[0]) for o in outcomes if o.kind == "task edit" and o.result == "done"
    )
    refused_tokens = {
        tuple(TOKEN.findall(o.token)[0]) for o in outcomes
        if o.kind == "task edit" and o.result != "done" and o.token
    }
    lost_edits = sum(1 for t in acknowledged_tokens if found[t] == 0)
    doubled_edits = sum(1 for t, n in found.items() if n > 1)
    phantom_edits = sum(1 for t in refused_tokens if found[t])
    raised = Counter(o.renewal_id for o in outcomes if o.kind == "cycle decision" and o.result == "done")
    lost_budget = sum(abs(budgets[rid] - raised[rid] * BUDGET_STEP) for rid in budgets) // BUDGET_STEP

    expected_ids: set[int] = set()
    for action, entity, entity_id in audit:
        if entity != "assignment" or entity_id is None:
            continue
        if action == "create":
            expected_ids.add(entity_id)
        elif action == "delete":
            expected_ids.discard(entity_id)
    assignment_mismatch = len(expected_ids ^ live_ids)

    missed = None
    if run.get("heard") is not None:
        heard = {k: set(v) for k, v in run["heard"]["heard"].items()}
        some_rows = set(run["heard"]["some_rows"])
        missed = 0
        for entity, entity_id in audited_run:
            if entity not in WATCHED:
                continue
            if entity in _KEY or entity in some_rows:
                missed += entity not in heard
            else:
                missed += entity_id not in heard.get(entity, set())

    timed = [o.seconds for o in outcomes if o.result != "idle"]
    by_result = Counter(o.result for o in outcomes)
    return {
        "operations": len(outcomes),
        "by_result": dict(by_result),
        "by_kind": {k: dict(Counter(o.result for o in outcomes if o.kind == k)) for k in MIX},
        "lost_updates": lost_edits + lost_budget + assignment_mismatch,
        "lost_task_edits": lost_edits,
        "doubled_task_edits": doubled_edits,
        "phantom_task_edits": phantom_edits,
        "lost_budget_steps": lost_budget,
        "assignments_not_as_audited": assignment_mismatch,
        "overlaps": desk_overlaps + person_overlaps,
        "deadlocks_reaching_user": by_result.get("deadlock", 0),
        "errors": by_result.get("error", 0),
        "error_examples": sorted({o.detail for o in outcomes if o.result in ("error", "deadlock")})[:5],
        "changes_missed_by_listener": missed,
        "audited_changes": len(audited_run),
        "latency_s": {
            "median": percentile(timed, 50),
            "p95": percentile(timed, 95),
            "p99": percentile(timed, 99),
        },
        "throughput_ops_s": len(timed) / run["elapsed_s"] if run["elapsed_s"] else None,
    }


def measure(server: str, clients: int, ops: int, seed_value: int = 1, baseline_ops: int | None = None) -> dict:
    """The load run and its single-client baseline, each on a database of its own."""
    with scratch_database(server) as url:
        seed(url)
        baseline = verify(url, run_clients(url, 1, baseline_ops or ops, seed_value, listen=False))
    with scratch_database(server) as url:
        seed(url)
        loaded = verify(url, run_clients(url, clients, ops, seed_value))
    return {"clients": clients, "ops_per_client": ops, "load": loaded, "baseline": baseline}


def figures(result: dict) -> list[dict]:
    from benchmarks.figures import ms  # noqa: PLC0415

    load, base = result["load"], result["baseline"]
    p99, base_p99 = load["latency_s"]["p99"], base["latency_s"]["p99"]
    what = f"{result['clients']} clients × {result['ops_per_client']} mixed operations"

    def count(name: str, value, target: int = 0) -> dict:
        return {"figure": f"{what}: {name}", "median": str(value), "target": f"{target}",
                "met": value == target}

    return [
        {
            "figure": f"{what}: latency of one operation",
            "median": ms(load["latency_s"]["median"]),
            "p95": ms(load["latency_s"]["p95"]),
            "baseline": f"p99 {ms(base_p99)} (1 client)",
            "ratio": f"{p99 / base_p99:.1f}×" if base_p99 else "",
            "target": f"p99 {ms(p99)} ≤ {ms(P99_TARGET_S)}",
            "met": p99 <= P99_TARGET_S,
        },
        count("lost updates", load["lost_updates"]),
        count("overlapping assignments", load["overlaps"]),
        count("deadlock errors reaching a user", load["deadlocks_reaching_user"]),
        count("other errors", load["errors"]),
        count("changes the listener missed", load["changes_missed_by_listener"]),
        {
            "figure": f"{what}: throughput",
            "median": f"{load['throughput_ops_s']:.0f} ops/s",
            "baseline": f"{base['throughput_ops_s']:.0f} ops/s (1 client)",
            "met": None,
        },
    ]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--ops", type=int, default=500, help="operations per client")
    parser.add_argument("--baseline-ops", type=int, default=None,
                        help="operations of the one-client baseline (default: --ops)")
    parser.add_argument("--server", default=DEFAULT_SERVER,
                        help="administrator URL of the PostgreSQL server (a database is made and dropped)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    result = measure(args.server, args.clients, args.ops, args.seed, args.baseline_ops)
    rows = figures(result)
    for key in ("by_result", "by_kind", "audited_changes", "error_examples"):
        print(f"{key}: {result['load'][key]}")
    print_figures(rows)
    document = {"figures": rows, "raw": result}
    write_json(args.json, document)
    return document


if __name__ == "__main__":
    main()
