"""The research task catalogue and its members."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import InUse, ValidationError
from planner.models import Person, ResearchTask, TaskMember, TaskRenewal, TaskStatus, Track
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record


def _task_fields(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "code" in values:
        out["code"] = v.text("code", values["code"], max_len=20, required=True).upper()
    if "title_ko" in values:
        out["title_ko"] = v.text("title_ko", values["title_ko"], max_len=300, required=True)
    if "title_en" in values:
        out["title_en"] = v.text("title_en", values["title_en"], max_len=300)
    if "track" in values:
        try:
            out["track"] = Track(values["track"])
        except ValueError:
            raise ValidationError.from_template(
                "track", "unknown track '%1'", values["track"]
            ) from None
    if "area" in values:
        out["area"] = v.text("area", values["area"], max_len=100)
    for key in ("pi_id", "kt_contact_id"):
        if key in values:
            if values[key] is not None:
                get(session, Person, values[key], "person")
            out[key] = values[key]
    if "start_year" in values:
        out["start_year"] = v.integer("start_year", values["start_year"], minimum=2000, maximum=2200)
    if "status" in values:
        try:
            out["status"] = TaskStatus(values["status"])
        except ValueError:
            raise ValidationError.from_template(
                "status", "unknown status '%1'", values["status"]
            ) from None
    if "description" in values:
        out["description"] = v.text("description", values["description"], max_len=10000, multiline=True)
    return out


def create_task(session: Session, **values: Any) -> ResearchTask:
    fields = _task_fields(session, values)
    for key in ("code", "title_ko", "track", "start_year"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    task = ResearchTask(**fields)
    session.add(task)
    flush(session, f"task {fields['code']}")
    record(session, "create", "research_task", task.id, "code", None, task.code)
    return task


def update_task(session: Session, task_id: int, **values: Any) -> ResearchTask:
    task = get(session, ResearchTask, task_id, "research task")
    apply_changes(session, task, "research_task", _task_fields(session, values))
    flush(session, f"task {task.code}")
    return task


def delete_task(session: Session, task_id: int) -> None:
    task = get(session, ResearchTask, task_id, "research task")
    cycles = session.scalar(select(func.count(TaskRenewal.id)).where(TaskRenewal.task_id == task_id))
    if cycles:
        raise InUse.from_template(
            "Task %1 appears in %2 renewal cycle(s); conclude it instead.", task.code, cycles
        )
    record(session, "delete", "research_task", task.id, "code", task.code, None)
    session.delete(task)
    flush(session, "task")


def set_task_members(session: Session, task_id: int, person_ids: Iterable[int]) -> ResearchTask:
    task = get(session, ResearchTask, task_id, "research task")
    wanted = set(person_ids)
    for person_id in wanted:
        get(session, Person, person_id, "person")
    current = set(session.scalars(select(TaskMember.person_id).where(TaskMember.task_id == task_id)))
    if wanted == current:
        return task
    session.execute(
        delete(TaskMember).where(TaskMember.task_id == task_id, TaskMember.person_id.in_(current - wanted))
    )
    session.add_all(TaskMember(task_id=task_id, person_id=pid) for pid in sorted(wanted - current))
    record(session, "update", "research_task", task.id, "members", len(current), len(wanted))
    flush(session, f"task {task.code}")
    session.expire(task, ["members"])
    return task


def list_tasks(session: Session) -> Sequence[ResearchTask]:
    return session.scalars(
        select(ResearchTask)
        .options(selectinload(ResearchTask.pi), selectinload(ResearchTask.kt_contact))
        .order_by(ResearchTask.code)
    ).all()


def tasks_by_person(session: Session) -> dict[int, list[str]]:
    """Task codes of every person, for lists and colouring."""
    result: dict[int, list[str]] = {}
    for person_id, code in session.execute(
        select(TaskMember.person_id, ResearchTask.code).join(ResearchTask).order_by(ResearchTask.code)
    ):
        result.setdefault(person_id, []).append(code)
    return result
