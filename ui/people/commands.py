"""Adding, editing and removing a person as undoable commands (ui.action_command)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from planner.services import people
from planner.services.seating_undo import Difference, capture, difference, revert
from ui.action_command import ActionCommand
from ui.i18n import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleCommands", text)


def _with_organisation(
    session: Session, values: dict[str, Any]
) -> tuple[dict[str, Any], int | None]:
    """The values as the service takes them, creating the organisation the form added (its id
    is returned so that undo removes it again)."""
    values = dict(values)
    new = values.pop("new_organisation", None)
    if not new:
        return values, None
    name, kind = new
    organisation = people.create_organisation(session, name, kind=kind)
    values["organisation_id"] = organisation.id
    return values, organisation.id


class PeopleCommand(ActionCommand):
    """Base of the People page's commands (people and organisations): tells its owner after
    every successful run (the first, undo, redo) to show the rows again."""

    on_changed: Callable[[int | None], None] | None = None  # the record to select, if any

    def _run(self, work) -> bool:
        ok = super()._run(work)
        if ok and self.on_changed is not None:
            self.on_changed(self.selected())
        return ok

    def selected(self) -> int | None:
        return None


class AddPersonCommand(PeopleCommand):
    """Undone by removing the person again; redone as a new record (with a new id)."""

    def __init__(self, sessions, values: dict[str, Any], **kw) -> None:
        super().__init__(sessions, fill(_tr("Add %1"), values.get("name_ko", "")), **kw)
        self.values = values
        self.person_id: int | None = None
        self.organisation_id: int | None = None

    def apply(self, session: Session) -> None:
        values, self.organisation_id = _with_organisation(session, self.values)
        self.person_id = people.create_person(session, **values).id

    def revert(self, session: Session) -> None:
        if self.person_id is not None:
            people.remove_person(session, self.person_id)
        if self.organisation_id is not None:
            people.delete_organisation(session, self.organisation_id)

    def selected(self) -> int | None:
        return self.person_id


class EditPersonCommand(PeopleCommand):
    """A new stay may cut the person's seating (planner.services.stays): undo puts the stay
    back first, then exactly the assignment rows it cut."""

    def __init__(
        self, sessions, person_id: int, before: dict[str, Any], after: dict[str, Any], **kw
    ) -> None:
        super().__init__(sessions, fill(_tr("Edit %1"), before.get("name_ko", "")), **kw)
        self.person_id, self.before, self.after = person_id, before, after
        self.organisation_id: int | None = None
        self.seating: Difference | None = None

    def apply(self, session: Session) -> None:
        after, self.organisation_id = _with_organisation(session, self.after)
        seats = capture(session, [self.person_id])
        people.update_person(session, self.person_id, **after)
        self.seating = difference(seats, capture(session, [self.person_id]))

    def revert(self, session: Session) -> None:
        # Refused rather than cutting seating somebody made since within the newer stay.
        people.update_person(session, self.person_id, keep_seating=True, **self.before)
        if self.seating is not None and (self.seating.before or self.seating.after):
            revert(session, self.seating)
        if self.organisation_id is not None:
            people.delete_organisation(session, self.organisation_id)

    def selected(self) -> int | None:
        return self.person_id


class RemovePersonCommand(PeopleCommand):
    """Only for someone without history (planner.services.people.remove_person); undone by
    entering the same values again."""

    def __init__(self, sessions, person_id: int, values: dict[str, Any], **kw) -> None:
        super().__init__(sessions, fill(_tr("Remove %1"), values.get("name_ko", "")), **kw)
        self.person_id, self.values = person_id, values

    def apply(self, session: Session) -> None:
        people.remove_person(session, self.person_id)

    def revert(self, session: Session) -> None:
        self.person_id = people.create_person(session, **self.values).id

    def selected(self) -> int | None:
        return self.person_id


class AddOrganisationCommand(PeopleCommand):
    def __init__(self, sessions, values: dict[str, Any], **kw) -> None:
        super().__init__(sessions, fill(_tr("Add organisation %1"), values["name"]), **kw)
        self.values = values
        self.organisation_id: int | None = None

    def apply(self, session: Session) -> None:
        self.organisation_id = people.create_organisation(session, **self.values).id

    def revert(self, session: Session) -> None:
        if self.organisation_id is not None:
            people.delete_organisation(session, self.organisation_id)


class EditOrganisationCommand(PeopleCommand):
    def __init__(
        self, sessions, organisation_id: int, before: dict[str, Any], after: dict[str, Any], **kw
    ) -> None:
        super().__init__(sessions, fill(_tr("Edit organisation %1"), before["name"]), **kw)
        self.organisation_id, self.before, self.after = organisation_id, before, after

    def apply(self, session: Session) -> None:
        people.update_organisation(session, self.organisation_id, **self.after)

    def revert(self, session: Session) -> None:
        people.update_organisation(session, self.organisation_id, **self.before)


class RemoveOrganisationCommand(PeopleCommand):
    """Only an organisation nobody belongs to; undone by adding it again."""

    def __init__(self, sessions, organisation_id: int, values: dict[str, Any], **kw) -> None:
        super().__init__(sessions, fill(_tr("Remove organisation %1"), values["name"]), **kw)
        self.organisation_id, self.values = organisation_id, values

    def apply(self, session: Session) -> None:
        people.delete_organisation(session, self.organisation_id)

    def revert(self, session: Session) -> None:
        self.organisation_id = people.create_organisation(session, **self.values).id
