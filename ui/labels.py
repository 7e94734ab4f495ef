"""The one table of translated labels for the domain's enumerations.

Values are stored in English words (``Role.STUDENT == "student"``); what the user reads is
looked up here at display time, so a language switch relabels every list.
Importing this module loads the domain models; the window imports it only after the first paint.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from planner.models.enums import (
    CycleStatus,
    Decision,
    DeskKind,
    Language,
    MovePlanStatus,
    OrganisationKind,
    Role,
    TaskStatus,
    Track,
    ZoneKind,
)
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# Per enumeration, because equal texts differ in meaning (a "draft" cycle vs. a "draft" move plan).
LABELS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    Role: {
        Role.PROFESSOR: QT_TRANSLATE_NOOP("Labels", "Professor"),
        Role.RESEARCHER: QT_TRANSLATE_NOOP("Labels", "Researcher"),
        Role.KT_STAFF: QT_TRANSLATE_NOOP("Labels", "KT staff"),
        Role.STUDENT: QT_TRANSLATE_NOOP("Labels", "Student researcher"),
        Role.INTERN: QT_TRANSLATE_NOOP("Labels", "Intern"),
        Role.STARTUP_MEMBER: QT_TRANSLATE_NOOP("Labels", "Start-up member"),
        Role.VISITOR: QT_TRANSLATE_NOOP("Labels", "Visitor"),
    },
    ZoneKind: {
        ZoneKind.OPEN_OFFICE: QT_TRANSLATE_NOOP("Labels", "Open office"),
        ZoneKind.PRIVATE_OFFICE: QT_TRANSLATE_NOOP("Labels", "Private office"),
        ZoneKind.LAB: QT_TRANSLATE_NOOP("Labels", "Lab"),
        ZoneKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting room"),
        ZoneKind.SERVER_ROOM: QT_TRANSLATE_NOOP("Labels", "Server room"),
        ZoneKind.STARTUP: QT_TRANSLATE_NOOP("Labels", "Start-up space"),
    },
    DeskKind: {
        DeskKind.FIXED: QT_TRANSLATE_NOOP("Labels", "Fixed"),
        DeskKind.HOT: QT_TRANSLATE_NOOP("Labels", "Hot desk"),
        DeskKind.OFFICE: QT_TRANSLATE_NOOP("Labels", "Office"),
    },
    OrganisationKind: {
        OrganisationKind.KT: QT_TRANSLATE_NOOP("Labels", "KT"),
        OrganisationKind.KAIST: QT_TRANSLATE_NOOP("Labels", "KAIST"),
        OrganisationKind.STARTUP: QT_TRANSLATE_NOOP("Labels", "Start-up"),
        OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    Track: {
        Track.FOUNDATIONAL: QT_TRANSLATE_NOOP("Labels", "Foundational"),
        Track.INDUSTRIAL: QT_TRANSLATE_NOOP("Labels", "Industrial AI"),
    },
    TaskStatus: {
        TaskStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
        TaskStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        TaskStatus.CONCLUDED: QT_TRANSLATE_NOOP("Labels", "Concluded"),
    },
    CycleStatus: {
        CycleStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        CycleStatus.CONSULTATION: QT_TRANSLATE_NOOP("Labels", "In consultation"),
        CycleStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
        CycleStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
    },
    MovePlanStatus: {
        MovePlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        MovePlanStatus.APPLIED: QT_TRANSLATE_NOOP("Labels", "Applied"),
        MovePlanStatus.DISCARDED: QT_TRANSLATE_NOOP("Labels", "Discarded"),
    },
    Decision: {
        Decision.CONTINUE: QT_TRANSLATE_NOOP("Labels", "Continue"),
        Decision.MODIFY: QT_TRANSLATE_NOOP("Labels", "Modify"),
        Decision.CONCLUDE: QT_TRANSLATE_NOOP("Labels", "Conclude"),
        Decision.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    },
    Language: {
        Language.KO: QT_TRANSLATE_NOOP("Labels", "Korean"),
        Language.EN: QT_TRANSLATE_NOOP("Labels", "English"),
        Language.BOTH: QT_TRANSLATE_NOOP("Labels", "Korean and English"),
    },
}


def label(enum_cls: type[enum.Enum], value: object) -> str:
    """The translated label of ``value`` (a member of ``enum_cls`` or its stored text).

    Unknown values are shown as stored.
    """
    if value is None or value == "":
        return ""
    try:
        member = value if isinstance(value, enum_cls) else enum_cls(value)
    except ValueError:
        return str(value)
    source = LABELS.get(enum_cls, {}).get(member)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)
