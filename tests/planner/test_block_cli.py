"""planner block desk | zone | list, planner unblock: a blocked desk refuses a seat (exit 3),
a held desk is never blocked silently, and the list's JSON shape."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from planner.cli import main
from planner.demo.create import create_demo
from planner.models import MovePlan
from planner.services.queries import desk_of
from planner.storage import open_database
from tests.planner.test_seating_cli import _free_from, _free_people

TODAY = dt.date(2025, 11, 25)  # a Tuesday
NEXT_WEEK = ("2025-12-01", "2025-12-05")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("block") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo, tmp_path):
    copy = tmp_path / "d.sqlite3"
    shutil.copy(demo, copy)
    return str(copy)


def _facts(db):
    database = open_database(db)
    with database.sessions() as s:
        newcomer = _free_people(s, TODAY)[0]
        desk = _free_from(s, TODAY)[0]
        from sqlalchemy import select

        from planner.models import Assignment, Person

        holder = s.scalars(
            select(Assignment).join(Person).where(
                Assignment.start_date <= TODAY, Assignment.end_date.is_(None),
                Person.email.is_not(None))
        ).first()
        facts = newcomer.email, desk.code, holder.desk.code, holder.person.name_ko, holder.person_id
    database.close()
    return facts


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_desk_blocked_next_week_refuses_a_seat_then_with_exit_3(db, capsys):
    email, desk, *_ = _facts(db)
    code, out, _ = _run(capsys, "block", "desk", desk, "--from", NEXT_WEEK[0], "--to", NEXT_WEEK[1],
                        "--reason", "의자 교체", "--database", db)
    assert code == 0 and desk in out
    code, _, err = _run(capsys, "assign", email, desk, "--from", "2025-12-02", "--database", db)
    assert code == 3
    assert f"Desk {desk} is out of use" in err and "의자 교체" in err and "Traceback" not in err
    # The week before it is free.
    code, _, _ = _run(capsys, "assign", email, desk, "--from", "2025-11-25", "--to", "2025-11-30",
                      "--database", db)
    assert code == 0


def test_blocking_a_held_desk_names_the_holder_and_exits_3(db, capsys):
    _email, _desk, held, name, person_id = _facts(db)
    code, _, err = _run(capsys, "block", "desk", held, "--from", NEXT_WEEK[0], "--reason", "공사",
                        "--database", db)
    assert code == 3 and name in err and "Nothing was changed" in err
    code, out, _ = _run(capsys, "block", "list", "--json", "--database", db)
    assert json.loads(out) == {"blocks": []}
    # --move-plan: a draft plan releasing them from the first day; still no block.
    code, out, _ = _run(capsys, "block", "desk", held, "--from", NEXT_WEEK[0], "--reason", "공사",
                        "--move-plan", "공사 이동", "--database", db)
    assert code == 0 and "Draft move plan" in out
    database = open_database(db)
    with database.sessions() as s:
        from sqlalchemy import select

        plan = s.scalars(select(MovePlan).where(MovePlan.name == "공사 이동")).one()
        assert plan.effective_date == dt.date(2025, 12, 1)
        assert [m.person_id for m in plan.moves] == [person_id]
        assert [m.to_desk_id for m in plan.moves] == [None]
    database.close()
    # --end-seating: their seat ends the day before, and the desk is blocked.
    code, _, _ = _run(capsys, "block", "desk", held, "--from", NEXT_WEEK[0], "--reason", "공사",
                      "--end-seating", "--database", db)
    assert code == 0
    database = open_database(db)
    with database.sessions() as s:
        assert desk_of(s, person_id, dt.date(2025, 11, 30)).code == held
        assert desk_of(s, person_id, dt.date(2025, 12, 1)) is None
    database.close()


def test_list_json_shape_and_unblock(db, capsys):
    _email, desk, *_ = _facts(db)
    _run(capsys, "block", "desk", desk, "--from", NEXT_WEEK[0], "--reason", "수리", "--database", db)
    code, out, _ = _run(capsys, "block", "list", "--json", "--database", db)
    [block] = json.loads(out)["blocks"]
    assert block == {"id": block["id"], "target": "desk", "desk": desk, "zone": None,
                     "from": NEXT_WEEK[0], "to": None, "reason": "수리"}
    code, out, _ = _run(capsys, "block", "list", "--on", "2025-11-30", "--json", "--database", db)
    assert json.loads(out) == {"blocks": []}
    code, _, _ = _run(capsys, "unblock", str(block["id"]), "--database", db)
    assert code == 0
    code, out, _ = _run(capsys, "block", "list", "--json", "--database", db)
    assert json.loads(out) == {"blocks": []}
    code, _, err = _run(capsys, "unblock", str(block["id"]), "--database", db)
    assert code == 3 and "not found" in err


def test_zone_block_by_name_and_floor(db, capsys):
    database = open_database(db)
    with database.sessions() as s:
        from sqlalchemy import or_, select

        from planner.models import Assignment, Desk, Floor, Zone

        held = set(s.scalars(select(Desk.zone_id).join(Assignment).where(
            or_(Assignment.end_date.is_(None), Assignment.end_date >= dt.date(2030, 1, 1)))))
        name, level = next((z.name, f.level) for z, f in s.execute(
            select(Zone, Floor).join(Floor).join(Desk, Desk.zone_id == Zone.id)) if z.id not in held)
    database.close()
    code, out, _ = _run(capsys, "block", "zone", name, "--floor", str(level), "--from",
                        "2030-01-01", "--reason", "리모델링", "--database", db)
    assert code == 0
    code, out, _ = _run(capsys, "block", "list", "--json", "--database", db)
    [block] = json.loads(out)["blocks"]
    assert block["target"] == "zone" and block["zone"].endswith(name) and block["desk"] is None
