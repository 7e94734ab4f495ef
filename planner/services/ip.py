"""IP disclosures (지식재산 신고): title, inventors, date, KT / KAIST shares (exactly 100 %
together, also a CHECK in the database), filing number and state, the tasks they come from.
The register (:func:`ip_rows`) is what the agreement's IP article refers to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import ValidationError
from planner.models import IpDisclosure, IpInventor, IpState, IpTask, Person, ResearchTask
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record



@dataclass(frozen=True)
class IpRow:
    id: int
    title: str
    title_en: str
    disclosed_on: dt.date
    inventors: tuple[str, ...]  # Korean names, in the disclosure's order
    inventor_ids: tuple[int, ...]
    task_codes: tuple[str, ...]
    kt_share_pct: int
    kaist_share_pct: int
    filing_no: str | None
    state: IpState
    notes: str


def check_shares(kt: int, kaist: int) -> None:
    if kt + kaist != 100:
        raise ValidationError.from_template(
            "shares",
            "the KT share (%1 %) and the KAIST share (%2 %) add up to %3 %, not 100 %",
            kt, kaist, kt + kaist,
        )


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "title" in values:
        out["title"] = v.text("title", values["title"], max_len=300, required=True)
    if "title_en" in values:
        out["title_en"] = v.text("title_en", values["title_en"], max_len=300)
    if "disclosed_on" in values:
        out["disclosed_on"] = v.day("disclosed_on", values["disclosed_on"], required=True)
    for key in ("kt_share_pct", "kaist_share_pct"):
        if key in values:
            out[key] = v.integer(key, values[key], minimum=0, maximum=100)
    if "filing_no" in values:
        out["filing_no"] = v.text("filing_no", values["filing_no"] or "", max_len=40) or None
    if "state" in values:
        try:
            out["state"] = IpState(values["state"])
        except ValueError:
            raise ValidationError.from_template("state", "unknown state '%1'", values["state"]) from None
    if "notes" in values:
        out["notes"] = v.text("notes", values["notes"], max_len=4000, multiline=True)
    return out


def _set_links(session: Session, row: IpDisclosure, inventor_ids: Iterable[int] | None,
               task_ids: Iterable[int] | None) -> None:
    if inventor_ids is not None:
        ids = list(dict.fromkeys(inventor_ids))
        if not ids:
            raise ValidationError.from_template("inventors", "name at least one inventor")
        old = ",".join(str(i.person_id) for i in row.inventors)
        for person_id in ids:
            get(session, Person, person_id, "person")
        row.inventors = [IpInventor(person_id=p, position=n) for n, p in enumerate(ids)]
        if row.id is not None and old != ",".join(map(str, ids)):
            record(session, "update", "ip_disclosure", row.id, "inventors", old, ",".join(map(str, ids)))
    if task_ids is not None:
        ids = sorted(set(task_ids))
        old = ",".join(str(t.task_id) for t in sorted(row.tasks, key=lambda t: t.task_id))
        for task_id in ids:
            get(session, ResearchTask, task_id, "research task")
        row.tasks = [IpTask(task_id=t) for t in ids]
        if row.id is not None and old != ",".join(map(str, ids)):
            record(session, "update", "ip_disclosure", row.id, "tasks", old, ",".join(map(str, ids)))


def add_disclosure(
    session: Session, *, inventor_ids: Iterable[int], task_ids: Iterable[int] = (), **values: Any
) -> IpDisclosure:
    fields = _fields(values)
    for key in ("title", "disclosed_on", "kt_share_pct", "kaist_share_pct"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    check_shares(fields["kt_share_pct"], fields["kaist_share_pct"])
    row = IpDisclosure(**fields)
    _set_links(session, row, inventor_ids, task_ids)
    session.add(row)
    flush(session, "IP disclosure")
    record(session, "create", "ip_disclosure", row.id, "title", None, row.title)
    return row


def update_disclosure(
    session: Session, disclosure_id: int, *, inventor_ids: Iterable[int] | None = None,
    task_ids: Iterable[int] | None = None, **values: Any,
) -> IpDisclosure:
    row = get(session, IpDisclosure, disclosure_id, "IP disclosure")
    fields = _fields(values)
    check_shares(fields.get("kt_share_pct", row.kt_share_pct),
                 fields.get("kaist_share_pct", row.kaist_share_pct))
    apply_changes(session, row, "ip_disclosure", fields)
    _set_links(session, row, inventor_ids, task_ids)
    flush(session, "IP disclosure")
    return row


def remove_disclosure(session: Session, disclosure_id: int) -> None:
    row = get(session, IpDisclosure, disclosure_id, "IP disclosure")
    record(session, "delete", "ip_disclosure", row.id, "title", row.title, None)
    session.delete(row)
    flush(session, "IP disclosure")


def ip_rows(session: Session, *, task_code: str | None = None) -> list[IpRow]:
    """The register: every disclosure by date, then title."""
    found = session.scalars(
        select(IpDisclosure).options(
            selectinload(IpDisclosure.inventors).selectinload(IpInventor.person),
            selectinload(IpDisclosure.tasks).selectinload(IpTask.task),
        )
    ).all()
    rows = [
        IpRow(
            id=d.id, title=d.title, title_en=d.title_en, disclosed_on=d.disclosed_on,
            inventors=tuple(i.person.name_ko for i in d.inventors),
            inventor_ids=tuple(i.person_id for i in d.inventors),
            task_codes=tuple(sorted(t.task.code for t in d.tasks)),
            kt_share_pct=d.kt_share_pct, kaist_share_pct=d.kaist_share_pct,
            filing_no=d.filing_no, state=d.state, notes=d.notes,
        )
        for d in found
    ]
    if task_code is not None:
        rows = [r for r in rows if task_code in r.task_codes]
    rows.sort(key=lambda r: (r.disclosed_on, r.title, r.id))
    return rows


def task_ids(session: Session, codes: Iterable[str]) -> list[int]:
    """The ids of the tasks with these codes; NotFound names the first unknown code."""
    from planner.errors import NotFound

    found = []
    for code in codes:
        task_id = session.scalar(select(ResearchTask.id).where(ResearchTask.code == code.strip().upper()))
        if task_id is None:
            raise NotFound("research task", code)
        found.append(task_id)
    return found
