"""Desks and people from CSV files, for the standalone `planner place` command.

desks:  code,floor,zone,x,y,kind,features[,zone_kind]
people: name_ko,name_en,email,organisation,role,task[,needs][,desk]

Features and needs are separated by ';', '|' or spaces. Without a zone_kind column, a
zone whose name mentions a start-up (startup, start-up, 창업) is a start-up zone and
every other zone an open office. Files may be UTF-8 or CP949, the encoding Korean
spreadsheets often save CSV in. Every problem is a ValueError naming file and line.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from planner.io.limits import MAX_TEXT_BYTES, megabytes

from .model import Candidate, DeskSpot
from .rules import normalise_zone_kind

DESK_COLUMNS = ("code", "floor", "zone", "x", "y", "kind", "features")
PEOPLE_COLUMNS = ("name_ko", "name_en", "email", "organisation", "role", "task")
DESK_KINDS = ("fixed", "hot", "office")
_SEPARATORS = re.compile(r"[;|\s]+")


def read_text(path: Path) -> str:
    """A small text file as Korean Excel or a text editor saves it (UTF-8, BOM, or CP949);
    as large as an import may be (planner.io.limits), and no binary data."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ValueError(f"{path}: {megabytes(size)}, more than {megabytes(MAX_TEXT_BYTES)}")
        raw = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read ({error.strerror or error})") from None
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise ValueError(f"{path} line {line}: binary data (a NUL character)")
        return text
    raise ValueError(f"{path}: neither UTF-8 nor CP949 text")


def read_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row with stripped lower-case headers) for each non-empty row."""
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None:
        raise ValueError(f"{path}: empty file, expected columns {','.join(required)}")
    headers = [(name or "").strip().lower() for name in reader.fieldnames]
    missing = [column for column in required if column not in headers]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    reader.fieldnames = headers
    rows = []
    try:
        for row in reader:
            if None in row:
                raise ValueError(f"{path} line {reader.line_num}: more values than columns")
            cleaned = {key: (value or "").strip() for key, value in row.items()}
            if any(cleaned.values()):
                rows.append((reader.line_num, cleaned))
    except csv.Error as error:
        raise ValueError(f"{path} line {reader.line_num}: {error}") from None
    return rows


def split_words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _SEPARATORS.split(text) if word)


def read_desks(path: Path) -> list[DeskSpot]:
    desks = []
    seen: set[str] = set()
    for line, row in read_rows(path, DESK_COLUMNS):
        where = f"{path} line {line}"
        code = row["code"]
        if not code:
            raise ValueError(f"{where}: empty desk code")
        if code in seen:
            raise ValueError(f"{where}: desk {code} is listed twice")
        seen.add(code)
        kind = row["kind"].lower() or "fixed"
        if kind not in DESK_KINDS:
            raise ValueError(f"{where}: kind {row['kind']!r} is not one of {', '.join(DESK_KINDS)}")
        zone_kind = row.get("zone_kind") or (
            "startup" if _mentions_startup(row["zone"]) else "open_office"
        )
        desks.append(
            DeskSpot(
                code=code,
                floor=row["floor"],
                zone=row["zone"],
                x=_number(row["x"], f"{where}: x"),
                y=_number(row["y"], f"{where}: y"),
                kind=kind,
                features=split_words(row["features"]),
                zone_kind=normalise_zone_kind(zone_kind),
            )
        )
    return desks


def read_people(path: Path) -> list[Candidate]:
    people = []
    seen: set[str] = set()
    for line, row in read_rows(path, PEOPLE_COLUMNS):
        where = f"{path} line {line}"
        email = row["email"]
        if not email:
            raise ValueError(f"{where}: empty email (it identifies the person in the output)")
        if email.lower() in seen:
            raise ValueError(f"{where}: {email} is listed twice")
        seen.add(email.lower())
        people.append(
            Candidate(
                key=email,
                name=row["name_ko"] or row["name_en"],
                task=row["task"] or None,
                role=row["role"] or "researcher",
                needs=split_words(row.get("needs", "")),
                current_desk=row.get("desk") or None,
            )
        )
    return people


def _mentions_startup(zone: str) -> bool:
    return normalise_zone_kind(zone) == "startup"


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{what} {text!r} is not a finite number")
    return value
