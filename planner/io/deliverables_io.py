"""Deliverables to and from XLSX/CSV with Korean headers (산출물).

Export writes one row per deliverable; import reads such a file (Korean or English headers,
labels in either language) and adds or changes deliverables, all in one transaction or not
at all. A row is the same deliverable when task, year, kind and title match, so importing a
file just exported changes nothing (tests/planner/io/test_deliverables_io.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ValidationError
from planner.io.cells import CellProblem, cell_text, date_value, text_value
from planner.io.columns import normalise
from planner.io.export import DATE, INTEGER, Column, Sheet, write_sheet
from planner.io.labels import (
    DELIVERABLE_KIND_LABELS,
    DELIVERABLE_STATE_LABELS,
    deliverable_kind_from_label,
    deliverable_state_from_label,
)
from planner.io.read_table import read_table
from planner.models import Deliverable, DeliverableState, ResearchTask
from planner.services import deliverables as svc

# field -> (Korean header, English header); the export writes the Korean ones.
FIELDS = {
    "task": ("과제코드", "Task"),
    "year": ("연도", "Year"),
    "kind": ("구분", "Kind"),
    "title": ("제목", "Title"),
    "due_date": ("제출기한", "Due date"),
    "state": ("상태", "State"),
    "waived_reason": ("면제사유", "Reason waived"),
    "evidence_link": ("증빙링크", "Evidence link"),
    "evidence_file": ("증빙파일", "Evidence file"),  # written for the reader; import ignores it
}
REQUIRED = ("task", "year", "kind", "title", "due_date")


def deliverables_sheet(session: Session, year: int | None = None) -> Sheet:
    rows = [
        (
            r.task_code, r.year, DELIVERABLE_KIND_LABELS[r.kind].ko, r.title, r.due_date,
            DELIVERABLE_STATE_LABELS[r.state].ko, r.waived_reason, r.evidence_link,
            r.evidence_name,
        )
        for r in svc.list_deliverables(session, year=year)
    ]
    kinds = {"year": INTEGER, "due_date": DATE}
    columns = tuple(Column(ko, kinds.get(name, "text")) for name, (ko, _en) in FIELDS.items())
    return Sheet("산출물", columns, rows)


def export_deliverables(session: Session, path: str | Path, year: int | None = None) -> int:
    sheet = deliverables_sheet(session, year)
    write_sheet(sheet, path)
    return len(sheet.rows)


@dataclass
class DeliverableImport:
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)  # "row 3, 구분: …", in file order
    added_ids: list[int] = field(default_factory=list)  # to take the import back (undo)
    before: dict[int, dict] = field(default_factory=dict)  # changed id -> its values before


def undo_import(session: Session, result: DeliverableImport) -> None:
    """Take an import back: what it added is deleted, what it changed is put back."""
    for deliverable_id in result.added_ids:
        svc.delete_deliverable(session, deliverable_id)
    for deliverable_id, values in result.before.items():
        svc.update_deliverable(session, deliverable_id, **values)


def _columns(headers: tuple[str, ...]) -> dict[str, int]:
    wanted = {normalise(h): name for name, pair in FIELDS.items() for h in (*pair, name)}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = wanted.get(normalise(header or ""))
        if name and name not in found:
            found[name] = index
    return found


def import_deliverables(session: Session, path: str | Path, *, dry_run: bool = False) -> DeliverableImport:
    """Add or change the deliverables of a file; nothing is written when a row has a problem
    (the caller's transaction is rolled back by the ValidationError)."""
    table = read_table(path)
    columns = _columns(table.headers)
    missing = [FIELDS[name][0] for name in REQUIRED if name not in columns]
    if missing:
        raise ValidationError.from_template(
            "file", "the file lacks the column(s) %1", ", ".join(missing)
        )
    tasks = dict(session.execute(select(ResearchTask.code, ResearchTask.id)).tuples().all())
    existing = {
        (d.task_id, d.year, d.kind, d.title): d for d in session.scalars(select(Deliverable))
    }
    result = DeliverableImport()
    for row in table.rows:
        def cell(name: str):
            return row.get(columns.get(name))

        try:
            values, task_id = _row_values(cell, tasks)
        except CellProblem as problem:
            result.problems.append(f"row {row.number}: {problem}")
            continue
        if values is None:
            continue  # an empty row
        key = (task_id, values["year"], values["kind"], values["title"])
        if key in existing:
            current = svc.deliverable_values(existing[key])
            changes = {k: v for k, v in values.items() if current[k] != v}
            if not changes:
                result.unchanged += 1
                continue
            result.changed += 1
            if not dry_run:
                result.before.setdefault(existing[key].id, current)
                svc.update_deliverable(session, existing[key].id, **changes)
        else:
            result.added += 1
            if not dry_run:
                existing[key] = svc.add_deliverable(session, task_id, **values)
                result.added_ids.append(existing[key].id)
    if result.problems:
        raise ValidationError.from_template(
            "file", "%1 row(s) cannot be imported: %2", len(result.problems),
            "; ".join(result.problems),
        )
    return result


def _row_values(cell, tasks: dict[str, int]) -> tuple[dict | None, int]:
    texts = [cell_text(cell(name)).strip() for name in FIELDS if name != "evidence_file"]
    if not any(texts):
        return None, 0
    code = cell_text(cell("task")).strip()
    if code not in tasks:
        raise CellProblem(f"{FIELDS['task'][0]}: no task '{code}'")
    year_text = cell_text(cell("year")).strip()
    if not year_text.isdigit() or not 2000 <= int(year_text) <= 2200:
        raise CellProblem(f"{FIELDS['year'][0]}: '{year_text}' is not a year")
    kind = deliverable_kind_from_label(cell_text(cell("kind")))
    if kind is None:
        raise CellProblem(f"{FIELDS['kind'][0]}: '{cell_text(cell('kind'))}' is not a kind "
                          f"({', '.join(label.ko for label in DELIVERABLE_KIND_LABELS.values())})")
    state_text = cell_text(cell("state")).strip()
    state = deliverable_state_from_label(state_text) if state_text else DeliverableState.PLANNED
    if state is None:
        raise CellProblem(f"{FIELDS['state'][0]}: '{state_text}' is not a state "
                          f"({', '.join(label.ko for label in DELIVERABLE_STATE_LABELS.values())})")
    due = date_value("due_date", cell("due_date"))
    if due is None:
        raise CellProblem(f"{FIELDS['due_date'][0]}: is required")
    title = text_value("title", cell("title"), max_len=300)
    if not title:
        raise CellProblem(f"{FIELDS['title'][0]}: is required")
    reason = text_value("waived_reason", cell("waived_reason"), max_len=2000, multiline=True)
    if state == DeliverableState.WAIVED and not reason:
        raise CellProblem(f"{FIELDS['waived_reason'][0]}: a waived deliverable needs a reason")
    try:
        link = svc.check_link(cell_text(cell("evidence_link")))
    except ValidationError as error:
        raise CellProblem(f"{FIELDS['evidence_link'][0]}: {error.message}") from None
    return {
        "year": int(year_text), "kind": kind, "title": title, "due_date": due, "state": state,
        "waived_reason": reason if state == DeliverableState.WAIVED else "",
        "evidence_link": link,
    }, tasks[code]
