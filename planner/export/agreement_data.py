"""What an agreement is made from: one plain data structure, also its frozen snapshot.

:class:`AgreementData` holds everything the agreement says — tasks and figures, last year's
figures for 별표 2, the parties' signature blocks, the committed seats, the facts with their
as-of date and the wording templates themselves — and nothing else. The PDF builder takes it
and nothing else, so the same data always gives the same bytes.

When a cycle becomes *agreed* the data is stored as JSON (:func:`to_json`, schema
:data:`SCHEMA`) with its sha256, and every later copy is rebuilt from that JSON
(:func:`from_json`): later edits of people, tasks, seating or the templates, or another day,
change nothing. Other formats (HWPX, DOCX) can be rendered from the same JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from planner.errors import ValidationError
from planner.models.enums import Decision, Track
from planner.renewals.compare import Comparison, Figures, compare
from planner.renewals.totals import CycleTotals, totals_of

SCHEMA = 1  # raise when the payload's shape changes; from_json reads every older one
FINGERPRINT_LENGTH = 12  # hex digits printed in the footer

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
class Bilingual:
    ko: str = ""
    en: str = ""

    def __bool__(self) -> bool:
        return bool(self.ko or self.en)


@dataclass(frozen=True)
class BudgetItem:
    """One budget line of a task as the agreement prints it (category names as of the day)."""

    category: str
    name_ko: str
    name_en: str
    position: int
    party: str  # 'kt' or 'kaist'
    amount_krw: int
    override_reason: str = ""  # an indirect cost set by hand, not from the rate


@dataclass(frozen=True)
class TaskLine:
    """One task's figures in one cycle, with the names the agreement prints."""

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
    area: str = ""
    reason_ko: str = ""
    reason_en: str = ""
    # The budget by category (planner.services.budget); empty in data from before it (a
    # snapshot frozen then prints as it did: to_payload leaves an empty one out).
    budget: tuple[BudgetItem, ...] = ()

    @property
    def concluded(self) -> bool:
        return self.decision == Decision.CONCLUDE

    def figures(self) -> Figures:
        return Figures(
            task_code=self.code,
            title_ko=self.title_ko,
            title_en=self.title_en,
            track=self.track,
            area=self.area,
            decision=self.decision,
            budget_krw=self.budget_krw,
            period_start=self.period_start,
            period_end=self.period_end,
            headcount=self.headcount,
            gpu_allocation=self.gpu_allocation,
            reason=self.reason_ko,
        )


@dataclass(frozen=True)
class Party:
    """The signature block of one party ('kt' or 'kaist')."""

    key: str
    institution: Bilingual
    address: Bilingual
    position: Bilingual  # the representative's
    name: Bilingual
    signer_position: Bilingual = field(default_factory=Bilingual)  # a delegate who signs
    signer_name: Bilingual = field(default_factory=Bilingual)
    delegation: Bilingual = field(default_factory=Bilingual)  # the basis of the delegation

    @property
    def delegated(self) -> bool:
        return bool(self.signer_name or self.signer_position)


@dataclass(frozen=True)
class TemplateText:
    """The wording of one language as used: its version (0: the shipped default) and text."""

    version: int
    text: str


@dataclass(frozen=True)
class ParticipantLine:
    """One participating researcher of a task (참여연구원), as 별표 3 prints it."""

    code: str
    name_ko: str
    name_en: str
    organisation: str
    role: str  # a planner.models.ParticipantRole value
    rate_pct: int
    period_start: dt.date
    period_end: dt.date


@dataclass(frozen=True)
class KpiLine:
    """One KPI of a task (성과지표), with last year's line of the same name, as 별표 4 prints it."""

    code: str
    name: str
    unit: str
    target: float
    last_target: float | None = None
    last_actual: float | None = None
    name_en: str = ""
    unit_en: str = ""


@dataclass(frozen=True)
class AgreementData:
    year: int
    version: int  # the agreement's version: the freeze it is (or, for a draft, will be)
    taken_at: dt.datetime  # UTC: when frozen, or when a draft was made; the PDF's CreationDate
    tasks: tuple[TaskLine, ...]
    previous_year: int | None
    previous_tasks: tuple[TaskLine, ...]
    parties: tuple[Party, ...]  # KT first, then KAIST
    seats_committed: int | None
    seats_in_use: int  # a fact, printed in 별표 1 with its day
    seats_as_of: dt.date
    templates: dict[str, TemplateText]  # 'ko', 'en'
    # Issue 20: data frozen before these existed has none, and prints as it always did (no
    # annex, the same JSON and fingerprint: empty ones are left out of the payload).
    participants: tuple[ParticipantLine, ...] = ()
    kpis: tuple[KpiLine, ...] = ()

    @property
    def doc_number(self) -> str:
        return f"KT-KAIST-AISW-{self.year}-01"

    @property
    def running(self) -> tuple[TaskLine, ...]:
        """The tasks in force this year (every task except those concluded)."""
        return tuple(t for t in self.tasks if not t.concluded)

    @cached_property
    def totals(self) -> CycleTotals:
        """What the tasks add up to: the one rule of every total (a concluded task counts 0)."""
        return totals_of(self.year, self.tasks)

    @property
    def total_krw(self) -> int:
        return self.totals.budget_krw

    def track_total(self, track: Track) -> int:
        return self.totals.track(track).budget_krw

    @cached_property  # a frozen dataclass keeps it in its __dict__; fields are unchanged
    def comparison(self) -> Comparison:
        """The year-over-year comparison of the data's own figures (both years as recorded)."""
        return compare(
            self.year,
            [t.figures() for t in self.tasks],
            self.previous_year,
            [t.figures() for t in self.previous_tasks],
        )

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        tasks = self.running or self.tasks
        if not tasks:
            first = dt.date(self.year, 3, 1)
            return first, dt.date(self.year + 1, 3, 1) - dt.timedelta(days=1)
        return min(t.period_start for t in tasks), max(t.period_end for t in tasks)

    def party(self, key: str) -> Party:
        return next(p for p in self.parties if p.key == key)

    def decision_counts(self) -> dict[Decision | None, int]:
        counts: dict[Decision | None, int] = {}
        for task in self.tasks:
            counts[task.decision] = counts.get(task.decision, 0) + 1
        return counts


# --- JSON ------------------------------------------------------------------------------------


# Fields added to TaskLine after snapshots were first frozen: written only when not empty, so
# that data without them is the same JSON, the same fingerprint and the same PDF as before.
_LEFT_OUT_WHEN_EMPTY = frozenset({"budget"})


def _plain(value: Any) -> Any:
    if isinstance(value, Bilingual):
        return {"ko": value.ko, "en": value.en}
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (Track, Decision)):
        return value.value
    if isinstance(value, TaskLine):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if f.name not in _LEFT_OUT_WHEN_EMPTY or getattr(value, f.name)
        }
    if isinstance(value, (Party, TemplateText, BudgetItem, ParticipantLine, KpiLine)):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_payload(data: AgreementData) -> dict[str, Any]:
    payload = {f.name: _plain(getattr(data, f.name)) for f in fields(data)}
    for optional in ("participants", "kpis"):
        if not payload[optional]:
            del payload[optional]
    payload["schema"] = SCHEMA
    payload["doc_number"] = data.doc_number  # for readers of the JSON alone; derived
    return payload


def to_json(data: AgreementData) -> str:
    """Canonical JSON (sorted keys, no spaces): the same data is always the same text."""
    return json.dumps(to_payload(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(data: AgreementData) -> str:
    """The sha256 of the data's canonical JSON: what a frozen snapshot stores with it."""
    return sha256_of(to_json(data))


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _task(raw: dict[str, Any]) -> TaskLine:
    values = dict(raw)
    values["track"] = Track(values["track"])
    values["decision"] = None if values["decision"] is None else Decision(values["decision"])
    values["period_start"] = _day(values["period_start"])
    values["period_end"] = _day(values["period_end"])
    values["budget"] = tuple(BudgetItem(**item) for item in values.get("budget", ()))
    return TaskLine(**values)


def _party(raw: dict[str, Any]) -> Party:
    return Party(key=raw["key"], **{k: Bilingual(**v) for k, v in raw.items() if k != "key"})


def from_payload(payload: dict[str, Any]) -> AgreementData:
    schema = payload.get("schema")
    if schema != SCHEMA:
        raise ValidationError.from_template(
            "snapshot",
            "has format %1, this version of Lab Planner reads format %2",
            schema,
            SCHEMA,
        )
    return AgreementData(
        year=payload["year"],
        version=payload["version"],
        taken_at=dt.datetime.fromisoformat(payload["taken_at"].rstrip("Z")),
        tasks=tuple(_task(t) for t in payload["tasks"]),
        previous_year=payload["previous_year"],
        previous_tasks=tuple(_task(t) for t in payload["previous_tasks"]),
        parties=tuple(_party(p) for p in payload["parties"]),
        seats_committed=payload["seats_committed"],
        seats_in_use=payload["seats_in_use"],
        seats_as_of=_day(payload["seats_as_of"]),
        templates={k: TemplateText(**v) for k, v in payload["templates"].items()},
        participants=tuple(
            ParticipantLine(**{**p, "period_start": _day(p["period_start"]),
                               "period_end": _day(p["period_end"])})
            for p in payload.get("participants", ())
        ),
        kpis=tuple(KpiLine(**k) for k in payload.get("kpis", ())),
    )


def from_json(text: str) -> AgreementData:
    return from_payload(json.loads(text))
