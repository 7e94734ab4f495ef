"""Translated names of the import fields, statuses and stages (one context: ImportTexts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ImportTexts"

FIELD_LABELS: dict[str, str] = {
    # people
    "name_ko": QT_TRANSLATE_NOOP("ImportTexts", "Korean name"),
    "name_en": QT_TRANSLATE_NOOP("ImportTexts", "English name"),
    "organisation": QT_TRANSLATE_NOOP("ImportTexts", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ImportTexts", "Role"),
    "email": QT_TRANSLATE_NOOP("ImportTexts", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportTexts", "Phone"),
    "employee_no": QT_TRANSLATE_NOOP("ImportTexts", "Employee no."),
    "stay_start": QT_TRANSLATE_NOOP("ImportTexts", "Stay starts"),
    "stay_end": QT_TRANSLATE_NOOP("ImportTexts", "Stay ends"),
    "tasks": QT_TRANSLATE_NOOP("ImportTexts", "Tasks"),
    "needs": QT_TRANSLATE_NOOP("ImportTexts", "Needs"),
    "notes": QT_TRANSLATE_NOOP("ImportTexts", "Notes"),
    # desks
    "code": QT_TRANSLATE_NOOP("ImportTexts", "Desk code"),
    "building": QT_TRANSLATE_NOOP("ImportTexts", "Building"),
    "floor": QT_TRANSLATE_NOOP("ImportTexts", "Floor"),
    "zone": QT_TRANSLATE_NOOP("ImportTexts", "Zone"),
    "x": QT_TRANSLATE_NOOP("ImportTexts", "x (m)"),
    "y": QT_TRANSLATE_NOOP("ImportTexts", "y (m)"),
    "kind": QT_TRANSLATE_NOOP("ImportTexts", "Desk kind"),
    "features": QT_TRANSLATE_NOOP("ImportTexts", "Features"),
    "rotation": QT_TRANSLATE_NOOP("ImportTexts", "Rotation"),
    "active": QT_TRANSLATE_NOOP("ImportTexts", "In service"),
}

STATUS_LABELS: dict[str, str] = {
    "add": QT_TRANSLATE_NOOP("ImportTexts", "New"),
    "change": QT_TRANSLATE_NOOP("ImportTexts", "Changes"),
    "unchanged": QT_TRANSLATE_NOOP("ImportTexts", "Unchanged"),
    "error": QT_TRANSLATE_NOOP("ImportTexts", "Error"),
    "checking": QT_TRANSLATE_NOOP("ImportTexts", "Checking…"),  # a row corrected in the preview
}

STAGE_LABELS: dict[str, str] = {
    "checking": QT_TRANSLATE_NOOP("ImportTexts", "Checking rows…"),
    "writing": QT_TRANSLATE_NOOP("ImportTexts", "Writing to the database…"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(key: str) -> str:
    source = FIELD_LABELS.get(key)
    return _tr(source) if source else key


def status_label(action: str) -> str:
    source = STATUS_LABELS.get(action)
    return _tr(source) if source else action


def stage_label(stage: str) -> str:
    source = STAGE_LABELS.get(stage)
    return _tr(source) if source else stage


def warning_label() -> str:
    return _tr("Warning")
