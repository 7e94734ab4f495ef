"""Undoing a spreadsheet import exactly, from the :class:`ImportUndo` its writing returned.

Added records are deleted, overwritten fields get their old values back (audited like any
edit), replaced task lists are restored, and the organisations or zones the import created are
deleted. What happened since the import is never thrown away silently: if an added person has
been seated or put in a move plan, or an added desk has been assigned, the undo is refused
with a message and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from planner.errors import InUse
from planner.models import Desk, Person, TaskMember
from planner.models.seating import Assignment, PlannedMove
from planner.services import stays
from planner.services._common import apply_changes, flush
from planner.services.audit import record_many
from planner.services.imports import ImportUndo, _set_memberships, load_people_index
from planner.services.people import delete_organisation
from planner.services.seating_undo import revert
from planner.services.sites import delete_desk, delete_zone

# Ids per IN (...) list: well below SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _count(session: Session, column: InstrumentedAttribute[int], ids: list[int]) -> int:
    """Rows whose ``column`` is one of ``ids``."""
    table = column.class_
    return sum(
        session.scalar(select(func.count()).select_from(table).where(column.in_(chunk))) or 0
        for chunk in _chunks(ids)
    )


def undo_import(session: Session, undo: ImportUndo) -> None:
    """Put back what the import changed, in the caller's transaction; all or (raising) none."""
    with session.begin_nested():
        if undo.kind == "people":
            _undo_people(session, undo)
        else:
            _undo_desks(session, undo)
    session.expire_all()  # rows went away through Core statements


def _undo_people(session: Session, undo: ImportUndo) -> None:
    added = list(undo.added_ids)
    seated = _count(session, Assignment.person_id, added)
    planned = _count(session, PlannedMove.person_id, added)
    if seated or planned:
        raise InUse.from_template(
            "People added by the import have %1 desk assignment(s) and %2 planned move(s) since; "
            "release or remove those before undoing the import.",
            seated,
            planned,
        )
    _refuse_cutting_seating(session, undo)
    for person_id, old in undo.previous.items():
        person = session.get(Person, person_id)
        if person is not None:
            apply_changes(session, person, "person", old)
    if undo.seating is not None:
        # The old stays are back (they held these rows before), so the cut seats can return.
        flush(session, "imported people")
        revert(session, undo.seating)
    if undo.previous_tasks:
        wanted = {pid: set(codes) for pid, codes in undo.previous_tasks.items()}
        _set_memberships(session, load_people_index(session), wanted)
    flush(session, "imported people")
    _delete_people(session, added)
    for org_id in undo.created_ids:
        delete_organisation(session, org_id)


def _refuse_cutting_seating(session: Session, undo: ImportUndo) -> None:
    """The stays the import changed come back only if no seating made since lies outside them
    (OutsideStay names the first); the seats the import itself cut are within them."""
    old_stays = {}
    for person_id, old in undo.previous.items():
        if "stay_start" not in old and "stay_end" not in old:
            continue
        person = session.get(Person, person_id)
        if person is not None:
            old_stays[person_id] = (
                old.get("stay_start", person.stay_start),
                old.get("stay_end", person.stay_end),
            )
    stays.refuse_trims(session, old_stays)


def _delete_people(session: Session, ids: list[int]) -> None:
    """Delete many people at once (the import added them at once), audited as delete_person."""
    if not ids:
        return
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        query = select(Person.id, Person.name_ko).where(Person.id.in_(chunk))
        names.update((pid, name) for pid, name in session.execute(query))
        session.execute(delete(TaskMember).where(TaskMember.person_id.in_(chunk)))
        # Tasks naming an added person as PI or KT counterpart forget them (ON DELETE SET NULL).
        session.execute(delete(Person).where(Person.id.in_(chunk)))
    deleted = ((pid, name, None) for pid, name in names.items())
    record_many(session, "delete", "person", "name_ko", deleted)


def _undo_desks(session: Session, undo: ImportUndo) -> None:
    added = list(undo.added_ids)
    used = _count(session, Assignment.desk_id, added)
    if used:
        raise InUse.from_template(
            "Desks added by the import have %1 assignment(s) since; "
            "release those before undoing the import.",
            used,
        )
    for desk_id, old in undo.previous.items():
        desk = session.get(Desk, desk_id)
        if desk is not None:
            apply_changes(session, desk, "desk", old)
    flush(session, "imported desks")
    for desk_id in added:
        delete_desk(session, desk_id)
    for zone_id in undo.created_ids:
        delete_zone(session, zone_id)
