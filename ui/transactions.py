"""One user action = one transaction, with the ways it can fail turned into domain errors.

Undo commands of every page run their service calls through :func:`run_action`, so a broken
rule, someone else's newer edit, a role that may not do it or a vanished database all end
the same way: nothing written, a PlannerError to show. Collisions between two transactions
on the server (serialisation failure, deadlock) are not the user's doing: the action is
simply run again, a few times, before giving up. A connection that broke (the server
restarted) ends in :class:`ConnectionLost`: the server rolled the unfinished transaction back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import event, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.connection import server_label
from planner.errors import (
    ConcurrentEdit,
    DatabaseProblem,
    NotPermitted,
    PlannerError,
    from_database_error,
)
from planner.resilience import ConnectionLost, is_connection_lost
from planner.sharing import (
    ChangedByOther,
    is_permission_denied,
    is_retryable,
    last_change,
    server_role,
    stale_table,
)

ATTEMPTS = 3
BACKOFF_S = 0.05  # doubled after each collision: 50 ms, 100 ms

# Called with every ConcurrentEdit an action ends in, so windows can reload what is stale.
conflict_listeners: list[Callable[[PlannerError], None]] = []
# Called with every ConnectionLost, so the window can say it is reconnecting.
connection_listeners: list[Callable[[PlannerError], None]] = []


def run_action(
    sessions: sessionmaker[Session], work: Callable[[Session], None], what: str
) -> PlannerError | None:
    """Run ``work`` in its own transaction; the error that stopped it, or None when done."""
    for attempt in range(ATTEMPTS):
        progress = {"committing": False}
        try:
            return _run_once(sessions, work, what, progress)
        except SQLAlchemyError as error:
            if is_retryable(error) and attempt + 1 < ATTEMPTS:
                time.sleep(BACKOFF_S * 2**attempt)
                continue
            if is_connection_lost(error) and not progress["committing"] and attempt + 1 < ATTEMPTS:
                # Lost before COMMIT was sent: the server rolled it all back, so run it again
                # on a new connection (which waits for a restarting server, planner.resilience).
                # Lost during COMMIT it may have been saved: never run twice, say so instead.
                continue
            if is_connection_lost(error) and not is_permission_denied(error):
                lost = ConnectionLost(what)
                for listener in list(connection_listeners):
                    listener(lost)
                return lost
            return _said(sessions, error, what)
    return None  # not reached: the last attempt returns or raises


def _said(sessions: sessionmaker[Session], error: SQLAlchemyError, what: str) -> PlannerError:
    """The driver's error as the CLI says it (planner.errors.from_database_error): a refusal
    names the role and what it may do, a server gone is ConnectionLost, …"""
    engine = sessions.kw.get("bind")
    server = server_label(engine.url.render_as_string()) if engine is not None else ""
    said = from_database_error(error, server=server, what=what)
    if isinstance(said, NotPermitted) and is_permission_denied(error) and engine is not None:
        said = NotPermitted(what, server_role(engine), detail=said.detail)
    return said or DatabaseProblem(str(getattr(error, "orig", None) or error))


def _run_once(
    sessions: sessionmaker[Session],
    work: Callable[[Session], None],
    what: str,
    progress: dict[str, bool],
) -> PlannerError | None:
    with sessions() as session:
        touched: list[tuple[str, int]] = []
        event.listen(session, "before_flush", lambda s, _ctx, _i: touched.extend(_edited_rows(s)))
        try:
            with session.begin():
                work(session)
                session.flush()
                progress["committing"] = True
        except PlannerError as error:
            if isinstance(error, ConcurrentEdit):
                _tell_listeners(error)
            return error
        except StaleDataError as error:
            conflict = _who_changed(sessions, error, touched, what)
            _tell_listeners(conflict)
            return conflict
    return None


def _edited_rows(session: Session) -> list[tuple[str, int]]:
    rows = []
    for obj in list(session.dirty) + list(session.deleted):
        identity = inspect(obj).identity
        table = getattr(obj, "__tablename__", None)
        if identity and table and isinstance(identity[0], int):
            rows.append((table, identity[0]))
    return rows


def _who_changed(
    sessions: sessionmaker[Session],
    error: StaleDataError,
    touched: list[tuple[str, int]],
    what: str,
) -> ConcurrentEdit:
    table = stale_table(error)
    if table is None:
        return ConcurrentEdit(what)
    ids = [row_id for name, row_id in touched if name == table]
    try:
        with sessions() as session:
            entry = last_change(session, table, ids)
    except SQLAlchemyError:
        entry = None
    if entry is None:
        return ChangedByOther(what)
    return ChangedByOther(what, entry.actor, entry.at)


def _tell_listeners(error: PlannerError) -> None:
    for listener in list(conflict_listeners):
        listener(error)
