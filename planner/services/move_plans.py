"""Move plans: a batch of seating changes staged as a draft and applied in one step.

A draft is checked with :func:`validate_move_plan` (which move breaks which rule) and applied
with :func:`apply_move_plan`, all or nothing. :func:`apply_move_plan_for_undo` also returns
what the apply did to the assignment rows, so :func:`revert_move_plan` can take it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.db import actor_of
from planner.errors import (
    ConcurrentEdit,
    InvalidTransition,
    MovePlanHasProblems,
    PlannerError,
    ValidationError,
)
from planner.models import Desk, MovePlan, MovePlanStatus, Person, PlannedMove
from planner.models.seating import utcnow
from planner.services import seating
from planner.services._common import flush, get
from planner.services.audit import record
from planner.services.move_plan_checks import MoveProblem, past_date_problem, validate_move_plan
from planner.services.seating_undo import Difference, capture, difference, revert

__all__ = [
    "AppliedPlan",
    "MoveProblem",
    "PlanSummary",
    "apply_move_plan",
    "apply_move_plan_for_undo",
    "create_move_plan",
    "delete_move_plan",
    "discard_move_plan",
    "list_move_plans",
    "plan_summaries",
    "reopen_move_plan",
    "revert_move_plan",
    "stage_move",
    "staged_desk",
    "unstage_move",
    "update_move_plan",
    "validate_move_plan",
]


def create_move_plan(
    session: Session,
    name: str,
    effective_date: dt.date,
    note: str = "",
    *,
    plan_id: int | None = None,
) -> MovePlan:
    """A new draft plan. ``plan_id`` gives back the id a plan had, for the redo of its creation
    or the undo of its deletion: the later steps of the undo history name it by that id
    (ConcurrentEdit if another plan holds it meanwhile)."""
    if plan_id is not None and session.get(MovePlan, plan_id) is not None:
        raise ConcurrentEdit("This seating")  # a move plan is part of it (translated subject)
    plan = MovePlan(
        id=plan_id,
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
        raise InvalidTransition.from_template(
            "Move plan '%1' is %2, not a draft.", plan.name, plan.status.value
        )
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


def planned_desks(session: Session, plan_id: int, *, except_people: Collection[int] = ()) -> set[int]:
    """Desks the plan moves somebody to, leaving out the moves of ``except_people``."""
    query = select(PlannedMove.to_desk_id).where(
        PlannedMove.plan_id == plan_id, PlannedMove.to_desk_id.is_not(None), PlannedMove.person_id.not_in(except_people)
    )
    return {desk_id for desk_id in session.scalars(query) if desk_id is not None}


def staged_desk(session: Session, plan_id: int, person_id: int) -> tuple[bool, int | None]:
    """(whether the person has a move in the plan, its target desk or None for a release)."""
    move = session.scalars(
        select(PlannedMove).where(PlannedMove.plan_id == plan_id, PlannedMove.person_id == person_id)
    ).first()
    return (False, None) if move is None else (True, move.to_desk_id)


def apply_move_plan(
    session: Session, plan_id: int, *, today: dt.date | None = None, past_confirmed: bool = False
) -> seating.SeatingChange:
    """All moves take effect on the plan's date (each mover's from their arrival when that is
    later), or none does (the caller's transaction).

    Refused with :class:`MovePlanHasProblems` (naming each move and the rule it breaks) while
    :func:`validate_move_plan` finds problems. Given ``today``, a plan dated before it is
    refused too unless ``past_confirmed``: it would change past seating."""
    plan = _draft(session, plan_id)
    day = plan.effective_date
    if not plan.moves:
        raise ValidationError.from_template("move plan", "has no moves")
    past = past_date_problem(day, today) if today is not None else None
    if past is not None and not past_confirmed:
        raise MovePlanHasProblems(plan.name, [past])
    seating.lock_rows(
        session,
        tuple(m.to_desk_id for m in plan.moves if m.to_desk_id is not None),
        tuple(m.person_id for m in plan.moves),
    )
    problems = validate_move_plan(session, plan.id)
    if problems:
        raise MovePlanHasProblems(plan.name, problems)
    names = {m.person_id: m.person.name_ko for m in plan.moves}
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
            try:
                seating.assign_desk(
                    session,
                    move.person_id,
                    move.to_desk_id,
                    day,
                    keep_end[move.person_id],
                    move_plan_id=plan.id,
                )
            except PlannerError as error:
                # Someone else changed the seating since the check: still say which move failed.
                name = names[move.person_id]
                problem = MoveProblem(
                    move.person_id, name, error.code, None, str(error), f"{name}: {error}"
                )
                raise MovePlanHasProblems(plan.name, [problem]) from error
            desks.add(move.to_desk_id)
    plan.status = MovePlanStatus.APPLIED
    plan.applied_at = utcnow()
    record(session, "update", "move_plan", plan.id, "status", "draft", "applied")
    session.flush()
    return seating.SeatingChange(frozenset(people), frozenset(desks))


@dataclass(frozen=True)
class AppliedPlan:
    change: seating.SeatingChange
    rows: Difference  # what the apply did to the assignment rows; revert_move_plan takes it


def apply_move_plan_for_undo(
    session: Session, plan_id: int, *, today: dt.date | None = None, past_confirmed: bool = False
) -> AppliedPlan:
    """:func:`apply_move_plan`, also returning what changed so that it can be reverted."""
    people = [m.person_id for m in _draft(session, plan_id).moves]
    before = capture(session, people)
    change = apply_move_plan(session, plan_id, today=today, past_confirmed=past_confirmed)
    return AppliedPlan(change, difference(before, capture(session, people)))


def revert_move_plan(session: Session, plan_id: int, applied: Difference) -> seating.SeatingChange:
    """Undo an apply: the seating as it was before it, and the plan a draft again.

    Refused (:class:`ConcurrentEdit`) when those seats changed since the apply."""
    plan = get(session, MovePlan, plan_id, "move plan")
    if plan.status != MovePlanStatus.APPLIED:
        raise InvalidTransition.from_template(
            "Move plan '%1' is %2, not applied.", plan.name, plan.status.value
        )
    change = revert(session, applied)
    plan.status = MovePlanStatus.DRAFT
    plan.applied_at = None
    record(session, "update", "move_plan", plan.id, "status", "applied", "draft")
    flush(session, "move plan")
    return change


def reopen_move_plan(session: Session, plan_id: int) -> MovePlan:
    """A discarded plan becomes a draft again (the undo of a discard)."""
    plan = get(session, MovePlan, plan_id, "move plan")
    if plan.status != MovePlanStatus.DISCARDED:
        raise InvalidTransition.from_template(
            "Move plan '%1' is %2, not discarded.", plan.name, plan.status.value
        )
    plan.status = MovePlanStatus.DRAFT
    record(session, "update", "move_plan", plan.id, "status", "discarded", "draft")
    flush(session, "move plan")
    return plan


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
        raise InvalidTransition.from_template(
            "Move plan '%1' was applied; it stays in the history.", plan.name
        )
    record(session, "delete", "move_plan", plan.id, "name", plan.name, None)
    session.delete(plan)
    flush(session, "move plan")


def list_move_plans(session: Session) -> Sequence[MovePlan]:
    return session.scalars(select(MovePlan).order_by(MovePlan.effective_date.desc(), MovePlan.id)).all()


@dataclass(frozen=True)
class PlanSummary:
    """A move plan as the list of plans shows it."""

    id: int
    name: str
    effective_date: dt.date
    status: str  # a MovePlanStatus value
    moves: int
    created_by: str
    created_at: dt.datetime
    note: str


def plan_summaries(session: Session) -> list[PlanSummary]:
    counts = (
        select(PlannedMove.plan_id, func.count(PlannedMove.id).label("n"))
        .group_by(PlannedMove.plan_id)
        .subquery()
    )
    rows = session.execute(
        select(
            MovePlan.id, MovePlan.name, MovePlan.effective_date, MovePlan.status,
            func.coalesce(counts.c.n, 0), MovePlan.created_by, MovePlan.created_at, MovePlan.note,
        )
        .outerjoin(counts, counts.c.plan_id == MovePlan.id)
        .order_by(MovePlan.effective_date.desc(), MovePlan.id)
    )
    return [
        PlanSummary(pid, name, day, str(status.value), n, by or "", at, note or "")
        for pid, name, day, status, n, by, at, note in rows
    ]
