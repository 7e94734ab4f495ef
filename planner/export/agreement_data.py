"""What an agreement is made from: plain data, gathered once from the database.

The PDF builder takes an :class:`AgreementData` and nothing else, so it can be tested and
benchmarked without a database, and the same data always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.export.korean import (
    date_en,
    date_ko,
    period_en,
    period_ko,
    thousand_won,
    won_in_english_words,
    won_in_words,
)
from planner.models.enums import CycleStatus, Decision, Track
from planner.renewals.compare import Comparison

TRACK_LABELS = {
    "ko": {Track.FOUNDATIONAL: "원천기술", Track.INDUSTRIAL: "산업AI"},
    "en": {Track.FOUNDATIONAL: "Foundational", Track.INDUSTRIAL: "Industrial AI"},
}
DECISION_LABELS = {
    "ko": {
        Decision.CONTINUE: "계속",
        Decision.MODIFY: "변경",
        Decision.CONCLUDE: "종료",
        Decision.NEW: "신규",
        None: "미정",
    },
    "en": {
        Decision.CONTINUE: "Continue",
        Decision.MODIFY: "Modify",
        Decision.CONCLUDE: "Conclude",
        Decision.NEW: "New",
        None: "Undecided",
    },
}


@dataclass(frozen=True)
class TaskLine:
    """One row of 별표 1."""

    code: str
    track: Track
    title_ko: str
    title_en: str
    pi_ko: str
    pi_en: str
    kt_ko: str
    kt_en: str
    period_start: dt.date
    period_end: dt.date
    budget_krw: int
    headcount: int
    gpu_allocation: int
    decision: Decision | None

    @property
    def concluded(self) -> bool:
        return self.decision == Decision.CONCLUDE


@dataclass(frozen=True)
class AgreementData:
    year: int
    status: CycleStatus
    signed_on: dt.date | None
    signatory_kt: str
    signatory_kaist: str
    tasks: tuple[TaskLine, ...]
    comparison: Comparison
    seats: int
    seats_date: dt.date
    signing_target: dt.date | None = None

    @property
    def doc_number(self) -> str:
        return f"KT-KAIST-AISW-{self.year}-01"

    @property
    def is_draft(self) -> bool:
        return self.status not in (CycleStatus.AGREED, CycleStatus.SIGNED)

    @property
    def running(self) -> tuple[TaskLine, ...]:
        """The tasks carried out this year (every task except those concluded)."""
        return tuple(t for t in self.tasks if not t.concluded)

    @property
    def total_krw(self) -> int:
        return sum(t.budget_krw for t in self.running)

    def track_total(self, track: Track) -> int:
        return sum(t.budget_krw for t in self.running if t.track == track)

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        tasks = self.running or self.tasks
        if not tasks:
            first = dt.date(self.year, 3, 1)
            return first, dt.date(self.year + 1, 3, 1) - dt.timedelta(days=1)
        return min(t.period_start for t in tasks), max(t.period_end for t in tasks)

    @property
    def created(self) -> dt.date:
        """The PDF's creation date, taken from the data so that rebuilding changes nothing."""
        return self.signed_on or self.signing_target or self.period[0]

    def decision_counts(self) -> dict[Decision | None, int]:
        counts: dict[Decision | None, int] = {}
        for task in self.tasks:
            counts[task.decision] = counts.get(task.decision, 0) + 1
        return counts


def _decision_summary(data: AgreementData, lang: str) -> str:
    counts = data.decision_counts()
    order = (Decision.CONTINUE, Decision.MODIFY, Decision.NEW, Decision.CONCLUDE, None)
    if lang == "ko":
        parts = [f"{DECISION_LABELS['ko'][d]} {counts[d]}개" for d in order if counts.get(d)]
    else:
        words = {
            Decision.CONTINUE: "continued",
            Decision.MODIFY: "modified",
            Decision.NEW: "new",
            Decision.CONCLUDE: "concluded",
            None: "undecided",
        }
        parts = [f"{counts[d]} {words[d]}" for d in order if counts.get(d)]
    return ", ".join(parts) if parts else ("없음" if lang == "ko" else "none")


def placeholder_values(data: AgreementData, lang: str, version: int) -> dict[str, object]:
    """Every ``{name}`` the templates may use, already written in ``lang``."""
    start, end = data.period
    ko = lang == "ko"
    return {
        "year": data.year,
        "doc_number": data.doc_number,
        "version": version,
        "period": period_ko(start, end) if ko else period_en(start, end),
        "period_start": date_ko(start) if ko else date_en(start),
        "period_end": date_ko(end) if ko else date_en(end),
        "task_count": len(data.running),
        "foundational_count": sum(1 for t in data.running if t.track == Track.FOUNDATIONAL),
        "industrial_count": sum(1 for t in data.running if t.track == Track.INDUSTRIAL),
        "concluded_count": sum(1 for t in data.tasks if t.concluded),
        "decision_summary": _decision_summary(data, lang),
        "total_words": won_in_words(data.total_krw) if ko else won_in_english_words(data.total_krw),
        "total_krw": f"{data.total_krw:,}",
        "total_thousand": thousand_won(data.total_krw),
        "seats": data.seats,
        "seats_date": date_ko(data.seats_date) if ko else date_en(data.seats_date),
        "gpu_total": sum(t.gpu_allocation for t in data.running),
        "headcount_total": sum(t.headcount for t in data.running),
    }
