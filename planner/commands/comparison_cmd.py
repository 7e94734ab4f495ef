"""``planner export comparison``: the 신구대조표 of a year's agreement — with last year's
(default), another year's (``--against``) or another version of its own (``--version``)."""

from __future__ import annotations

import argparse


def add_comparison_parser(export_subparsers) -> argparse.ArgumentParser:
    from planner.commands.options import add_database_option

    parser = export_subparsers.add_parser(
        "comparison",
        help="the 신구대조표 of a year's agreement: clause by clause against last year's, "
        "or against another version",
        description="Write the comparison table (신구대조표) of the agreement of YEAR: every "
        "clause, signature-block line and annex row that differs, as old wording | new "
        "wording | reason, the changed words underlined. Each side is its frozen agreement, "
        "or today's data for a year not frozen. Nothing is recorded.",
    )
    parser.add_argument("--year", type=int, required=True, help="the agreement's year")
    against = parser.add_mutually_exclusive_group()
    against.add_argument(
        "--against", type=int, metavar="YEAR", help="compare with this year (default: the last "
        "year before YEAR)"
    )
    against.add_argument(
        "--version", type=int, metavar="N", help="compare with frozen version N of YEAR itself"
    )
    parser.add_argument(
        "--lang", choices=["ko", "en"], default="ko", help="ko (default) or en"
    )
    parser.add_argument(
        "--format",
        choices=["pdf", "hwpx", "docx"],
        default=None,
        help="pdf (default), hwpx or docx; without it, the output's suffix decides, else PDF",
    )
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    add_database_option(parser)
    parser.set_defaults(func=run_comparison)
    return parser


def run_comparison(args: argparse.Namespace) -> int:
    from planner.export.output import check_output
    from planner.export.story import format_of
    from planner.services.agreement_copies import export_comparison
    from planner.storage import open_database

    check_output(args.output)
    fmt = format_of(getattr(args, "format", None), args.output)
    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session, session.begin():
            comparison = export_comparison(
                session,
                args.year,
                args.lang,
                fmt,
                args.output,
                against=getattr(args, "against", None),
                version=getattr(args, "version", None),
            )
    finally:
        db.close()
    old, new = comparison.old.data, comparison.new.data
    counts = {kind: len(comparison.of_kind(kind)) for kind in ("clause", "signature")}
    counts["annex"] = len(comparison.of_kind("annex1")) + len(comparison.of_kind("annex2"))
    print(
        f"Wrote {args.output}: the {new.year} agreement (version {new.version}) compared with "
        f"{old.year} (version {old.version}): {counts['clause']} clause(s), "
        f"{counts['signature']} signature line(s), {counts['annex']} annex row(s) changed"
    )
    return 0
