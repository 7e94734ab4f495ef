"""Year-over-year comparison of two cycles, per task and in totals by track.

Plain objects in, plain objects out; the agreement's 별표 2 (당초 / 변경 / 변경사유) and the
comparison view are both built from :class:`Comparison`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from planner.models.enums import Decision, Track
from planner.renewals.totals import counted_budget, goes_on, totals_of


@dataclass(frozen=True)
class Figures:
    """One task's figures in one cycle."""

    task_code: str
    title_ko: str
    title_en: str
    track: Track
    area: str
    decision: Decision | None
    budget_krw: int
    period_start: dt.date
    period_end: dt.date
    headcount: int
    gpu_allocation: int
    reason: str = ""


@dataclass(frozen=True)
class Change:
    """One figure that differs: label, before (당초), after (변경)."""

    item: str
    before: str
    after: str


@dataclass(frozen=True)
class TaskComparison:
    task_code: str
    title_ko: str
    title_en: str
    track: Track
    decision: Decision | None
    previous: Figures | None
    current: Figures | None
    reason: str
    changes: tuple[Change, ...]

    @property
    def budget_before(self) -> int:
        return counted_budget(self.previous) if self.previous else 0

    @property
    def budget_after(self) -> int:
        return self.current.budget_krw if self.current and goes_on(self.decision) else 0

    @property
    def budget_delta(self) -> int:
        return self.budget_after - self.budget_before

    @property
    def budget_delta_pct(self) -> float | None:
        """None when there was no budget before (a new task): no percentage to speak of."""
        if not self.budget_before:
            return None
        return 100.0 * self.budget_delta / self.budget_before


@dataclass(frozen=True)
class TrackTotals:
    track: Track | None  # None: all tracks together (see :func:`all_tracks`)
    tasks_before: int
    tasks_after: int
    budget_before: int
    budget_after: int
    headcount_before: int
    headcount_after: int
    gpu_before: int
    gpu_after: int

    @property
    def budget_delta(self) -> int:
        return self.budget_after - self.budget_before

    @property
    def budget_delta_pct(self) -> float | None:
        return None if not self.budget_before else 100.0 * self.budget_delta / self.budget_before


@dataclass(frozen=True)
class Comparison:
    year: int
    previous_year: int | None
    tasks: tuple[TaskComparison, ...]
    totals: tuple[TrackTotals, ...]
    decision_counts: dict[str, int] = field(default_factory=dict)

    @property
    def budget_before(self) -> int:
        return sum(t.budget_before for t in self.totals)

    @property
    def budget_after(self) -> int:
        return sum(t.budget_after for t in self.totals)


def all_tracks(totals: Iterable[TrackTotals]) -> TrackTotals:
    """The line of totals over every track."""
    totals = list(totals)
    fields = ("tasks_before", "tasks_after", "budget_before", "budget_after",
              "headcount_before", "headcount_after", "gpu_before", "gpu_after")
    return TrackTotals(None, *(sum(getattr(t, f) for t in totals) for f in fields))


def _won(amount: int) -> str:
    return f"{amount:,}원"


def _period(f: Figures) -> str:
    return f"{f.period_start.isoformat()} ~ {f.period_end.isoformat()}"


def _changes(before: Figures | None, after: Figures | None, decision: Decision | None) -> tuple[Change, ...]:
    if after is None or decision == Decision.CONCLUDE:
        return (Change("과제", "수행", "종료"),) if before is not None else ()
    if before is None:
        return (Change("과제", "-", "신규"),)
    changes = []
    if before.budget_krw != after.budget_krw:
        changes.append(Change("연구비", _won(before.budget_krw), _won(after.budget_krw)))
    if before.headcount != after.headcount:
        changes.append(Change("참여인원", f"{before.headcount}명", f"{after.headcount}명"))
    if before.gpu_allocation != after.gpu_allocation:
        changes.append(Change("GPU", f"{before.gpu_allocation}장", f"{after.gpu_allocation}장"))
    if (before.title_ko, before.title_en) != (after.title_ko, after.title_en):
        changes.append(Change("과제명", before.title_ko, after.title_ko))
    # Periods move by a year at every renewal; only a change of length is a change.
    if (before.period_end - before.period_start) != (after.period_end - after.period_start):
        changes.append(Change("연구기간", _period(before), _period(after)))
    return tuple(changes)


def compare(
    year: int, current: Iterable[Figures], previous_year: int | None, previous: Iterable[Figures]
) -> Comparison:
    now = {f.task_code: f for f in current}
    before = {f.task_code: f for f in previous}
    rows = []
    for code in sorted(now.keys() | before.keys()):
        cur, prev = now.get(code), before.get(code)
        if cur is None and prev is not None and prev.decision == Decision.CONCLUDE:
            continue  # ended last year: nothing of it carries into this year's comparison
        ref = cur or prev
        assert ref is not None
        decision = cur.decision if cur else Decision.CONCLUDE
        rows.append(TaskComparison(
            task_code=code, title_ko=ref.title_ko, title_en=ref.title_en, track=ref.track,
            decision=decision, previous=prev, current=cur, reason=cur.reason if cur else "",
            changes=_changes(prev, cur, decision),
        ))
    # Both sides are the cycles' own totals (planner.renewals.totals), so that "before" is
    # what last year's cycle shows and "after" what this year's shows, to the won.
    this_year = totals_of(year, now.values())
    last_year = totals_of(previous_year or 0, before.values())
    totals = [
        TrackTotals(
            track=track,
            tasks_before=last_year.track(track).tasks,
            tasks_after=this_year.track(track).tasks,
            budget_before=last_year.track(track).budget_krw,
            budget_after=this_year.track(track).budget_krw,
            headcount_before=last_year.track(track).headcount,
            headcount_after=this_year.track(track).headcount,
            gpu_before=last_year.track(track).gpu_allocation,
            gpu_after=this_year.track(track).gpu_allocation,
        )
        for track in Track
    ]
    counts = {d.value: 0 for d in Decision}
    counts["undecided"] = 0
    for r in rows:
        if r.current is None:
            continue  # a task that simply stopped appearing is not a decision of this year
        counts[r.decision.value if r.decision else "undecided"] += 1
    return Comparison(year, previous_year, tuple(rows), tuple(totals), counts)
