"""The people list: one row per person with their desk on the chosen day."""

from __future__ import annotations

from typing import Any

from planner.models.enums import Role
from planner.services.listings import PersonListing
from ui.i18n import QT_TRANSLATE_NOOP, in_language
from ui.labels import label
from ui.models.base import RowTableModel, date_text


class PeopleTableModel(RowTableModel):
    COL_NAME_KO = 0
    COL_NAME_EN = 1
    COL_ORGANISATION = 2
    COL_ROLE = 3
    COL_TASKS = 4
    COL_EMAIL = 5
    COL_DESK = 6
    COL_STAY_END = 7

    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleTableModel", "Korean name"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "English name"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Role"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Tasks"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Desk today"),
        QT_TRANSLATE_NOOP("PeopleTableModel", "Stay ends"),
    )

    def display(self, row: PersonListing, column: int) -> str:
        if column == self.COL_NAME_KO:
            return row.name_ko
        if column == self.COL_NAME_EN:
            return row.name_en
        if column == self.COL_ORGANISATION:
            return in_language(row.organisation, row.organisation_en)
        if column == self.COL_ROLE:
            return label(Role, row.role)
        if column == self.COL_TASKS:
            return ", ".join(row.task_codes)
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_DESK:
            return row.desk_code or ""
        if column == self.COL_STAY_END:
            return date_text(row.stay_end)
        return ""

    def sort_value(self, row: PersonListing, column: int) -> Any:
        if column == self.COL_STAY_END:
            # Open-ended stays last when sorting by end date.
            return date_text(row.stay_end) or "9999-12-31"
        return self.display(row, column)

    def search_text(self, row: PersonListing) -> str:
        # What the search field finds a person by; the role and desk are not part of it.
        return " ".join(
            (
                row.name_ko,
                row.name_en,
                row.organisation,
                row.organisation_en,
                " ".join(row.task_codes),
                row.email,
            )
        )
