"""Domain errors, named for what went wrong.

Each carries a message in plain words for the user. The UI shows ``str(error)`` (translated
where the UI has a translation for the error's ``code``); the CLI prints it on one line and
exits with :data:`EXIT_RULE`.
"""

from __future__ import annotations

import re

EXIT_RULE = 3


class PlannerError(Exception):
    """Base of every error the user can cause; never a programming error."""

    code = "error"
    # The message's English template with %1, %2, … where ``values`` go, so that the UI can say
    # the same in another language; None when the raise site gave only the message.
    problem: str | None = None
    values: tuple[object, ...] = ()


def fill_template(problem: str, values: tuple[object, ...]) -> str:
    """``problem`` with %1, %2, … replaced by ``values``, in one pass, so that a value that
    itself holds "%1" stays as typed."""
    return re.sub(r"%(\d+)", lambda match: str(values[int(match[1]) - 1]), problem)


class NotFound(PlannerError):
    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} not found: {key}")
        self.what = what
        self.key = key


class ValidationError(PlannerError):
    """Input that cannot be stored as given (empty name, end before start, …)."""

    code = "invalid"

    def __init__(
        self, field: str, message: str, *, problem: str | None = None, values: tuple = ()
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.problem = problem
        self.values = tuple(values)

    @classmethod
    def from_template(cls, field: str, problem: str, *values: object) -> ValidationError:
        """``from_template("name", "is longer than %1 characters", 200)``: the message reads
        exactly as the f-string did, and the template and values stay on the error. Every
        raise site in planner/ uses it (a guard test checks), literal messages too."""
        return cls(field, fill_template(problem, values), problem=problem, values=values)


class DuplicateValue(ValidationError):
    code = "duplicate"


class DeskAlreadyTaken(PlannerError):
    code = "desk_taken"

    def __init__(self, desk_code: str, occupant: str | None = None, period: str | None = None) -> None:
        who = f" by {occupant}" if occupant else ""
        when = f" ({period})" if period else ""
        super().__init__(f"Desk {desk_code} is already taken{who}{when}.")
        self.desk_code = desk_code
        self.occupant = occupant


class PersonAlreadySeated(PlannerError):
    code = "person_seated"

    def __init__(self, person: str, desk_code: str | None = None, period: str | None = None) -> None:
        where = f" at {desk_code}" if desk_code else ""
        when = f" ({period})" if period else ""
        super().__init__(f"{person} already has a desk{where}{when}.")
        self.person = person


class DeskInactive(PlannerError):
    code = "desk_inactive"

    def __init__(self, desk_code: str) -> None:
        super().__init__(f"Desk {desk_code} is out of service.")
        self.desk_code = desk_code


class NeedsNotMet(PlannerError):
    code = "needs_not_met"

    def __init__(self, person: str, desk_code: str, missing: list[str]) -> None:
        super().__init__(f"Desk {desk_code} lacks what {person} needs: {', '.join(missing)}.")
        self.person = person
        self.desk_code = desk_code
        self.missing = missing


class NotEnoughFreeDesks(PlannerError):
    """A group dropped together finds fewer free desks (that meet each one's needs) on the floor
    than it has people."""

    code = "not_enough_desks"

    def __init__(self, people: int, placed: int, near: str) -> None:
        super().__init__(
            f"Only {placed} of {people} people find a free desk that meets their needs "
            f"on the floor of {near}."
        )
        self.people = people
        self.placed = placed
        self.near = near


class ZoneOverCapacity(PlannerError):
    code = "zone_full"

    def __init__(self, zone: str, capacity: int) -> None:
        super().__init__(f"Zone {zone} is full ({capacity} seats).")
        self.zone = zone
        self.capacity = capacity


class NotSeated(PlannerError):
    code = "not_seated"

    def __init__(self, person: str, day: object) -> None:
        super().__init__(f"{person} has no desk on {day}.")
        self.person = person
        self.day = day


class OutsideStay(PlannerError):
    """A desk asked for on days the person does not stay at the institute."""

    code = "outside_stay"

    def __init__(self, person: str, stay: str | None = None, period: str | None = None) -> None:
        when = f" ({period})" if period else ""
        during = f" (stay {stay})" if stay else ""
        super().__init__(f"{person} does not stay at the institute on those days{when}{during}.")
        self.person = person
        self.stay = stay
        self.period = period


class StateError(PlannerError):
    """One sentence about the state of a record (in use, signed, not a draft, …)."""

    def __init__(self, message: str, *, problem: str | None = None, values: tuple = ()) -> None:
        super().__init__(message)
        self.problem = problem
        self.values = tuple(values)

    @classmethod
    def from_template(cls, problem: str, *values: object) -> StateError:
        """``InUse.from_template("%1 still has %2 people.", "KAIST", 3)``: the sentence reads
        exactly as the f-string did, and the template and values stay on the error."""
        return cls(fill_template(problem, values), problem=problem, values=values)


class InvalidTransition(StateError):
    code = "invalid_transition"


class CycleCannotAdvance(InvalidTransition):
    """A renewal cycle that may not move to ``target`` yet, with every reason
    (planner.renewals.workflow.Problem: English text that keeps its template)."""

    def __init__(self, year: int, target: str, problems: list) -> None:
        reasons = " ".join(problems)
        super().__init__(f"The {year} cycle cannot become {target}: {reasons}")
        self.year, self.target, self.problems = year, target, list(problems)


class MovePlanHasProblems(PlannerError):
    """A move plan that would break seating rules; ``problems`` says which move breaks which."""

    code = "plan_problems"

    def __init__(self, plan: str, problems: list) -> None:
        lines = "; ".join(str(problem) for problem in problems)
        super().__init__(f"Move plan '{plan}' cannot be applied: {lines}")
        self.plan = plan
        self.problems = list(problems)


class ReadOnly(StateError):
    code = "read_only"


class InUse(StateError):
    """Deleting something that other records still need (a floor with occupied desks, …)."""

    code = "in_use"


class ConcurrentEdit(PlannerError):
    code = "conflict"

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was changed by someone else meanwhile; reload and try again.")
        self.what = what


class DatabaseProblem(PlannerError):
    """The database file cannot be used as it is (damaged, newer schema, read-only, …)."""

    code = "database"


class DatabaseDamaged(DatabaseProblem):
    """Not an SQLite file, truncated, or failing SQLite's own check."""

    code = "db_damaged"


class DatabaseTooNew(DatabaseProblem):
    """Written by a newer Lab Planner (an unknown schema revision)."""

    code = "db_too_new"


class DatabaseReadOnly(DatabaseProblem):
    """The file (or its folder) cannot be written, or it was opened read-only on purpose."""

    code = "db_read_only"


class DiskFull(DatabaseProblem):
    """The disk (or a quota) has no room left: the write was rolled back."""

    code = "disk_full"
