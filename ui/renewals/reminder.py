"""The start-up reminder of renewal deadlines that passed without signing.

A function of its own so that the window can remind at start even when it builds the
renewal workspace only once its page is opened.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.services.renewals import overdue_deadlines
from ui.i18n import fill
from ui.renewals.texts import day, deadline_kind

CONTEXT = "RenewalReminder"


def overdue_reminder(sessions: sessionmaker[Session], today: dt.date) -> str:
    """A translated message listing every passed deadline of an unsigned cycle; "" if none
    (or if the database cannot be read: the caller reports that in its own way)."""
    try:
        with sessions() as session:
            overdue = overdue_deadlines(session, today)
    except SQLAlchemyError:
        return ""
    if not overdue:
        return ""
    line = QCoreApplication.translate("RenewalReminder", "%1 cycle: the %2 (%3) has passed.")
    lines = [fill(line, year, deadline_kind(kind), day(when)) for year, kind, when in overdue]
    lead = QCoreApplication.translate(
        "RenewalReminder", "Renewal deadlines have passed without signing:"
    )
    return lead + "\n" + "\n".join(lines)
