"""planner assign / release / swap / whereis: same rules as the window, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from planner.cli import main
from planner.demo.create import create_demo
from planner.services.queries import desk_of, unseated_people, vacant_desks
from planner.storage import open_database

TODAY = dt.date(2025, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    return path


@pytest.fixture
def db(demo, tmp_path):
    copy = tmp_path / "d.sqlite3"
    shutil.copy(demo, copy)
    return str(copy)


def _free_from(s, day):
    """Fixed desks nobody holds on ``day`` or later."""
    from sqlalchemy import or_, select

    from planner.models import Assignment

    booked = select(Assignment.desk_id).where(or_(Assignment.end_date.is_(None), Assignment.end_date >= day))
    return [d for d in vacant_desks(s, day) if d.kind.value == "fixed" and d.id not in set(s.scalars(booked))]


def _free_people(s, day):
    """People with no desk on ``day`` or later, no special needs, still staying."""
    from sqlalchemy import or_, select

    from planner.models import Assignment

    booked = set(s.scalars(select(Assignment.person_id).where(
        or_(Assignment.end_date.is_(None), Assignment.end_date >= day))))
    return [p for p in unseated_people(s, day) if p.email and not p.needs and p.stay_end is None
            and p.id not in booked]


def _facts(db):
    database = open_database(db)
    with database.sessions() as s:
        newcomer = _free_people(s, TODAY)[0]
        desk, *later = _free_from(s, TODAY)
    database.close()
    return newcomer, desk, later


def _desk(db, email, day):
    from sqlalchemy import select

    from planner.models import Person

    database = open_database(db)
    with database.sessions() as s:
        person = s.scalars(select(Person).where(Person.email == email)).one()
        desk = desk_of(s, person.id, day)
        code = desk.code if desk else None
    database.close()
    return code


def test_assign_release_and_whereis(db, capsys):
    newcomer, desk, _ = _facts(db)
    assert main(["assign", newcomer.email, desk.code.lower(), "--from", "2025-12-01", "--database", db]) == 0
    assert _desk(db, newcomer.email, dt.date(2025, 12, 1)) == desk.code
    capsys.readouterr()
    assert main(["whereis", newcomer.email, "--on", "2025-12-01", "--json", "--database", db]) == 0
    found = json.loads(capsys.readouterr().out)["results"]
    assert found[0]["desk"] == desk.code and found[0]["email"] == newcomer.email
    assert main(["release", newcomer.email, "--on", "2026-01-01", "--database", db]) == 0
    assert _desk(db, newcomer.email, dt.date(2026, 1, 1)) is None
    assert _desk(db, newcomer.email, dt.date(2025, 12, 31)) == desk.code


def test_a_broken_rule_is_one_line_and_exit_code_3(db, capsys):
    newcomer, desk, later = _facts(db)
    assert main(["assign", newcomer.email, desk.code, "--from", "2025-12-01", "--database", db]) == 0
    capsys.readouterr()
    # the same person cannot take a second desk on those days
    assert main(["assign", newcomer.email, later[0].code, "--from", "2025-12-15", "--database", db]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already has a desk" in err and "Traceback" not in err
    assert main(["assign", "nobody@nowhere.kr", desk.code, "--from", "2025-12-01", "--database", db]) == 3
    assert "not found" in capsys.readouterr().err
    assert main(["swap", newcomer.email, "nobody@nowhere.kr", "--on", "2025-12-02", "--database", db]) == 3


def test_swap(db, capsys):
    newcomer, desk, later = _facts(db)
    assert main(["assign", newcomer.email, desk.code, "--from", "2025-12-01", "--database", db]) == 0
    database = open_database(db)
    with database.sessions() as s:
        second = next(p for p in _free_people(s, dt.date(2025, 12, 1)) if p.email != newcomer.email)
    database.close()
    assert main(["assign", second.email, later[0].code, "--from", "2025-12-01", "--database", db]) == 0
    assert main(["swap", newcomer.email, second.email, "--on", "2026-01-05", "--database", db]) == 0
    assert _desk(db, newcomer.email, dt.date(2026, 1, 5)) == later[0].code
    assert _desk(db, second.email, dt.date(2026, 1, 5)) == desk.code


def test_whereis_a_desk_names_who_sits_there_on_the_day(db, capsys):
    """Issue #16, reproduction 5: `planner whereis DESK --json` found the desk, not its
    occupant."""
    newcomer, desk, _ = _facts(db)
    assert main(["assign", newcomer.email, desk.code, "--from", "2025-12-01", "--to", "2026-01-31",
                 "--database", db]) == 0
    capsys.readouterr()
    assert main(["whereis", desk.code, "--on", "2025-12-10", "--json", "--database", db]) == 0
    hit = next(r for r in json.loads(capsys.readouterr().out)["results"] if r["kind"] == "desk")
    assert hit["desk"] == desk.code
    assert [(o["email"], o["name_ko"], o["start"], o["end"]) for o in hit["occupants"]] == [
        (newcomer.email, newcomer.name_ko, "2025-12-01", "2026-01-31")
    ]
    # the day counts: before the move-in the desk is free
    assert main(["whereis", desk.code, "--on", "2025-11-30", "--json", "--database", db]) == 0
    hit = next(r for r in json.loads(capsys.readouterr().out)["results"] if r["kind"] == "desk")
    assert hit["occupants"] == []
    # a person's hit names the occupants of their desk too (themselves), and the text says who
    assert main(["whereis", newcomer.email, "--on", "2025-12-10", "--json", "--database", db]) == 0
    person_hit = json.loads(capsys.readouterr().out)["results"][0]
    assert [o["email"] for o in person_hit["occupants"]] == [newcomer.email]
    assert main(["whereis", desk.code, "--on", "2025-12-10", "--database", db]) == 0
    assert newcomer.name_ko in capsys.readouterr().out
