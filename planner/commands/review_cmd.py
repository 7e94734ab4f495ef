"""``planner review``: the institute's review checklist (the items each cycle is reviewed
for before agreement), and ``planner cycle review|tick|untick``: one cycle's checklist."""

from __future__ import annotations

import argparse
import json


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "review", help="the review checklist before agreement: list, add and change its items"
    )
    actions = parser.add_subparsers(dest="review_action", metavar="ACTION", required=True)
    items = actions.add_parser("items", help="the checklist's items, required or not")
    items.add_argument("--json", action="store_true")
    items.add_argument("--all", action="store_true", help="inactive items too")
    add = actions.add_parser("add", help="a new item, for every cycle not yet agreed")
    add.add_argument("code")
    add.add_argument("--label-ko", required=True)
    add.add_argument("--label-en", default="")
    add.add_argument("--optional", action="store_true", help="may stay unticked at agreement")
    change = actions.add_parser("set", help="change an item: labels, required or not, active")
    change.add_argument("code")
    change.add_argument("--label-ko")
    change.add_argument("--label-en")
    need = change.add_mutually_exclusive_group()
    need.add_argument("--required", dest="required", action="store_true", default=None)
    need.add_argument("--optional", dest="required", action="store_false")
    use = change.add_mutually_exclusive_group()
    use.add_argument("--active", dest="active", action="store_true", default=None)
    use.add_argument("--inactive", dest="active", action="store_false")
    for sub in (items, add, change):
        add_database_option(sub)
    parser.set_defaults(func=run)


def _item_json(item) -> dict:
    return {"code": item.code, "label_ko": item.label_ko, "label_en": item.label_en,
            "required": item.required, "active": item.active, "position": item.position}


def run(args: argparse.Namespace) -> int:
    from planner.services import review
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.review_action == "items":
            with db.sessions() as s:
                rows = [_item_json(i) for i in review.list_review_items(s, include_inactive=args.all)]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    need = "required" if row["required"] else "optional"
                    print(f"{row['code']:20} {need:9} {row['label_ko']} / {row['label_en']}")
        elif args.review_action == "add":
            with db.sessions() as s, s.begin():
                item = review.add_review_item(s, args.code, label_ko=args.label_ko,
                                              label_en=args.label_en, required=not args.optional)
                print(f"Review item {item.code} added.")
        else:
            values = {key: getattr(args, key) for key in ("label_ko", "label_en", "required", "active")
                      if getattr(args, key) is not None}
            with db.sessions() as s, s.begin():
                item = review.review_item_by_code(s, args.code)
                review.update_review_item(s, item.id, **values)
                print(f"Review item {item.code} changed.")
    finally:
        db.close()
    return 0


def checklist_json(session, cycle) -> dict:
    from planner.services import review

    return {
        "year": cycle.year,
        "status": cycle.status.value,
        "items": [
            {"code": line.code, "label_ko": line.label_ko, "label_en": line.label_en,
             "required": line.required, "ticked": line.ticked, "ticked_by": line.ticked_by or None,
             "ticked_at": line.ticked_at.isoformat(timespec="seconds") if line.ticked_at else None,
             "note": line.note}
            for line in review.cycle_checklist(session, cycle.id)
        ],
    }


def run_cycle_review(db, args: argparse.Namespace) -> None:
    """``cycle review YEAR``, ``cycle tick YEAR ITEM``, ``cycle untick YEAR ITEM``."""
    from planner.errors import NotFound
    from planner.services import renewals, review

    with db.sessions() as s, s.begin():
        cycle = renewals.cycle_by_year(s, args.year)
        if cycle is None:
            raise NotFound("renewal cycle", args.year)
        if args.cycle_action == "review":
            data = checklist_json(s, cycle)
            if args.json:
                print(json.dumps(data, ensure_ascii=False, indent=2))
                return
            print(f"{cycle.year} cycle — review before agreement")
            for line in data["items"]:
                mark = "[x]" if line["ticked"] else "[ ]"
                need = "required" if line["required"] else "optional"
                who = f"  {line['ticked_by']} {line['ticked_at']}" if line["ticked"] else ""
                print(f"  {mark} {line['code']:20} {need:9} {line['label_ko']}{who}")
            return
        item = review.review_item_by_code(s, args.item)
        if args.cycle_action == "tick":
            line = review.tick_review_item(s, cycle.id, item.id, note=args.note)
            print(f"{item.code} ticked for {cycle.year} by {line.ticked_by}.")
        else:
            review.untick_review_item(s, cycle.id, item.id)
            print(f"{item.code} is no longer ticked for {cycle.year}.")
