"""The totals of renewal cycles, from the database: THE function for a cycle's figures.

    totals = cycle_totals(session, 2026)
    totals.budget_krw, totals.tasks, totals.headcount, totals.gpu_allocation
    totals.track(Track.FOUNDATIONAL).budget_krw, totals.by_area

Every place that shows what a cycle adds up to — the task catalogue's list of cycles, the
renewal workspace, ``planner cycle list/show``, the renewal summary and the agreement — takes
it from here (or, for plain data already read, from :func:`planner.renewals.totals.totals_of`,
which this calls). Concluded tasks count as 0 (see :mod:`planner.renewals.totals`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import NotFound
from planner.models import Decision, RenewalCycle, ResearchTask, TaskRenewal, Track
from planner.renewals.totals import CycleTotals, totals_of

__all__ = ["CycleTotals", "all_cycle_totals", "cycle_totals"]


@dataclass(frozen=True)
class _Line:
    decision: Decision | None
    track: Track
    area: str
    budget_krw: int
    headcount: int
    gpu_allocation: int


def _lines(session: Session, year: int | None = None) -> dict[int, list[_Line]]:
    """Every cycle's lines by year (only ``year``'s when given): one query, plain rows."""
    query = (
        select(
            RenewalCycle.year,
            TaskRenewal.decision,
            ResearchTask.track,
            ResearchTask.area,
            TaskRenewal.budget_krw,
            TaskRenewal.headcount,
            TaskRenewal.gpu_allocation,
        )
        .select_from(RenewalCycle)
        .outerjoin(TaskRenewal, TaskRenewal.cycle_id == RenewalCycle.id)
        .outerjoin(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .order_by(RenewalCycle.year, ResearchTask.code)
    )
    if year is not None:
        query = query.where(RenewalCycle.year == year)
    by_year: dict[int, list[_Line]] = defaultdict(list)
    for cycle_year, decision, track, area, budget, headcount, gpus in session.execute(query):
        by_year[cycle_year]  # a cycle without tasks still has (zero) totals
        if track is not None:
            by_year[cycle_year].append(_Line(decision, track, area or "", budget, headcount, gpus))
    return by_year


def cycle_totals(session: Session, year: int) -> CycleTotals:
    """What the cycle of ``year`` adds up to (NotFound when there is no such cycle)."""
    lines = _lines(session, year)
    if year not in lines:
        raise NotFound("renewal cycle", year)
    return totals_of(year, lines[year])


def all_cycle_totals(session: Session) -> dict[int, CycleTotals]:
    """Every cycle's totals by year, oldest first (for lists and the budget-by-year chart)."""
    return {year: totals_of(year, lines) for year, lines in _lines(session).items()}
