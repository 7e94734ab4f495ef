"""Every edit of a participant, a KPI or an IP disclosure as one QUndoCommand.

A :class:`Kind` says how one kind of record is added, changed, removed and read (through
planner.services); :class:`AddCommand`, :class:`EditCommand` and :class:`RemoveCommand` do the
rest, on the renewal commands' footing (ui.renewals.commands: run once before the push, each
step one transaction, a refusal shown and nothing pushed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session, sessionmaker

from planner.models import IpDisclosure, TaskKpi, TaskParticipant
from planner.services import ip, kpis, participants
from ui.i18n import fill
from ui.renewals.commands import RenewalCommand

CONTEXT = "ResearchCommands"
Values = dict[str, Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Kind:
    add: Callable[[Session, Values], int]
    update: Callable[[Session, int, Values], None]
    remove: Callable[[Session, int, bool], None]  # (session, id, as the user's own removal)
    read: Callable[[Session, int], Values]


def _add_participant(s: Session, v: Values) -> int:
    return participants.add_participant(
        s, v["renewal_id"], v["person_id"], role=v["role"], rate_pct=v["rate_pct"],
        period_start=v.get("period_start"), period_end=v.get("period_end"),
    ).id


def _read_participant(s: Session, key: int) -> Values:
    row = s.get(TaskParticipant, key)
    return {"renewal_id": row.renewal_id, "person_id": row.person_id, "role": row.role,
            "rate_pct": row.rate_pct, "period_start": row.period_start, "period_end": row.period_end}


PARTICIPANT = Kind(
    add=_add_participant,
    update=lambda s, key, v: participants.update_participant(
        s, key, **{k: v[k] for k in ("role", "rate_pct", "period_start", "period_end") if k in v}),
    remove=lambda s, key, own: participants.remove_participant(s, key, keep_pi=own),
    read=_read_participant,
)


def _read_kpi(s: Session, key: int) -> Values:
    row = s.get(TaskKpi, key)
    return {"renewal_id": row.renewal_id, "name": row.name, "name_en": row.name_en,
            "unit": row.unit, "unit_en": row.unit_en,
            "target": row.target, "actual": row.actual}


KPI = Kind(
    add=lambda s, v: kpis.add_kpi(s, v["renewal_id"], **{k: v[k] for k in v if k != "renewal_id"}).id,
    update=lambda s, key, v: kpis.update_kpi(s, key, **{k: v[k] for k in v if k != "renewal_id"}),
    remove=lambda s, key, _own: kpis.remove_kpi(s, key),
    read=_read_kpi,
)


def _read_ip(s: Session, key: int) -> Values:
    row = s.get(IpDisclosure, key)
    return {"title": row.title, "title_en": row.title_en, "disclosed_on": row.disclosed_on,
            "kt_share_pct": row.kt_share_pct, "kaist_share_pct": row.kaist_share_pct,
            "filing_no": row.filing_no, "state": row.state, "notes": row.notes,
            "inventor_ids": [i.person_id for i in row.inventors],
            "task_ids": sorted(t.task_id for t in row.tasks)}


IP = Kind(
    add=lambda s, v: ip.add_disclosure(s, **v).id,
    update=lambda s, key, v: ip.update_disclosure(s, key, **v),
    remove=lambda s, key, _own: ip.remove_disclosure(s, key),
    read=_read_ip,
)


class AddCommand(RenewalCommand):
    def __init__(self, sessions: sessionmaker[Session], kind: Kind, text: str, year: int,
                 values: Values, **kwargs) -> None:
        super().__init__(sessions, text, year, **kwargs)
        self.kind, self.values = kind, dict(values)
        self.key: int | None = None

    def apply(self, session: Session) -> None:
        self.key = self.kind.add(session, self.values)

    def revert(self, session: Session) -> None:
        if self.key is not None:
            self.kind.remove(session, self.key, False)


class EditCommand(RenewalCommand):
    def __init__(self, sessions: sessionmaker[Session], kind: Kind, text: str, year: int,
                 key: int, before: Values, after: Values, **kwargs) -> None:
        super().__init__(sessions, text, year, **kwargs)
        self.kind, self.key = kind, key
        changed = [k for k in after if after[k] != before.get(k)]
        self.before = {k: before[k] for k in changed}
        self.after = {k: after[k] for k in changed}

    def apply(self, session: Session) -> None:
        self.kind.update(session, self.key, self.after)

    def revert(self, session: Session) -> None:
        self.kind.update(session, self.key, self.before)


class RemoveCommand(RenewalCommand):
    """Removing a record; undo adds it back with the same values (a new row)."""

    def __init__(self, sessions: sessionmaker[Session], kind: Kind, text: str, year: int,
                 key: int, **kwargs) -> None:
        super().__init__(sessions, text, year, **kwargs)
        self.kind, self.key = kind, key
        self.values: Values = {}

    def apply(self, session: Session) -> None:
        self.values = self.kind.read(session, self.key)
        self.kind.remove(session, self.key, True)

    def revert(self, session: Session) -> None:
        self.key = self.kind.add(session, self.values)


def add_participant_text(name: str, code: str) -> str:
    return fill(_tr("Add %1 to %2"), name, code)


def edit_participant_text(name: str, code: str) -> str:
    return fill(_tr("Change %1 in %2"), name, code)


def remove_participant_text(name: str, code: str) -> str:
    return fill(_tr("Remove %1 from %2"), name, code)


def kpi_text(action: str, name: str, code: str) -> str:
    texts = {"add": _tr("Add KPI %1 of %2"), "edit": _tr("Change KPI %1 of %2"),
             "remove": _tr("Remove KPI %1 of %2")}
    return fill(texts[action], name, code)


def ip_text(action: str, title: str) -> str:
    texts = {"add": _tr("Record IP disclosure %1"), "edit": _tr("Change IP disclosure %1"),
             "remove": _tr("Remove IP disclosure %1")}
    return fill(texts[action], title)
