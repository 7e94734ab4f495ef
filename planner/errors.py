"""Domain errors, named for what went wrong.

Each carries a message in plain words for the user. The UI shows ``str(error)`` (translated
where the UI has a translation for the error's ``code``); the CLI prints it on one line and
exits with :data:`EXIT_RULE`.
"""

from __future__ import annotations

EXIT_RULE = 3


class PlannerError(Exception):
    """Base of every error the user can cause; never a programming error."""

    code = "error"


class NotFound(PlannerError):
    code = "not_found"

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} not found: {key}")
        self.what = what
        self.key = key


class ValidationError(PlannerError):
    """Input that cannot be stored as given (empty name, end before start, …)."""

    code = "invalid"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


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


class NeedsNotMet(PlannerError):
    code = "needs_not_met"

    def __init__(self, person: str, desk_code: str, missing: list[str]) -> None:
        super().__init__(f"Desk {desk_code} lacks what {person} needs: {', '.join(missing)}.")
        self.missing = missing


class ZoneOverCapacity(PlannerError):
    code = "zone_full"

    def __init__(self, zone: str, capacity: int) -> None:
        super().__init__(f"Zone {zone} is full ({capacity} seats).")


class NotSeated(PlannerError):
    code = "not_seated"

    def __init__(self, person: str, day: object) -> None:
        super().__init__(f"{person} has no desk on {day}.")


class InvalidTransition(PlannerError):
    code = "invalid_transition"


class ReadOnly(PlannerError):
    code = "read_only"


class InUse(PlannerError):
    """Deleting something that other records still need (a floor with occupied desks, …)."""

    code = "in_use"


class ConcurrentEdit(PlannerError):
    code = "conflict"

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was changed by someone else meanwhile; reload and try again.")


class DatabaseProblem(PlannerError):
    """The database file cannot be used as it is (damaged, newer schema, read-only, …)."""

    code = "database"
