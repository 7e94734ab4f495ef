"""What this program is: its version and the versions of what it runs on.

``planner --version`` prints :func:`version_lines`; the window's About dialog shows the same
lines (passing the Qt it actually runs), so a user reading either to a helpdesk reads the same.
Nothing here imports Qt: the PySide6 version comes from its installed package metadata.
"""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

from planner import __version__

PRODUCT = "Lab Planner"


def version_lines(qt: str | None = None) -> list[str]:
    """The program's version, Python, Qt/PySide6, SQLite and the database schema it writes.

    ``qt`` is the Qt version of a running window (``qVersion()``); without it the installed
    PySide6 package's version is given (a PySide6 wheel carries the Qt of the same version).
    """
    from planner.migrate import SCHEMA_HEAD  # noqa: PLC0415 - SQLAlchemy only for --version

    pyside = _installed("PySide6")
    qt_line = f"Qt {qt} / PySide6 {pyside}" if qt else f"Qt/PySide6 {pyside}"
    return [
        f"{PRODUCT} {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        qt_line,
        f"SQLite {sqlite3.sqlite_version}",
        f"Database schema {SCHEMA_HEAD}",
    ]


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"
