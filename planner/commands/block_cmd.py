"""``planner block desk | zone | list`` and ``planner unblock``: desks and zones out of use.

Blocking a desk someone holds on those days is refused (exit 3) naming them, unless
``--end-seating`` (their seat there ends the day before) or ``--move-plan NAME`` (a draft move
plan releasing them from the first day, to be given desks and applied; the block is made
after). ``planner block list --json`` prints ``{"blocks": [{"id", "target", "desk", "zone",
"from", "to", "reason"}]}``.
"""

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

    block = subparsers.add_parser("block", help="put a desk or a zone out of use for a period")
    kinds = block.add_subparsers(dest="block_kind", metavar="desk|zone|list", required=True)
    desk = kinds.add_parser("desk", help="put a desk (by code) out of use")
    desk.add_argument("code", metavar="CODE")
    zone = kinds.add_parser("zone", help="put every desk of a zone (by name) out of use")
    zone.add_argument("name", metavar="NAME")
    zone.add_argument("--floor", type=int, required=True, metavar="N", help="the zone's floor level")
    for parser in (desk, zone):
        parser.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
        parser.add_argument("--to", dest="end", type=_day, metavar="DATE",
                            help="last day out of use (default: until unblocked)")
        parser.add_argument("--reason", required=True, help="why (repairs, a visiting team, …)")
        held = parser.add_mutually_exclusive_group()
        held.add_argument("--end-seating", action="store_true",
                          help="whoever holds a desk then: their seat there ends the day before")
        held.add_argument("--move-plan", metavar="NAME",
                          help="whoever holds a desk then: make a draft move plan NAME for them "
                          "instead (the block is not made until they have moved)")
    listing = kinds.add_parser("list", help="desks and zones out of use")
    listing.add_argument("--on", type=_day, metavar="DATE", help="only those out of use that day")
    listing.add_argument("--json", action="store_true")
    unblock = subparsers.add_parser("unblock", help="put a desk or zone back in use (by block id)")
    unblock.add_argument("block_id", type=int, metavar="ID", help="as planner block list shows it")
    for parser, action in ((desk, "desk"), (zone, "zone"), (listing, "list"), (unblock, "unblock")):
        add_database_option(parser)
        parser.set_defaults(func=run, block_action=action)


def _zone(session, name: str, level: int):
    from sqlalchemy import select

    from planner.errors import NotFound
    from planner.models import Floor, Zone

    zone = session.scalars(
        select(Zone).join(Floor).where(Zone.name == name.strip(), Floor.level == level)
    ).first()
    if zone is None:
        raise NotFound("zone", f"{name} (floor {level})")
    return zone


def run(args: argparse.Namespace) -> int:
    from planner.errors import NotFound
    from planner.services import availability, sites
    from planner.services.seating import period_text
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.block_action == "list":
            with db.sessions() as s:
                rows = availability.list_blocks(s, on=args.on)
            if args.json:
                print(json.dumps({"blocks": [r.as_json() for r in rows]}, ensure_ascii=False, indent=2))
            else:
                for r in rows:
                    print(f"{r.id}\t{r.target}\t{r.label}\t{period_text(r.start, r.end)}\t{r.reason}")
                if not rows:
                    print("No desk or zone is out of use.")
            return 0
        with db.sessions() as s, s.begin():
            if args.block_action == "unblock":
                state = availability.unblock(s, args.block_id)
                print(f"Block {state.id} removed ({period_text(state.start, state.end)}: {state.reason}).")
                return 0
            if args.block_action == "desk":
                desk = sites.find_desk(s, args.code)
                if desk is None:
                    raise NotFound("desk", args.code)
                target = {"desk_id": desk.id}
                label = desk.code
            else:
                zone = _zone(s, args.name, args.floor)
                target = {"zone_id": zone.id}
                label = f"{zone.floor.name} · {zone.name}"
            holders = availability.holders_during(s, args.start, args.end, **target)
            if args.move_plan and holders:
                plan, people = availability.plan_moves_for_block(
                    s, args.move_plan, args.start, args.end, **target
                )
                print(f"Draft move plan {plan.id} '{plan.name}' for {plan.effective_date}: "
                      f"{len(people)} people to give another desk. {label} is not blocked yet: "
                      "apply the plan, then block it again.")
                return 0
            if args.block_action == "desk":
                change = availability.block_desk(s, desk.id, args.start, args.end, args.reason,
                                                 end_seating=args.end_seating)
            else:
                change = availability.block_zone(s, zone.id, args.start, args.end, args.reason,
                                                 end_seating=args.end_seating)
            ended = f"; seating ended the day before for {len(holders)}" if holders else ""
            print(f"Block {change.block_id}: {label} out of use "
                  f"{period_text(args.start, args.end)} ({args.reason}){ended}.")
        return 0
    finally:
        db.close()
