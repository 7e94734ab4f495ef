"""The start-up reminder of renewal deadlines that passed without signing.

A function of its own so that the window can remind at start even when it builds the
renewal workspace only once its page is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.services.renewals import overdue_deadlines
from ui.i18n import fill
from ui.renewals.texts import day, deadline_kind

CONTEXT = "RenewalReminder"


def reminder_key(database: str, year: int, kind: str, when: dt.date) -> str:
    """How a dismissed deadline is remembered in the settings (ui.settings.DISMISSED_REMINDERS)."""
    return f"{database}|{year}:{kind}:{when.isoformat()}"


def overdue_keys(
    sessions: sessionmaker[Session], today: dt.date, database: str, dismissed: Collection[str] = ()
) -> list[str]:
    """The keys of the passed deadlines the reminder shows (those not dismissed)."""
    try:
        with sessions() as session:
            overdue = overdue_deadlines(session, today)
    except SQLAlchemyError:
        return []
    keys = [reminder_key(database, *item) for item in overdue]
    return [key for key in keys if key not in dismissed]


def overdue_reminder(
    sessions: sessionmaker[Session],
    today: dt.date,
    *,
    database: str = "",
    dismissed: Collection[str] = (),
) -> str:
    """A translated message listing every passed deadline of an unsigned cycle; "" if none
    (or if the database cannot be read: the caller reports that in its own way). Deadlines
    whose :func:`reminder_key` is in ``dismissed`` are left out."""
    try:
        with sessions() as session:
            overdue = overdue_deadlines(session, today)
    except SQLAlchemyError:
        return ""
    overdue = [
        item for item in overdue if reminder_key(database, *item) not in dismissed
    ]
    if not overdue:
        return ""
    line = QCoreApplication.translate("RenewalReminder", "%1 cycle: the %2 (%3) has passed.")
    lines = [fill(line, year, deadline_kind(kind), day(when)) for year, kind, when in overdue]
    lead = QCoreApplication.translate(
        "RenewalReminder", "Renewal deadlines have passed without signing:"
    )
    return lead + "\n" + "\n".join(lines)
