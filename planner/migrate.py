"""Schema migrations with Alembic, run on opening a database.

An older SQLite file is copied next to itself (SQLite's online backup) before it is
upgraded, so a failed or unwanted upgrade can always be undone by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from planner.errors import DatabaseProblem

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in migrations/versions. Opening an up-to-date database compares with this
# and never imports Alembic, which saves a third of a second at every start;
# tests/planner/test_migrations.py checks that it matches the scripts.
SCHEMA_HEAD = "0012"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def backup_sqlite(path: Path, label: str) -> Path:
    """The copy kept beside a file before it is upgraded; private like the file itself."""
    from planner.dbtools.snapshots import sqlite_snapshot

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix or '.sqlite3'}")
    return sqlite_snapshot(path, target, private=True)


def prepare(engine: Engine, sqlite_file: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the backup written before upgrading, if any."""
    if _quick_revision(engine) == SCHEMA_HEAD:
        return None
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in _known_revisions():
        raise DatabaseProblem(
            "This database was written by a newer version of Lab Planner "
            f"(schema {current}); update the application to open it."
        )
    backup = None
    if current is None and inspect(engine).get_table_names():
        raise DatabaseProblem("This file is a database of another application, not of Lab Planner.")
    if current is not None and sqlite_file is not None and sqlite_file.exists():
        backup = backup_sqlite(sqlite_file, current)
    upgrade(engine)
    return backup


def _quick_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None  # no table yet, or not readable: the full path below decides
