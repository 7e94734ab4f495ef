"""``planner assign | release | swap | whereis``: seating from scripts, with the same rules as
the floor plan. A broken rule is one line on stderr and exit code 3."""

from __future__ import annotations

import argparse
import datetime as dt
import json


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    assign = subparsers.add_parser("assign", help="seat a person (by e-mail) at a desk (by code)")
    assign.add_argument("email")
    assign.add_argument("desk")
    assign.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    assign.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day at the desk")
    release = subparsers.add_parser("release", help="free a person's desk from a day on")
    release.add_argument("email")
    release.add_argument("--on", type=_day, required=True, metavar="DATE")
    swap = subparsers.add_parser("swap", help="two seated people exchange desks from a day on")
    swap.add_argument("email_a", metavar="EMAIL")
    swap.add_argument("email_b", metavar="EMAIL")
    swap.add_argument("--on", type=_day, required=True, metavar="DATE")
    whereis = subparsers.add_parser("whereis", help="find a person or desk: name, e-mail or desk code")
    whereis.add_argument("query")
    whereis.add_argument("--on", type=_day, metavar="DATE", help="day (default: today)")
    whereis.add_argument("--json", action="store_true")
    for parser, action in ((assign, "assign"), (release, "release"), (swap, "swap"), (whereis, "whereis")):
        add_database_option(parser)
        parser.set_defaults(func=run, seating_action=action)


def _person(session, email: str):
    from sqlalchemy import select

    from planner.errors import NotFound
    from planner.models import Person

    person = session.scalars(select(Person).where(Person.email == email.strip().lower())).first()
    if person is None:
        raise NotFound("person with e-mail", email)
    return person


def run(args: argparse.Namespace) -> int:
    from planner.errors import NotFound
    from planner.services import seating, sites
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.seating_action == "whereis":
            return _whereis(db, args)
        with db.sessions() as s, s.begin():
            if args.seating_action == "assign":
                person = _person(s, args.email)
                desk = sites.find_desk(s, args.desk)
                if desk is None:
                    raise NotFound("desk", args.desk)
                made = seating.assign_desk(s, person.id, desk.id, args.start, args.end)
                start, end = made.start_date, made.end_date
                # The stay shapes the desk: from arrival at the earliest, ending with the stay.
                arrival = " (first day of the stay)" if start != args.start else ""
                until = f" until {end}" if end else ""
                if end is not None and end != args.end:
                    until += " (last day of the stay)"
                message = f"{person.name_ko} sits at {desk.code} from {start}{arrival}{until}."
            elif args.seating_action == "release":
                person = _person(s, args.email)
                seating.release_desk(s, person.id, args.on)
                message = f"{person.name_ko} has no desk from {args.on}."
            else:
                a, b = _person(s, args.email_a), _person(s, args.email_b)
                seating.swap_people(s, a.id, b.id, args.on)
                message = f"{a.name_ko} and {b.name_ko} swap desks from {args.on}."
        print(message)
        return 0
    finally:
        db.close()


def _occupants(session, desk_id: int | None, day: dt.date) -> list[dict]:
    """Who sits at the desk on ``day`` (a hot desk may have several), by start date."""
    from planner.services.seating import occupants_on

    if desk_id is None:
        return []
    return [
        {
            "person_id": a.person_id, "name_ko": a.person.name_ko, "name_en": a.person.name_en,
            "email": a.person.email, "start": a.start_date.isoformat(),
            "end": a.end_date.isoformat() if a.end_date else None,
        }
        for a in sorted(occupants_on(session, desk_id, day), key=lambda a: (a.start_date, a.id))
    ]


def _whereis(db, args: argparse.Namespace) -> int:
    from planner.models import Desk, Floor, Person
    from planner.services.floorplan import find_in_site

    day = args.on or dt.date.today()
    with db.sessions() as s:
        hits = find_in_site(s, args.query, day)
        results = []
        for hit in hits:
            desk = s.get(Desk, hit.desk_id) if hit.desk_id else None
            floor = s.get(Floor, hit.floor_id) if hit.floor_id else None
            person = s.get(Person, hit.person_id) if hit.person_id else None
            results.append({
                "kind": hit.kind, "label": hit.label, "person_id": hit.person_id,
                "name_ko": person.name_ko if person else None,
                "name_en": person.name_en if person else None,
                "email": person.email if person else None,
                "desk": desk.code if desk else None,
                "floor": floor.name if floor else None,
                "building": floor.building.name if floor else None,
                "occupants": _occupants(s, hit.desk_id, day),  # who sits at that desk that day
            })
    if args.json:
        print(json.dumps({"query": args.query, "on": day.isoformat(), "results": results}, ensure_ascii=False, indent=2))
    else:
        for r in results:
            where = f"{r['desk']} ({r['building']} {r['floor']})" if r["desk"] else "no desk on that day"
            if r["kind"] == "desk":
                who = ", ".join(o["name_ko"] for o in r["occupants"]) or "free"
                where = f"{where}: {who}"
            print(f"{r['label']}: {where}")
        if not results:
            print(f"Nothing found for '{args.query}'.")
    return 0 if results else 1
