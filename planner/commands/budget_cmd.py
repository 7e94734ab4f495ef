"""``planner budget``: the institute's budget categories (비목) and indirect-cost rates.

    planner budget categories [--json]
    planner budget set-category CODE NAME_KO [--en NAME] [--position N]
    planner budget rates [--json]
    planner budget set-rate kt|kaist PERCENT [--basis direct|total]

``set-rate`` takes a percentage to the hundredth (``10``, ``12.5``); the computed indirect lines
of cycles still open follow it, agreed and signed ones keep what was agreed.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "budget", help="budget categories (비목) and indirect-cost rates of the institute"
    )
    actions = parser.add_subparsers(dest="budget_action", metavar="ACTION", required=True)
    categories = actions.add_parser("categories", help="the budget categories, in order")
    categories.add_argument("--json", action="store_true")
    category = actions.add_parser("set-category", help="add a category, or rename or move one")
    category.add_argument("code", help="its code, e.g. travel")
    category.add_argument("name_ko", metavar="NAME_KO", help="its Korean name, e.g. 국외여비")
    category.add_argument("--en", default="", metavar="NAME", help="its English name")
    category.add_argument("--position", type=int, help="its place in the list (10, 20, …)")
    rates = actions.add_parser("rates", help="each party's indirect-cost rate")
    rates.add_argument("--json", action="store_true")
    rate = actions.add_parser(
        "set-rate", help="a party's indirect-cost rate (open cycles' computed lines follow)"
    )
    rate.add_argument("party", choices=["kt", "kaist"])
    rate.add_argument("percent", help="e.g. 10 or 12.5 (to the hundredth)")
    rate.add_argument("--basis", choices=["direct", "total"], default="direct",
                      help="of the party's direct costs (default) or of its total")  # fmt: skip
    for sub in (categories, category, rates, rate):
        add_database_option(sub)
    parser.set_defaults(func=run)


def _basis_points(text: str) -> int:
    from planner.errors import ValidationError

    try:
        value = Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        raise ValidationError.from_template("rate_bp", "'%1' is not a whole number", text) from None
    points = value * 100
    if points != points.to_integral_value():
        raise ValidationError.from_template("rate_bp", "'%1' is not a whole number", points)
    return int(points)


def run(args: argparse.Namespace) -> int:
    from planner.renewals.budget import rate_text
    from planner.services import budget
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        if args.budget_action == "categories":
            with db.sessions() as s:
                rows = budget.list_budget_categories(s)
            if args.json:
                print(json.dumps([{"code": c.code, "name_ko": c.name_ko, "name_en": c.name_en,
                                   "position": c.position, "indirect": c.indirect} for c in rows],
                                 ensure_ascii=False, indent=2))  # fmt: skip
            else:
                for c in rows:
                    mark = "  (indirect: from the rates)" if c.indirect else ""
                    print(f"{c.position:5}  {c.code:20} {c.name_ko} / {c.name_en}{mark}")
        elif args.budget_action == "set-category":
            with db.sessions() as s, s.begin():
                c = budget.save_budget_category(s, args.code, args.name_ko, args.en, args.position)
            print(f"{c.code}: {c.name_ko} / {c.name_en} at {c.position}")
        elif args.budget_action == "rates":
            with db.sessions() as s:
                rates = budget.indirect_rates(s)
            if args.json:
                print(json.dumps({p: {"rate_bp": r.rate_bp, "basis": r.basis}
                                  for p, r in rates.items()}, indent=2))  # fmt: skip
            else:
                for party, r in rates.items():
                    print(f"{party.upper():6} {rate_text(r.rate_bp)} of the {r.basis} costs"
                          if r.basis == "direct" else
                          f"{party.upper():6} {rate_text(r.rate_bp)} of the total")  # fmt: skip
        elif args.budget_action == "set-rate":
            with db.sessions() as s, s.begin():
                changed = budget.set_indirect_rate(
                    s, args.party, _basis_points(args.percent), args.basis
                )
            print(f"{args.party.upper()} indirect-cost rate set; {changed} open task budget(s) changed.")
    finally:
        db.close()
    return 0
