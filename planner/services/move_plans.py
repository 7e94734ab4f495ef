"""Move plans: a batch of seating changes staged as a draft and applied in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.db import actor_of
from planner.errors import InvalidTransition, ValidationError
from planner.models import Desk, MovePlan, MovePlanStatus, Person, PlannedMove
from planner.models.seating import utcnow
from planner.services import seating
from planner.services._common import flush, get
from planner.services.audit import record


def create_move_plan(session: Session, name: str, effective_date: dt.date, note: str = "") -> MovePlan:
    plan = MovePlan(
        name=v.text("name", name, max_len=200, required=True),
        effective_date=v.day("effective_date", effective_date, required=True),
        note=v.text("note", note, max_len=4000, multiline=True),
        created_by=actor_of(session),
    )
    session.add(plan)
    flush(session, "move plan")
    record(session, "create", "move_plan", plan.id, "name", None, plan.name)
    return plan


def _draft(session: Session, plan_id: int) -> MovePlan:
    plan = get(session, MovePlan, plan_id, "move plan")
    if plan.status != MovePlanStatus.DRAFT:
        raise InvalidTransition(f"Move plan '{plan.name}' is {plan.status.value}, not a draft.")
    return plan


def stage_move(session: Session, plan_id: int, person_id: int, to_desk_id: int | None) -> PlannedMove:
    """Add or replace this person's move in the plan (``None`` = release)."""
    plan = _draft(session, plan_id)
    get(session, Person, person_id, "person")
    if to_desk_id is not None:
        get(session, Desk, to_desk_id, "desk")
    move = session.scalars(
        select(PlannedMove).where(PlannedMove.plan_id == plan.id, PlannedMove.person_id == person_id)
    ).first()
    if move is None:
        move = PlannedMove(plan_id=plan.id, person_id=person_id, to_desk_id=to_desk_id)
        session.add(move)
    else:
        move.to_desk_id = to_desk_id
    flush(session, "planned move")
    return move


def unstage_move(session: Session, plan_id: int, person_id: int) -> None:
    plan = _draft(session, plan_id)
    move = session.scalars(
        select(PlannedMove).where(PlannedMove.plan_id == plan.id, PlannedMove.person_id == person_id)
    ).first()
    if move is not None:
        session.delete(move)
        flush(session, "planned move")


def apply_move_plan(session: Session, plan_id: int) -> seating.SeatingChange:
    """All moves take effect on the plan's date, or none does (the caller's transaction)."""
    plan = _draft(session, plan_id)
    day = plan.effective_date
    if not plan.moves:
        raise ValidationError("move plan", "has no moves")
    seating.lock_rows(
        session,
        tuple(m.to_desk_id for m in plan.moves if m.to_desk_id is not None),
        tuple(m.person_id for m in plan.moves),
    )
    people: set[int] = set()
    desks: set[int] = set()
    # Free every seat first so chains and rings of moves (A→B's desk, B→A's desk) work.
    keep_end: dict[int, dt.date | None] = {}
    for move in plan.moves:
        current = seating.assignment_on(session, move.person_id, day)
        keep_end[move.person_id] = current.end_date if current else None
        if current is not None:
            desks.add(current.desk_id)
            seating._end_before(session, current, day)
    session.flush()
    for move in plan.moves:
        people.add(move.person_id)
        if move.to_desk_id is not None:
            seating.assign_desk(
                session, move.person_id, move.to_desk_id, day, keep_end[move.person_id], move_plan_id=plan.id
            )
            desks.add(move.to_desk_id)
    plan.status = MovePlanStatus.APPLIED
    plan.applied_at = utcnow()
    record(session, "update", "move_plan", plan.id, "status", "draft", "applied")
    session.flush()
    return seating.SeatingChange(frozenset(people), frozenset(desks))


def discard_move_plan(session: Session, plan_id: int) -> MovePlan:
    plan = _draft(session, plan_id)
    plan.status = MovePlanStatus.DISCARDED
    record(session, "update", "move_plan", plan.id, "status", "draft", "discarded")
    flush(session, "move plan")
    return plan


def update_move_plan(session: Session, plan_id: int, **values) -> MovePlan:
    plan = _draft(session, plan_id)
    if "name" in values:
        new = v.text("name", values["name"], max_len=200, required=True)
        if new != plan.name:
            record(session, "update", "move_plan", plan.id, "name", plan.name, new)
            plan.name = new
    if "effective_date" in values:
        new_day = v.day("effective_date", values["effective_date"], required=True)
        if new_day != plan.effective_date:
            record(session, "update", "move_plan", plan.id, "effective_date", plan.effective_date, new_day)
            plan.effective_date = new_day
    if "note" in values:
        plan.note = v.text("note", values["note"], max_len=4000, multiline=True)
    flush(session, "move plan")
    return plan


def delete_move_plan(session: Session, plan_id: int) -> None:
    """Drafts and discarded plans only: an applied plan is part of the seating history."""
    plan = get(session, MovePlan, plan_id, "move plan")
    if plan.status == MovePlanStatus.APPLIED:
        raise InvalidTransition(f"Move plan '{plan.name}' was applied; it stays in the history.")
    record(session, "delete", "move_plan", plan.id, "name", plan.name, None)
    session.delete(plan)
    flush(session, "move plan")


def list_move_plans(session: Session) -> Sequence[MovePlan]:
    return session.scalars(select(MovePlan).order_by(MovePlan.effective_date.desc(), MovePlan.id)).all()
