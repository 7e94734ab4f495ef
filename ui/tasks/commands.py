"""Creating, editing and deleting a research task, each as one QUndoCommand.

``apply`` and ``revert`` call the task services inside their own
``with sessions() as s, s.begin():``. A command runs once *before* it is pushed
(:func:`run_and_push`): when a service refuses (a duplicate code, a task still in a cycle),
nothing was written, the error is shown and nothing lands on the stack.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import NotFound
from planner.models import ResearchTask, TaskMember
from planner.services import tasks
from planner.sharing import ChangedByOther, last_change
from ui.action_command import ActionCommand, ShowError, run_and_push  # noqa: F401 - re-exported
from ui.i18n import fill

CONTEXT = "TaskCommands"



def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class TaskValues:
    """Everything the task dialog edits; what the services take, plus the members."""

    code: str
    title_ko: str
    title_en: str
    track: str  # a planner.models.Track value
    area: str
    pi_id: int | None
    kt_contact_id: int | None
    start_year: int
    status: str  # a planner.models.TaskStatus value
    description: str
    member_ids: tuple[int, ...] = ()

    def fields(self) -> dict:
        values = asdict(self)
        del values["member_ids"]
        return values


def read_task(session: Session, task_id: int) -> TaskValues:
    task = session.get(ResearchTask, task_id)
    if task is None:
        raise NotFound(f"research task {task_id} not found")
    members = session.scalars(
        select(TaskMember.person_id)
        .where(TaskMember.task_id == task_id)
        .order_by(TaskMember.person_id)
    )
    return TaskValues(
        code=task.code,
        title_ko=task.title_ko,
        title_en=task.title_en or "",
        track=str(task.track.value),
        area=task.area or "",
        pi_id=task.pi_id,
        kt_contact_id=task.kt_contact_id,
        start_year=task.start_year,
        status=str(task.status.value),
        description=task.description or "",
        member_ids=tuple(members),
    )


def _create(session: Session, values: TaskValues) -> int:
    task = tasks.create_task(session, **values.fields())
    if values.member_ids:
        tasks.set_task_members(session, task.id, values.member_ids)
    return task.id


class TaskCommand(ActionCommand):
    """A change of the task catalogue (one transaction per redo and undo)."""


class CreateTaskCommand(TaskCommand):
    def __init__(self, sessions: sessionmaker[Session], values: TaskValues, **kwargs) -> None:
        super().__init__(sessions, fill(_tr("New task %1"), values.code.strip().upper()), **kwargs)
        self.values = values
        self.task_id: int | None = None

    def apply(self, session: Session) -> None:
        self.task_id = _create(session, self.values)

    def revert(self, session: Session) -> None:
        if self.task_id is not None:
            tasks.delete_task(session, self.task_id)


class EditTaskCommand(TaskCommand):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        task_id: int,
        before: TaskValues,
        after: TaskValues,
        **kwargs,
    ) -> None:
        super().__init__(sessions, fill(_tr("Edit task %1"), before.code), **kwargs)
        self.task_id = task_id
        self.before = before
        self.after = after

    def _set(self, session: Session, values: TaskValues, other: TaskValues) -> None:
        old, new = other.fields(), values.fields()
        changed = {key: value for key, value in new.items() if old[key] != value}
        _refuse_if_changed_meanwhile(session, self.task_id, old, changed, self.text())
        if changed:
            tasks.update_task(session, self.task_id, **changed)
        if values.member_ids != other.member_ids:
            tasks.set_task_members(session, self.task_id, values.member_ids)

    def apply(self, session: Session) -> None:
        self._set(session, self.after, self.before)

    def revert(self, session: Session) -> None:
        self._set(session, self.before, self.after)


def _refuse_if_changed_meanwhile(
    session: Session, task_id: int, seen: dict, changed: dict, what: str
) -> None:
    """Shared mode: a field this edit changes was saved by someone else since the dialog
    read it. Theirs is kept and the user is told who (never a silent overwrite)."""
    if not changed or session.get(ResearchTask, task_id) is None:
        return  # nothing to compare; a deleted task is reported by the service
    now = read_task(session, task_id).fields()
    if any(now[key] != seen[key] for key in changed):
        entry = last_change(session, "research_task", [task_id])
        raise ChangedByOther(what, entry.actor if entry else None, entry.at if entry else None)


class DeleteTaskCommand(TaskCommand):
    """Undone by creating the task again from what it was (it gets a new id)."""

    def __init__(
        self, sessions: sessionmaker[Session], task_id: int, values: TaskValues, **kwargs
    ) -> None:
        super().__init__(sessions, fill(_tr("Delete task %1"), values.code), **kwargs)
        self.task_id = task_id
        self.values = values

    def apply(self, session: Session) -> None:
        tasks.delete_task(session, self.task_id)

    def revert(self, session: Session) -> None:
        self.task_id = _create(session, self.values)
