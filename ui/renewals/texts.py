"""Numbers, dates and audit field names as the partnership staff read them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.models import CycleStatus, Decision
from ui.labels import label

CONTEXT = "RenewalTexts"

# Audit field names of renewal_cycle and task_renewal, as the user knows them.
FIELDS = {
    "year": QT_TRANSLATE_NOOP("RenewalTexts", "Year"),
    "task": QT_TRANSLATE_NOOP("RenewalTexts", "Task"),
    "status": QT_TRANSLATE_NOOP("RenewalTexts", "Status"),
    "decision": QT_TRANSLATE_NOOP("RenewalTexts", "Decision"),
    "budget_krw": QT_TRANSLATE_NOOP("RenewalTexts", "Budget (KRW)"),
    "period_start": QT_TRANSLATE_NOOP("RenewalTexts", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("RenewalTexts", "Period end"),
    "headcount": QT_TRANSLATE_NOOP("RenewalTexts", "Headcount"),
    "gpu_allocation": QT_TRANSLATE_NOOP("RenewalTexts", "GPUs"),
    "goals": QT_TRANSLATE_NOOP("RenewalTexts", "Goals and deliverables"),
    "reason": QT_TRANSLATE_NOOP("RenewalTexts", "Reason"),
    "consultation_deadline": QT_TRANSLATE_NOOP("RenewalTexts", "Consultation deadline"),
    "signing_target": QT_TRANSLATE_NOOP("RenewalTexts", "Signing target"),
    "signed_on": QT_TRANSLATE_NOOP("RenewalTexts", "Signed on"),
    "signatory_kt": QT_TRANSLATE_NOOP("RenewalTexts", "KT signatory"),
    "signatory_kaist": QT_TRANSLATE_NOOP("RenewalTexts", "KAIST signatory"),
    "seats_committed": QT_TRANSLATE_NOOP("RenewalTexts", "Desks KT provides"),
    "missing_reports_reason": QT_TRANSLATE_NOOP(
        "RenewalTexts", "Opened despite missing final reports (reason)"
    ),
    "reason_en": QT_TRANSLATE_NOOP("RenewalTexts", "Reason in English"),
    "agreement_frozen": QT_TRANSLATE_NOOP("RenewalTexts", "Agreement frozen (version)"),
    "agreement_unfrozen": QT_TRANSLATE_NOOP("RenewalTexts", "Agreement unfrozen (reason)"),
    "party": QT_TRANSLATE_NOOP("RenewalTexts", "Signature block"),
    "institution_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Institution (Korean)"),
    "institution_en": QT_TRANSLATE_NOOP("RenewalTexts", "Institution (English)"),
    "address_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Address (Korean)"),
    "address_en": QT_TRANSLATE_NOOP("RenewalTexts", "Address (English)"),
    "position_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Representative's position (Korean)"),
    "position_en": QT_TRANSLATE_NOOP("RenewalTexts", "Representative's position (English)"),
    "name_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Representative's name (Korean)"),
    "name_en": QT_TRANSLATE_NOOP("RenewalTexts", "Representative's name (English)"),
    "signer_position_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Signing delegate's position (Korean)"),
    "signer_position_en": QT_TRANSLATE_NOOP(
        "RenewalTexts", "Signing delegate's position (English)"
    ),
    "signer_name_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Signing delegate's name (Korean)"),
    "signer_name_en": QT_TRANSLATE_NOOP("RenewalTexts", "Signing delegate's name (English)"),
    "delegation_ko": QT_TRANSLATE_NOOP("RenewalTexts", "Basis of the delegation (Korean)"),
    "delegation_en": QT_TRANSLATE_NOOP("RenewalTexts", "Basis of the delegation (English)"),
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("RenewalTexts", "added"),
    "update": QT_TRANSLATE_NOOP("RenewalTexts", "changed"),
    "delete": QT_TRANSLATE_NOOP("RenewalTexts", "removed"),
}

DEADLINE_KINDS = {
    "consultation": QT_TRANSLATE_NOOP("RenewalTexts", "consultation deadline"),
    "signing": QT_TRANSLATE_NOOP("RenewalTexts", "signing target"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def krw(amount: int) -> str:
    return f"{amount:,}"


def thousand_won(amount: int) -> str:
    """KRW in 천원 as the agreement documents write it; a fraction only when there is one."""
    whole, rest = divmod(amount, 1000)
    return f"{whole:,}" if not rest else f"{amount / 1000:,.3f}".rstrip("0")


def signed_krw(amount: int) -> str:
    return f"{amount:+,}" if amount else "0"


def percent(value: float | None) -> str:
    return "" if value is None else f"{value:+.1f}%"


def day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def local_time(at: dt.datetime) -> str:
    """Audit times are stored in UTC; people read their own clock."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def field_label(name: str) -> str:
    return tr(str(FIELDS[name])) if name in FIELDS else name


def action_label(name: str) -> str:
    return tr(str(ACTIONS[name])) if name in ACTIONS else name


def deadline_kind(kind: str) -> str:
    return tr(str(DEADLINE_KINDS[kind])) if kind in DEADLINE_KINDS else kind


def audit_value(field: str, value: str | None) -> str:
    """A stored audit value shown like the rest of the page (labels, separators)."""
    if value is None:
        return ""
    if field == "decision":
        return label(Decision, value)
    if field == "status":
        return label(CycleStatus, value)
    if field == "budget_krw" and value.isdigit():
        return krw(int(value))
    return value
