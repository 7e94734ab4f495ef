"""The words of research administration's values, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.models import IpState, ParticipantRole
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ResearchLabels"

ROLE_LABELS = {
    ParticipantRole.LEAD: QT_TRANSLATE_NOOP("ResearchLabels", "Lead (책임)"),
    ParticipantRole.CO: QT_TRANSLATE_NOOP("ResearchLabels", "Co-researcher (공동)"),
    ParticipantRole.MEMBER: QT_TRANSLATE_NOOP("ResearchLabels", "Participant (참여)"),
    ParticipantRole.STUDENT: QT_TRANSLATE_NOOP("ResearchLabels", "Student (학생)"),
}
STATE_LABELS = {
    IpState.DISCLOSED: QT_TRANSLATE_NOOP("ResearchLabels", "Disclosed"),
    IpState.FILED: QT_TRANSLATE_NOOP("ResearchLabels", "Filed"),
    IpState.REGISTERED: QT_TRANSLATE_NOOP("ResearchLabels", "Registered"),
    IpState.ABANDONED: QT_TRANSLATE_NOOP("ResearchLabels", "Abandoned"),
}


def role_label(role: ParticipantRole) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_LABELS[role])


def state_label(state: IpState) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_LABELS[state])


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
