"""Writing spreadsheet imports: everything the preview planned, in one savepoint.

The parsing and planning live in :mod:`planner.io`; this module only reads what the planner
compares against (:func:`load_people_index`) and writes through the ordinary services, so every
record is validated and audited exactly as if it had been typed in the window.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import DuplicateValue, ValidationError
from planner.models import (
    Desk,
    Floor,
    Organisation,
    OrganisationKind,
    Person,
    ResearchTask,
    TaskMember,
    Zone,
    ZoneKind,
)
from planner.services._common import apply_changes, flush
from planner.services.audit import record, record_many
from planner.services.people import (
    _person_fields as person_fields,
)  # the one validation of a person
from planner.services.people import create_organisation
from planner.services.seating_undo import Difference, capture, difference
from planner.services.sites import create_desk, create_zone, update_desk
from planner.services.stays import StayTrim, apply_trims, end_participations, trims_for

_NOT_WORD = re.compile(r"[\s\-_./·,()]+")


def organisation_key(name: str) -> str:
    """Organisation names compare without case, spaces or punctuation (``K T`` = ``kt``)."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFC", name).casefold())


def guess_organisation_kind(name: str) -> OrganisationKind:
    key = organisation_key(name)
    if key.startswith("kaist") or key.startswith("카이스트") or key.startswith("한국과학기술원"):
        return OrganisationKind.KAIST
    if key.startswith("kt") or key.startswith("케이티"):
        return OrganisationKind.KT
    return OrganisationKind.OTHER


@dataclass(frozen=True)
class ImportUndo:
    """What an import changed, so that :func:`planner.services.import_undo.undo_import` can put
    it back exactly: the records it added, the fields it overwrote with their old values,
    the task lists it replaced, and the organisations or zones it created."""

    kind: str  # "people" or "desks"
    added_ids: tuple[int, ...]
    previous: dict[int, dict[str, Any]]  # record id -> field -> value before the import
    previous_tasks: dict[int, frozenset[str]] = field(default_factory=dict)  # person id -> codes
    created_ids: tuple[int, ...] = ()  # organisations (people) or zones (desks)
    seating: Difference | None = None  # assignments the new stays cut (people)


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote: counts and the names (people) or codes (desks) concerned."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    created_organisations: tuple[str, ...] = ()
    created_zones: tuple[str, ...] = ()
    undo: ImportUndo | None = field(default=None, compare=False, repr=False)
    skipped: tuple[int, ...] = ()  # file rows left out for their problems ("skip" imports)
    # Assignments cut to the new stays (planner.services.stays), as the preview announced.
    seating_trims: tuple[StayTrim, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "added_names": list(self.added),
            "changed_names": list(self.changed),
            "created_organisations": list(self.created_organisations),
            "created_zones": list(self.created_zones),
            "skipped": len(self.skipped),
            "skipped_rows": list(self.skipped),
            "seating_changes": [
                {"person": t.person, "desk": t.desk_code, "change": t.message}
                for t in self.seating_trims
            ],
        }


@dataclass(frozen=True)
class PeopleIndex:
    """The people, organisations and tasks an import compares its rows with."""

    organisations: dict[str, Organisation]
    task_ids: dict[str, int]
    task_codes: dict[int, set[str]]  # person id -> codes of their tasks
    by_email: dict[str, Person]
    by_employee_no: dict[str, Person]
    by_name_org: dict[tuple[str, int], list[Person]] = field(default_factory=dict)

    def organisation(self, name: str) -> Organisation | None:
        return self.organisations.get(organisation_key(name))


def load_people_index(session: Session) -> PeopleIndex:
    organisations: dict[str, Organisation] = {}
    for org in session.scalars(select(Organisation)):
        if org.name_en:
            organisations.setdefault(organisation_key(org.name_en), org)
    for org in session.scalars(select(Organisation)):
        organisations[organisation_key(org.name)] = org  # the Korean name wins over an English one
    tasks = {code: tid for tid, code in session.execute(select(ResearchTask.id, ResearchTask.code))}
    codes: dict[int, set[str]] = {}
    for person_id, code in session.execute(
        select(TaskMember.person_id, ResearchTask.code).join(ResearchTask)
    ):
        codes.setdefault(person_id, set()).add(code)
    by_email: dict[str, Person] = {}
    by_number: dict[str, Person] = {}
    by_name: dict[tuple[str, int], list[Person]] = {}
    for person in session.scalars(select(Person)):
        if person.email:
            by_email[person.email] = person
        if person.employee_no:
            by_number[person.employee_no] = person
        by_name.setdefault((person.name_ko, person.organisation_id), []).append(person)
    return PeopleIndex(organisations, tasks, codes, by_email, by_number, by_name)


class PlannedPerson(Protocol):
    """Read-only view of a planned row (the frozen dataclasses of planner.io)."""

    @property
    def name_ko(self) -> str: ...

    @property
    def values(self) -> dict[str, Any]: ...

    @property
    def organisation(self) -> str | None: ...

    @property
    def task_codes(self) -> tuple[str, ...] | None: ...

    @property
    def action(self) -> str: ...  # add / change / unchanged

    @property
    def person_id(self) -> int | None: ...

    @property
    def changed_fields(self) -> tuple[str, ...]: ...


def write_people(
    session: Session, rows: Sequence[PlannedPerson], new_organisations: Iterable[str]
) -> ImportSummary:
    """Create/update the planned people; a failure rolls back to before the first write.

    Same validation and audit entries as ``create_person``/``update_person``, but one flush for
    all rows instead of one per row: 10,000 people take a second instead of a minute.
    """
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    created_orgs: list[str] = []
    created_org_ids: list[int] = []
    previous: dict[int, dict[str, Any]] = {}
    previous_tasks: dict[int, frozenset[str]] = {}
    with session.begin_nested():
        # New stays cut the assignments outside them first: the database checks every stay
        # against the rows it holds when the person is written.
        new_stays = _new_stays(session, rows)
        before = capture(session, new_stays)
        trims = trims_for(session, new_stays)
        apply_trims(session, trims)
        end_participations(session, new_stays)
        seating = difference(before, capture(session, new_stays)) if trims else None
        for name in new_organisations:
            org = create_organisation(session, name, kind=guess_organisation_kind(name))
            created_orgs.append(name)
            created_org_ids.append(org.id)
        index = load_people_index(session)
        new_people: list[tuple[dict[str, Any], set[str] | None]] = []
        wanted_tasks: dict[int, set[str]] = {}
        for row in rows:
            values = {"name_ko": row.name_ko, **row.values}
            if row.organisation:
                org = index.organisation(row.organisation)
                assert org is not None, "planned rows only name known or created organisations"
                values["organisation_id"] = org.id
            codes = set(row.task_codes) if row.task_codes is not None else None
            if row.action == "add":
                new_people.append((_new_person_fields(session, values), codes))
                added.append(row.name_ko)
                continue
            assert row.person_id is not None
            if row.action == "change":
                keep = {"organisation_id" if f == "organisation" else f for f in row.changed_fields}
                previous[row.person_id] = _update_person(
                    session, row.person_id, {k: x for k, x in values.items() if k in keep}
                )
                changed.append(row.name_ko)
            else:
                unchanged.append(row.name_ko)
            if codes is not None:
                wanted_tasks[row.person_id] = codes
                previous_tasks[row.person_id] = frozenset(index.task_codes.get(row.person_id, ()))
        flush(session, "imported people")
        new_ids = _insert_people(session, [fields for fields, _ in new_people])
        for person_id, (_, codes) in zip(new_ids, new_people, strict=True):
            if codes is not None:
                wanted_tasks[person_id] = codes
        _set_memberships(session, index, wanted_tasks)
        flush(session, "imported people")
    undo = ImportUndo(
        "people", tuple(new_ids), previous, previous_tasks, tuple(created_org_ids), seating
    )
    return ImportSummary(
        tuple(added),
        tuple(changed),
        tuple(unchanged),
        tuple(created_orgs),
        undo=undo,
        seating_trims=tuple(trims),
    )


def _new_stays(
    session: Session, rows: Sequence[PlannedPerson]
) -> dict[int, tuple[Any, Any]]:
    """Person id -> (stay start, stay end) they will have, for the changed rows that change
    a stay."""
    wanted = {
        row.person_id: row.values
        for row in rows
        if row.action == "change"
        and row.person_id is not None
        and {"stay_start", "stay_end"} & set(row.changed_fields)
    }
    if not wanted:
        return {}
    ids = sorted(wanted)
    stored: dict[int, tuple[Any, Any]] = {}
    for chunk in range(0, len(ids), 500):  # short IN lists on every database
        query = select(Person.id, Person.stay_start, Person.stay_end).where(
            Person.id.in_(ids[chunk : chunk + 500])
        )
        stored.update((pid, (start, end)) for pid, start, end in session.execute(query))
    return {
        pid: (values.get("stay_start", stored[pid][0]), values.get("stay_end", stored[pid][1]))
        for pid, values in wanted.items()
        if pid in stored
    }


def _new_person_fields(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    # The organisation was found by the index; checking it again per row would cost a lookup each.
    organisation_id = values.pop("organisation_id", None)
    fields = person_fields(session, values)
    if organisation_id is not None:
        fields["organisation_id"] = organisation_id
    for key in ("name_ko", "organisation_id", "role"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    v.period("stay", fields.get("stay_start"), fields.get("stay_end"))
    return {**_PERSON_DEFAULTS, **fields}


# Every insert row carries every column, so that one executemany can take them all.
_PERSON_DEFAULTS: dict[str, Any] = {
    "name_en": "",
    "email": None,
    "employee_no": None,
    "phone": "",
    "stay_start": None,
    "stay_end": None,
    "needs": 0,
    "notes": "",
    "version": 1,
}


def _insert_returning_ids(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert on the table (Core), not through the ORM: the ORM's bulk insert drops None values
    and sends one batch per pattern of blanks. Asking the database to keep the rows' order
    (``sort_by_parameter_order``) makes SQLite insert row by row, 3x slower; instead each id is
    matched back by the columns that tell new people apart (the preview refuses two rows with
    the same e-mail, employee number, or name and organisation)."""
    table = cast(Table, Person.__table__)
    keys = [(r["email"], r["employee_no"], r["name_ko"], r["organisation_id"]) for r in rows]
    if len(set(keys)) < len(keys):  # not from a preview; keep the order the slow way
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, rows))
    statement = insert(table).returning(
        table.c.id, table.c.email, table.c.employee_no, table.c.name_ko, table.c.organisation_id
    )
    by_key = {tuple(row[1:]): row[0] for row in session.execute(statement, rows)}
    return [by_key[key] for key in keys]


def _insert_people(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new people in one statement (ORM objects would cost ~0.3 ms each) and audit them
    exactly as ``create_person`` does; returns their ids in the order given."""
    if not rows:
        return []
    try:
        with session.begin_nested():
            ids = _insert_returning_ids(session, rows)
    except IntegrityError as error:
        # Rare: two people in the file the planner could not tell apart, or a race with another
        # client; let the shared helper name it.
        raise DuplicateValue.from_template(
            "imported people", "a person with this e-mail or employee number already exists"
        ) from error
    created = ((pid, None, row["name_ko"]) for pid, row in zip(ids, rows, strict=True))
    record_many(session, "create", "person", "name_ko", created)
    return ids


def _update_person(session: Session, person_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Update the person; returns the old values of the fields given (for undo)."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError.from_template("person", "#%1 was deleted meanwhile", person_id)
    fields = person_fields(session, values)
    v.period(
        "stay", fields.get("stay_start", person.stay_start), fields.get("stay_end", person.stay_end)
    )
    old = {key: getattr(person, key) for key in fields}
    apply_changes(session, person, "person", fields)
    return old


def _set_memberships(session: Session, index: PeopleIndex, wanted: dict[int, set[str]]) -> None:
    """Each person in ``wanted`` ends up in exactly those tasks; other members stay.

    Two statements per changed task instead of ``set_task_members`` (which loads every member
    one by one); the audit entry is the same: the member count before and after.
    """
    for code, task_id in index.task_ids.items():
        current = {pid for pid, codes in index.task_codes.items() if code in codes}
        members = {pid for pid in current if pid not in wanted}
        members |= {pid for pid, codes in wanted.items() if code in codes}
        if members == current:
            continue
        leaving, joining = current - members, members - current
        if leaving:
            session.execute(
                delete(TaskMember).where(
                    TaskMember.task_id == task_id, TaskMember.person_id.in_(leaving)
                )
            )
        if joining:
            session.execute(
                insert(cast(Table, TaskMember.__table__)),
                [{"task_id": task_id, "person_id": p} for p in sorted(joining)],
            )
        record(session, "update", "research_task", task_id, "members", len(current), len(members))
        task = session.get(ResearchTask, task_id)
        if task is not None:
            session.expire(task, ["members"])


@dataclass(frozen=True)
class NewZone:
    floor_id: int
    name: str
    polygon: list[list[float]]


class PlannedDesk(Protocol):
    """Read-only view of a planned row (the frozen dataclasses of planner.io)."""

    @property
    def code(self) -> str: ...

    @property
    def floor_id(self) -> int | None: ...

    @property
    def zone(self) -> str | None: ...

    @property
    def values(self) -> dict[str, Any]: ...

    @property
    def action(self) -> str: ...

    @property
    def desk_id(self) -> int | None: ...

    @property
    def changed_fields(self) -> tuple[str, ...]: ...


def load_desk_index(
    session: Session,
) -> tuple[list[Floor], dict[tuple[int, str], Desk], dict[tuple[int, str], Zone]]:
    """Floors (with their building), desks by (site, code) and zones by (floor, name key)."""
    floors = list(session.scalars(select(Floor).options(selectinload(Floor.building))))
    desks = {(d.site_id, d.code): d for d in session.scalars(select(Desk))}
    zones = {(z.floor_id, organisation_key(z.name)): z for z in session.scalars(select(Zone))}
    return floors, desks, zones


def write_desks(
    session: Session, rows: Sequence[PlannedDesk], new_zones: Sequence[NewZone]
) -> ImportSummary:
    """Create the new zones, then create or update the planned desks, all in one savepoint.

    Desks are few (hundreds), so the ordinary per-record services are fast enough here.
    """
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    added_ids: list[int] = []
    created_zone_ids: list[int] = []
    previous: dict[int, dict[str, Any]] = {}
    with session.begin_nested():
        zone_ids: dict[tuple[int, str], int] = {}
        for zone in new_zones:
            created = create_zone(
                session,
                zone.floor_id,
                name=zone.name,
                kind=ZoneKind.OPEN_OFFICE,
                polygon=zone.polygon,
            )
            zone_ids[(zone.floor_id, organisation_key(zone.name))] = created.id
            created_zone_ids.append(created.id)
        _, _, zones = load_desk_index(session)
        zone_ids.update({key: z.id for key, z in zones.items()})
        for row in rows:
            values = dict(row.values)
            if row.zone and row.floor_id is not None:
                values["zone_id"] = zone_ids[(row.floor_id, organisation_key(row.zone))]
            if row.action == "add":
                assert row.floor_id is not None
                added_ids.append(create_desk(session, row.floor_id, code=row.code, **values).id)
                added.append(row.code)
            elif row.action == "change":
                assert row.desk_id is not None
                keep = {"zone_id" if f == "zone" else f for f in row.changed_fields}
                fields = {k: x for k, x in values.items() if k in keep}
                desk = session.get(Desk, row.desk_id)
                if desk is not None:
                    previous[row.desk_id] = {key: getattr(desk, key) for key in fields}
                update_desk(session, row.desk_id, **fields)
                changed.append(row.code)
            else:
                unchanged.append(row.code)
    created_zones = tuple(z.name for z in new_zones)
    undo = ImportUndo("desks", tuple(added_ids), previous, created_ids=tuple(created_zone_ids))
    return ImportSummary(
        tuple(added), tuple(changed), tuple(unchanged), created_zones=created_zones, undo=undo
    )
