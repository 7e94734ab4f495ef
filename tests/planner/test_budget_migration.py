"""Revision 0009 (budget lines): data of the 0008 shape keeps every total, signed cycles
included, and from then on the database keeps each renewal's total equal to its lines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from planner import migrate
from planner.db import make_engine
from planner.demo.institute import build_institute
from planner.services.totals import all_cycle_totals
from planner.storage import open_database


def test_renewals_of_0008_get_one_line_carrying_their_budget(tmp_path):
    """The demo made at 0008 (its lines removed and the new tables dropped, as 0008 had it),
    then upgraded: every total as it was."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    database = open_database(path, actor="tester")
    with database.sessions() as s, s.begin():
        build_institute(s, today=dt.date(2025, 11, 25))
    with database.sessions() as s:
        before = {y: (t.budget_krw, t.track_budgets()) for y, t in _totals(s).items()}
    database.close()
    migrate.downgrade(engine, "0008")
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        assert "budget_line" not in set(tables.scalars())
        signed = connection.execute(text(
            "SELECT COUNT(*) FROM task_renewal r JOIN renewal_cycle c ON c.id = r.cycle_id "
            "WHERE c.status = 'signed' AND r.budget_krw > 0")).scalar()  # fmt: skip
    assert signed > 0
    migrate.upgrade(engine)
    database = open_database(path, actor="tester")
    with database.sessions() as s:
        assert {y: (t.budget_krw, t.track_budgets()) for y, t in _totals(s).items()} == before
        rows = s.execute(text(
            "SELECT r.budget_krw, l.amount_krw, c.code, l.party FROM task_renewal r "
            "JOIN budget_line l ON l.renewal_id = r.id "
            "JOIN budget_category c ON c.id = l.category_id")).all()  # fmt: skip
        assert rows and all(
            total == amount and (code, party) == ("activities", "kt")
            for total, amount, code, party in rows
        )
        empty = s.execute(text(
            "SELECT COUNT(*) FROM task_renewal r WHERE r.budget_krw > 0 AND NOT EXISTS "
            "(SELECT 1 FROM budget_line l WHERE l.renewal_id = r.id)")).scalar()  # fmt: skip
        assert empty == 0
    # The guard is installed: a total that is not the sum is refused.
    with pytest.raises(IntegrityError, match="budget_total_mismatch"), engine.begin() as c:
        c.execute(text("UPDATE task_renewal SET budget_krw = budget_krw + 1 "
                       "WHERE cycle_id = (SELECT MAX(id) FROM renewal_cycle)"))  # fmt: skip
    database.close()
    engine.dispose()


class _Figures:
    def __init__(self, totals) -> None:
        self.budget_krw = totals.budget_krw
        self._tracks = {track: t.budget_krw for track, t in totals.by_track}

    def track_budgets(self):
        return self._tracks


def _totals(session):
    return {year: _Figures(t) for year, t in all_cycle_totals(session).items()}
