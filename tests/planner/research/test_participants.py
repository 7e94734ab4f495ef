"""Participating researchers: the rate rule (service and database), the PI, the stay."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner.cli import main
from planner.errors import EXIT_RULE, InUse, ParticipationOverCap, ValidationError
from planner.models import ParticipantRole, Role, TaskParticipant
from planner.services import participants, people
from planner.storage import open_database
from tests.planner.research.helpers import small_lab

KIM = "kim@kaist.ac.kr"


def test_a_second_task_past_100_percent_is_refused_naming_both_tasks(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=60)
    with sessions() as s, s.begin():
        with pytest.raises(ParticipationOverCap) as refused:
            participants.add_participant(s, lab.renewals["F-02", 2025], lab.people[KIM], rate_pct=50)
    assert "F-01 60 % + F-02 50 % > 100 %" in str(refused.value)
    with sessions() as s, s.begin():
        # Another year is another budget of time; 40 % more in the same year still fits.
        participants.add_participant(s, lab.renewals["F-02", 2024], lab.people[KIM], rate_pct=50)
        participants.add_participant(s, lab.renewals["F-02", 2025], lab.people[KIM], rate_pct=40)
        assert participants.person_load(s, lab.people[KIM], 2025) == 100
        assert participants.person_load(s, lab.people[KIM], 2024) == 50


def test_the_database_refuses_what_the_service_would(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=60)
    with pytest.raises(IntegrityError, match="participation_over_cap"):
        with sessions() as s, s.begin():
            s.execute(text(
                "INSERT INTO task_participant (renewal_id, person_id, role, rate_pct, period_start, "
                "period_end, version) VALUES (:r, :p, 'member', 50, :a, :b, 1)"),
                {"r": lab.renewals["F-02", 2025], "p": lab.people[KIM],
                 "a": dt.date(2025, 3, 1), "b": dt.date(2026, 2, 28)})
    with pytest.raises(IntegrityError, match="participation_over_cap"):
        with sessions() as s, s.begin():  # a cap below what someone already has
            s.execute(text("INSERT INTO participation_cap (role, cap_pct) VALUES ('researcher', 50)"))
    with sessions() as s, s.begin():
        participants.add_participant(s, lab.renewals["F-02", 2025], lab.people[KIM], rate_pct=40)
    with pytest.raises(IntegrityError, match="participation_over_cap"):
        with sessions() as s, s.begin():  # raising one rate past the sum
            s.execute(text("UPDATE task_participant SET rate_pct = 41 WHERE rate_pct = 40"))
    with pytest.raises(IntegrityError, match="participation_over_cap"):
        with sessions() as s, s.begin():  # a researcher becoming an intern (cap 50)
            s.execute(text("INSERT INTO participation_cap (role, cap_pct) VALUES ('intern', 50)"))
            s.execute(text("UPDATE person SET role = 'intern' WHERE id = :p"), {"p": lab.people[KIM]})
    with sessions() as s:
        assert participants.person_load(s, lab.people[KIM], 2025) == 100


def test_a_kind_of_person_has_its_own_cap(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.set_cap(s, Role.INTERN, 50)
    with sessions() as s, s.begin():
        with pytest.raises(ParticipationOverCap, match="exceed 50 %: F-01 60 % > 50 %"):
            participants.add_participant(
                s, lab.renewals["F-01", 2025], lab.people["choi@kaist.ac.kr"], rate_pct=60,
                role=ParticipantRole.STUDENT,
            )
    with sessions() as s, s.begin():
        participants.add_participant(
            s, lab.renewals["F-01", 2025], lab.people["choi@kaist.ac.kr"], rate_pct=50
        )
    with sessions() as s, s.begin():
        with pytest.raises(ParticipationOverCap):
            participants.set_cap(s, Role.INTERN, 40)  # someone already takes part at 50 %


def test_the_pi_is_a_participant(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        pi = participants.add_participant(
            s, lab.renewals["F-01", 2025], lab.people["lee@kaist.ac.kr"], rate_pct=30,
            role=ParticipantRole.LEAD,
        ).id
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=50)
        assert participants.problems(s, 2025) == []
    with sessions() as s, s.begin():
        with pytest.raises(InUse, match="PI of F-01"):
            participants.remove_participant(s, pi)
    with sessions() as s, s.begin():
        lab2 = lab.renewals["F-01", 2024]
        participants.add_participant(s, lab2, lab.people[KIM], rate_pct=50)
        assert participants.problems(s, 2024) == ["F-01: the PI 이교수 is not a participant."]


def test_a_stay_that_ends_ends_the_participation(sessions):
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=60)
        participants.add_participant(s, lab.renewals["F-02", 2024], lab.people[KIM], rate_pct=60)
    with sessions() as s, s.begin():
        people.update_person(s, lab.people[KIM], stay_end=dt.date(2025, 6, 30))
    with sessions() as s:
        rows = participants.participant_rows(s, person_id=lab.people[KIM])
        assert [(r.year, r.period_start, r.period_end) for r in rows] == [
            (2024, dt.date(2024, 3, 1), dt.date(2025, 2, 28)),
            (2025, dt.date(2025, 3, 1), dt.date(2025, 6, 30)),
        ]
    with sessions() as s, s.begin():
        people.update_person(s, lab.people[KIM], stay_end=dt.date(2025, 2, 1))
    with sessions() as s:
        rows = participants.participant_rows(s, person_id=lab.people[KIM])
        assert [(r.year, r.period_end) for r in rows] == [(2024, dt.date(2025, 2, 1))]
    with sessions() as s, s.begin():
        with pytest.raises(ValidationError, match="stay"):
            participants.add_participant(
                s, lab.renewals["F-03", 2025], lab.people[KIM], rate_pct=10,
                period_start=dt.date(2025, 3, 1), period_end=dt.date(2025, 12, 31),
            )
    with pytest.raises(IntegrityError, match="participation_outside_stay"):
        with sessions() as s, s.begin():
            row = s.scalars(select(TaskParticipant)).one()
            s.execute(text("UPDATE task_participant SET period_end = :d WHERE id = :i"),
                      {"d": dt.date(2025, 2, 28), "i": row.id})


def _run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def test_the_cli_refuses_naming_both_tasks(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_LANG", "en")
    path = tmp_path / "lab.sqlite3"
    db = open_database(path)
    with db.sessions() as s, s.begin():
        small_lab(s)
    db.close()
    base = ["--database", str(path)]
    code, out, _ = _run(["participant", "add", "F-01", "2025", KIM, "--rate", "60", *base])
    assert code == 0 and "60 %" in out
    code, _, err = _run(["participant", "add", "F-02", "2025", KIM, "--rate", "50", *base])
    assert code == EXIT_RULE
    assert "F-01 60 % + F-02 50 % > 100 %" in err
    code, out, _ = _run(["participant", "list", "--year", "2025", "--json", *base])
    import json

    rows = json.loads(out)
    assert [(r["task"], r["rate_pct"], r["year_total_pct"]) for r in rows] == [("F-01", 60, 60)]


def test_a_migrated_database_has_the_rules(tmp_path):
    from planner import migrate
    from planner.db import make_engine, make_session_factory

    engine = make_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate.upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions() as s, s.begin():
        lab = small_lab(s)
        participants.add_participant(s, lab.renewals["F-01", 2025], lab.people[KIM], rate_pct=60)
    with pytest.raises(IntegrityError, match="participation_over_cap"):
        with sessions() as s, s.begin():
            s.execute(text("UPDATE task_participant SET rate_pct = 100"))
            s.execute(text(
                "INSERT INTO task_participant (renewal_id, person_id, role, rate_pct, period_start, "
                "period_end, version) VALUES (:r, :p, 'member', 1, '2025-03-01', '2025-04-01', 1)"),
                {"r": lab.renewals["F-02", 2025], "p": lab.people[KIM]})
    with pytest.raises(IntegrityError, match="shares_sum_100"):
        with sessions() as s, s.begin():
            s.execute(text("INSERT INTO ip_disclosure (title, title_en, disclosed_on, kt_share_pct, "
                           "kaist_share_pct, state, notes, version) VALUES ('x', '', '2025-01-01', "
                           "50, 49, 'disclosed', '', 1)"))
    engine.dispose()
