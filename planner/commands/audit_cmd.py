"""``planner audit verify``: is the audit log as it was written?"""

from __future__ import annotations

import argparse
import json

# A log that was changed behind the program's back: the database cannot be trusted as it is
# (the exit code of a database problem).
EXIT_TAMPERED = 4


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("audit", help="check the audit log")
    actions = parser.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify",
        help="walk the audit log's hash chain and report the first entry that was changed, "
        "removed or added past the program (exit 4 when there is one)",
    )
    add_database_option(verify)
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from planner.services.audit_chain import verify_chain
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        with db.sessions() as session:
            report = verify_chain(session)
    finally:
        db.close()
    broken = report.broken
    if args.json:
        print(json.dumps({
            "intact": report.intact,
            "entries": report.entries,
            "first_broken": None if broken is None else {
                "entry_id": broken.entry_id,
                "chain_no": broken.chain_no,
                "problem": broken.problem,
                "message": broken.message,
            },
            "database": db.location,
        }, ensure_ascii=False, indent=2))
    elif broken is None:
        print(f"The audit log is intact: {report.entries:,} entries, each linked to the last.")
    else:
        print(f"The audit log was tampered with: {broken.message}.")
    return 0 if broken is None else EXIT_TAMPERED
