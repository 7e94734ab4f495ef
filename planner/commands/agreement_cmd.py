"""``planner export agreement``: the renewal agreement of a year as PDF (or an editable HWPX
or DOCX copy, ``--format``), or a file checked.

The ``export`` command is shared with the spreadsheet exports; its module calls
:func:`add_agreement_parser` with its own subparsers. :func:`run_agreement` also works on an
``argparse.Namespace`` made by hand (year, lang, output, database; check, json, format
optional).
"""

from __future__ import annotations

import argparse
import json


def add_agreement_parser(export_subparsers) -> argparse.ArgumentParser:
    from planner.commands.options import add_database_option

    parser = export_subparsers.add_parser(
        "agreement",
        help="the renewal agreement of a year as PDF (Korean, English or both), or an editable "
        "HWPX or DOCX copy",
        description="Write the renewal agreement of YEAR as PDF and record it (version, language, "
        "sha256). From 'agreed' on, every copy is built from the agreement frozen then and is "
        "byte-identical whatever changed since; a draft is built from today's data. "
        "With --format hwpx or docx, write an editable copy (Hancom 한글, Word) of the same "
        "agreement instead: the same articles, annexes (as tables) and signature block, its "
        "hand-out in the audit log. "
        "With --check FILE, say whether FILE is a PDF we issued, and which.",
    )
    parser.add_argument("--year", type=int, required=True, help="the renewal cycle's year")
    parser.add_argument(
        "--lang",
        choices=["ko", "en", "both"],
        default="ko",
        help="ko (default), en, or both side by side",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FILE", help="the file to write")
    target.add_argument(
        "--check", metavar="FILE", help="is FILE an agreement of YEAR we issued? (exit 0 if so)"
    )
    parser.add_argument("--json", action="store_true", help="with --check: the answer as JSON")
    parser.add_argument(
        "--format",
        choices=["pdf", "hwpx", "docx"],
        default=None,
        help="pdf (default), hwpx (Hancom 한글) or docx (Word); without it, the output's "
        "suffix (.hwpx, .docx) decides, else PDF",
    )
    add_database_option(parser)
    parser.set_defaults(func=run_agreement)
    return parser


def run_agreement(args: argparse.Namespace) -> int:
    from planner.storage import open_database

    if getattr(args, "check", None):
        return _check(args)
    from planner.export.output import check_output
    from planner.export.story import format_of
    from planner.services.agreement_copies import export_agreement_copy

    check_output(args.output)
    fmt = format_of(getattr(args, "format", None), args.output)
    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session, session.begin():
            version, stage, digest = export_agreement_copy(
                session, args.year, args.lang, fmt, args.output
            )
    finally:
        db.close()
    kind = "" if fmt == "pdf" else f", {fmt.upper()} copy"
    print(
        f"Wrote {args.output}: {args.year} agreement ({args.lang}{kind}), version {version}, "
        f"{stage}, sha256 {digest}"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from planner.errors import EXIT_RULE
    from planner.services.agreements import check_agreement_file
    from planner.storage import open_database

    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session:
            found = check_agreement_file(session, args.year, args.check)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    elif found.issued:
        print(
            f"{args.check} is version {found.version} ({found.language}, {found.stage}) of the "
            f"{found.year} agreement, issued {found.issued_at:%Y-%m-%d %H:%M} UTC by "
            f"{found.issued_by}; frozen data sha256 {found.fingerprint or '(draft)'}"
        )
    else:
        where = f" (it is one of the {found.year} agreement)" if found.year else ""
        claims = (
            f"; it says it is {found.claims}, but no issued file has its bytes"
            if (found.claims and not found.year)
            else ""
        )
        print(f"{args.check} is not an agreement of {args.year} that we issued{where}{claims}.")
    return 0 if found.issued else EXIT_RULE
