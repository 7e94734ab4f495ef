"""Year-over-year arithmetic, including new and concluded tasks."""

from __future__ import annotations

import datetime as dt

from planner.models import Decision, Track
from planner.renewals.compare import Change, Figures, compare


def fig(code, budget, decision=Decision.CONTINUE, track=Track.FOUNDATIONAL, year=2025, head=5, gpu=8, reason=""):
    return Figures(code, f"과제 {code}", f"Task {code}", track, "", decision, budget,
                   dt.date(year, 3, 1), dt.date(year + 1, 2, 28), head, gpu, reason)


def test_budget_changes_new_and_concluded_tasks():
    before = [fig("F-01", 400_000_000, year=2024), fig("F-02", 500_000_000, year=2024),
              fig("I-01", 800_000_000, track=Track.INDUSTRIAL, year=2024), fig("F-09", 100, year=2024)]
    after = [
        fig("F-01", 400_000_000),
        fig("F-02", 550_000_000, Decision.MODIFY, head=7, reason="확대"),
        fig("I-01", 0, Decision.CONCLUDE, track=Track.INDUSTRIAL, reason="종료"),
        fig("F-15", 300_000_000, Decision.NEW),
    ]
    result = compare(2025, after, 2024, before)
    rows = {t.task_code: t for t in result.tasks}
    assert rows["F-01"].changes == () and rows["F-01"].budget_delta == 0
    assert rows["F-02"].budget_delta == 50_000_000 and rows["F-02"].budget_delta_pct == 10.0
    assert rows["F-02"].changes == (Change("연구비", "500,000,000원", "550,000,000원"), Change("참여인원", "5명", "7명"))
    assert rows["I-01"].budget_after == 0 and rows["I-01"].budget_delta_pct == -100.0
    assert rows["I-01"].changes == (Change("과제", "수행", "종료"),)
    assert rows["F-15"].budget_before == 0 and rows["F-15"].budget_delta_pct is None
    assert rows["F-15"].changes == (Change("과제", "-", "신규"),)
    # a task missing from the new cycle counts as concluded without a reason
    assert rows["F-09"].decision == Decision.CONCLUDE and rows["F-09"].current is None
    foundational, industrial = result.totals
    assert (foundational.tasks_before, foundational.tasks_after) == (3, 3)
    assert foundational.budget_before == 900_000_100 and foundational.budget_after == 1_250_000_000
    assert (industrial.tasks_before, industrial.tasks_after, industrial.budget_after) == (1, 0, 0)
    assert result.budget_before == 1_700_000_100 and result.budget_after == 1_250_000_000
    assert result.decision_counts == {"continue": 1, "modify": 1, "conclude": 1, "new": 1, "undecided": 0}


def test_a_first_cycle_compares_with_nothing():
    result = compare(2024, [fig("F-01", 10, Decision.NEW, year=2024)], None, [])
    assert result.previous_year is None
    assert result.tasks[0].changes == (Change("과제", "-", "신규"),)
    assert result.totals[0].budget_after == 10


def test_a_task_concluded_last_year_is_not_concluded_again():
    before = [fig("F-11", 0, Decision.CONCLUDE, year=2025, reason="종료"), fig("F-01", 100, year=2025)]
    after = [fig("F-01", 100, year=2026)]
    result = compare(2026, after, 2025, before)
    assert [t.task_code for t in result.tasks] == ["F-01"]
    assert (result.totals[0].tasks_before, result.totals[0].tasks_after) == (1, 1)
    assert result.decision_counts["conclude"] == 0
