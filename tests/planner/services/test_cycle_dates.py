"""Cycles (issue #14, case 6): a new cycle is not overdue at birth, an unsigned earlier cycle
is named when the next one is opened (service and ``planner cycle new``), and the demo's
cycles follow the day it is made for: last year signed, this year a draft with its deadlines
ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.cli import main
from planner.demo.create import create_demo
from planner.models import CycleStatus
from planner.services import renewals
from planner.storage import open_database

D = dt.date


def test_opening_next_year_late_gives_deadlines_ahead(sessions):
    with sessions() as s, s.begin():
        renewals.create_cycle(
            s, 2025, consultation_deadline=D(2025, 1, 31), signing_target=D(2025, 2, 21)
        )
    today = D(2026, 12, 7)
    with sessions() as s, s.begin():
        opened = renewals.open_next_cycle(s, 2026, today=today)
        assert opened.consultation_deadline >= today and opened.signing_target >= today
        assert [y for y, _kind, _day in renewals.overdue_deadlines(s, today) if y == 2026] == []
        assert renewals.unsigned_before(s, 2027) == [
            (2025, CycleStatus.DRAFT),
            (2026, CycleStatus.DRAFT),
        ]


def test_in_time_the_deadlines_keep_their_month_and_day(sessions):
    with sessions() as s, s.begin():
        renewals.create_cycle(
            s, 2025, consultation_deadline=D(2025, 1, 31), signing_target=D(2025, 2, 21)
        )
        opened = renewals.open_next_cycle(s, today=D(2025, 11, 25))
        assert (opened.year, opened.consultation_deadline, opened.signing_target) == (
            2026,
            D(2026, 1, 31),
            D(2026, 2, 21),
        )


@pytest.mark.parametrize("today", [D(2025, 11, 25), D(2026, 12, 7), D(2027, 1, 10), D(2028, 6, 1)])
def test_the_demo_follows_the_day_it_is_made_for(tmp_path, today):
    path = tmp_path / "demo.sqlite3"
    create_demo(path, today=today)
    db = open_database(path)
    try:
        with db.sessions() as s:
            cycles = [(c.year, c.status) for c in renewals.list_cycles(s)]
            draft = renewals.cycle_by_year(s, today.year)
            assert cycles == [
                (today.year - 1, CycleStatus.SIGNED),
                (today.year, CycleStatus.DRAFT),
            ]
            assert draft.consultation_deadline > today and draft.signing_target > today
            assert renewals.overdue_deadlines(s, today) == []
            # A new task of the draft year is new in the draft; F-11 concludes there.
            decisions = {r.task.code: r.decision.value for r in draft.renewals}
            assert decisions["F-15"] == "new" and decisions["F-11"] == "conclude"
    finally:
        db.close()


def test_cycle_new_warns_of_an_unsigned_earlier_cycle(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    create_demo(path, today=D(2026, 12, 7))
    capsys.readouterr()
    command = ["cycle", "new", "2027", "--today", "2026-12-07", "--database", str(path)]
    assert main(command) == 0
    out, err = capsys.readouterr()
    assert "Opened the 2027 cycle" in out
    assert "warning: the 2026 cycle is not signed yet (draft)" in err
    db = open_database(path)
    try:
        with db.sessions() as s:
            opened = renewals.cycle_by_year(s, 2027)
            assert opened.consultation_deadline >= D(2026, 12, 7)
            assert renewals.overdue_deadlines(s, D(2026, 12, 7)) == []
    finally:
        db.close()
