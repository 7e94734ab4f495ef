"""Every command of the CLI as each role on a PostgreSQL demo database (issue #16).

The commands are walked from the CLI's own parser (:func:`planner.cli.command_paths`): a new
command fails :func:`test_every_command_is_in_the_matrix` until it is listed here with what it
writes. A command that writes is run as viewer, coordinator and partnership: the role that may
gets 0 and its change is in the database; the others get exit 5, one line on stderr naming their
role, no traceback, and every table as it was (a digest of every row of every table, the audit
log included). A command that only reads runs as a viewer: 0, nothing changed.

One database per module (``CREATE DATABASE``, dropped at the end): the demo is made once as a
template, and the working copy is made again from it only after a command wrote.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from planner.cli import command_paths, main
from planner.db import make_engine
from tests.conftest import PG_URL, require_postgres

pytestmark = pytest.mark.postgres

DEMO_TODAY = "2025-11-25"
DAY = "2025-12-01"
ROLES = ("viewer", "coordinator", "partnership")
# What a command writes, and so who may run it.
MAY = {
    "seating": {"coordinator"},  # desks, people, assignments, move plans
    "tasks": {"partnership"},  # research tasks, renewals, agreements
    "server": set(),  # the whole database or the server's roles: an administrator's
}


@dataclass(frozen=True)
class Case:
    argv: tuple[str, ...]  # after the command's words; {name} filled from the module's facts
    writes: str | None  # a key of MAY; None: reads only
    database: str = "work"  # "empty": a database without tables (the demo's target)
    known_bug: str = ""  # a failure that is not the role's: the case is an expected failure


# Every command of the CLI: its sample arguments and what it writes. None: not run here, for the
# reason given (it never opens a database).
CASES: dict[tuple[str, ...], Case | str] = {
    ("demo",): Case((), "server", database="empty"),
    ("info",): Case(("--json",), None),
    ("cycle", "list"): Case(("--json",), None),
    ("cycle", "new"): Case(("2026",), "tasks"),
    ("cycle", "show"): Case(("2025", "--json"), None),
    ("budget", "categories"): Case(("--json",), None),
    ("budget", "rates"): Case(("--json",), None),
    ("budget", "set-category"): Case(("travel", "국외여비", "--en", "Travel abroad"), "tasks"),
    ("budget", "set-rate"): Case(("kaist", "15"), "tasks"),
    ("cycle", "advance"): Case(("2025", "--to", "consultation"), "tasks"),
    ("cycle", "ical"): Case(("2025", "-o", "{tmp}/deadlines.ics"), None),
    ("cycle", "review"): Case(("2025", "--json"), None),
    ("cycle", "tick"): Case(("2025", "legal_review"), "tasks"),
    ("cycle", "untick"): Case(("2025", "ip_terms"), "tasks"),
    ("deliverable", "list"): Case(("--year", "2025", "--json"), None),
    ("deliverable", "add"): Case(
        ("F-01", "--year", "2025", "--kind", "paper", "--title", "matrix", "--due", "2025-12-20"),
        "tasks",
    ),
    ("deliverable", "set"): Case(("1", "--state", "submitted"), "tasks"),
    ("deliverable", "evidence"): Case(("1", "{wording_ko}"), "tasks"),
    ("deliverable", "due"): Case(("--today", DEMO_TODAY, "--json"), None),
    ("deliverable", "export"): Case(("-o", "{tmp}/deliverables.xlsx"), None),
    ("deliverable", "import"): Case(("{deliverables_csv}",), "tasks"),
    ("review", "items"): Case(("--json",), None),
    ("review", "add"): Case(("matrix_item", "--label-ko", "시험 항목"), "tasks"),
    ("review", "set"): Case(("publication", "--optional"), "tasks"),
    ("db", "upgrade"): Case((), None),  # already at the head: nothing to do
    ("db", "copy"): Case(("{url}", "{tmp}/copy.sqlite3"), None),  # writes the file only
    ("db", "backup"): Case(("-o", "{tmp}/backup.sqlite3"), None),
    ("db", "restore"): "refused for everyone before any role matters: a server database "
    "must be empty to be restored into (tests/planner/test_backups.py)",
    ("db", "grant"): Case(("{prefix}_someone", "viewer"), "server"),
    ("assign",): Case(("{free_email}", "{free_desk}", "--from", DAY), "seating"),
    ("release",): Case(("{seated_a}", "--on", DAY), "seating"),
    ("swap",): Case(("{seated_a}", "{seated_b}", "--on", DAY), "seating"),
    ("whereis",): Case(("{free_desk}", "--json"), None),
    ("block", "desk"): Case(
        ("{free_desk}", "--from", DAY, "--to", "2025-12-05", "--reason", "matrix"), "seating"
    ),
    ("block", "zone"): Case(
        ("{free_zone}", "--floor", "{free_zone_floor}", "--from", "2030-01-01", "--reason", "m"),
        "seating",
    ),
    ("block", "list"): Case(("--json",), None),
    ("unblock",): Case(("{block_id}",), "seating"),
    ("report", "seating"): Case(("--floor", "3", "-o", "{tmp}/seating.pdf"), None),
    ("report", "roster"): Case(("-o", "{tmp}/roster.pdf"), None),
    ("report", "nameplates"): Case(("--floor", "3", "-o", "{tmp}/plates.pdf"), None),
    ("report", "occupancy"): Case(("-o", "{tmp}/occupancy.pdf"), None),
    ("report", "renewals"): Case(("-o", "{tmp}/renewals.pdf"), None),
    ("import", "people"): Case(("{people_csv}",), "seating"),
    ("import", "desks"): Case(("{desks_csv}",), "seating"),
    ("import", "budget"): Case(("{budget_csv}",), "tasks"),
    ("import", "template"): Case(("people", "-o", "{tmp}/template.xlsx"), None),
    # the demo's 3rd floor drawn again with every desk (by code): one zone, no desk removed
    ("import", "floor"): Case(("{floor_dxf}", "--floor", "3", "--today", DAY), "seating"),
    ("export", "people"): Case(("-o", "{tmp}/people.xlsx"), None),
    ("export", "desks"): Case(("-o", "{tmp}/desks.csv"), None),
    ("export", "assignments"): Case(("-o", "{tmp}/assignments.csv"), None),
    ("export", "tasks"): Case(("-o", "{tmp}/tasks.csv"), None),
    ("export", "cycles"): Case(("-o", "{tmp}/cycles.csv"), None),
    ("export", "budget"): Case(("--year", "2025", "-o", "{tmp}/budget.csv"), None),
    # issuing an agreement is recorded (version, sha256, audit): partnership staff's
    ("export", "agreement"): Case(("--year", "2025", "-o", "{tmp}/agreement.pdf"), "tasks"),
    # a reading aid, not recorded: anyone who may read the agreements may make it
    ("export", "comparison"): Case(("--year", "2025", "-o", "{tmp}/comparison.pdf"), None),
    ("solve-osa",): "reads an instance file, never a database",
    ("verify",): "checks a signed PDF's signatures, never a database",
    ("db", "init"): "creates a new local SQLite file; a server's roles never come into it",
    ("sign", "agreement"): "not run yet: it needs an agreed cycle (the demo's latest is a draft) "
    "and a PKCS#12 certificate",
    ("place",): Case(("--unseated", "--apply", "--on", DAY, "--time-limit", "1"), "seating"),
    ("audit", "verify"): Case(("--json",), None),
    ("template", "list"): Case(("--json",), None),
    ("template", "show"): Case(("ko",), None),
    ("template", "import"): Case(("--ko", "{wording_ko}", "--note", "matrix"), "tasks"),
    ("template", "export"): Case(("en", "-o", "{tmp}/wording-en.md"), None),
    # research administration (issue 20): partnership staff's, like renewals
    ("participant", "list"): Case(("--year", "2025", "--json"), None),
    ("participant", "add"): Case(("I-05", "2025", "{outsider}", "--rate", "10"), "tasks"),
    ("participant", "set"): Case(("F-01", "2025", "{f01_member}", "--rate", "11"), "tasks"),
    ("participant", "remove"): Case(("F-01", "2025", "{f01_member}"), "tasks"),
    ("participant", "export"): Case(("-o", "{tmp}/participants.csv"), None),
    ("participant", "import"): Case(("{participants_csv}",), "tasks"),
    ("participant", "report"): Case(("--year", "2025", "-o", "{tmp}/participants.pdf"), None),
    ("kpi", "list"): Case(("--year", "2025", "--json"), None),
    ("kpi", "set"): Case(("F-01", "2025", "오픈소스 공개", "--target", "2", "--unit", "건"), "tasks"),
    ("kpi", "remove"): Case(("F-01", "2025", "특허 출원"), "tasks"),
    ("kpi", "export"): Case(("-o", "{tmp}/kpis.xlsx"), None),
    ("kpi", "import"): Case(("{kpis_csv}",), "tasks"),
    ("kpi", "report"): Case(("--year", "2025", "-o", "{tmp}/kpis.pdf"), None),
    ("ip", "list"): Case(("--json",), None),
    ("ip", "add"): Case(("새 발명", "--date", "2025-09-01", "--kt", "50", "--kaist", "50",
                         "--inventor", "{f01_member}", "--task", "F-01"), "tasks"),
    ("ip", "export"): Case(("-o", "{tmp}/ip.csv"), None),
    ("ip", "import"): Case(("{ip_csv}",), "tasks"),
    ("ip", "report"): Case(("-o", "{tmp}/ip-register.pdf"), None),
}


def test_every_command_is_in_the_matrix():
    assert set(command_paths()) == set(CASES), (
        "a command without its row in CASES: say what it writes (or why it is not run)"
    )


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def _url(database: str, user: str | None = None) -> str:
    url = make_url(PG_URL).set(database=database)
    if user:
        url = url.set(username=user)
    return url.render_as_string(hide_password=False)


def _admin():
    return make_engine(PG_URL, isolation_level="AUTOCOMMIT")


def digest(database: str) -> dict[str, str]:
    """Every table's rows, as an md5 of their text in a fixed order."""
    engine = make_engine(_url(database))
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
            return {
                table: connection.execute(text(
                    f'SELECT md5(coalesce(string_agg(t::text, \'|\' ORDER BY t::text), \'\')) '
                    f'FROM "{table}" t'
                )).scalar()
                for table in tables
            }
    finally:
        engine.dispose()


@dataclass
class Matrix:
    template: str
    work: str
    empty: str
    prefix: str
    facts: dict[str, str]
    dirty: bool = False

    def fresh(self) -> str:
        """The working database, made again from the demo after a command wrote to it."""
        if self.dirty:
            admin = _admin()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self.work}" WITH (FORCE)'))
                connection.execute(
                    text(f'CREATE DATABASE "{self.work}" TEMPLATE "{self.template}"')
                )
            admin.dispose()
            self.dirty = False
        return self.work

    def user(self, role: str) -> str:
        return f"{self.prefix}_{role}"

    def database(self, case: Case) -> str:
        return self.empty if case.database == "empty" else self.fresh()

    def argv(self, path: tuple[str, ...], case: Case, role: str) -> list[str]:
        url = _url(self.database(case), self.user(role))
        values = {**self.facts, "url": url}
        filled = [re.sub(r"\{(\w+)\}", lambda m: values[m[1]], arg) for arg in case.argv]
        if path == ("db", "copy"):  # copy names its databases itself
            return [*path, *filled]
        return [*path, *filled, "--database", url]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    require_postgres()
    tag = uuid.uuid4().hex[:8]
    template, work, prefix = f"matrix_demo_{tag}", f"matrix_work_{tag}", f"mx{tag}"
    empty = f"matrix_empty_{tag}"
    tmp = tmp_path_factory.mktemp("matrix")
    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{template}"'))
        connection.execute(text(f'CREATE DATABASE "{empty}"'))
    users = [f"{prefix}_{role}" for role in ROLES]
    try:
        owner = _url(template)
        assert _run(["demo", "--today", DEMO_TODAY, "--database", owner])[0] == 0
        for user, role in zip(users, ROLES, strict=True):
            assert _run(["db", "grant", user, role, "--database", owner])[0] == 0
        facts = {"tmp": str(tmp), "prefix": prefix, **_facts(owner, tmp)}
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{work}" TEMPLATE "{template}"'))
        yield Matrix(template, work, empty, prefix, facts)
    finally:
        with admin.connect() as connection:
            for name in (work, template, empty):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for user in [*users, f"{prefix}_someone"]:
                connection.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
        admin.dispose()


def _zone_free_from(owner_url: str, day) -> tuple[str, str]:
    """(name, floor level) of a zone with desks and nobody's seat on or after ``day``."""
    from sqlalchemy import or_, select

    from planner.models import Assignment, Desk, Floor, Zone
    from planner.storage import open_database

    db = open_database(owner_url)
    try:
        with db.sessions() as s:
            held = set(s.scalars(select(Desk.zone_id).join(Assignment).where(
                or_(Assignment.end_date.is_(None), Assignment.end_date >= day))))
            zones = s.execute(select(Zone.id, Zone.name, Floor.level).join(Floor)
                              .join(Desk, Desk.zone_id == Zone.id).order_by(Zone.id)).all()
    finally:
        db.close()
    zone_id, name, level = next(z for z in zones if z[0] not in held)
    return name, str(level)


def _facts(owner_url: str, tmp: Path) -> dict[str, str]:
    """Sample arguments that succeed on the demo: a free person and desk, two seated people,
    a people and a desks file with one new row each, an edited wording."""
    import datetime as dt

    from sqlalchemy import or_, select

    from planner.models import Assignment
    from planner.services.floorplan import people_on
    from planner.services.queries import unseated_people, vacant_desks
    from planner.storage import open_database

    day = dt.date.fromisoformat(DAY)
    db = open_database(owner_url)
    try:
        with db.sessions() as s:
            seated = [r for r in people_on(s, day) if r.desk_id and r.email]
            free_people = [
                p for p in unseated_people(s, day)
                if p.email and not p.needs and p.stay_end is None
                and (p.stay_start is None or p.stay_start <= day)
            ]
            booked = select(Assignment.desk_id).where(
                or_(Assignment.end_date.is_(None), Assignment.end_date >= day)
            )
            taken = set(s.scalars(booked))
            free_desks = [
                d for d in vacant_desks(s, day) if d.kind.value == "fixed" and d.id not in taken
            ]
            later = set(s.scalars(select(Assignment.person_id).where(Assignment.start_date >= day)))
            free_people = [p for p in free_people if p.id not in later]
    finally:
        db.close()
    facts = {
        "free_email": free_people[0].email,
        "free_desk": free_desks[-1].code,
        "seated_a": seated[0].email,
        "seated_b": seated[1].email,
    }
    # A desk out of use for unblock to put back, and a zone nobody holds a desk in from 2030.
    blocked = free_desks[0].code
    argv = ["block", "desk", blocked, "--from", DAY, "--reason", "matrix", "--database", owner_url]
    assert _run(argv)[0] == 0
    listed = io.StringIO()
    with contextlib.redirect_stdout(listed):
        assert main(["block", "list", "--json", "--database", owner_url]) == 0
    facts["block_id"] = str(json.loads(listed.getvalue())["blocks"][0]["id"])
    facts["free_zone"], facts["free_zone_floor"] = _zone_free_from(owner_url, dt.date(2030, 1, 1))
    for kind in ("people", "desks"):
        exported = tmp / f"all-{kind}.csv"
        assert _run(["export", kind, "-o", str(exported), "--database", owner_url])[0] == 0
        header, first, *_ = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
        new = [_new_value(kind, value) for value in first]
        target = tmp / f"new-{kind}.csv"
        with target.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows([header, new])
        facts[f"{kind}_csv"] = str(target)
    # The 2025 budget lines with the first one 1,000,000 won higher: a change to import.
    exported = tmp / "all-budget.csv"
    assert _run(["export", "budget", "--year", "2025", "-o", str(exported),
                 "--database", owner_url])[0] == 0  # fmt: skip
    header, first, *rest = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines()))
    first[4] = str(int(first[4]) + 1_000_000)
    target = tmp / "new-budget.csv"
    with target.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, first, *rest])
    facts["budget_csv"] = str(target)
    facts.update(_research_facts(owner_url, tmp))
    wording = tmp / "wording-ko.md"
    assert _run(["template", "export", "ko", "-o", str(wording), "--database", owner_url])[0] == 0
    lines = wording.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip() and line[0] not in ";#")
    lines[first] += " (개정)"  # one paragraph reworded: a new version of the wording
    wording.write_text("\n".join(lines) + "\n", encoding="utf-8")
    facts["wording_ko"] = str(wording)
    facts["floor_dxf"] = _floor_drawing(owner_url, tmp / "floor-3.dxf")
    deliverables = tmp / "new-deliverables.csv"
    deliverables.write_text(
        "과제코드,연도,구분,제목,제출기한,상태\nF-01,2025,논문,행렬 시험 논문,2025-12-24,예정\n",
        encoding="utf-8",
    )
    facts["deliverables_csv"] = str(deliverables)
    return facts


def _floor_drawing(owner_url: str, path: Path) -> str:
    """The demo's 3rd floor as a DXF (millimetres): one room around its desks, and every
    desk as a block with its code, where it is — an import that removes no held desk."""
    import ezdxf
    from sqlalchemy import select

    from planner.models import Desk, Floor
    from planner.storage import open_database

    db = open_database(owner_url)
    try:
        with db.sessions() as s:
            desks = s.execute(
                select(Desk.code, Desk.x, Desk.y).join(Floor).where(Floor.level == 3)
            ).all()
    finally:
        db.close()
    doc = ezdxf.new("R2000")
    doc.header["$INSUNITS"] = 4
    doc.blocks.new("DESK").add_lwpolyline([(-600, -300), (600, -300), (600, 300), (-600, 300)],
                                          close=True)
    msp = doc.modelspace()
    right = max(x for _, x, _ in desks) * 1000 + 2000
    bottom = -max(y for _, _, y in desks) * 1000 - 2000
    msp.add_lwpolyline([(0, 0), (right, 0), (right, bottom), (0, bottom)], close=True,
                       dxfattribs={"layer": "ROOMS"})
    msp.add_text("매트릭스 구역", dxfattribs={"layer": "NAMES", "height": 300}).set_placement(
        (500, -500)
    )
    for code, x, y in desks:
        insert = msp.add_blockref("DESK", (x * 1000, -y * 1000), dxfattribs={"layer": "DESKS"})
        insert.add_attrib("CODE", code, (x * 1000, -y * 1000))
    doc.saveas(path)
    return str(path)


def _research_facts(owner_url: str, tmp: Path) -> dict[str, str]:
    """Someone who takes part in nothing, a participant of F-01 in 2025 who is not its PI, and
    a participants, a KPI and an IP file with one new row each."""
    from sqlalchemy import select

    from planner.models import Person, Role
    from planner.services.participants import participant_rows
    from planner.storage import open_database

    db = open_database(owner_url)
    try:
        with db.sessions() as s:
            taking_part = {r.person_id for r in participant_rows(s)}
            outsider = next(p for p in s.scalars(select(Person).where(Person.role == Role.STARTUP_MEMBER)
                                                 .order_by(Person.id))
                            if p.id not in taking_part and p.email)
            member = next(r for r in participant_rows(s, 2025, task_code="F-01")
                          if not r.is_pi and r.email)
            facts = {"outsider": outsider.email, "f01_member": member.email}
    finally:
        db.close()
    files = {
        "participants": f"연도,과제코드,이름,이메일,역할,참여율(%)\n2025,I-05,{outsider.name_ko},"
                        f"{outsider.email},참여,10\n",
        "kpis": "연도,과제코드,지표명,단위,목표,실적\n2025,F-01,오픈소스 공개,건,2,\n",
        "ip": "제목,영문 제목,신고일,발명자 이메일,과제,KT 지분(%),KAIST 지분(%),출원번호,상태,비고\n"
              f"새 발명,,2025-09-01,{member.email},F-01,50,50,,신고,\n",
    }
    for kind, content in files.items():
        target = tmp / f"new-{kind}.csv"
        target.write_text(content, encoding="utf-8")
        facts[f"{kind}_csv"] = str(target)
    return facts


def _new_value(kind: str, value: str) -> str:
    """A row of the export made into a new person or desk: e-mail, names and code changed."""
    if "@" in value:
        return "matrix.newcomer@kaist.ac.kr"
    if re.fullmatch(r"\d+F-[A-Z]+-\d+", value):
        return re.sub(r"-\d+$", "-901", value)
    if kind == "people" and re.fullmatch(r"[가-힣]{2,4}", value):
        return "신입생"
    return value


def _cases(writes: bool):
    return [
        pytest.param(
            path, case, id=" ".join(path),
            marks=[pytest.mark.xfail(reason=case.known_bug, strict=True)] if case.known_bug else [],
        )
        for path, case in CASES.items()
        if isinstance(case, Case) and (case.writes is not None) == writes
    ]


@pytest.mark.parametrize(("path", "case"), _cases(writes=True))
def test_a_command_that_writes_is_refused_to_the_roles_that_may_not(
    matrix, path, case, monkeypatch
):
    monkeypatch.setenv("PLANNER_LANG", "en")
    for role in ROLES:
        work = matrix.database(case)
        before = digest(work)
        code, err = _run(matrix.argv(path, case, role))
        after = digest(work)
        if role in MAY[case.writes]:
            assert code == 0, (role, err)
            assert after != before, f"{role}: {' '.join(path)} wrote nothing"
            matrix.dirty = True
            continue
        assert code == 5, (role, code, err)
        assert err.count("\n") == 1 and err.startswith("planner: "), err
        assert "Traceback" not in err and "may not do this" in err
        assert f"planner {' '.join(path)}" in err
        assert _role_words(role) in err
        assert after == before, f"{role}: {' '.join(path)} changed " + ", ".join(
            t for t in before if before[t] != after.get(t)
        )


def _role_words(role: str) -> str:
    return {"viewer": "viewer", "coordinator": "facility coordinator",
            "partnership": "partnership staff"}[role]


@pytest.mark.parametrize(("path", "case"), _cases(writes=False))
def test_a_command_that_reads_works_for_a_viewer_and_writes_nothing(
    matrix, path, case, monkeypatch
):
    monkeypatch.setenv("PLANNER_LANG", "en")
    work = matrix.fresh()
    before = digest(work)
    code, err = _run(matrix.argv(path, case, "viewer"))
    assert code == 0, err
    assert "Traceback" not in err
    assert digest(work) == before


def test_reproduction_1_in_korean(matrix, monkeypatch):
    """Issue #16, reproduction 1: the viewer's `planner assign` ended in a traceback, exit 1."""
    monkeypatch.setenv("PLANNER_LANG", "ko")
    work = matrix.fresh()
    before = digest(work)
    code, err = _run(matrix.argv(("assign",), CASES[("assign",)], "viewer"))
    assert code == 5
    assert err == (
        "planner: 열람자(viewer) 역할로는 할 수 없습니다: planner assign. 열람자는 조회·인쇄·"
        "내보내기만 할 수 있고 아무것도 바꿀 수 없습니다. 아무것도 변경되지 않았습니다.\n"
    )
    code, err = _run(matrix.argv(("cycle", "advance"), CASES[("cycle", "advance")], "coordinator"))
    assert code == 5 and err.startswith("planner: 시설 담당자(coordinator) 역할로는 할 수 없습니다")
    assert digest(work) == before
