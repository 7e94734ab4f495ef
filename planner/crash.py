"""Crash reports: an error the program did not expect is written to a file with its
traceback, and the user reads one line naming that file — never a bare traceback.

The report holds the program's and its platform's versions, the command line (passwords in
database URLs blanked) and the traceback; the newest :data:`KEEP` reports are kept in the user
log folder (:func:`planner.locations.log_dir`), or the temporary folder when that cannot be
written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import traceback
from pathlib import Path

KEEP = 20
_PASSWORD = re.compile(r"(://[^/:@\s]*:)[^@\s]*@")


def redact(text: str) -> str:
    """``postgresql://user:secret@host`` -> ``postgresql://user:***@host``."""
    return _PASSWORD.sub(r"\1***@", text)


def report_text(error: BaseException, argv: list[str]) -> str:
    from planner.about import version_lines  # noqa: PLC0415

    try:
        versions = version_lines()
    except Exception as failure:  # noqa: BLE001 - a report must be written whatever broke
        versions = [f"(versions unknown: {type(failure).__name__}: {failure})"]
    trace = "".join(traceback.format_exception(error))
    return "\n".join([
        "Lab Planner crash report",
        f"time: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC",
        *versions,
        f"command: planner {' '.join(redact(arg) for arg in argv)}",
        "",
        redact(trace),
    ])


def write_crash_report(error: BaseException, argv: list[str]) -> Path:
    """Write the report and return its path; OSError when no folder takes it."""
    from planner.locations import log_dir  # noqa: PLC0415

    text = report_text(error, argv)
    name = f"crash-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    failures: list[OSError] = []
    for folder in (log_dir, lambda: Path(tempfile.gettempdir())):
        try:
            target = folder() / name
            with open(target, "x", encoding="utf-8") as out:
                out.write(text)
        except OSError as failure:
            failures.append(failure)
            continue
        _prune(target.parent)
        return target
    raise failures[-1]


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"))
    for old in reports[:-KEEP]:
        try:
            old.unlink()
        except OSError:
            pass
