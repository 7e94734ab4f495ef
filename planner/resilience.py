"""A shared server that restarts, a network that drops, a client that dies mid-transaction.

What every PostgreSQL engine of the application gets (:func:`configure_postgres`):

* ``connect_timeout``: an unreachable server is reported within seconds, not minutes;
* TCP keepalives: a connection whose peer vanished (a laptop's lid closed, a cable pulled)
  is noticed by both ends within about half a minute instead of the kernel's two hours;
* ``idle_in_transaction_session_timeout``: a client that hangs inside a transaction (frozen,
  stopped in a debugger) has its session ended by the server, so its row locks are freed.
  A client that is *killed* needs none of this: its socket closes and the server ends the
  session at once. One user action is one short transaction, never idle for long;
* ``pool_pre_ping``: a pooled connection that died with a server restart is replaced before
  it is used, so the first action after the restart simply works;
* connecting waits for a server that is restarting (refused, "starting up", "shutting
  down") for up to ``server_wait_s`` seconds before giving up: a command run during a
  restart finishes once the server is back.

A connection lost in the middle of an action is :class:`ConnectionLost`: nothing of the action
was committed (the server rolls back an unfinished transaction), so the window keeps the edit
for Redo.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Iterator

from planner.errors import DatabaseProblem

CONNECT_TIMEOUT_S = 5
IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
DEFAULT_SERVER_WAIT_S = 10.0
RETRY_PAUSE_S = 0.2

# What libpq says while the server is not accepting connections for a moment.
_NOT_THERE = (
    "connection refused",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "the database system is not yet accepting connections",
    "server closed the connection unexpectedly",
    "no such file or directory",  # a Unix socket that is not there yet
)
# SQLSTATE classes and codes that mean the connection itself is gone.
_LOST_STATES = ("08", "57P01", "57P02", "57P03")
_LOST_TEXTS = _NOT_THERE + (
    "terminating connection",
    "connection is closed",
    "the connection is lost",
    "consuming input failed",
    "server conn crashed",
    "connection timed out",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "eof detected",
)

_local = threading.local()
_waits: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> seconds


class ConnectionLost(DatabaseProblem):
    """The connection to the server broke (a restart, the network): nothing was committed."""

    code = "connection_lost"

    def __init__(self, what: str = "") -> None:
        prefix = f"{what}: " if what else ""
        super().__init__(
            f"{prefix}the connection to the server was lost; nothing was saved. "
            "Try again once the server is back."
        )
        self.what = what


def session_options(idle_in_transaction_ms: int | None = None) -> str:
    """The libpq ``options`` that set this application's server-side session settings."""
    if idle_in_transaction_ms is None:
        idle_in_transaction_ms = IDLE_IN_TRANSACTION_TIMEOUT_MS
    return f"-c idle_in_transaction_session_timeout={idle_in_transaction_ms}"


def postgres_engine_arguments(url, kwargs: dict) -> dict:
    """``kwargs`` for create_engine with the settings above added (the caller's win)."""
    given = dict(kwargs.get("connect_args") or {})
    options = " ".join(
        part
        for part in (session_options(), _url_option(url, "options"), given.pop("options", None))
        if part
    )
    connect_args = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "lab-planner",
        **KEEPALIVES,
        **given,
        "options": options,
    }
    return {"pool_pre_ping": True, **kwargs, "connect_args": connect_args}


def _url_option(url, name: str) -> str | None:
    value = url.query.get(name)
    if isinstance(value, tuple):
        return " ".join(value)
    return value


def install_server_wait(engine, wait_s: float = DEFAULT_SERVER_WAIT_S) -> None:
    """New connections of ``engine`` wait up to ``wait_s`` for a server that is restarting
    (changed later with :func:`set_server_wait`)."""
    from sqlalchemy import event  # noqa: PLC0415 - this module stays importable without it

    _waits[engine] = wait_s

    def connect(dialect, _record, cargs, cparams):
        limit = getattr(_local, "wait_s", None)
        deadline = time.monotonic() + (_waits.get(engine, 0.0) if limit is None else limit)
        while True:
            try:
                return dialect.loaded_dbapi.connect(*cargs, **cparams)
            except dialect.loaded_dbapi.OperationalError as error:
                if not server_not_there(error) or time.monotonic() + RETRY_PAUSE_S > deadline:
                    raise
                time.sleep(RETRY_PAUSE_S)

    event.listen(engine, "do_connect", connect)


def set_server_wait(engine, wait_s: float) -> None:
    """How long ``engine``'s new connections wait for the server from now on (the window
    shortens it while it knows the server is away, so an edit is not held up for long)."""
    if engine in _waits:
        _waits[engine] = wait_s


def server_wait_of(engine) -> float:
    return _waits.get(engine, 0.0)


@contextlib.contextmanager
def server_wait(seconds: float) -> Iterator[None]:
    """Within the block, this thread's new connections wait at most ``seconds`` (0: one try)."""
    before = getattr(_local, "wait_s", None)
    _local.wait_s = seconds
    try:
        yield
    finally:
        _local.wait_s = before


def server_not_there(error: BaseException) -> bool:
    """A failure to connect that a restarting server gives (worth another try shortly)."""
    text = str(error).lower()
    return any(part in text for part in _NOT_THERE)


def is_connection_lost(error: BaseException) -> bool:
    """``error`` (SQLAlchemy's or the driver's) means the connection broke, not a refusal."""
    if getattr(error, "connection_invalidated", False):
        return True
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None) or ""
    if state and (state.startswith(_LOST_STATES[0]) or state in _LOST_STATES[1:]):
        return True
    name = type(original).__name__
    if name not in ("OperationalError", "InterfaceError") or state:
        return False
    text = str(original).lower()
    return any(part in text for part in _LOST_TEXTS)
