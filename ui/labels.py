"""The one table of translated labels for the domain's enumerations.

Values are stored in English words (``Role.STUDENT == "student"``); what the user reads is
looked up here at display time, so a language switch relabels every list.
Roles and desk kinds are also read and written in spreadsheets: their labels are planner's
(planner.io.labels), in the window's language, so that what the People page shows is what an
export writes and an import reads. The others are translated here.
Importing this module loads the domain models; the window imports it only after the first paint.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from planner.io.labels import LABELS as SHARED_LABELS
from planner.io.labels import label_of
from planner.models.enums import (
    CycleStatus,
    Decision,
    Language,
    MovePlanStatus,
    OrganisationKind,
    TaskStatus,
    Track,
    ZoneKind,
)
from ui.i18n import QT_TRANSLATE_NOOP, current_language

CONTEXT = "Labels"

# Per enumeration, because equal texts differ in meaning (a "draft" cycle vs. a "draft" move plan).
LABELS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    ZoneKind: {
        ZoneKind.OPEN_OFFICE: QT_TRANSLATE_NOOP("Labels", "Open office"),
        ZoneKind.PRIVATE_OFFICE: QT_TRANSLATE_NOOP("Labels", "Private office"),
        ZoneKind.LAB: QT_TRANSLATE_NOOP("Labels", "Lab"),
        ZoneKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting room"),
        ZoneKind.SERVER_ROOM: QT_TRANSLATE_NOOP("Labels", "Server room"),
        ZoneKind.STARTUP: QT_TRANSLATE_NOOP("Labels", "Start-up space"),
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
    if enum_cls in SHARED_LABELS:
        return label_of(member, current_language())
    source = LABELS.get(enum_cls, {}).get(member)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)
