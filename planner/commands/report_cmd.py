"""``planner report``: printed reports as PDF (seating chart, roster, name plates, occupancy,
renewal summary)."""

from __future__ import annotations

import argparse
import datetime as dt

KINDS = {
    "seating": "the seating chart of one floor (A4, A3 or A1), with a name index",
    "roster": "who sits where, by floor, zone or organisation (A4)",
    "nameplates": "name plates / door labels, eight per A4 page with cut marks",
    "occupancy": "occupancy by floor, organisation and task, with a chart",
    "renewals": "the renewal summary of a year: decisions, totals, budget over the years",
}


def _month(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month (YYYY-MM)") from None


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("report", help="printed reports as PDF: " + ", ".join(KINDS))
    kinds = parser.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    for kind, help_text in KINDS.items():
        sub = kinds.add_parser(kind, help=help_text, description=help_text)
        sub.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
        sub.add_argument(
            "--on",
            type=dt.date.fromisoformat,
            metavar="YYYY-MM-DD",
            help="the day the report shows (default: today); for renewals, the day its "
            "overdue and coming deliverables are reckoned from",
        )
        add_database_option(sub)
    kinds.choices["seating"].add_argument(
        "--floor", required=True, help="floor level (3) or name (3층)"
    )
    kinds.choices["seating"].add_argument(
        "--paper", choices=["A4", "A3", "A1"], default="A3", type=str.upper
    )
    kinds.choices["seating"].add_argument(
        "--lang", choices=["ko", "en"], default="ko", help="language of the chart (default: ko)"
    )
    kinds.choices["seating"].add_argument(
        "--tiles",
        choices=["auto", "off"],
        default="auto",
        help="auto: across several pages, with overlap marks, when one page cannot hold every "
        "full name at 7 pt or more; off: always one page (short names where full ones do not fit)",
    )
    kinds.choices["nameplates"].add_argument("--floor", help="only the people on this floor")
    for option, help_text in (
        ("--from-month", "first month of the months chart (default: six months before --on)"),
        ("--to-month", "last month of the months chart (default: five months after --on)"),
    ):
        kinds.choices["occupancy"].add_argument(option, type=_month, metavar="YYYY-MM",
                                                help=help_text)
    kinds.choices["roster"].add_argument(
        "--by", choices=["floor", "zone", "organisation"], default="floor"
    )
    kinds.choices["renewals"].add_argument(
        "--year", type=int, help="the cycle's year (default: the latest)"
    )
    parser.set_defaults(func=run)


def build_report(session, args: argparse.Namespace) -> bytes:
    """The PDF bytes of the report ``args.report_kind`` (everything read in ``session``)."""
    from planner.services import documents

    day = getattr(args, "on", None) or dt.date.today()
    site = documents.site_name(session)
    kind = args.report_kind
    if kind == "seating":
        from planner.export.reports.seating import build_seating_chart

        return build_seating_chart(
            documents.floor_plan(session, args.floor, day),
            args.paper,
            lang=getattr(args, "lang", "ko"),
            tiles=getattr(args, "tiles", "auto"),
        )
    if kind == "roster":
        from planner.export.reports.roster import build_roster

        return build_roster(documents.roster_rows(session, day), day, by=args.by, site=site)
    if kind == "nameplates":
        from planner.export.reports.nameplates import build_nameplates

        return build_nameplates(documents.name_plates(session, day, args.floor), day, site=site)
    if kind == "occupancy":
        from planner.export.reports.occupancy import build_occupancy

        from planner.services.occupancy_months import default_period

        first, last = default_period(day)
        months = (getattr(args, "from_month", None) or first, getattr(args, "to_month", None) or last)
        return build_occupancy(documents.occupancy_report(session, day, months))
    if kind == "renewals":
        from planner.export.reports.renewals import build_renewal_summary

        return build_renewal_summary(
            documents.renewal_summary(session, _year(session, args.year), today=day), site=site
        )
    raise ValueError(f"unknown report {kind!r}")


def _year(session, year: int | None) -> int:
    from planner.errors import NotFound
    from planner.services import renewals

    if year is not None:
        return year
    cycles = renewals.list_cycles(session)
    if not cycles:
        raise NotFound("renewal cycle", "any")
    return cycles[-1].year


def run(args: argparse.Namespace) -> int:
    from planner.export.output import check_output, write_atomically
    from planner.storage import open_database

    check_output(args.output)
    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session:
            pdf = build_report(session, args)
    finally:
        db.close()
    write_atomically(args.output, pdf)
    print(f"Wrote {args.output}: {args.report_kind} report, {len(pdf):,} bytes")
    return 0
