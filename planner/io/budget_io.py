"""Budget lines (비목별 연구비) to and from XLSX/CSV, with Korean headers like people and desks.

One row per line: 연도, 과제, 비목, 부담기관, 금액(원), 간접비 조정 사유. The category is written
by its Korean name and read by its code, Korean or English name; the party as KT or KAIST. A
computed indirect line is written with its amount and no reason, and read back as computed, so
import → export → import changes nothing.

Importing replaces the lines of every task renewal the file names (planner.services.budget,
one transaction: the caller's), and leaves the others alone. Every row's problem is reported
with its row number before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.errors import ValidationError
from planner.io.columns import normalise
from planner.io.export import MONEY, TEXT, Column, Sheet, write_sheet
from planner.io.read_table import read_table

COLUMNS = (
    ("year", "연도", "Year"),
    ("task", "과제", "Task"),
    ("category", "비목", "Category"),
    ("party", "부담기관", "Paid by"),
    ("amount_krw", "금액(원)", "Amount (KRW)"),
    ("override_reason", "간접비 조정 사유", "Reason for an indirect cost set by hand"),
)
_ALIASES = {
    "year": "연도 년도 year",
    "task": "과제 과제코드 task taskcode",
    "category": "비목 category budgetcategory",
    "party": "부담기관 부담 기관 paidby party",
    "amount_krw": "금액(원) 금액 amount amountkrw amount(krw)",
    "override_reason": "간접비조정사유 조정사유 사유 reason overridereason "
    "reasonforanindirectcostsetbyhand",
}
_INDEX = {normalise(alias): key for key, names in _ALIASES.items() for alias in names.split()}


def budget_sheet(session: Session, year: int | None = None, language: str = "ko") -> Sheet:
    from planner.models import RenewalCycle, ResearchTask, TaskRenewal
    from planner.services.budget import budget_lines_of

    query = (
        select(RenewalCycle.year, ResearchTask.code, TaskRenewal.id)
        .join(TaskRenewal, TaskRenewal.cycle_id == RenewalCycle.id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .order_by(RenewalCycle.year, ResearchTask.code)
    )
    if year is not None:
        query = query.where(RenewalCycle.year == year)
    rows = []
    for cycle_year, code, renewal_id in session.execute(query):
        for line in budget_lines_of(session, renewal_id):
            rows.append((
                cycle_year, code, line.name_en if language == "en" else line.name_ko,
                line.party.upper() if line.party == "kt" else "KAIST", line.amount_krw,
                line.override_reason,
            ))  # fmt: skip
    kinds = {"year": TEXT, "amount_krw": MONEY}
    columns = tuple(
        Column(en if language == "en" else ko, kinds.get(key, TEXT)) for key, ko, en in COLUMNS
    )
    return Sheet("budget" if language == "en" else "비목별 연구비", columns, rows)


def export_budget(session: Session, path: str | Path, year: int | None = None) -> int:
    sheet = budget_sheet(session, year)
    write_sheet(sheet, path)
    return len(sheet.rows)


@dataclass(frozen=True)
class BudgetImport:
    renewals: int  # task renewals whose lines the file gives
    changed: int  # lines added, changed or removed
    before_krw: int
    after_krw: int


def import_budget(session: Session, path: str | Path, *, sheet: str | None = None) -> BudgetImport:
    """Replace the lines of each (year, task) the file names with the file's rows."""
    from planner.models import RenewalCycle, ResearchTask, TaskRenewal
    from planner.models.budget import PAYING_PARTIES
    from planner.services.budget import LineInput, list_budget_categories, set_budget_lines

    table = read_table(path, sheet=sheet)
    columns = {
        _INDEX[normalise(h)]: i for i, h in enumerate(table.headers) if normalise(h) in _INDEX
    }
    heads = {key: ko for key, ko, _en in COLUMNS}
    for key in ("year", "task", "category", "party", "amount_krw"):
        if key not in columns:
            raise ValidationError.from_template("budget file", "has no column %1", heads[key])
    categories = {}
    for c in list_budget_categories(session):
        for name in (c.code, c.name_ko, c.name_en):
            if name:
                categories[normalise(name)] = c.code
    renewals = {
        (y, code): rid
        for y, code, rid in session.execute(
            select(RenewalCycle.year, ResearchTask.code, TaskRenewal.id)
            .join(TaskRenewal, TaskRenewal.cycle_id == RenewalCycle.id)
            .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        )
    }
    wanted: dict[int, list[LineInput]] = defaultdict(list)
    seen: set[tuple[int, str, str]] = set()
    for row in table.rows:
        def cell(key: str) -> object:
            return row.get(columns.get(key))

        if all(cell(key) in (None, "") for key in heads):
            continue
        try:
            year = int(str(cell("year")).strip().split(".")[0])
        except ValueError:
            raise ValidationError.from_template(
                "budget file", "row %1: '%2' is not a year", row.number, cell("year")
            ) from None
        code = str(cell("task") or "").strip()
        if (year, code) not in renewals:
            raise ValidationError.from_template(
                "budget file", "row %1: %2 has no renewal in %3", row.number, code, year
            )
        category = categories.get(normalise(cell("category")))
        if category is None:
            raise ValidationError.from_template(
                "budget file", "row %1: unknown budget category '%2'", row.number, cell("category")
            )
        party = str(cell("party") or "").strip().lower()
        if party not in PAYING_PARTIES:
            raise ValidationError.from_template(
                "budget file", "row %1: unknown paying party '%2'; choose KT or KAIST",
                row.number, cell("party"),
            )  # fmt: skip
        if (renewals[(year, code)], category, party) in seen:
            raise ValidationError.from_template(
                "budget file", "row %1: %2 paid by %3 is given twice for %4 %5",
                row.number, cell("category"), party.upper(), year, code,
            )  # fmt: skip
        seen.add((renewals[(year, code)], category, party))
        amount = cell("amount_krw")
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        if amount in (None, ""):
            amount = None
        else:
            try:
                amount = int(str(amount).replace(",", "").strip())
            except ValueError:
                raise ValidationError.from_template(
                    "budget file", "row %1: '%2' is not an amount in won", row.number, amount
                ) from None
        wanted[renewals[(year, code)]].append(
            LineInput(category, party, amount, str(cell("override_reason") or ""))
        )
    changed = before = after = 0
    for renewal_id, lines in wanted.items():
        result = set_budget_lines(session, renewal_id, lines)
        changed += result.changed
        before += result.before_krw
        after += result.after_krw
    return BudgetImport(len(wanted), changed, before, after)

