"""``planner template``: the agreement's wording in the database (list, show, import, export).

The wording is versioned and shared by everyone on a database; the files shipped in
resources/templates are the defaults (version 0). ``import`` checks the files first — a
template that could not make an agreement, or a hostile one (attribute access in a
placeholder, a file too large, control characters, text that grows without end once filled),
is refused with the line, and nothing is stored.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    parser = subparsers.add_parser(
        "template", help="the agreement's wording: list, show, import, export"
    )
    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every stored version, and the one in use")
    listing.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="print the wording of a language")
    show.add_argument("lang", choices=["ko", "en"])
    show.add_argument("--version", type=int, help="a stored version (default: the one in use)")
    load = actions.add_parser("import", help="store wording files as new versions (checked)")
    load.add_argument("--ko", metavar="FILE", type=Path, help="the Korean wording")
    load.add_argument("--en", metavar="FILE", type=Path, help="the English wording")
    load.add_argument("--note", default="", help="what changed (kept with the versions)")
    save = actions.add_parser("export", help="write the wording in use to a file")
    save.add_argument("lang", choices=["ko", "en"])
    save.add_argument("-o", "--output", required=True, metavar="FILE")
    for sub in (listing, show, load, save):
        add_database_option(sub)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.errors import NotFound, ValidationError
    from planner.export.templates import read_template_file
    from planner.services import agreement_templates as templates
    from planner.storage import open_database

    texts: dict[str, str] = {}
    if args.template_action == "import":
        if not (args.ko or args.en):
            raise ValidationError.from_template("template", "give --ko FILE, --en FILE or both")
        # Read and check before the database is even opened: a refused file changes nothing.
        texts = {
            lang: read_template_file(path)
            for lang, path in (("ko", args.ko), ("en", args.en))
            if path is not None
        }
    db = open_database(getattr(args, "database", None))
    try:
        if args.template_action == "list":
            with db.sessions() as session:
                rows = [
                    {
                        "language": lang,
                        "in_use": templates.current_template(session, lang).version,
                        "versions": [
                            {
                                "version": r.version,
                                "sha256": r.sha256,
                                "note": r.note,
                                "created_at": r.created_at.isoformat(timespec="seconds") + "Z",
                                "created_by": r.created_by,
                            }
                            for r in templates.template_history(session, lang)
                        ],
                    }
                    for lang in ("ko", "en")
                ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for row in rows:
                    used = row["in_use"] or "the shipped file"
                    print(f"{row['language']}: in use {used}; {len(row['versions'])} stored")
                    for v in row["versions"]:
                        print(
                            f"  v{v['version']}  {v['created_at']}  {v['created_by']}  {v['note']}"
                        )
        elif args.template_action == "show":
            with db.sessions() as session:
                if args.version is None:
                    print(templates.current_template(session, args.lang).text, end="")
                else:
                    found = [
                        r
                        for r in templates.template_history(session, args.lang)
                        if r.version == args.version
                    ]
                    if not found:
                        raise NotFound(f"{args.lang} wording version", args.version)
                    print(found[0].body, end="")
        elif args.template_action == "export":
            from planner.fileio import write_atomically

            with db.sessions() as session:
                text = templates.current_template(session, args.lang).text
            write_atomically(args.output, text.encode("utf-8"))
            print(f"Wrote the {args.lang} wording in use to {args.output}")
        else:
            with db.sessions() as session, session.begin():
                files = {
                    lang: str(path)
                    for lang, path in (("ko", args.ko), ("en", args.en))
                    if path is not None
                }
                saved = [
                    (r.language, r.version)
                    for r in templates.save_templates(session, texts, args.note, files)
                ]
            if saved:
                print("Stored " + ", ".join(f"{lang} version {v}" for lang, v in saved) + ".")
            else:
                print("The wording is the same as the one in use; nothing stored.")
    finally:
        db.close()
    return 0
