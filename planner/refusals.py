"""The sentences of a refusal — not allowed for the role, server unreachable or gone, the
database's own refusal, a crash — in English and Korean, for the CLI and the window alike.

The English templates are here (``%1``, ``%2`` where the values go); the Korean ones are in
``resources/translations/refusals_ko.ts`` (context ``Refusals``), which the window's translator
loads with its other .ts files and :func:`sentence` reads for the command line: one text per
language, whichever front end says it. The command line speaks the user's language as the
environment tells it (:func:`cli_language`).
"""

from __future__ import annotations

import os
import re
from functools import cache

CONTEXT = "Refusals"

# NotPermitted, by the user's role: what was refused, then what the role may do.
NOT_PERMITTED = {
    None: "Your role may not do this: %1. Nothing was changed.",
    "viewer": "Your role, viewer, may not do this: %1. A viewer may look up, print and export, "
    "but change nothing. Nothing was changed.",
    "coordinator": "Your role, facility coordinator, may not do this: %1. A coordinator may "
    "change seating (desks, people, assignments, move plans), but not research tasks, "
    "renewals or agreements. Nothing was changed.",
    "partnership": "Your role, partnership staff, may not do this: %1. Partnership staff may "
    "change research tasks, renewals and agreements, but not seating. Nothing was changed.",
    "admin": "Your role, admin, may not do this: %1. An admin may change all the data, but not "
    "create users or give roles on the server. Nothing was changed.",
    "-": "Your database user may not do this: %1. It has no Lab Planner role on this server; "
    "ask an administrator for one (planner db grant USER ROLE). Nothing was changed.",
}
SERVER_UNREACHABLE = (
    "Cannot reach the database server %1 (%2). Nothing was changed; check that the server is "
    "running and reachable, then try again."
)
LOGIN_REFUSED = (
    "The database server %1 refused the login (%2). Check the user name, the password and the "
    "database name."
)
CONNECTION_LOST = (
    "The connection to the database server %1 was lost (%2). An unfinished change was not "
    "saved; try again when the server is back."
)
DATABASE_REFUSED = (
    "The database refused the change: it would break a rule (%1). Nothing was changed."
)
CRASHED = (
    "An unexpected error stopped the program (%1). Nothing unfinished was saved. "
    "The details are in %2: please send that file to whoever looks after Lab Planner."
)
CRASHED_NO_REPORT = (
    "An unexpected error stopped the program (%1). Nothing unfinished was saved. "
    "No crash report could be written (%2)."
)

TEMPLATES = (
    *NOT_PERMITTED.values(),
    SERVER_UNREACHABLE,
    LOGIN_REFUSED,
    CONNECTION_LOST,
    DATABASE_REFUSED,
    CRASHED,
    CRASHED_NO_REPORT,
)


def not_permitted_template(role: str | None) -> str:
    return NOT_PERMITTED.get(role, NOT_PERMITTED[None])


def cli_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """"ko" or "en" for the command line: ``PLANNER_LANG`` if set, else the locale
    (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, the first one set, as gettext reads them)."""
    env = os.environ if environ is None else environ
    chosen = env.get("PLANNER_LANG", "")
    if not chosen:
        names = ("LC_ALL", "LC_MESSAGES", "LANG")
        chosen = next((env[name] for name in names if env.get(name)), "")
    return "ko" if chosen.lower().startswith("ko") else "en"


@cache
def korean() -> dict[str, str]:
    """English template -> Korean template, from refusals_ko.ts."""
    import xml.etree.ElementTree as ElementTree  # noqa: PLC0415 - only when a sentence is said

    import resources  # noqa: PLC0415

    root = ElementTree.parse(resources.path("translations", "refusals_ko.ts")).getroot()
    table = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                table[source] = translation
    return table


def say(template: str, values: tuple[object, ...], language: str) -> str:
    """``template`` in ``language`` with the values filled in (English when untranslated)."""
    text = korean().get(template, template) if language == "ko" else template
    # %1, %2, … in one pass (as planner.errors.fill_template), so a value holding "%1" stays
    return re.sub(r"%(\d+)", lambda match: str(values[int(match[1]) - 1]), text)


def one_line(text: object, limit: int = 300) -> str:
    """``text`` on one line (a driver's message often has a second, indented line)."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def sentence(error: BaseException, language: str) -> str:
    """What the CLI says for ``error``: the refusals in ``language``, other errors as their
    English message (the window translates those itself), always on one line."""
    problem = getattr(error, "problem", None)
    if problem in TEMPLATES:
        return one_line(say(problem, tuple(getattr(error, "values", ())), language), limit=2000)
    return one_line(error, limit=2000)
