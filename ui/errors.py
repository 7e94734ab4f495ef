"""Domain errors shown to the user in the user's language.

Services raise :mod:`planner.errors` with English messages; here each error class gets a
translated sentence built from the error's own fields. An error without a translation
is shown as ``str(error)``, which is always a readable sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner import errors
from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "ErrorMessages"


def _desk_taken(error: errors.DeskAlreadyTaken) -> str:
    if error.occupant:
        text = QCoreApplication.translate("ErrorMessages", "Desk %1 is already taken by %2.")
        return fill(text, error.desk_code, error.occupant)
    return fill(
        QCoreApplication.translate("ErrorMessages", "Desk %1 is already taken."), error.desk_code
    )


def _person_seated(error: errors.PersonAlreadySeated) -> str:
    text = QCoreApplication.translate("ErrorMessages", "%1 already has a desk for this period.")
    return fill(text, error.person)


def _needs_not_met(error: errors.NeedsNotMet) -> str:
    text = QCoreApplication.translate("ErrorMessages", "This desk lacks what the person needs: %1.")
    return fill(text, ", ".join(error.missing))


def _database(error: errors.DatabaseProblem) -> str:
    lead = QCoreApplication.translate("ErrorMessages", "The database cannot be used:")
    return f"{lead}\n{error}"


def _with_details(sentence: str) -> Callable[[errors.PlannerError], str]:
    # Errors whose English message carries specifics we cannot rebuild: a translated lead
    # sentence, then the details as the service wrote them.
    return lambda error: f"{QCoreApplication.translate(CONTEXT, sentence)}\n{error}"


# Most specific classes first: the first isinstance match wins.
_MESSAGES: list[tuple[type[errors.PlannerError], Callable]] = [
    (errors.DatabaseProblem, _database),
    (errors.DeskAlreadyTaken, _desk_taken),
    (errors.PersonAlreadySeated, _person_seated),
    (errors.NeedsNotMet, _needs_not_met),
    (
        errors.DuplicateValue,
        _with_details(
            QT_TRANSLATE_NOOP(
                "ErrorMessages", "A record with this code, name or e-mail already exists."
            )
        ),
    ),
    (
        errors.ValidationError,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "The value cannot be stored as given.")),
    ),
    (
        errors.NotFound,
        _with_details(
            QT_TRANSLATE_NOOP("ErrorMessages", "It no longer exists; someone may have deleted it.")
        ),
    ),
    (
        errors.DeskInactive,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "This desk is out of service.")),
    ),
    (
        errors.ZoneOverCapacity,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "The zone is full.")),
    ),
    (
        errors.NotSeated,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "This person has no desk on that day.")),
    ),
    (
        errors.InvalidTransition,
        _with_details(
            QT_TRANSLATE_NOOP("ErrorMessages", "This step is not possible in the current state.")
        ),
    ),
    (
        errors.ReadOnly,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "This can no longer be changed.")),
    ),
    (
        errors.InUse,
        _with_details(QT_TRANSLATE_NOOP("ErrorMessages", "It is still in use.")),
    ),
    (
        errors.ConcurrentEdit,
        _with_details(
            QT_TRANSLATE_NOOP(
                "ErrorMessages", "Someone else changed this meanwhile; reload and try again."
            )
        ),
    ),
]


def error_message(error: BaseException) -> str:
    """A sentence for the user: translated when the error class is known, else ``str(error)``."""
    for error_class, build in _MESSAGES:
        if isinstance(error, error_class):
            return build(error)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - its enums cost start-up time

    title = title or QCoreApplication.translate("ErrorMessages", "Lab Planner")
    QMessageBox.warning(parent, title, error_message(error))


def show_fatal(parent: QWidget | None, error: BaseException) -> None:
    """For errors that end the program (the database cannot be opened at start-up)."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    title = QCoreApplication.translate("ErrorMessages", "Lab Planner")
    QMessageBox.critical(parent, title, error_message(error))
