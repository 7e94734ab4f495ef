"""Import people from a table: a preview first, then an import — all or nothing, or of the
rows without errors (``skip_invalid``).

Rules (the preview explains every one it applies):

* A row is matched to a person already stored by e-mail, else by employee number, else — only
  when the row has neither and exactly one person of that name in that organisation exists —
  by name and organisation (a warning says so). Matched people are updated, never duplicated.
* Blank cells never erase stored values; a mapped column with a value replaces the stored one.
  A non-blank 과제 cell makes the person's task list exactly the codes it lists.
* Errors (the row cannot be imported): missing name, bad e-mail or date, end before start,
  unknown role label or task code, the same e-mail/employee number/person twice in the file,
  an e-mail and an employee number naming two different people, a new person without an
  organisation, an unknown organisation unless creating them was asked for.
* Warnings (imported anyway): matched by name, role missing for a new person (assumed from the
  organisation), organisation that will be created.
* A row is checked to the end: every problem it has is reported, not only the first.

``import_people`` re-plans inside the caller's transaction (the data may have changed since the
preview), refuses with :class:`ImportRefused` when anything is wrong (skipping: when a row
that the preview found good has gone bad meanwhile), and writes in a savepoint
through :mod:`planner.services.imports` so that audit entries and validation apply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from planner.export.gc_pause import without_cyclic_gc
from planner.io.cells import CellProblem, cell_text, date_value, email_value, text_value
from planner.io.columns import PEOPLE_FIELDS, ColumnMapping
from planner.io.errors import ImportRefused
from planner.io.labels import features_from_text, hint, role_from_label, split_list
from planner.io.preview import (
    ADD,
    CHANGE,
    ERROR,
    UNCHANGED,
    ImportPreview,
    ImportSummary,
    Issue,
    importable,
    in_file_order,
    refusal,
)
from planner.io.read_table import Cell, Row, Table
from planner.models import DeskFeature, OrganisationKind, Role
from planner.services import imports, stays


@dataclass(frozen=True)
class PersonRow:
    row: int
    name_ko: str
    values: dict[str, Any]  # service fields given in the row (name_en, role, email, …)
    organisation: str | None  # as written in the file
    task_codes: tuple[str, ...] | None  # None: the row says nothing about tasks
    action: str = ""  # add / change / unchanged / error
    person_id: int | None = None
    changed_fields: tuple[str, ...] = ()


_DEFAULT_ROLE = {OrganisationKind.KT: Role.KT_STAFF, OrganisationKind.STARTUP: Role.STARTUP_MEMBER}


def _role(cell: Cell) -> Role:
    role = role_from_label(cell_text(cell))
    if role is None:
        raise CellProblem(f"unknown role '{cell_text(cell)}' {hint(Role)}")
    return role


def _needs(cell: Cell) -> int:
    flags, unknown = features_from_text(cell_text(cell))
    if unknown:
        raise CellProblem(f"unknown need(s): {', '.join(unknown)} {hint(DeskFeature)}")
    return int(flags)


def _task_codes(cell: Cell) -> tuple[str, ...]:
    return tuple(dict.fromkeys(code.upper() for code in split_list(cell_text(cell))))


# One parser per field, looked up once per column rather than tested per cell: the import of
# 10,000 rows calls these 100,000 times. organisation and tasks are kept apart from the values.
_PARSERS: dict[str, Callable[[Cell], Any]] = {
    "name_ko": lambda c: text_value("name_ko", c, max_len=100),
    "name_en": lambda c: text_value("name_en", c, max_len=200) or None,
    "phone": lambda c: text_value("phone", c, max_len=40) or None,
    "employee_no": lambda c: text_value("employee_no", c, max_len=40) or None,
    "notes": lambda c: text_value("notes", c, max_len=4000, multiline=True) or None,
    "email": email_value,
    "stay_start": lambda c: date_value("stay_start", c),
    "stay_end": lambda c: date_value("stay_end", c),
    "role": _role,
    "needs": _needs,
    "organisation": lambda c: text_value("organisation", c, max_len=200) or None,
    "tasks": _task_codes,
}


def parse_person(row: Row, mapping: ColumnMapping) -> tuple[PersonRow, list[Issue]]:
    """The row's values, validated one by one (every cell, not up to the first problem);
    no database needed."""
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    cells = row.cells
    for column, key in mapping.fields.items():
        cell = cells[column] if column < len(cells) else None
        if cell is None:
            continue
        try:
            value = _PARSERS[key](cell)
        except CellProblem as problem:
            issues.append(Issue(row.number, mapping.label(column), str(problem), key))
            continue
        if value is not None:
            values[key] = value
    organisation = values.pop("organisation", None)
    task_codes = values.pop("tasks", None)
    name = values.pop("name_ko", "")
    if not name and not any(issue.field == "name_ko" for issue in issues):
        issues.append(Issue(row.number, _label(mapping, "name_ko"), "name is missing", "name_ko"))
    start, end = values.get("stay_start"), values.get("stay_end")
    if start and end and end < start:
        message = f"ends ({end}) before it starts ({start})"
        issues.append(Issue(row.number, _label(mapping, "stay_end"), message, "stay_end"))
    person = PersonRow(row.number, name, values, organisation, task_codes, ERROR if issues else "")
    return person, issues


def _with(
    person: PersonRow,
    action: str,
    values: dict[str, Any] | None = None,
    person_id: int | None = None,
    changed: tuple[str, ...] = (),
) -> PersonRow:
    # dataclasses.replace costs ~20 µs a call, a tenth of a 10,000-row import.
    values = person.values if values is None else values
    return PersonRow(
        person.row,
        person.name_ko,
        values,
        person.organisation,
        person.task_codes,
        action,
        person_id,
        changed,
    )


def _label(mapping: ColumnMapping, key: str) -> str:
    column = mapping.column_of(key)
    return mapping.label(column) if column is not None else ""


@without_cyclic_gc  # 100,000 rows: 10 s with the collector walking them again and again, 5 s
def preview_people(
    session: Session,
    table: Table,
    mapping: ColumnMapping,
    *,
    create_missing_organisations: bool = False,
) -> ImportPreview[PersonRow]:
    parsed, issues = parse_people(table.rows, mapping)
    return plan_people(session, parsed, issues, mapping, create_missing_organisations)


@without_cyclic_gc
def parse_people(
    rows: Sequence[Row], mapping: ColumnMapping
) -> tuple[list[PersonRow], list[Issue]]:
    """:func:`parse_person` for each row (a chunk of a file, say): the rows and their problems."""
    parsed: list[PersonRow] = []
    issues: list[Issue] = []
    for row in rows:
        person, row_issues = parse_person(row, mapping)
        parsed.append(person)
        issues += row_issues
    return parsed, issues


@without_cyclic_gc
def plan_people(
    session: Session,
    parsed: Sequence[PersonRow],
    issues: list[Issue],
    mapping: ColumnMapping,
    create_missing_organisations: bool = False,
) -> ImportPreview[PersonRow]:
    """The preview of rows already parsed with :func:`parse_person` (in chunks, say)."""
    return _plan(session, parsed, issues, create_missing_organisations, mapping)


def _labels(mapping: ColumnMapping | None) -> dict[str, str]:
    """Field -> the header to name in messages: the file's own, else our Korean label."""
    labels = {spec.key: spec.label_ko for spec in PEOPLE_FIELDS}
    if mapping is not None:
        labels.update({key: mapping.label(column) for column, key in mapping.fields.items()})
    return labels


def _plan(
    session: Session,
    parsed: Sequence[PersonRow],
    issues: list[Issue],
    create_missing: bool,
    mapping: ColumnMapping | None,
) -> ImportPreview[PersonRow]:
    """Compare the rows with the stored data. A row whose cells had problems is still checked
    to the end with the values that could be read, so that the user sees all its problems."""
    known = imports.load_people_index(session)
    labels = _labels(mapping)
    errors, warnings = list(issues), []
    unreadable: dict[int, set[str]] = {}  # row -> fields whose cell could not be read
    for issue in issues:
        unreadable.setdefault(issue.row, set()).add(issue.field)
    seen: dict[tuple[str, str], int] = {}  # (kind, key) -> first row
    new_orgs: dict[str, str] = {}
    planned: list[PersonRow] = []
    new_stays: dict[int, stays.Stay] = {}  # person id -> the stay the row gives them
    stay_rows: dict[int, tuple[int, str]] = {}  # person id -> (row, field) for the message

    def error(row: int, key: str, message: str) -> None:
        errors.append(Issue(row, labels.get(key, ""), message, key))

    def duplicate(row: int, kind: str, key: str, field: str) -> bool:
        first = seen.setdefault((kind, key), row)
        if first != row:
            error(row, field, f"same {kind} as row {first}: {key}")
        return first != row

    organisation_of = lru_cache(maxsize=None)(known.organisation)  # a few names, 10,000 rows
    for person in parsed:
        n, before = person.row, len(errors)
        bad_cells = unreadable.get(n, set()) if person.action == ERROR else set()
        row_warnings: list[Issue] = []
        email, employee_no = person.values.get("email"), person.values.get("employee_no")
        org = organisation_of(person.organisation) if person.organisation else None
        if person.organisation and org is None and not create_missing:
            error(n, "organisation", f"unknown organisation '{person.organisation}'")
        unknown_tasks = [c for c in person.task_codes or () if c not in known.task_ids]
        if unknown_tasks:
            error(n, "tasks", f"unknown task code(s): {', '.join(unknown_tasks)}")
        match = known.by_email.get(email) if email else None
        by_number = known.by_employee_no.get(employee_no) if employee_no else None
        if match and by_number and match.id != by_number.id:
            error(
                n,
                "",
                f"e-mail {email} is {match.name_ko}'s but employee no. {employee_no} "
                f"is {by_number.name_ko}'s",
            )
        match = match or by_number
        if match is None and not email and not employee_no and org is not None:
            candidates = known.by_name_org.get((person.name_ko, org.id), [])
            if len(candidates) == 1:
                match = candidates[0]
                row_warnings.append(
                    Issue(
                        n,
                        "",
                        f"matched {person.name_ko} of {org.name} by name "
                        "(no e-mail or employee no.)",
                    )
                )
        if email:
            duplicate(n, "e-mail", email, "email")
        if employee_no:
            duplicate(n, "employee no.", employee_no, "employee_no")
        if match is not None:
            duplicate(n, "person", f"{match.name_ko} (#{match.id})", "")
        elif not email and not employee_no and person.name_ko and not bad_cells & _IDENTITY:
            duplicate(
                n,
                "name and organisation",
                f"{person.name_ko} / {person.organisation or ''}",
                "name_ko",
            )
        if match is None and not person.organisation and "organisation" not in bad_cells:
            error(n, "organisation", "organisation is missing for a new person")
        values = dict(person.values)
        start = values.get("stay_start", match.stay_start if match else None)
        end = values.get("stay_end", match.stay_end if match else None)
        if start and end and end < start:  # both from the file: parse_person said so
            if "stay_end" in values and "stay_start" not in values:
                error(n, "stay_end", f"ends ({end}) before the stored start ({start})")
            elif "stay_start" in values and "stay_end" not in values:
                error(n, "stay_start", f"starts ({start}) after the stored end ({end})")
        if match is None and "role" not in values and "role" not in bad_cells:
            values["role"] = _DEFAULT_ROLE.get(
                org.kind if org else OrganisationKind.OTHER, Role.RESEARCHER
            )
            row_warnings.append(
                Issue(n, labels["role"], f"role missing; '{values['role'].value}' assumed", "role")
            )
        if person.organisation and org is None and create_missing:
            row_warnings.append(
                Issue(
                    n,
                    labels["organisation"],
                    f"organisation '{person.organisation}' will be created",
                    "organisation",
                )
            )
        warnings += row_warnings
        if person.action == ERROR or len(errors) > before:
            planned.append(_with(person, ERROR, values))
            continue
        if person.organisation and org is None:  # only the rows that are imported create one
            new_orgs.setdefault(imports.organisation_key(person.organisation), person.organisation)
        if match is None:
            planned.append(_with(person, ADD, values))
            continue
        changed = [k for k, val in values.items() if getattr(match, k) != val]
        if person.name_ko != match.name_ko:
            changed.insert(0, "name_ko")
        if (org is not None and org.id != match.organisation_id) or (
            person.organisation and org is None
        ):
            changed.append("organisation")
        if person.task_codes is not None and set(person.task_codes) != known.task_codes.get(
            match.id, set()
        ):
            changed.append("tasks")
        action = CHANGE if changed else UNCHANGED
        planned.append(_with(person, action, values, match.id, tuple(changed)))
        if "stay_start" in changed or "stay_end" in changed:
            new_stays[match.id] = (start, end)
            stay_rows[match.id] = (n, "stay_end" if "stay_end" in changed else "stay_start")
    # What the new stays would cut from the seating, shown before anything is written.
    for trim in stays.trims_for(session, new_stays):
        row, key = stay_rows[trim.person_id]
        warnings.append(Issue(row, labels[key], trim.message, key))
    warnings.sort(key=lambda issue: issue.row)
    counts = {a: sum(1 for p in planned if p.action == a) for a in (ADD, CHANGE, UNCHANGED)}
    return ImportPreview(
        tuple(planned),
        tuple(in_file_order(errors, mapping)),
        tuple(warnings),
        counts[ADD],
        counts[CHANGE],
        counts[UNCHANGED],
        new_organisations=tuple(new_orgs.values()),
    )


# A row whose name, e-mail or employee number could not be read may be a person the file
# names elsewhere: it is not compared by name and organisation with the other rows.
_IDENTITY = frozenset({"name_ko", "email", "employee_no"})


@without_cyclic_gc
def import_people(
    session: Session,
    preview: ImportPreview[PersonRow],
    *,
    create_missing_organisations: bool,
    skip_invalid: bool = False,
) -> ImportSummary:
    """Write the previewed rows in the caller's transaction: all of them or (raising) none —
    or, with ``skip_invalid``, every row without an error (the summary names the others)."""
    rows, skipped = importable(preview, skip_invalid, "people")
    if preview.new_organisations and not create_missing_organisations:
        raise ImportRefused(
            "Nothing was imported: unknown organisation(s) "
            f"{', '.join(preview.new_organisations)}; allow creating them or fix the file.",
        )
    fresh = _plan(
        session,
        [_with(p, "", p.values) for p in rows],
        [],
        create_missing_organisations,
        None,
    )
    if fresh.errors:  # someone changed the data since the preview
        raise ImportRefused(refusal(fresh, "people"), len(fresh.errors))
    summary = imports.write_people(session, fresh.rows, fresh.new_organisations)
    return replace(summary, skipped=skipped)
