"""What a renewal cycle adds up to: the one rule every total follows.

A task concluded in a cycle keeps its figures on record (what was last agreed), but it is not
carried out that year: it counts as 0 in every total — budget, tasks, headcount, GPUs — in
every year alike. Every screen, the command line and every document take their totals from
:func:`totals_of` (through :func:`planner.services.totals.cycle_totals` when they start from
the database), so no two places can disagree on a figure.

Plain objects in, plain objects out: anything with ``decision``, ``track``, ``area``,
``budget_krw``, ``headcount`` and ``gpu_allocation`` is a line (a task renewal, the
comparison's :class:`~planner.renewals.compare.Figures`, a window's row).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from planner.models.enums import Decision, Track


class Line(Protocol):
    @property
    def decision(self) -> Decision | None: ...

    @property
    def track(self) -> Track: ...

    @property
    def budget_krw(self) -> int: ...

    @property
    def headcount(self) -> int: ...

    @property
    def gpu_allocation(self) -> int: ...


def goes_on(decision: Decision | None) -> bool:
    """Whether a task with this decision is carried out in the cycle (and so counts)."""
    return decision != Decision.CONCLUDE


def counted_budget(line: Line) -> int:
    """The budget the line adds to its cycle's total: 0 for a concluded task."""
    return line.budget_krw if goes_on(line.decision) else 0


@dataclass(frozen=True)
class Totals:
    """Tasks going on and what they add up to."""

    tasks: int = 0
    budget_krw: int = 0
    headcount: int = 0
    gpu_allocation: int = 0

    def plus(self, line: Line) -> Totals:
        if not goes_on(line.decision):
            return self
        return Totals(
            self.tasks + 1,
            self.budget_krw + line.budget_krw,
            self.headcount + line.headcount,
            self.gpu_allocation + line.gpu_allocation,
        )


@dataclass(frozen=True)
class CycleTotals:
    """One cycle's totals: over all tracks, per track and per research area."""

    year: int
    renewals: int  # every task in the cycle, concluded ones included
    concluded: int
    undecided: int
    overall: Totals
    by_track: tuple[tuple[Track, Totals], ...]  # every track, in Track order
    by_area: tuple[tuple[Track, str, Totals], ...]  # areas with a task going on, by track, area

    @property
    def tasks(self) -> int:
        """Tasks going on (concluded ones left out)."""
        return self.overall.tasks

    @property
    def budget_krw(self) -> int:
        return self.overall.budget_krw

    @property
    def headcount(self) -> int:
        return self.overall.headcount

    @property
    def gpu_allocation(self) -> int:
        return self.overall.gpu_allocation

    def track(self, track: Track) -> Totals:
        return dict(self.by_track)[track]


def totals_of(year: int, lines: Iterable[Line]) -> CycleTotals:
    """The totals of one cycle's lines."""
    lines = list(lines)
    overall = Totals()
    tracks = dict.fromkeys(Track, Totals())
    areas: dict[tuple[Track, str], Totals] = {}
    for line in lines:
        overall = overall.plus(line)
        tracks[line.track] = tracks[line.track].plus(line)
        if goes_on(line.decision):
            key = (line.track, getattr(line, "area", "") or "")
            areas[key] = areas.get(key, Totals()).plus(line)
    return CycleTotals(
        year=year,
        renewals=len(lines),
        concluded=sum(1 for line in lines if not goes_on(line.decision)),
        undecided=sum(1 for line in lines if line.decision is None),
        overall=overall,
        by_track=tuple(tracks.items()),
        by_area=tuple(
            (track, area, totals)
            for (track, area), totals in sorted(
                areas.items(), key=lambda kv: (kv[0][0].value, kv[0][1])
            )
        ),
    )
