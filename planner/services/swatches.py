"""Every organisation's and research task's swatch, read once for a screen or a document.

The window's floor plan, the seating chart, name plates and occupancy charts all take their
colours from here, so one organisation is one RGB wherever it appears (planner.palette).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import Organisation, ResearchTask
from planner.models.enums import TaskStatus
from planner.palette import INACTIVE, VACANT, Swatch, badges, organisation_swatch, task_swatch


@dataclass(frozen=True)
class Swatches:
    organisations: dict[int, Swatch] = field(default_factory=dict)
    badges: dict[int, str] = field(default_factory=dict)  # organisation id -> "KT", "딥"
    # The same from the English names (the Korean one where there is none): "KT", "DV"…
    badges_en: dict[int, str] = field(default_factory=dict)
    tasks: dict[str, Swatch] = field(default_factory=dict)  # by task code
    ended_tasks: frozenset[str] = frozenset()  # codes of concluded tasks
    ids: dict[str, int] = field(default_factory=dict)  # organisation name -> id (names are unique)

    def organisation(self, organisation_id: int | None) -> Swatch:
        """An organisation's swatch; one not read yet (created since) by its id alone."""
        if organisation_id is None:
            return VACANT
        found = self.organisations.get(organisation_id)
        return found if found is not None else organisation_swatch(organisation_id)

    def organisation_named(self, name: str | None) -> Swatch:
        """For rows that carry the organisation's (unique) name: its identity's swatch."""
        return VACANT if not name else self.organisation(self.ids.get(name, -1))

    def badge_named(self, name: str | None) -> str:
        return self.badges.get(self.ids.get(name or "", -1), "")

    def task(self, code: str | None) -> Swatch:
        if not code:
            return INACTIVE
        found = self.tasks.get(code)
        return found if found is not None else task_swatch(0)


def read_swatches(session: Session) -> Swatches:
    organisations = session.execute(
        select(Organisation.id, Organisation.name, Organisation.kind, Organisation.name_en)
    ).all()
    tasks = session.execute(select(ResearchTask.id, ResearchTask.code, ResearchTask.status)).all()
    ended = frozenset(code for _id, code, status in tasks if status == TaskStatus.CONCLUDED)
    return Swatches(
        organisations={
            oid: organisation_swatch(oid, str(kind.value)) for oid, _n, kind, _en in organisations
        },
        badges=badges((oid, name) for oid, name, _kind, _en in organisations),
        badges_en=badges((oid, en or name) for oid, name, _kind, en in organisations),
        tasks={code: task_swatch(tid, code in ended) for tid, code, _s in tasks},
        ended_tasks=ended,
        ids={name: oid for oid, name, _kind, _en in organisations},
    )
