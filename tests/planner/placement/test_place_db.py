"""`planner place` on the database: the demo's unseated interns, move plans, rules, errors.

The demo is built once per module and copied for each test, which may then change it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select

from planner import cli
from planner.demo.create import create_demo
from planner.models import (
    Assignment,
    Desk,
    DeskFeature,
    DeskKind,
    MovePlan,
    MovePlanStatus,
    Person,
    Role,
    ZoneKind,
)
from planner.services import move_plans, people, queries, seating, sites, tasks
from planner.services.placement import plan_placement, save_proposal_as_plan
from planner.storage import open_database
from tests.planner.factories import person, small_site

TODAY = dt.date(2025, 11, 25)
STANDALONE_KEYS = {"assignments", "unplaced", "seconds"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def place(capsys, database: Path, *argv: str) -> tuple[int, dict | None, str]:
    code = cli.main(
        ["place", *argv, "--json", "--database", str(database), "--on", TODAY.isoformat()]
    )
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else None, captured.err


def holds_on_or_after(day: dt.date):
    return or_(Assignment.end_date.is_(None), Assignment.end_date >= day)


def unseated_interns(session) -> list[Person]:
    """Interns with no desk today or later: the demo's new arrivals."""
    holding = select(Assignment.person_id).where(holds_on_or_after(TODAY))
    return list(
        session.scalars(select(Person).where(Person.role == Role.INTERN, Person.id.not_in(holding)))
    )


def test_unseated_interns_sit_with_their_teams_in_a_draft_plan(demo: Path, capsys) -> None:
    db = open_database(demo)
    with db.sessions() as session:
        interns = {p.email: p.id for p in unseated_interns(session)}
        assignments_before = session.scalar(select(func.count(Assignment.id)))
    assert len(interns) >= 5

    code, document, err = place(capsys, demo, "--unseated", "--time-limit", "1", "--seed", "1")

    assert code == 0, err
    placed = {row["email"]: row["desk"] for row in document["assignments"]}
    assert set(interns) <= set(placed)
    assert document["unplaced"] == []
    assert document["moved"] == 0
    with db.sessions() as session:
        plan = session.get(MovePlan, document["plan_id"])
        assert plan.status == MovePlanStatus.DRAFT
        assert plan.name == f"자동 배치 {TODAY.isoformat()}"
        assert plan.effective_date == TODAY
        assert len(plan.moves) == len(placed)
        # A draft changes nobody's seat.
        assert session.scalar(select(func.count(Assignment.id))) == assignments_before
        assert all(queries.desk_of(session, pid, TODAY) is None for pid in interns.values())

        desk = {d.code: d for d in session.scalars(select(Desk))}
        taken = set(session.scalars(select(Assignment.desk_id).where(holds_on_or_after(TODAY))))
        free = Counter(
            d.zone_id
            for d in desk.values()
            if d.active and d.kind != DeskKind.HOT and d.id not in taken
        )
        free.subtract(desk[code].zone_id for code in placed.values())
        first_task = {pid: codes[0] for pid, codes in tasks.tasks_by_person(session).items()}
        seated_zone = {
            pid: desk_.zone_id
            for pid, desk_ in session.execute(
                select(Assignment.person_id, Desk)
                .join(Desk)
                .where(Assignment.start_date <= TODAY, holds_on_or_after(TODAY))
            ).tuples()
        }
    db.close()
    together = 0
    for email, pid in interns.items():
        team_zones = {
            zone for mate, zone in seated_zone.items() if first_task.get(mate) == first_task[pid]
        }
        if desk[placed[email]].zone_id in team_zones:
            together += 1
        else:
            # Sent elsewhere only when the plan leaves no desk free where the team sits.
            assert all(free[zone] <= 0 for zone in team_zones), (email, placed[email])
    assert together >= 1


def test_apply_seats_them_and_a_second_run_finds_nothing(demo: Path, capsys) -> None:
    code, document, err = place(capsys, demo, "--unseated", "--time-limit", "0.5", "--apply")

    assert code == 0, err
    assert document["applied"] is True
    db = open_database(demo)
    with db.sessions() as session:
        assert session.get(MovePlan, document["plan_id"]).status == MovePlanStatus.APPLIED
        for row in document["assignments"]:
            who = session.scalars(select(Person).where(Person.email == row["email"])).one()
            assert queries.desk_of(session, who.id, TODAY).code == row["desk"]
        assert unseated_interns(session) == []
    db.close()

    code, again, err = place(capsys, demo, "--unseated", "--time-limit", "0.5")
    assert code == 0, err
    assert again["assignments"] == [] and again["unplaced"] == []
    assert again["plan_id"] is None  # nothing to place: no empty plan is saved


def test_task_places_only_that_teams_unseated_members(demo: Path, capsys) -> None:
    db = open_database(demo)
    with db.sessions() as session:
        intern = unseated_interns(session)[0]
        code = tasks.tasks_by_person(session)[intern.id][0]
        task_unseated = {
            p.email
            for p in unseated_interns(session)
            if tasks.tasks_by_person(session).get(p.id, [None])[0] == code
        }
    db.close()

    status, document, err = place(capsys, demo, "--task", code.lower(), "--time-limit", "0.5")

    assert status == 0, err
    assert {row["email"] for row in document["assignments"]} == task_unseated
    assert [team["task"] for team in document["teams"]] == [code]
    assert document["moved"] == 0


def test_a_person_needing_an_accessible_desk_gets_one(demo: Path, tmp_path: Path, capsys) -> None:
    db = open_database(demo)
    with db.sessions() as session, session.begin():
        interns = unseated_interns(session)
        for intern in interns[:2]:
            people.update_person(session, intern.id, needs=DeskFeature.ACCESSIBLE)
        emails = [p.email for p in interns]
    db.close()
    listing = tmp_path / "people.csv"
    listing.write_text("name,email\n" + "".join(f"x,{e}\n" for e in emails), encoding="utf-8")

    code, document, err = place(capsys, demo, "--people", str(listing), "--time-limit", "0.5")

    assert code == 0, err
    placed = {row["email"]: row["desk"] for row in document["assignments"]}
    assert set(emails[:2]) <= set(placed)  # the demo has free accessible desks
    db = open_database(demo)
    with db.sessions() as session:
        for email in emails[:2]:
            if email in placed:
                desk = sites.find_desk(session, placed[email])
                assert DeskFeature.ACCESSIBLE in DeskFeature(desk.features)
            else:
                reason = next(u["reason"] for u in document["unplaced"] if u["email"] == email)
                assert "accessible" in reason
    db.close()


def test_allow_moves_zero_moves_nobody_already_seated(demo: Path, capsys) -> None:
    db = open_database(demo)
    with db.sessions() as session:
        before = {
            pid: did
            for pid, did in session.execute(
                select(Assignment.person_id, Assignment.desk_id).where(holds_on_or_after(TODAY))
            )
        }
        seated_emails = set(session.scalars(select(Person.email).where(Person.id.in_(before))))
    db.close()

    code, document, err = place(
        capsys, demo, "--unseated", "--allow-moves", "0", "--time-limit", "0.5", "--apply"
    )

    assert code == 0, err
    assert document["moved"] == 0
    assert not {row["email"] for row in document["assignments"]} & seated_emails
    db = open_database(demo)
    with db.sessions() as session:
        for pid, did in before.items():
            still = session.scalars(
                select(Assignment.desk_id).where(
                    Assignment.person_id == pid, holds_on_or_after(TODAY)
                )
            ).all()
            assert did in still
    db.close()


def test_allow_moves_limits_how_many_move(demo: Path, capsys) -> None:
    code, document, err = place(
        capsys, demo, "--task", "F-01", "--allow-moves", "2", "--time-limit", "0.5"
    )
    assert code == 0, err
    assert document["moved"] <= 2


def test_json_shape(demo: Path, capsys) -> None:
    code, document, _ = place(capsys, demo, "--unseated", "--time-limit", "0.2")

    assert code == 0
    assert STANDALONE_KEYS <= set(document)
    assert set(document) - STANDALONE_KEYS <= {"plan_id", "applied", "moved", "teams", "past_days"}
    assert document["assignments"]
    # The standalone keys, and the days each seat is held (from arrival, until the stay ends).
    assert all(set(row) == {"email", "desk", "from", "until"} for row in document["assignments"])
    assert all(set(row) == {"email", "reason"} for row in document["unplaced"])
    assert isinstance(document["seconds"], float)
    assert isinstance(document["plan_id"], int)
    team = document["teams"][0]
    assert set(team) == {"task", "seated", "unplaced", "pairs", "bound", "zones"}


def test_plan_name_and_plain_output(demo: Path, capsys) -> None:
    code = cli.main(
        [
            "place",
            "--unseated",
            "--time-limit",
            "0.2",
            "--plan-name",
            "3월 입주",
            "--database",
            str(demo),
            "--on",
            TODAY.isoformat(),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "move plan" in captured.err and "saved as a draft" in captured.err
    assert all(len(line.split("\t")) >= 2 for line in captured.out.strip().splitlines())
    db = open_database(demo)
    with db.sessions() as session:
        # Beside the demo's own draft plan
        assert "3월 입주" in [p.name for p in move_plans.list_move_plans(session)]
    db.close()


def test_bad_task_code_is_one_line_and_exit_3(demo: Path, capsys) -> None:
    db = open_database(demo)
    with db.sessions() as session:
        plans_before = [p.id for p in move_plans.list_move_plans(session)]
    db.close()
    code, document, err = place(capsys, demo, "--task", "F-99")

    assert code == 3
    assert document is None
    assert "F-99" in err and len(err.strip().splitlines()) == 1
    db = open_database(demo)
    with db.sessions() as session:
        assert [p.id for p in move_plans.list_move_plans(session)] == plans_before
    db.close()


def test_unknown_email_is_exit_3(demo: Path, tmp_path: Path, capsys) -> None:
    listing = tmp_path / "people.txt"
    listing.write_text("# new arrivals\nnobody@example.org\n", encoding="utf-8")
    code, _, err = place(capsys, demo, "--people", str(listing))
    assert code == 3
    assert "nobody@example.org" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--unseated", "--task", "F-01"],
        [],
        ["--unseated", "--allow-moves", "-1"],
        ["--people", "missing-file.txt"],
    ],
)
def test_bad_usage_is_exit_2(demo: Path, capsys, argv: list[str]) -> None:
    code, document, err = place(capsys, demo, *argv)
    assert code == 2
    assert document is None and len(err.strip().splitlines()) == 1


def test_plan_placement_on_a_small_site(sessions) -> None:
    """Both databases: a newcomer joins the team's row, an accessible need is honoured,
    a professor with no office waits with a reason, and the saved plan applies."""
    day = dt.date(2026, 3, 2)
    with sessions() as session, session.begin():
        site = small_site(session, desks=6)
        sites.update_desk(session, site.desks[5], features="accessible")
        floor = session.get(Desk, site.desks[0]).floor_id
        other = sites.create_zone(
            session,
            floor,
            name="개방형 B",
            kind=ZoneKind.OPEN_OFFICE,
            polygon=[[0, 12], [20, 12], [20, 20], [0, 20]],
        )
        far = [
            sites.create_desk(
                session, floor, zone_id=other.id, code=f"3F-B-{i + 1:03d}", x=1 + 1.6 * i, y=15
            ).id
            for i in range(3)
        ]
        ada = person(session, site.org_id, "에이다", "ada@x.org")
        bob = person(session, site.org_id, "밥", "bob@x.org")
        new = person(session, site.org_id, "신입", "new@x.org", role=Role.INTERN)
        wheel = person(session, site.org_id, "휠체어", "wheel@x.org", needs="accessible")
        prof = person(session, site.org_id, "교수", "prof@x.org", role=Role.PROFESSOR)
        task = tasks.create_task(
            session, code="T-01", title_ko="과제", track="foundational", start_year=2025
        )
        tasks.set_task_members(session, task.id, [ada, bob, new, prof])
        seating.assign_desk(session, ada, site.desks[0], dt.date(2026, 1, 1))
        seating.assign_desk(session, bob, site.desks[1], dt.date(2026, 1, 1))
        seating.assign_desk(
            session, person(session, site.org_id, "남"), far[0], dt.date(2026, 1, 1)
        )

    with sessions() as session:
        proposal = plan_placement(session, who="unseated", on=day, time_limit=0.2, seed=3)
    seats = {seat.email: seat for seat in proposal.assignments}
    assert set(seats) == {"new@x.org", "wheel@x.org"}
    assert seats["new@x.org"].to_desk == "3F-A-003"  # next to the team, 1.6 m from bob
    assert seats["wheel@x.org"].to_desk == "3F-A-006"  # the only accessible desk
    assert proposal.moved == 0
    assert [(u.email, u.reason) for u in proposal.unplaced] == [
        ("prof@x.org", "no free office desk or desk in a private office in this plan")
    ]
    team = proposal.teams[0]
    assert (team.task, team.size, team.pairs) == ("T-01", 3, 2)

    with sessions() as session, session.begin():
        plan = save_proposal_as_plan(session, proposal, "자동 배치", day)
        assert plan.status == MovePlanStatus.DRAFT
        move_plans.apply_move_plan(session, plan.id)
    with sessions() as session:
        assert queries.desk_of(session, new, day).code == "3F-A-003"
        assert queries.desk_of(session, wheel, day).code == "3F-A-006"
        assert queries.desk_of(session, new, day - dt.timedelta(days=1)) is None
        again = plan_placement(session, who="unseated", on=day, time_limit=0)
    assert again.assignments == ()
