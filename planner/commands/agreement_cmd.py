"""``planner export agreement``: the renewal agreement of a year as PDF.

The ``export`` command is shared with the spreadsheet exports; its module calls
:func:`add_agreement_parser` with its own subparsers. :func:`run_agreement` also works on an
``argparse.Namespace`` made by hand (year, lang, output, database).
"""

from __future__ import annotations

import argparse


def add_agreement_parser(export_subparsers) -> argparse.ArgumentParser:
    from planner.commands.options import add_database_option

    parser = export_subparsers.add_parser(
        "agreement",
        help="the renewal agreement of a year as PDF (Korean, English or both)",
        description="Write the renewal agreement of YEAR as PDF and record its version and sha256. "
        "The same data gives the same file and keeps the version; changed data raises it.",
    )
    parser.add_argument("--year", type=int, required=True, help="the renewal cycle's year")
    parser.add_argument(
        "--lang",
        choices=["ko", "en", "both"],
        default="ko",
        help="ko (default), en, or both side by side",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    add_database_option(parser)
    parser.set_defaults(func=run_agreement)
    return parser


def run_agreement(args: argparse.Namespace) -> int:
    from planner.export.output import check_output
    from planner.services.documents import export_agreement
    from planner.storage import open_database

    check_output(args.output)
    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session, session.begin():
            document = export_agreement(session, args.year, args.lang, args.output)
            version, digest = document.version, document.sha256
    finally:
        db.close()
    print(
        f"Wrote {args.output}: {args.year} agreement ({args.lang}), version {version}, "
        f"sha256 {digest}"
    )
    return 0
