"""The review before agreement: a per-cycle checklist of the institute's review items.

The items (IP terms, confidentiality, publication, budget reconciled, participants' rates,
legal review done, …) are rows of ``review_item`` that each institute edits; each is required
or not. Ticking an item for a cycle records who and when (and the audit log says so); a cycle
cannot become *agreed* while a required item is unticked (planner.renewals.workflow names it,
and planner.review_guards makes the database refuse it too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.db import actor_of
from planner.errors import NotFound, ReadOnly, ValidationError
from planner.models import CycleStatus, RenewalCycle, ReviewItem, ReviewTick
from planner.models.seating import utcnow
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record


@dataclass(frozen=True)
class ChecklistLine:
    item_id: int
    code: str
    label_ko: str
    label_en: str
    required: bool
    ticked_by: str  # "" when not ticked
    ticked_at: dt.datetime | None
    note: str

    @property
    def ticked(self) -> bool:
        return self.ticked_at is not None


def list_review_items(session: Session, *, include_inactive: bool = False) -> list[ReviewItem]:
    query = select(ReviewItem).order_by(ReviewItem.position, ReviewItem.id)
    if not include_inactive:
        query = query.where(ReviewItem.active)
    return list(session.scalars(query))


def review_item_by_code(session: Session, code: str) -> ReviewItem:
    item = session.scalars(select(ReviewItem).where(ReviewItem.code == code)).first()
    if item is None:
        raise NotFound("review item", code)
    return item


def _item_fields(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "label_ko" in values:
        out["label_ko"] = v.text("label_ko", values["label_ko"], max_len=200, required=True)
    if "label_en" in values:
        out["label_en"] = v.text("label_en", values["label_en"], max_len=200)
    for flag in ("required", "active"):
        if flag in values:
            out[flag] = bool(values[flag])
    if "position" in values:
        out["position"] = v.integer("position", values["position"], maximum=10000)
    return out


def add_review_item(session: Session, code: str, **values: Any) -> ReviewItem:
    """A new item of the institute's checklist (for every cycle not yet agreed)."""
    code = v.text("code", code, max_len=40, required=True)
    fields = _item_fields(values)
    if "label_ko" not in fields:
        raise ValidationError.from_template("label_ko", "is required")
    if "position" not in fields:
        fields["position"] = (session.scalar(select(func.max(ReviewItem.position))) or 0) + 1
    item = ReviewItem(code=code, **fields)
    session.add(item)
    flush(session, "review item")
    record(session, "create", "review_item", item.id, "code", None, item.code)
    return item


def update_review_item(session: Session, item_id: int, **values: Any) -> ReviewItem:
    item = get(session, ReviewItem, item_id, "review item")
    apply_changes(session, item, "review_item", _item_fields(values))
    flush(session, "review item")
    return item


def cycle_checklist(session: Session, cycle_id: int) -> list[ChecklistLine]:
    """The active items, each with its tick for the cycle (if any), and any inactive item
    that was ticked for it (what was reviewed stays visible)."""
    get(session, RenewalCycle, cycle_id, "renewal cycle")
    ticks = {
        t.item_id: t for t in session.scalars(select(ReviewTick).where(ReviewTick.cycle_id == cycle_id))
    }
    lines = []
    for item in list_review_items(session, include_inactive=True):
        tick = ticks.get(item.id)
        if not item.active and tick is None:
            continue
        lines.append(ChecklistLine(
            item.id, item.code, item.label_ko, item.label_en, item.required and item.active,
            tick.ticked_by if tick else "", tick.ticked_at if tick else None,
            tick.note if tick else "",
        ))
    return lines


def unticked_required(session: Session, cycle_id: int) -> list[ChecklistLine]:
    return [line for line in cycle_checklist(session, cycle_id) if line.required and not line.ticked]


def _editable(cycle: RenewalCycle) -> None:
    # What an agreed or signed cycle was reviewed for is on record (the database says so too).
    if cycle.status in (CycleStatus.AGREED, CycleStatus.SIGNED):
        raise ReadOnly.from_template(
            "The %1 cycle is %2; its review before agreement is on record and can no longer "
            "be changed.",
            cycle.year, cycle.status.value,
        )


def tick_review_item(
    session: Session, cycle_id: int, item_id: int, *, note: str = "",
    at: dt.datetime | None = None,
) -> ChecklistLine:
    """Tick an item for a cycle (who: the session's user; when: now, or ``at``)."""
    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    item = get(session, ReviewItem, item_id, "review item")
    _editable(cycle)
    note = v.text("note", note, max_len=2000, multiline=True)
    tick = session.scalars(
        select(ReviewTick).where(ReviewTick.cycle_id == cycle_id, ReviewTick.item_id == item_id)
    ).first()
    if tick is None:
        tick = ReviewTick(cycle_id=cycle_id, item_id=item_id, ticked_by=actor_of(session),
                          ticked_at=at or utcnow(), note=note)
        session.add(tick)
        flush(session, "review item")
        record(session, "create", "review_tick", tick.id, item.code, None,
               f"{cycle.year} {tick.ticked_by}")
    elif tick.note != note:
        record(session, "update", "review_tick", tick.id, "note", tick.note, note)
        tick.note = note
        flush(session, "review item")
    return ChecklistLine(item.id, item.code, item.label_ko, item.label_en, item.required,
                         tick.ticked_by, tick.ticked_at, tick.note)


def untick_review_item(session: Session, cycle_id: int, item_id: int) -> None:
    cycle = get(session, RenewalCycle, cycle_id, "renewal cycle")
    item = get(session, ReviewItem, item_id, "review item")
    _editable(cycle)
    tick = session.scalars(
        select(ReviewTick).where(ReviewTick.cycle_id == cycle_id, ReviewTick.item_id == item_id)
    ).first()
    if tick is None:
        return
    record(session, "delete", "review_tick", tick.id, item.code,
           f"{cycle.year} {tick.ticked_by} {tick.ticked_at:%Y-%m-%d %H:%M}", None)
    session.delete(tick)
    flush(session, "review item")


def tick_whole_checklist(session: Session, cycle_id: int, *, note: str = "",
                         at: dt.datetime | None = None) -> int:
    """Tick every active item not yet ticked (the demo's agreed cycle; a reviewer who has
    gone through the whole list). Returns how many were ticked now."""
    count = 0
    for line in cycle_checklist(session, cycle_id):
        if not line.ticked:
            tick_review_item(session, cycle_id, line.item_id, note=note, at=at)
            count += 1
    return count
