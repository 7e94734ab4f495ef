"""``planner import floor FILE.dxf --floor N``: a floor's CAD drawing (DXF) as its zones, desks
and vector background.

``--layer-rooms``, ``--layer-labels`` and ``--layer-desks`` name the layers of the room
outlines (closed polylines), of their names (texts) and of the desk blocks; each defaults to
the layer with most of them. ``--units`` overrides the drawing's $INSUNITS (millimetres when
it has none). ``--dry-run`` shows what would change and writes nothing; ``--json`` prints
``{"file", "floor": {"id", "name"}, "units", "units_from", "layers": [{"name", "entities",
"closed_outlines", "texts", "inserts"}], "layer_rooms", "layer_labels", "layer_desks",
"size_m", "counts": {"zones", "desks", "zones_added", "zones_renamed", "zones_reshaped",
"zones_removed", "desks_added", "desks_moved", "desks_kept", "desks_removed"}, "zones": [{"name",
"action", "old_name", "kind"}], "desks": [{"code", "action", "zone", "x", "y", "rotation",
"from"}], "held": [{"desk", "person", "start", "end"}], "background_items", "warnings",
"imported"}``.

Re-importing a revised drawing keeps every matched desk (by code, else by position) with its
history; a desk someone holds that the drawing no longer has refuses the import (exit 3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from planner.errors import EXIT_RULE


def add_parser(kinds) -> None:
    from planner.commands.options import add_database_option

    floor = kinds.add_parser(
        "floor",
        help="a floor's CAD drawing (DXF): rooms as zones, desk blocks as desks, the drawing "
        "as the floor's background",
    )
    floor.add_argument("file", type=Path, metavar="FILE.dxf", help="a DXF drawing of the floor")
    floor.add_argument(
        "--floor", required=True, metavar="N", help="the floor: its level (3) or name (3층)"
    )
    floor.add_argument("--layer-rooms", metavar="L", help="layer of the rooms' outlines")
    floor.add_argument("--layer-labels", metavar="L", help="layer of the rooms' names")
    floor.add_argument("--layer-desks", metavar="L", help="layer of the desk blocks")
    floor.add_argument(
        "--units",
        choices=("m", "mm", "cm"),
        help="the drawing's units (default: its $INSUNITS, else millimetres)",
    )
    floor.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )
    floor.add_argument("--json", action="store_true", help="machine-readable output")
    floor.add_argument(
        "--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help=argparse.SUPPRESS
    )
    add_database_option(floor)
    floor.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.io.dxf_floor import read_dxf
    from planner.io.dxf_layout import LayoutChoice
    from planner.services.documents import find_floor
    from planner.services.floor_import import import_floor, plan_floor_import
    from planner.storage import open_database

    drawing = read_dxf(args.file)
    choice = LayoutChoice(args.layer_rooms, args.layer_labels, args.layer_desks, args.units)
    today = args.today or dt.date.today()
    db = open_database(args.database)
    try:
        with db.sessions() as session, session.begin():
            floor = find_floor(session, args.floor)
            if args.dry_run:
                plan = plan_floor_import(session, floor.id, drawing, choice, today=today)
                session.rollback()
                _show(plan, args, imported=False)
                return EXIT_RULE if plan.held else 0
            plan = import_floor(session, floor.id, drawing, choice, today=today).plan
    finally:
        db.close()
    _show(plan, args, imported=True)
    return 0


def _show(plan, args: argparse.Namespace, *, imported: bool) -> None:
    if args.json:
        print(json.dumps({**plan.as_dict(), "imported": imported}, ensure_ascii=False, indent=2))
        return
    document = plan.as_dict()
    layout = plan.layout
    print(
        f"{plan.file_name} → {plan.floor_name}: rooms {layout.choice.layer_rooms}, labels "
        f"{layout.choice.layer_labels}, desks {layout.choice.layer_desks}; units "
        f"{layout.choice.units} ({layout.units_from}); {layout.width_m:g} × {layout.depth_m:g} m"
    )
    for warning in document["warnings"]:
        print(f"warning: {warning}")
    for zone in plan.zones:
        if zone.action == "rename":
            print(f"zone renamed: {zone.old_name} → {zone.name}")
        elif zone.action in ("add", "remove"):
            print(f"zone {'added' if zone.action == 'add' else 'removed'}: {zone.name}")
    for desk in plan.desks:
        if desk.action == "move" and desk.old:
            print(
                f"desk moved: {desk.code} ({desk.old[0]:.2f}, {desk.old[1]:.2f}) → "
                f"({desk.x:.2f}, {desk.y:.2f})"
            )
        elif desk.action in ("remove", "retire"):
            print(f"desk removed: {desk.code}" + (" (out of service, history kept)"
                                                   if desk.action == "retire" else ""))
    for held in plan.held:
        print(f"error: desk {held.code} is held by {held.person}; move them first")
    c = plan.counts
    verb = "imported" if imported else "would import"
    print(
        f"{verb}: zones {c['zones']} (added {c['zones_added']}, renamed {c['zones_renamed']}, "
        f"removed {c['zones_removed']}); desks {c['desks']} (added {c['desks_added']}, moved "
        f"{c['desks_moved']}, kept {c['desks_kept']}, removed {c['desks_removed']})"
    )
