"""Creating the demo institute (or a large campus) in a database, all or nothing.

Used by ``planner demo``, by the window's ``--demo`` and by tests and benchmarks.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path


def create_demo(
    database: str | Path | None,
    *,
    scale: int | None = None,
    replace: bool = False,
    today: dt.date | None = None,
    progress=None,
) -> dict:
    """Build the demo into a temporary file and move it into place only when complete."""
    from planner.db import sqlite_path
    from planner.errors import ValidationError
    from planner.storage import open_database, resolve_url

    url = resolve_url(database)
    target = sqlite_path(url)
    if scale is not None and not 1 <= scale <= 1_000_000:
        raise ValidationError.from_template("scale", "must be between 1 and 1,000,000 desks")
    if target is not None:
        if target.exists() and not replace:
            raise ValidationError.from_template(
                "database", "%1 already exists; add --replace to overwrite it", target
            )
        partial = target.with_name(target.name + ".part")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        db = open_database(partial)
    else:
        db = open_database(url)
    try:
        with db.sessions() as session, session.begin():
            if scale:
                from planner.demo.campus import build_campus

                result = build_campus(session, scale, today=today, progress=progress)
            else:
                from planner.demo.institute import build_institute

                result = build_institute(session, today=today)
    finally:
        db.close()
    if target is not None:
        os.replace(partial, target)
    return result
