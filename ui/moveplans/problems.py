"""A move plan's problems in the user's language, one sentence per broken rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.services import move_plan_checks as checks
from planner.services.move_plan_checks import MoveProblem
from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "MovePlanProblems"

# %1 the desk code, %2 the detail the check named (a person, a zone, features, a period).
_SENTENCES = {
    checks.DESK_TAKEN: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "Desk %1 is taken on that day by %2, who is not moving away."
    ),
    checks.SAME_DESK: QT_TRANSLATE_NOOP("MovePlanProblems", "Desk %1 is also planned for %2."),
    checks.DESK_INACTIVE: QT_TRANSLATE_NOOP("MovePlanProblems", "Desk %1 is out of service."),
    checks.DESK_OUT_OF_USE: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "Desk %1 is out of use on those days (%2)."
    ),
    checks.NEEDS_NOT_MET: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "Desk %1 lacks what the person needs: %2."
    ),
    checks.NOT_RESIDENT: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "The person's stay is over by the plan's date (stay %2)."
    ),
    checks.ZONE_FULL: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "The zone of desk %1 would be over its seat limit: %2."
    ),
    checks.PERSON_BOOKED: QT_TRANSLATE_NOOP(
        "MovePlanProblems", "The person already has another desk booked: %2."
    ),
}
PAST_DATE = QT_TRANSLATE_NOOP(
    "MovePlanProblems",
    "The plan is dated %1, %2 days before today: applying it changes %2 days of past seating.",
)


def problem_text(problem: MoveProblem) -> str:
    """The rule, without the person (the list shows the person in its own column)."""
    if problem.kind == checks.PAST_DATE:  # the whole plan's: detail is "<date> <days>"
        return fill(QCoreApplication.translate(CONTEXT, PAST_DATE), *problem.detail.split())
    sentence = _SENTENCES.get(problem.kind)
    if sentence is None:  # a rule found only while applying: the service's own words
        return problem.detail or problem.message
    detail = problem.detail
    if problem.kind == checks.NEEDS_NOT_MET:
        # Feature names as the floor plan's desk details show them.
        detail = ", ".join(
            QCoreApplication.translate("FloorView", name.strip()) for name in detail.split(",")
        )
    return fill(QCoreApplication.translate(CONTEXT, sentence), problem.desk_code or "", detail)


def problem_line(problem: MoveProblem) -> str:
    """The person and the rule, for a list of problems in a message."""
    if not problem.person:  # the plan's own problem (its date), no one mover's
        return problem_text(problem)
    return f"{problem.person}: {problem_text(problem)}"


def confirm_past_seating(parent, name: str, day, today) -> bool:
    """Asked on its own before a plan dated in the past is applied: it rewrites who sat where
    between its date and today. True when the user says so (or the date is not past)."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    problem = checks.past_date_problem(day, today)
    if problem is None:
        return True
    text = fill(
        QCoreApplication.translate(
            CONTEXT,
            "“%1” is dated %2, %3 days before today. Applying it changes %3 days of past "
            "seating: the plan, the occupancy and the reports of those days will show these "
            "moves as made on %2. Apply it to the past?",
        ),
        name,
        day.isoformat(),
        problem.detail.split()[1],
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate(CONTEXT, "Change past seating?"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
