"""Domain errors shown to the user in the user's language.

Services raise :mod:`planner.errors` with English messages; here each error class gets a
translated sentence built from the error's own fields. An error without a translation
is shown as ``str(error)``, which is always a readable sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner import errors, refusals, resilience, sharing
from ui import error_details
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.labels import label

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


def _changed_by_other(error: sharing.ChangedByOther) -> str:
    if not error.actor:
        return _concurrent(error)
    when = f"{error.at:%Y-%m-%d %H:%M} UTC" if error.at else "?"
    text = QCoreApplication.translate(
        CONTEXT,
        "%1: %2 changed this meanwhile (%3). Nothing of yours was saved; "
        "the view now shows their version.",
    )
    return fill(text, error.what, error.actor, when)


def _concurrent(error: errors.ConcurrentEdit) -> str:
    lead = QCoreApplication.translate(
        CONTEXT, "Someone else changed this meanwhile; reload and try again."
    )
    return f"{lead}\n{error}"


def _refusal(error: errors.PlannerError) -> str:
    # The sentence the CLI says (planner.refusals), in the window's language: its Korean is in
    # refusals_ko.ts, which the translator loads with the others.
    text = QCoreApplication.translate(refusals.CONTEXT, error.problem or str(error))
    return fill(text, *error.values)


def _connection_lost(error: resilience.ConnectionLost) -> str:
    if not error.what:
        return QCoreApplication.translate(
            CONTEXT, "The connection to the server was lost; nothing was saved."
        )
    text = QCoreApplication.translate(
        CONTEXT,
        "%1: the connection to the server was lost, so nothing was saved. "
        "Edit ▸ Redo makes it again once the server is back.",
    )
    return fill(text, error.what)


def _plan_problems(error: errors.MovePlanHasProblems) -> str:
    from ui.moveplans.problems import problem_line  # noqa: PLC0415 - the plan screen's wording

    lead = QCoreApplication.translate(
        CONTEXT, "Move plan '%1' cannot be applied; nothing was changed:"
    )
    lines = [problem_line(p) if hasattr(p, "kind") else str(p) for p in error.problems]
    return "\n".join([fill(lead, error.plan), *(f"• {line}" for line in lines)])


# The renewal workflow's reasons (planner.renewals.workflow.transition_problems), by template.
CYCLE_PROBLEMS = {
    "A signed cycle is read-only.": QT_TRANSLATE_NOOP(CONTEXT, "A signed cycle is read-only."),
    "A cycle cannot go from %1 to %2.": QT_TRANSLATE_NOOP(
        CONTEXT, "A cycle cannot go from %1 to %2."
    ),
    "The cycle has no tasks.": QT_TRANSLATE_NOOP(CONTEXT, "The cycle has no tasks."),
    "No decision yet for %1.": QT_TRANSLATE_NOOP(CONTEXT, "No decision yet for %1."),
    "A reason is required for the change of %1.": QT_TRANSLATE_NOOP(
        CONTEXT, "A reason is required for the change of %1."
    ),
    "Signing needs the date of signature.": QT_TRANSLATE_NOOP(
        CONTEXT, "Signing needs the date of signature."
    ),
    "Signing needs both signatories.": QT_TRANSLATE_NOOP(
        CONTEXT, "Signing needs both signatories."
    ),
    "Going back to consultation unfreezes the agreement: give a reason.": QT_TRANSLATE_NOOP(
        CONTEXT, "Going back to consultation unfreezes the agreement: give a reason."
    ),
    "The number of desks KT provides is not recorded.": QT_TRANSLATE_NOOP(
        CONTEXT, "The number of desks KT provides is not recorded."
    ),
    "The %1 signature block lacks %2.": QT_TRANSLATE_NOOP(
        CONTEXT, "The %1 signature block lacks %2."
    ),
    "No English title for %1.": QT_TRANSLATE_NOOP(CONTEXT, "No English title for %1."),
    "No English reason for %1.": QT_TRANSLATE_NOOP(CONTEXT, "No English reason for %1."),
    # %1 the English labels, %2 the Korean ones: each language's sentence names its own.
    "Required review items are not ticked: %1.": QT_TRANSLATE_NOOP(
        CONTEXT, "Required review items are not ticked: %1."
    ),
}


def _cycle_problems(error: errors.CycleCannotAdvance) -> str:
    from planner.models.enums import CycleStatus  # noqa: PLC0415 - models: not at start-up

    lead = QCoreApplication.translate(
        CONTEXT, "The %1 cycle cannot become %2; nothing was changed:"
    )
    lines = []
    for problem in error.problems:
        template = getattr(problem, "template", None)
        if template not in CYCLE_PROBLEMS:
            lines.append(str(problem))
            continue
        values = list(problem.values)
        if template == "A cycle cannot go from %1 to %2.":
            values = [label(CycleStatus, value) for value in values]
        text = QCoreApplication.translate(CONTEXT, CYCLE_PROBLEMS[template])
        lines.append(fill(text, *values))
    head = fill(lead, error.year, label(CycleStatus, error.target))
    return "\n".join([head, *(f"• {line}" for line in lines)])


def _database(error: errors.DatabaseProblem) -> str:
    lead = QCoreApplication.translate("ErrorMessages", "The database cannot be used:")
    return f"{lead}\n{error}"


def _with_details(sentence: str) -> Callable[[errors.PlannerError], str]:
    # Errors whose English message carries specifics we cannot rebuild: a translated lead
    # sentence, then the details as the service wrote them.
    return lambda error: f"{QCoreApplication.translate(CONTEXT, sentence)}\n{error}"


def _described(
    describe: Callable[[errors.PlannerError], str | None], sentence: str
) -> Callable[[errors.PlannerError], str]:
    # The whole message in the user's language where ui/error_details knows the field and
    # the problem; else the lead sentence and the English details (never a blank).
    fallback = _with_details(sentence)
    return lambda error: describe(error) or fallback(error)


def _desk_inactive(error: errors.DeskInactive) -> str:
    text = QCoreApplication.translate(CONTEXT, "Desk %1 is out of service.")
    return fill(text, error.desk_code)


def _desk_out_of_use(error: errors.DeskOutOfUse) -> str:
    if error.period and error.reason:
        text = QCoreApplication.translate(CONTEXT, "Desk %1 is out of use on those days (%2: %3).")
        return fill(text, error.desk_code, error.period, error.reason)
    text = QCoreApplication.translate(CONTEXT, "Desk %1 is out of use on those days.")
    return fill(text, error.desk_code)


def _block_hits_seating(error: errors.BlockHitsSeating) -> str:
    text = QCoreApplication.translate(
        CONTEXT,
        "%1 cannot be put out of use on those days: %2 hold a desk there then. End their "
        "seating the day before or plan their move first. Nothing was changed.",
    )
    return fill(text, error.target, ", ".join(error.holders))


def _zone_full(error: errors.ZoneOverCapacity) -> str:
    text = QCoreApplication.translate(CONTEXT, "Zone %1 is full (%2 seats).")
    return fill(text, error.zone, error.capacity)


def _not_enough_desks(error: errors.NotEnoughFreeDesks) -> str:
    text = QCoreApplication.translate(
        CONTEXT,
        "Only %1 of the %2 people find a free desk that meets their needs on the floor of %3. "
        "Nobody was seated; drop fewer people, or free or add desks.",
    )
    return fill(text, error.placed, error.people, error.near)


def _not_seated(error: errors.NotSeated) -> str:
    text = QCoreApplication.translate(CONTEXT, "%1 has no desk on %2.")
    return fill(text, error.person, error.day)


def _outside_stay(error: errors.OutsideStay) -> str:
    if error.stay:
        text = QCoreApplication.translate(
            CONTEXT, "%1 does not stay at the institute on those days (stay %2)."
        )
        return fill(text, error.person, error.stay)
    text = QCoreApplication.translate(CONTEXT, "%1 does not stay at the institute on those days.")
    return fill(text, error.person)


def _over_cap(error: errors.ParticipationOverCap) -> str:
    text = QCoreApplication.translate(
        CONTEXT, "%1's participation in %2 would exceed %3 %: %4 > %3 %."
    )
    return fill(text, *error.values)


# Most specific classes first: the first isinstance match wins.
_MESSAGES: list[tuple[type[errors.PlannerError], Callable]] = [
    (sharing.ChangedByOther, _changed_by_other),
    (resilience.ConnectionLost, _connection_lost),
    (errors.NotPermitted, _refusal),
    (errors.ConnectionLost, _refusal),
    (errors.LoginRefused, _refusal),
    (errors.DatabaseRefused, _refusal),
    (
        errors.DiskFull,
        lambda _error: QCoreApplication.translate(
            CONTEXT, "The disk is full: nothing was saved. Free some space, then try again."
        ),
    ),
    (
        errors.DatabaseReadOnly,
        lambda _error: QCoreApplication.translate(
            CONTEXT, "The database is read-only: nothing was saved."
        ),
    ),
    (errors.DatabaseProblem, _database),
    (errors.MovePlanHasProblems, _plan_problems),
    (errors.CycleCannotAdvance, _cycle_problems),
    (errors.ParticipationOverCap, _over_cap),
    (errors.DeskAlreadyTaken, _desk_taken),
    (errors.PersonAlreadySeated, _person_seated),
    (errors.NeedsNotMet, _needs_not_met),
    (
        errors.DuplicateValue,
        _described(
            error_details.describe,
            QT_TRANSLATE_NOOP(
                "ErrorMessages", "A record with this code, name or e-mail already exists."
            ),
        ),
    ),
    (
        errors.ValidationError,
        _described(
            error_details.describe,
            QT_TRANSLATE_NOOP("ErrorMessages", "The value cannot be stored as given."),
        ),
    ),
    (
        errors.NotFound,
        _described(
            error_details.describe_not_found,
            QT_TRANSLATE_NOOP("ErrorMessages", "It no longer exists; someone may have deleted it."),
        ),
    ),
    (errors.DeskInactive, _desk_inactive),
    (errors.DeskOutOfUse, _desk_out_of_use),
    (errors.BlockHitsSeating, _block_hits_seating),
    (errors.ZoneOverCapacity, _zone_full),
    (errors.NotEnoughFreeDesks, _not_enough_desks),
    (errors.NotSeated, _not_seated),
    (errors.OutsideStay, _outside_stay),
    (
        errors.InvalidTransition,
        _described(
            error_details.describe_state,
            QT_TRANSLATE_NOOP("ErrorMessages", "This step is not possible in the current state."),
        ),
    ),
    (
        errors.ReadOnly,
        _described(
            error_details.describe_state,
            QT_TRANSLATE_NOOP("ErrorMessages", "This can no longer be changed."),
        ),
    ),
    (
        errors.InUse,
        _described(
            error_details.describe_state,
            QT_TRANSLATE_NOOP("ErrorMessages", "It is still in use."),
        ),
    ),
    (
        errors.ConcurrentEdit,
        _described(
            error_details.describe_concurrent,
            QT_TRANSLATE_NOOP(
                "ErrorMessages", "Someone else changed this meanwhile; reload and try again."
            ),
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
