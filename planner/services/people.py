"""Organisations and people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import validation as v
from planner.errors import InUse, ValidationError
from planner.models import (
    Assignment,
    DeskFeature,
    Organisation,
    OrganisationKind,
    Person,
    ResearchTask,
    Role,
    TaskMember,
)
from planner.services import stays
from planner.services._common import apply_changes, flush, get
from planner.services.audit import record


def create_organisation(
    session: Session, name: str, name_en: str = "", kind: OrganisationKind | str = OrganisationKind.OTHER
) -> Organisation:
    try:
        kind = OrganisationKind(kind)
    except ValueError:
        raise ValidationError.from_template(
            "kind", "unknown organisation kind '%1'", kind
        ) from None
    org = Organisation(
        name=v.text("name", name, max_len=200, required=True),
        name_en=v.text("name_en", name_en, max_len=200),
        kind=kind,
    )
    session.add(org)
    flush(session, f"organisation {org.name}")
    record(session, "create", "organisation", org.id, "name", None, org.name)
    return org


def update_organisation(session: Session, org_id: int, **values: Any) -> Organisation:
    org = get(session, Organisation, org_id, "organisation")
    fields: dict[str, Any] = {}
    if "name" in values:
        fields["name"] = v.text("name", values["name"], max_len=200, required=True)
    if "name_en" in values:
        fields["name_en"] = v.text("name_en", values["name_en"], max_len=200)
    if "kind" in values:
        fields["kind"] = OrganisationKind(values["kind"])
    apply_changes(session, org, "organisation", fields)
    flush(session, f"organisation {org.name}")
    return org


def delete_organisation(session: Session, org_id: int) -> None:
    org = get(session, Organisation, org_id, "organisation")
    members = session.scalar(select(func.count(Person.id)).where(Person.organisation_id == org_id))
    if members:
        raise InUse.from_template("%1 still has %2 people.", org.name, members)
    record(session, "delete", "organisation", org.id, "name", org.name, None)
    session.delete(org)
    flush(session, "organisation")


def _person_fields(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "name_ko" in values:
        out["name_ko"] = v.text("name_ko", values["name_ko"], max_len=100, required=True)
    if "name_en" in values:
        out["name_en"] = v.text("name_en", values["name_en"], max_len=200)
    if "organisation_id" in values:
        get(session, Organisation, values["organisation_id"], "organisation")
        out["organisation_id"] = values["organisation_id"]
    if "role" in values:
        try:
            out["role"] = Role(values["role"])
        except ValueError:
            raise ValidationError.from_template(
                "role", "unknown role '%1'", values["role"]
            ) from None
    if "email" in values:
        out["email"] = v.email("email", values["email"])
    if "employee_no" in values:
        out["employee_no"] = v.text("employee_no", values["employee_no"], max_len=40) or None
    if "phone" in values:
        out["phone"] = v.text("phone", values["phone"], max_len=40)
    if "stay_start" in values:
        out["stay_start"] = v.day("stay_start", values["stay_start"])
    if "stay_end" in values:
        out["stay_end"] = v.day("stay_end", values["stay_end"])
    if "needs" in values:
        needs = values["needs"]
        try:
            out["needs"] = int(DeskFeature(needs) if isinstance(needs, int) else DeskFeature.parse(needs))
        except (KeyError, ValueError):
            raise ValidationError.from_template("needs", "unknown need in '%1'", needs) from None
    if "notes" in values:
        out["notes"] = v.text("notes", values["notes"], max_len=4000, multiline=True)
    return out


def create_person(session: Session, **values: Any) -> Person:
    fields = _person_fields(session, values)
    for key in ("name_ko", "organisation_id", "role"):
        if key not in fields:
            raise ValidationError.from_template(key, "is required")
    v.period("stay", fields.get("stay_start"), fields.get("stay_end"))
    person = Person(**fields)
    session.add(person)
    flush(session, f"person {person.name_ko}")
    record(session, "create", "person", person.id, "name_ko", None, person.name_ko)
    return person


def update_person(
    session: Session, person_id: int, *, keep_seating: bool = False, **values: Any
) -> Person:
    """Change the person's fields. A new stay that leaves some of their assignments outside it
    cuts them to it in the same transaction (planner.services.stays; ``stay_consequences``
    says beforehand what that would be) — or, with ``keep_seating`` (an undo putting an old
    stay back), is refused with OutsideStay, so that no seating made since is thrown away."""
    person = get(session, Person, person_id, "person")
    fields = _person_fields(session, values)
    stay = fields.get("stay_start", person.stay_start), fields.get("stay_end", person.stay_end)
    v.period("stay", *stay)
    if stay != (person.stay_start, person.stay_end):
        if keep_seating:
            stays.refuse_trims(session, {person.id: stay})
        stays.trim_to_stay(session, person.id, *stay)
    apply_changes(session, person, "person", fields)
    flush(session, f"person {person.name_ko}")
    return person


def stay_consequences(
    session: Session, person_id: int, stay_start: dt.date | None, stay_end: dt.date | None
) -> list[stays.StayTrim]:
    """What giving the person this stay would cut from their seating (nothing is written)."""
    get(session, Person, person_id, "person")
    v.period("stay", v.day("stay_start", stay_start), v.day("stay_end", stay_end))
    return stays.trims_for(session, {person_id: (stay_start, stay_end)})


def delete_person(session: Session, person_id: int) -> None:
    """Removes the person with their seating history and task memberships."""
    person = get(session, Person, person_id, "person")
    record(session, "delete", "person", person.id, "name_ko", person.name_ko, None)
    session.delete(person)
    flush(session, "person")


# What a person form edits; person_values reads them, create_person/update_person take them.
PERSON_FIELDS = (
    "name_ko", "name_en", "organisation_id", "role", "email", "employee_no", "phone",
    "stay_start", "stay_end", "needs", "notes",
)


def person_values(session: Session, person_id: int) -> dict[str, Any]:
    """Every editable field of the person, as create_person and update_person take them."""
    person = get(session, Person, person_id, "person")
    values = {name: getattr(person, name) for name in PERSON_FIELDS}
    values["role"] = person.role.value
    return values


def remove_person(session: Session, person_id: int) -> None:
    """Delete a person entered by mistake. Someone with a seating history, a task membership or
    a task they lead stays (the history would go with them): their stay ends instead."""
    person = get(session, Person, person_id, "person")
    seated = session.scalar(select(func.count(Assignment.id)).where(Assignment.person_id == person.id)) or 0
    tasks = session.scalar(select(func.count()).select_from(TaskMember).where(TaskMember.person_id == person.id)) or 0
    tasks += session.scalar(
        select(func.count(ResearchTask.id)).where(
            (ResearchTask.pi_id == person.id) | (ResearchTask.kt_contact_id == person.id)
        )
    ) or 0
    if seated or tasks:
        raise InUse.from_template(
            "%1 has %2 desk assignment(s) and %3 research task link(s); "
            "set the end of their stay instead.",
            person.name_ko,
            seated,
            tasks,
        )
    delete_person(session, person.id)


def find_person(session: Session, query: str) -> Person | None:
    """By e-mail, employee number or exact Korean/English name."""
    q = query.strip()
    for column in (Person.email, Person.employee_no, Person.name_ko, Person.name_en):
        value = q.lower() if column is Person.email else q
        person = session.scalars(select(Person).where(column == value).order_by(Person.id)).first()
        if person is not None:
            return person
    return None


def list_organisations(session: Session) -> Sequence[Organisation]:
    return session.scalars(select(Organisation).order_by(Organisation.name)).all()
