"""Domain errors, named for what went wrong.

Each carries a message in plain words for the user. The UI shows ``str(error)`` (translated
where the UI has a translation for the error's ``code``); the CLI prints it on one line and
exits with the error's :func:`exit_code`: a broken rule :data:`EXIT_RULE`, a database that
cannot be used :data:`EXIT_DATABASE`, a change the user's role may not make
:data:`EXIT_NOT_ALLOWED`, a server that cannot be reached or went away :data:`EXIT_CONNECTION`.

What the database driver raises (SQLAlchemy wrapping psycopg or sqlite3) is turned into one of
these by :func:`from_database_error`, in one place for the CLI and the window.
"""

from __future__ import annotations

import re

from planner.refusals import (
    CONNECTION_LOST,
    DATABASE_REFUSED,
    LOGIN_REFUSED,
    SERVER_UNREACHABLE,
    not_permitted_template,
    one_line,
)

EXIT_RULE = 3  # a rule of the data said no (desk taken, cycle not ready, not found, …)
EXIT_DATABASE = 4  # the database cannot be used as it is (damaged, newer, read-only, disk full)
EXIT_NOT_ALLOWED = 5  # the server refused: the user's role may not make this change
EXIT_CONNECTION = 6  # the server cannot be reached, or the connection was lost


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


class DeskOutOfUse(PlannerError):
    """A desk asked for on days it is out of use (by itself or with its zone)."""

    code = "desk_out_of_use"

    def __init__(self, desk_code: str, period: str | None = None, reason: str = "") -> None:
        when = f" ({period})" if period else ""
        why = f": {reason}" if reason else ""
        super().__init__(f"Desk {desk_code} is out of use on those days{when}{why}.")
        self.desk_code = desk_code
        self.period = period
        self.reason = reason


class BlockHitsSeating(PlannerError):
    """Putting a desk or zone out of use on days someone holds one of its desks: the user
    decides what happens to them (end their seating the day before, or a draft move plan)."""

    code = "block_hits_seating"

    def __init__(self, target: str, holders: list[str]) -> None:
        super().__init__(
            f"{target} cannot be put out of use on those days: {', '.join(holders)} "
            "hold a desk there then. End their seating the day before or plan their move "
            "first. Nothing was changed."
        )
        self.target = target
        self.holders = holders


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


class FinalReportsMissing(InvalidTransition):
    """Opening a cycle while tasks of an earlier year have not handed in their final report
    (planner.services.deliverables.missing_final_reports); the officer may give a reason."""

    code = "final_reports_missing"


class ParticipationOverCap(StateError):
    """A person's participation rates in one year would pass their cap; the sentence names
    every task with its rate ("F-01 60 % + F-02 50 % > 100 %")."""

    code = "participation_over_cap"


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


class DatabaseEmpty(DatabaseDamaged):
    """An existing file of 0 bytes: a database lost to a disk fault, never taken for a new one
    (``planner db init`` makes a new database on purpose)."""

    code = "db_empty"


class DatabaseForeign(DatabaseDamaged):
    """An SQLite file of another application: tables, but none of Lab Planner's."""

    code = "db_foreign"


class DatabaseTooNew(DatabaseProblem):
    """Written by a newer Lab Planner (an unknown schema revision)."""

    code = "db_too_new"


class DatabaseReadOnly(DatabaseProblem):
    """The file (or its folder) cannot be written, or it was opened read-only on purpose."""

    code = "db_read_only"


class DiskFull(DatabaseProblem):
    """The disk (or a quota) has no room left: the write was rolled back."""

    code = "disk_full"


class NotPermitted(PlannerError):
    """The server refused (SQLSTATE 42501): the user's database role may not make this change.

    ``role`` is the user's Lab Planner role when known ("viewer", "coordinator", "partnership",
    "admin"), ``ROLE_NONE`` for a user without one, None when it could not be asked; the
    sentence names it and what it may do (:mod:`planner.refusals`, both languages)."""

    code = "not_permitted"

    def __init__(self, what: str, role: str | None = None, detail: str = "") -> None:
        self.what, self.role, self.detail = what, role, detail
        self.problem = not_permitted_template(role)
        self.values = (what,)
        super().__init__(fill_template(self.problem, self.values))


ROLE_NONE = "-"  # NotPermitted.role of a database user that has no Lab Planner role


class ConnectionLost(PlannerError):
    """The database server cannot be reached (``lost`` False) or the connection broke during
    the work (``lost`` True). Nothing unfinished was saved; trying again later is the remedy."""

    code = "connection_lost"

    def __init__(self, server: str, reason: str, *, lost: bool) -> None:
        self.server, self.reason, self.lost = server, reason, lost
        self.problem = CONNECTION_LOST if lost else SERVER_UNREACHABLE
        self.values = (server, reason)
        super().__init__(fill_template(self.problem, self.values))


class LoginRefused(DatabaseProblem):
    """The server answered but would not let this user in (unknown user or database, wrong
    password, no pg_hba.conf entry): the connection settings are wrong, not the network."""

    code = "login_refused"

    def __init__(self, server: str, reason: str) -> None:
        self.server, self.reason = server, reason
        self.problem, self.values = LOGIN_REFUSED, (server, reason)
        super().__init__(fill_template(self.problem, self.values))


class DatabaseRefused(PlannerError):
    """The database itself refused a change (a constraint or a trigger: class 23 on
    PostgreSQL, an SQLite integrity error) that the service did not catch first."""

    code = "database_refused"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.problem, self.values = DATABASE_REFUSED, (reason,)
        super().__init__(fill_template(self.problem, self.values))


def exit_code(error: PlannerError) -> int:
    """The CLI's exit code for ``error`` (README: *Exit codes*)."""
    if isinstance(error, NotPermitted):
        return EXIT_NOT_ALLOWED
    if isinstance(error, ConnectionLost) or error.code == "connection_lost":  # resilience's too
        return EXIT_CONNECTION
    if isinstance(error, DatabaseProblem):
        return EXIT_DATABASE
    return EXIT_RULE


# SQLSTATEs (PostgreSQL appendix A) that mean the connection is gone or cannot be made.
_CONNECTION_STATES = {"57P01", "57P02", "57P03"}  # admin/crash shutdown, cannot connect now
_LOST_STATES = {"08003", "08006", "57P01", "57P02"}  # connection does not exist / failure
# libpq reports a refused login as text only ("… failed: FATAL:  role "x" does not exist");
# a server starting, stopping or full says FATAL too, but that passes: it is a connection's.
_LOGIN_REFUSED = re.compile(r"\bFATAL:")
_BUSY = re.compile(r"starting up|shutting down|in recovery|too many (clients|connections)")


def from_database_error(
    error: BaseException, *, server: str = "", what: str = "", role: str | None = None
) -> PlannerError | None:
    """What a database driver's error means for the user, or None when ``error`` is not one.

    ``error`` is a SQLAlchemy ``DBAPIError`` (its driver error in ``.orig``) or a driver error
    itself (psycopg, sqlite3). ``server`` names the server in the sentence (never with a
    password), ``what`` the refused action, ``role`` the user's role when already known.
    Read without importing SQLAlchemy or the driver: the window shows these from its first
    paint."""
    orig = getattr(error, "orig", None) or error
    driver = type(orig).__module__.split(".")[0]
    if driver not in ("psycopg", "psycopg2", "sqlite3") and orig is error:
        return None
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    reason = one_line(_driver_message(orig))
    if state == "42501":
        return NotPermitted(what or reason, role, detail=reason)
    invalidated = bool(getattr(error, "connection_invalidated", False))
    if driver.startswith("psycopg") and (
        invalidated
        or state.startswith("08")
        or state in _CONNECTION_STATES
        or (not state and type(orig).__name__ in ("OperationalError", "InterfaceError"))
    ):
        server = server or _server_of(orig)
        if not state and _LOGIN_REFUSED.search(reason) and not _BUSY.search(reason):
            return LoginRefused(server, reason)
        lost = invalidated or state in _LOST_STATES or "connection failed" not in reason
        return ConnectionLost(server, reason, lost=lost)
    if state.startswith("23") or type(orig).__name__ == "IntegrityError":
        return DatabaseRefused(reason)
    return DatabaseProblem(reason)


def _driver_message(orig: BaseException) -> str:
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return primary or str(orig) or type(orig).__name__


def _server_of(orig: BaseException) -> str:
    info = getattr(getattr(orig, "pgconn", None), "info", None) or getattr(orig, "info", None)
    host = getattr(info, "host", None)
    return f"{host}:{getattr(info, 'port', '')}" if host else "?"
