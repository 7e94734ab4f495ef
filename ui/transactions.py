"""One user action = one transaction, with the ways it can fail turned into domain errors.

Undo commands of every page run their service calls through :func:`run_action`, so a broken
rule, someone else's newer edit or a vanished database all end the same way: nothing written,
a PlannerError to show.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import ConcurrentEdit, DatabaseProblem, PlannerError


def run_action(
    sessions: sessionmaker[Session], work: Callable[[Session], None], what: str
) -> PlannerError | None:
    """Run ``work`` in its own transaction; the error that stopped it, or None when done."""
    try:
        with sessions() as session, session.begin():
            work(session)
    except PlannerError as error:
        return error
    except StaleDataError:
        return ConcurrentEdit(what)
    except SQLAlchemyError as error:  # the file went away, the server is down, …
        return DatabaseProblem(str(getattr(error, "orig", None) or error))
    return None
