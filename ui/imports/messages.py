"""The preview's row messages in the user's language.

planner.io writes its messages in English (the CLI prints them as they are); here the common
ones are recognised by pattern and rebuilt from a translated template with the same values.
Where a value is itself a word of the domain (a role assumed, the list of valid roles), it is
given in the window's language from planner.io.labels. A message no pattern knows is shown as
written, which is still a readable sentence.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from planner.io.labels import label_of, labels_of
from planner.models import DeskFeature, DeskKind, Role
from ui.i18n import QT_TRANSLATE_NOOP, current_language, fill

CONTEXT = "ImportMessages"

# (pattern of the English message, template with %1… for the pattern's groups); first match wins.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), template)
    for pattern, template in (
        (r"name is missing", QT_TRANSLATE_NOOP("ImportMessages", "the name is missing")),
        (
            r"unknown organisation '(.*)'",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown organisation '%1'"),
        ),
        (
            r"organisation '(.*)' will be created",
            QT_TRANSLATE_NOOP("ImportMessages", "organisation '%1' will be created"),
        ),
        (
            r"organisation is missing for a new person",
            QT_TRANSLATE_NOOP("ImportMessages", "a new person needs an organisation"),
        ),
        (
            r"unknown role '(.*)' \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown role '%1' (%2)"),
        ),
        (
            r"role missing; '(.*)' assumed",
            QT_TRANSLATE_NOOP("ImportMessages", "no role given; '%1' assumed"),
        ),
        (
            r"unknown need\(s\): (.*) \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown need(s): %1 (%2)"),
        ),
        (
            r"unknown task code\(s\): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown task code(s): %1"),
        ),
        (
            r"same e-mail as row (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "same e-mail as row %1: %2"),
        ),
        (
            r"same employee no\. as row (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "same employee no. as row %1: %2"),
        ),
        (
            r"same person as row (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "same person as row %1: %2"),
        ),
        (
            r"same name and organisation as row (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "same name and organisation as row %1: %2"),
        ),
        (
            r"same desk code as row (\d+): (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "same desk code as row %1: %2"),
        ),
        (
            r"ends \((.*)\) before it starts \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "ends (%1) before it starts (%2)"),
        ),
        (
            r"ends \((.*)\) before the stored start \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "ends (%1) before the stored start (%2)"),
        ),
        (
            r"starts \((.*)\) after the stored end \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "starts (%1) after the stored end (%2)"),
        ),
        (
            r"matched (.*) of (.*) by name \(no e-mail or employee no\.\)",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "matched %1 of %2 by name (no e-mail or employee no.)"
            ),
        ),
        (
            r"e-mail (.*) is (.*)'s but employee no\. (.*) is (.*)'s",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "e-mail %1 belongs to %2 but employee no. %3 to %4"
            ),
        ),
        (
            r"'(.*)' is not an e-mail address",
            QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not an e-mail address"),
        ),
        (
            r"'(.*)' is not a date \(write .*\)",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "'%1' is not a date (write e.g. 2025-03-01 or 2025년 3월 1일)"
            ),
        ),
        (
            r"'(.*)' is not a real day of the calendar",
            QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a real day of the calendar"),
        ),
        (
            r"'(.*)' has a two-digit year; .*",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "'%1' has a two-digit year; write it in full, e.g. 2025-03-01"
            ),
        ),
        (
            r"'(.*)' puts the year last; .*",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "'%1' puts the year last; write the year first, e.g. 2025-03-01"
            ),
        ),
        (
            r"is longer than (\d+) characters",
            QT_TRANSLATE_NOOP("ImportMessages", "is longer than %1 characters"),
        ),
        (r"'(.*)' is not a number", QT_TRANSLATE_NOOP("ImportMessages", "'%1' is not a number")),
        (
            r"must be between (.*) and (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "must be between %1 and %2"),
        ),
        (r"unknown floor '(.*)'", QT_TRANSLATE_NOOP("ImportMessages", "unknown floor '%1'")),
        (
            r"unknown building '(.*)'",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown building '%1'"),
        ),
        (
            r"unknown desk kind '(.*)' \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown desk kind '%1' (%2)"),
        ),
        (
            r"unknown feature\(s\): (.*) \((.*)\)",
            QT_TRANSLATE_NOOP("ImportMessages", "unknown feature(s): %1 (%2)"),
        ),
        (
            r"desk (.*) stands on another floor; an import does not move desks",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "desk %1 stands on another floor; an import does not move desks"
            ),
        ),
        (
            r"desk (.*) released from (.*)",
            QT_TRANSLATE_NOOP("ImportMessages", "desk %1 released from %2"),
        ),
        (
            r"desk (.*) held from (.*) \(the stay starts then\)",
            QT_TRANSLATE_NOOP("ImportMessages", "desk %1 held from %2 (the stay starts then)"),
        ),
        (
            r"desk (.*) booking from (.*) removed \(outside the stay\)",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "desk %1 booking from %2 removed (outside the stay)"
            ),
        ),
        (
            r"zone '(.*)' will be created as an open office around its desks",
            QT_TRANSLATE_NOOP(
                "ImportMessages", "zone '%1' will be created as an open office around its desks"
            ),
        ),
    )
)


def _valid(enum_cls: type[enum.Enum]) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
    """The list of valid labels (the message's last value) in the window's language."""
    return lambda values: (*values[:-1], ", ".join(labels_of(enum_cls, current_language())))


def _role_label(values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return (label_of(Role(values[0]), current_language()),)
    except ValueError:
        return values


# Templates whose values are words of the domain: put in the window's language.
_IN_LANGUAGE: dict[str, Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    "unknown role '%1' (%2)": _valid(Role),
    "no role given; '%1' assumed": _role_label,
    "unknown desk kind '%1' (%2)": _valid(DeskKind),
    "unknown feature(s): %1 (%2)": _valid(DeskFeature),
    "unknown need(s): %1 (%2)": _valid(DeskFeature),
}


def translated_message(message: str) -> str:
    """``message`` in the UI language when its pattern is known, else as written."""
    for pattern, template in _PATTERNS:
        match = pattern.match(message)
        if match:
            values = match.groups()
            if template in _IN_LANGUAGE:
                values = _IN_LANGUAGE[template](values)
            return fill(QCoreApplication.translate(CONTEXT, template), *values)
    return message


def reading_problem(error: BaseException) -> BaseException:
    """A file that cannot be read, told with a translated lead sentence before the details."""
    return _led(error, QT_TRANSLATE_NOOP("ImportMessages", "The file cannot be used:"))


def writing_problem(error: BaseException) -> BaseException:
    return _led(
        error,
        QT_TRANSLATE_NOOP(
            "ImportMessages", "The file could not be written; nothing was saved or changed:"
        ),
    )


def _led(error: BaseException, lead: str) -> BaseException:
    from planner.io.errors import SpreadsheetError  # noqa: PLC0415

    from ui.imports.file_problems import file_problem  # noqa: PLC0415

    if not isinstance(error, SpreadsheetError):
        return error  # domain errors have their own translated sentence (ui.errors)
    details = "\n".join(file_problem(line) for line in str(error).splitlines())
    return SpreadsheetError(f"{QCoreApplication.translate(CONTEXT, lead)}\n{details}")
