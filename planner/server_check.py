""" "Test connection": can this server be used, and if not, why — in words a user can act on."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from planner.db import make_engine


class Problem(enum.Enum):
    WRONG_PASSWORD = "wrong_password"
    NO_PASSWORD = "no_password"
    NO_SERVER = "no_server"
    NO_USER = "no_user"
    NO_DATABASE = "no_database"
    NOT_PREPARED = "not_prepared"  # reachable, but without Lab Planner's tables
    OUTDATED = "outdated"  # an older schema: opening it upgrades it
    OTHER = "other"


@dataclass(frozen=True)
class ServerStatus:
    problem: Problem | None
    detail: str = ""  # the server's own words, for the curious (never holds the password)
    may_prepare: bool = False  # the user may create the tables (``planner db upgrade``)

    @property
    def ok(self) -> bool:
        return self.problem is None


# libpq reports connection failures as text only (no SQLSTATE before the session exists).
_PATTERNS = (
    ("password authentication failed", Problem.WRONG_PASSWORD),
    ("no password supplied", Problem.NO_PASSWORD),
    ("fe_sendauth: no password", Problem.NO_PASSWORD),
    ("does not exist", None),  # role or database: told apart below
    ("connection refused", Problem.NO_SERVER),
    ("could not translate host name", Problem.NO_SERVER),
    ("name or service not known", Problem.NO_SERVER),
    ("timeout expired", Problem.NO_SERVER),
    ("no route to host", Problem.NO_SERVER),
    ("could not connect", Problem.NO_SERVER),
)


def classify(message: str) -> Problem:
    lowered = message.lower()
    for pattern, problem in _PATTERNS:
        if pattern in lowered:
            if problem is not None:
                return problem
            return Problem.NO_USER if "role" in lowered else Problem.NO_DATABASE
    return Problem.OTHER


def check_server(url: str, timeout: int = 5, **connect_args) -> ServerStatus:
    """Connect once (no pool), look for Lab Planner's schema; never changes anything."""
    from planner import migrate  # noqa: PLC0415 - Alembic only when asked

    engine = make_engine(
        url, poolclass=NullPool, connect_args={"connect_timeout": timeout, **connect_args}
    )
    try:
        with engine.connect() as connection:
            revision = None
            if (
                connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
                is not None
            ):
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
            may_create = bool(
                connection.execute(
                    text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
                ).scalar()
            )
    except DBAPIError as error:
        detail = str(error.orig).removeprefix("connection failed: ").strip()
        return ServerStatus(classify(detail), detail)
    finally:
        engine.dispose()
    if revision is None:
        return ServerStatus(Problem.NOT_PREPARED, may_prepare=may_create)
    if revision != migrate.head_revision():
        return ServerStatus(Problem.OUTDATED, revision, may_prepare=may_create)
    return ServerStatus(None)
