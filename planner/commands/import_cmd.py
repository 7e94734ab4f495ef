"""``planner import people|desks FILE``: preview, then import a spreadsheet;
``planner import template people|desks -o FILE.xlsx``: a template to fill;
``planner import floor FILE.dxf --floor N``: a floor's CAD drawing
(planner.commands.floor_import_cmd).

Every problem of every row is listed (``error: row 3, 이메일: …``, one line each, in file order).
``--dry-run`` shows the preview and writes nothing; with ``--json`` it prints
``{"rows", "errors": [{"row", "column", "message", "field"}], "warnings", "would_add",
"would_change", …, "would_skip", "problem_rows": [{"row", "label", "action", "errors",
"warnings"}]}``.

All or nothing by default: a preview with errors exits with code 3 and imports nothing.
``--skip-invalid`` imports the rows without errors instead (one transaction) and writes the
others, with their reasons in a first column, to a problems file beside FILE
(``people-problems.xlsx`` for ``people.xlsx``; ``--problems-file`` elsewhere); it exits 0 when
at least one row was imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.errors import EXIT_RULE

if TYPE_CHECKING:
    from planner.io.preview import ImportPreview


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "import", help="import people, desks or budget lines from XLSX/XLS/CSV, or a floor from DXF"
    )
    kinds = parser.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    people = kinds.add_parser("people", help="people (이름, 소속, 이메일, 입주일, 과제 …)")
    desks = kinds.add_parser(
        "desks", help="desks and zones (code, floor, zone, x, y, kind, features)"
    )
    for sub in (people, desks):
        sub.add_argument("file", type=Path, metavar="FILE", help="an .xlsx, .xls or .csv file")
        sub.add_argument(
            "--dry-run", action="store_true", help="show what would change; write nothing"
        )
        sub.add_argument("--json", action="store_true", help="machine-readable output")
        sub.add_argument("--sheet", metavar="NAME", help="workbook sheet to read (default: the first)")
        sub.add_argument(
            "--column",
            action="append",
            default=[],
            metavar="HEADER=FIELD",
            help="correct the column mapping, e.g. '전화번호=phone' or '3=-' to ignore column 3",
        )
        add_database_option(sub)
        sub.set_defaults(func=run)
        sub.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the rows without errors; write the others, with their reasons, to "
            "FILE-problems.xlsx/.csv beside FILE (default: all or nothing)",
        )
        sub.add_argument(
            "--problems-file",
            type=Path,
            metavar="PATH",
            help="where --skip-invalid writes the rows it leaves out",
        )
    people.add_argument(
        "--create-organisations",
        action="store_true",
        help="create organisations the file names but the database lacks",
    )
    budget = kinds.add_parser(
        "budget",
        help="budget lines by category (연도, 과제, 비목, 부담기관, 금액(원) …): replaces the lines "
        "of each task renewal the file names",
    )
    budget.add_argument("file", type=Path, metavar="FILE", help="an .xlsx, .xls or .csv file")
    budget.add_argument("--sheet", metavar="NAME", help="workbook sheet to read (default: the first)")
    budget.add_argument("--dry-run", action="store_true", help="check and show; write nothing")
    budget.add_argument("--json", action="store_true", help="machine-readable output")
    add_database_option(budget)
    budget.set_defaults(func=run_budget)
    template = kinds.add_parser(
        "template",
        help="write an XLSX template to fill: the columns, a sample row, drop-downs of the "
        "valid values",
    )
    template.add_argument("template_kind", choices=("people", "desks"), metavar="people|desks")
    template.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.xlsx", help="file to write"
    )
    template.add_argument(
        "--lang", choices=("ko", "en"), default="ko", help="titles and labels (default: ko)"
    )
    add_database_option(template)
    template.set_defaults(func=run_template)
    from planner.commands.floor_import_cmd import add_parser as add_floor_parser

    add_floor_parser(kinds)


def run_budget(args: argparse.Namespace) -> int:
    """Budget lines: all or nothing, in one transaction; ``--json`` prints {"renewals",
    "changed", "budget_before_krw", "budget_after_krw", "dry_run"}."""
    from planner.io.budget_io import import_budget
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        with db.sessions() as session, session.begin():
            result = import_budget(session, args.file, sheet=args.sheet)
            if args.dry_run:
                session.rollback()
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "renewals": result.renewals, "changed": result.changed,
            "budget_before_krw": result.before_krw, "budget_after_krw": result.after_krw,
            "dry_run": bool(args.dry_run),
        }))  # fmt: skip
    else:
        verb = "would change" if args.dry_run else "changed"
        print(
            f"{result.renewals} task renewal(s): {result.changed} line(s) {verb}; budget "
            f"{result.before_krw:,} -> {result.after_krw:,} KRW"
        )
    return 0


def run_template(args: argparse.Namespace) -> int:
    from planner.io.import_template import write_template
    from planner.storage import open_database

    db = open_database(args.database)
    try:
        with db.sessions() as session:
            write_template(session, args.template_kind, args.output, language=args.lang)
    finally:
        db.close()
    print(f"{args.template_kind} template written to {args.output}")
    return 0


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
    skip = bool(args.skip_invalid)
    from planner.io.import_jobs import import_rows
    from planner.io.import_problems import kept_if_committed

    problems_file: Path | None = None
    db = open_database(args.database)
    try:
        with kept_if_committed() as written, db.sessions() as session, session.begin():
            preview = _preview(session, table, mapping, people, create_orgs)
            if args.dry_run or (preview.errors and not skip):
                _show_preview(preview, args)
                session.rollback()
                if args.dry_run:
                    importable = skip and preview.importable_rows
                    return EXIT_RULE if preview.errors and not importable else 0
                return _refuse(preview, args.import_kind)
            summary = import_rows(
                session,
                args.import_kind,
                preview,
                create_missing_organisations=create_orgs,
                skip_invalid=skip,
            )
            if summary.skipped:  # written before the commit: a failure here imports nothing
                problems_file = _problems_file(args, table, preview).write()
                written.append(problems_file)
    finally:
        db.close()
    if args.json:
        document = {**preview.as_dict(), "imported": summary.as_dict()}
        if skip:
            document["problems_file"] = str(problems_file) if problems_file else None
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        if summary.skipped:
            _list_problems(preview, sys.stdout)
        else:
            for issue in preview.warnings:
                print(f"warning: {issue}")
        created = summary.created_organisations or summary.created_zones
        print(
            f"added {len(summary.added)}, changed {len(summary.changed)}, "
            f"unchanged {len(summary.unchanged)}"
            + (f"; created {', '.join(created)}" if created else "")
        )
        if problems_file is not None:
            rows = ", ".join(str(n) for n in summary.skipped)
            print(
                f"skipped {len(summary.skipped)} row(s) with errors ({rows}); "
                f"written with their reasons to {problems_file}"
            )
        for trim in summary.seating_trims:  # the new stays cut these seats, as announced
            print(f"seating: {trim.person}: {trim.message}")
    return 0


def _problems_file(args: argparse.Namespace, table, preview):
    from planner.io.errors import SpreadsheetError
    from planner.io.import_problems import ProblemsFile, problems_path, reasons_by_row

    target = args.problems_file or problems_path(args.file, table)
    if target.resolve() == args.file.resolve():
        raise SpreadsheetError(f"--problems-file {target}: that is the file being imported.")
    return ProblemsFile(target, table, reasons_by_row(preview))


def _preview(session, table, mapping, people: bool, create_orgs: bool) -> ImportPreview[Any]:
    if people:
        from planner.io.people_import import preview_people

        return preview_people(session, table, mapping, create_missing_organisations=create_orgs)
    from planner.io.desks_import import preview_desks

    return preview_desks(session, table, mapping)


def _refuse(preview, kind: str) -> int:
    if not preview.errors:  # a clean dry run
        return 0
    from planner.io.errors import ImportRefused
    from planner.io.preview import refusal

    message = refusal(preview, "desk" if kind == "desks" else "people")
    if preview.importable_rows:
        message += f" Fix them, or import the other {preview.importable_rows} with --skip-invalid."
    raise ImportRefused(message, len(preview.errors))


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
    _list_problems(preview, out)
    print(
        f"{len(preview.rows)} rows: would add {preview.would_add}, change {preview.would_change}, "
        f"leave {preview.unchanged}; {len(preview.errors)} error(s) in "
        f"{len(preview.bad_rows)} row(s), {len(preview.warnings)} warning(s)",
        file=out,
    )


def _list_problems(preview, out) -> None:
    """Every problem of every row, row by row (errors, then warnings)."""
    from planner.io.preview import row_reports

    for report in row_reports(preview):
        for issue in report.errors:
            print(f"error: {issue}", file=out)
        for issue in report.warnings:
            print(f"warning: {issue}", file=out)
