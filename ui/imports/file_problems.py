"""Why a file cannot be imported, in the window's language.

planner.io refuses a file with an English sentence (the CLI prints it as it is): "x.xlsx is
not a spreadsheet: it is a PDF document." Here the sentences a user meets are recognised by
pattern and rebuilt from a translated template, the kind of file ("a PDF document") translated
as well; a sentence no pattern knows is shown as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "ImportFileProblems"

# What planner.io.file_kind and workbook_checks say a file is.
KINDS = {
    text: QT_TRANSLATE_NOOP("ImportFileProblems", text)
    for text in (
        "a PDF document",
        "a PNG image",
        "a JPEG image",
        "a GIF image",
        "a gzip archive",
        "a 7-Zip archive",
        "a RAR archive",
        "an empty ZIP archive",
        "an SQLite database",
        "a program",
        "an RTF document",
        "an old Hancom document (.hwp)",
        "an Excel binary workbook (.xlsb)",
        "a Word document",
        "a PowerPoint presentation",
        "a Hancom document (.hwpx)",
        "an OpenDocument file (.ods or .odt)",
        "a ZIP archive",
        "a Hancom document (.hwp)",
        "an Office document",
        "plain text (a CSV file renamed?)",
        "unknown data",
        "empty",
    )
}

# (pattern of planner.io's sentence, template); the group named "kind" is a KINDS entry.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), template)
    for pattern, template in (
        (
            r"(.+) is not a spreadsheet: it is neither an Excel workbook nor readable text\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems",
                "%1 is not a spreadsheet: it is neither an Excel workbook nor readable text.",
            ),
        ),
        (
            r"(.+) is not a spreadsheet: it contains binary data \(a NUL character on line "
            r"(\d+)\)\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems",
                "%1 is not a spreadsheet: it contains binary data (a NUL character on line %2).",
            ),
        ),
        (
            r"(.+) is not a spreadsheet: it contains binary data\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems", "%1 is not a spreadsheet: it contains binary data."
            ),
        ),
        (
            r"(.+) is not a spreadsheet: it is (?P<kind>.+)\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is not a spreadsheet: it is %2."),
        ),
        (
            r"(.+) is named like an Excel workbook but is not one: it is (?P<kind>.+)\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems",
                "%1 is named like an Excel workbook but is not one: it is %2.",
            ),
        ),
        (
            r"(.+) is (?P<kind>.+), not an Excel workbook; save it as \.xlsx or CSV\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems", "%1 is %2, not an Excel workbook; save it as .xlsx or CSV."
            ),
        ),
        (
            r"(.+) is (?P<kind>.+), not an Excel workbook\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is %2, not an Excel workbook."),
        ),
        (
            r"(.+) is protected by a password; save it without one and try again\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems",
                "%1 is protected by a password; save it without one and try again.",
            ),
        ),
        (r"(.+) is empty\.", QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is empty.")),
        (
            r"(.+) does not exist \(moved or deleted\?\)\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 does not exist (moved or deleted?)."),
        ),
        (
            r"(.+) is a folder, not a file\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is a folder, not a file."),
        ),
        (
            r"(.+) cannot be read \((.+)\); is it open elsewhere\?",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems", "%1 cannot be read (%2); is it open elsewhere?"
            ),
        ),
        (
            r"(.+) is not a readable XLSX file \(the archive is damaged\)\.",
            QT_TRANSLATE_NOOP(
                "ImportFileProblems", "%1 is not a readable XLSX file (the archive is damaged)."
            ),
        ),
        (
            r"(.+) is not a readable \.xls file \(damaged\)\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is not a readable .xls file (damaged)."),
        ),
        (
            r"(.+) is damaged: it is not valid (.+) text\.",
            QT_TRANSLATE_NOOP("ImportFileProblems", "%1 is damaged: it is not valid %2 text."),
        ),
    )
)


def file_problem(message: str) -> str:
    """``message`` (one of planner.io's refusals) in the window's language when known."""
    for pattern, template in _PATTERNS:
        match = pattern.match(message)
        if match is None:
            continue
        values = list(match.groups())
        kind = match.groupdict().get("kind")
        if kind is not None:
            if kind not in KINDS:
                continue  # "is X, not an Excel workbook" with an X we cannot say: as written
            values[values.index(kind)] = QCoreApplication.translate(CONTEXT, KINDS[kind])
        return fill(QCoreApplication.translate(CONTEXT, template), *values)
    return message
