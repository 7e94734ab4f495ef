"""``planner import people|desks FILE``: preview, then import a spreadsheet all-or-nothing.

``--dry-run`` shows the preview and writes nothing; with ``--json`` it prints
``{"rows", "errors": [{"row", "column", "message"}], "warnings", "would_add", "would_change", …}``.
A preview with errors exits with code 3 (after listing every bad row) and imports nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import EXIT_RULE

if TYPE_CHECKING:
    from planner.io.preview import ImportPreview, ImportSummary


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser("import", help="import people or desks from XLSX/CSV")
    kinds = parser.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    people = kinds.add_parser("people", help="people (이름, 소속, 이메일, 입주일, 과제 …)")
    desks = kinds.add_parser(
        "desks", help="desks and zones (code, floor, zone, x, y, kind, features)"
    )
    for sub in (people, desks):
        sub.add_argument("file", type=Path, metavar="FILE", help="an .xlsx or .csv file")
        sub.add_argument(
            "--dry-run", action="store_true", help="show what would change; write nothing"
        )
        sub.add_argument("--json", action="store_true", help="machine-readable output")
        sub.add_argument("--sheet", metavar="NAME", help="XLSX sheet to read (default: the first)")
        sub.add_argument(
            "--column",
            action="append",
            default=[],
            metavar="HEADER=FIELD",
            help="correct the column mapping, e.g. '전화번호=phone' or '3=-' to ignore column 3",
        )
        add_database_option(sub)
        sub.set_defaults(func=run)
    people.add_argument(
        "--create-organisations",
        action="store_true",
        help="create organisations the file names but the database lacks",
    )


def run(args: argparse.Namespace) -> int:
    from planner.io.columns import recognise_desk_columns, recognise_people_columns
    from planner.io.read_table import read_table
    from planner.storage import open_database

    table = read_table(args.file, sheet=args.sheet)
    people = args.import_kind == "people"
    mapping = (recognise_people_columns if people else recognise_desk_columns)(table.headers)
    mapping = corrected(mapping, args.column)
    _require_columns(mapping, args.file)
    create_orgs = bool(getattr(args, "create_organisations", False))
    db = open_database(args.database)
    try:
        with db.sessions() as session, session.begin():
            preview = _preview(session, table, mapping, people, create_orgs)
            if args.dry_run or preview.errors:
                _show_preview(preview, args)
                session.rollback()
                if preview.errors and args.dry_run:
                    return EXIT_RULE
                return _refuse(preview, args.import_kind)
            summary = _import(session, preview, people, create_orgs)
    finally:
        db.close()
    if args.json:
        document = {**preview.as_dict(), "imported": summary.as_dict()}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for issue in preview.warnings:
            print(f"warning: {issue}")
        created = summary.created_organisations or summary.created_zones
        print(
            f"added {len(summary.added)}, changed {len(summary.changed)}, "
            f"unchanged {len(summary.unchanged)}"
            + (f"; created {', '.join(created)}" if created else "")
        )
    return 0


def _preview(session, table, mapping, people: bool, create_orgs: bool) -> ImportPreview[Any]:
    if people:
        from planner.io.people_import import preview_people

        return preview_people(session, table, mapping, create_missing_organisations=create_orgs)
    from planner.io.desks_import import preview_desks

    return preview_desks(session, table, mapping)


def _import(session, preview: ImportPreview[Any], people: bool, create_orgs: bool) -> ImportSummary:
    if people:
        from planner.io.people_import import import_people

        return import_people(session, preview, create_missing_organisations=create_orgs)
    from planner.io.desks_import import import_desks

    return import_desks(session, preview)


def _refuse(preview, kind: str) -> int:
    if not preview.errors:  # a clean dry run
        return 0
    from planner.io.errors import ImportRefused
    from planner.io.preview import refusal

    raise ImportRefused(
        refusal(preview, "desk" if kind == "desks" else "people"), len(preview.errors)
    )


def corrected(mapping, overrides: list[str]):
    """Apply ``HEADER=FIELD`` corrections; HEADER is a header's text or a 1-based column number."""
    from planner.io.errors import SpreadsheetError

    for override in overrides:
        header, sep, key = override.partition("=")
        header, key = header.strip(), key.strip()
        if not sep:
            raise SpreadsheetError(f"--column {override}: write HEADER=FIELD")
        if header.isdigit():
            column = int(header) - 1
        elif header in mapping.headers:
            column = mapping.headers.index(header)
        else:
            raise SpreadsheetError(
                f"--column {override}: no column '{header}' (columns: {', '.join(mapping.headers)})"
            )
        try:
            mapping = mapping.with_field(column, None if key in ("", "-") else key)
        except ValueError:
            known = ", ".join(spec.key for spec in mapping.specs)
            raise SpreadsheetError(
                f"--column {override}: unknown field '{key}' (fields: {known})"
            ) from None
    return mapping


def _require_columns(mapping, file: Path) -> None:
    from planner.io.errors import SpreadsheetError

    missing = mapping.missing_required
    if missing:
        labels = {spec.key: f"{spec.label_ko} ({spec.key})" for spec in mapping.specs}
        raise SpreadsheetError(
            f"{file.name}: no column for {', '.join(labels[k] for k in missing)}; "
            f"its headers are: {', '.join(h or '(blank)' for h in mapping.headers)}. "
            "Name the column with --column HEADER=FIELD."
        )


def _show_preview(preview, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(preview.as_dict(), ensure_ascii=False, indent=2))
        return
    out = sys.stdout if args.dry_run else sys.stderr
    for issue in preview.errors:
        print(f"error: {issue}", file=out)
    for issue in preview.warnings:
        print(f"warning: {issue}", file=out)
    print(
        f"{len(preview.rows)} rows: would add {preview.would_add}, change {preview.would_change}, "
        f"leave {preview.unchanged}; {len(preview.errors)} error(s), "
        f"{len(preview.warnings)} warning(s)",
        file=out,
    )
