"""``planner db``: upgrade, copy, backup, restore and roles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "db", help="database maintenance: init, upgrade, copy, backup, restore, grant"
    )
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="create a new, empty database file at PATH (where no file or an empty one is)",
    )
    init.add_argument("path", type=Path, metavar="PATH")
    upgrade = actions.add_parser("upgrade", help="create or upgrade the schema (Alembic)")
    add_database_option(upgrade)
    copy = actions.add_parser("copy", help="copy every row of SRC into the empty database DST, verified")
    copy.add_argument("source", metavar="SRC")
    copy.add_argument("target", metavar="DST")
    backup = actions.add_parser("backup", help="write a backup file")
    add_database_option(backup)
    backup.add_argument("-o", "--output", type=Path, help="backup file (default: the backups folder)")
    restore = actions.add_parser("restore", help="restore a backup file (the replaced file is kept)")
    restore.add_argument("file", type=Path)
    add_database_option(restore)
    grant = actions.add_parser("grant", help="PostgreSQL: give USER one of the roles")
    grant.add_argument("user")
    grant.add_argument("role", choices=["viewer", "coordinator", "partnership", "admin"])
    add_database_option(grant)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.storage import open_database

    say = lambda message: print(f"  {message}", file=sys.stderr)  # noqa: E731
    if args.db_action == "init":
        from planner.storage import create_database

        print(f"New database created at {create_database(args.path)}")
    elif args.db_action == "upgrade":
        db = open_database(args.database)
        print(f"{db.location} is at the current schema" + (f" (backup: {db.backup})" if db.backup else ""))
        db.close()
    elif args.db_action == "copy":
        from planner.dbtools.copy import copy_database

        source, target = open_database(args.source), open_database(args.target)
        try:
            checks = copy_database(source, target, progress=say)
        finally:
            source.close()
            target.close()
        print(f"Copied {sum(c.rows for c in checks)} rows in {len(checks)} tables; counts and checksums match.")
    elif args.db_action == "backup":
        from planner.dbtools.backup import backup_database

        db = open_database(args.database)
        try:
            print(f"Backup written to {backup_database(db, args.output)}")
        finally:
            db.close()
    elif args.db_action == "restore":
        from planner.dbtools.backup import restore_database

        kept = restore_database(args.file, args.database)
        print(f"Restored {args.file}" + (f"; the replaced database is kept as {kept}" if kept else ""))
    elif args.db_action == "grant":
        from planner.dbtools.roles import grant_role
        from planner.errors import ValidationError

        db = open_database(args.database)
        try:
            if db.engine.dialect.name != "postgresql":
                raise ValidationError.from_template(
                    "database", "roles exist only on a PostgreSQL server"
                )
            with db.engine.begin() as connection:
                grant_role(connection, args.user, args.role)
        finally:
            db.close()
        print(f"{args.user} is now {args.role}.")
    return 0
