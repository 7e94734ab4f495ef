"""A task renewal's budget by category (비목): its lines, the indirect costs and the comparison.

    set_budget_lines(session, renewal_id, [LineInput("personnel", "kt", 120_000_000), …])
    budget_lines_of(session, renewal_id)          # plain rows, the computed indirect beside each
    set_indirect_rate(session, "kaist", 1500, "direct")
    category_comparison(session, 2025)           # this year and last, per category

The renewal's ``budget_krw`` is the sum of its lines, written here from the lines and kept so
by the database (planner.budget_guards): every total elsewhere (planner.services.totals) reads
it, so cycle, track, agreement and reports all add up the lines. A budget given as one figure
(``budget_krw`` to the renewal services) becomes one line of the default category
(:func:`set_bare_total`); once a renewal has several lines, only lines change it.

An indirect line (the category marked ``indirect``) follows its party's rate over the party's
direct lines, unless overridden with a reason; without a reason, the amount given for it is
not used — the rate decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner import validation as v
from planner.errors import NotFound, ValidationError
from planner.models import CycleStatus, Decision, RenewalCycle, TaskRenewal
from planner.models.budget import (
    DEFAULT_CATEGORY,
    DEFAULT_PARTY,
    MAX_AMOUNT_KRW,
    PAYING_PARTIES,
    RATE_BASES,
    BudgetCategory,
    BudgetLine,
    IndirectRate,
)
from planner.renewals.budget import (
    Amount,
    Category,
    CategoryChange,
    compare_categories,
    indirect_krw,
)
from planner.services._common import get
from planner.services._common import flush as _flush
from planner.services.audit import record
from planner.services.cycle_state import ensure_editable


@dataclass(frozen=True)
class LineInput:
    """A line as a user gives it: category code, paying party, amount, override reason (an
    indirect line only; empty: computed from the rate, and ``amount_krw`` is not used)."""

    category: str
    party: str
    amount_krw: int | None
    override_reason: str = ""


@dataclass(frozen=True)
class LineRow:
    """A stored line, as screens, the CLI and exports read it."""

    id: int
    category: str
    name_ko: str
    name_en: str
    position: int
    indirect: bool
    party: str
    amount_krw: int
    override_reason: str = ""
    computed_krw: int | None = None  # an indirect line: what the rate gives

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    def as_input(self) -> LineInput:
        return LineInput(self.category, self.party, self.amount_krw, self.override_reason)


@dataclass(frozen=True)
class BudgetChange:
    """What a change of lines did: the renewal, its total before and after, lines written."""

    renewal_id: int
    before_krw: int
    after_krw: int
    changed: int


@dataclass(frozen=True)
class Rate:
    party: str
    rate_bp: int
    basis: str


# --- categories and rates ------------------------------------------------------------------


def list_budget_categories(session: Session) -> list[Category]:
    return [
        Category(c.code, c.name_ko, c.name_en, c.position, c.indirect)
        for c in session.scalars(
            select(BudgetCategory).order_by(BudgetCategory.position, BudgetCategory.code)
        )
    ]


def save_budget_category(
    session: Session,
    code: str,
    name_ko: str,
    name_en: str = "",
    position: int | None = None,
) -> Category:
    """Add a category to the institute's list, or rename or move one (by its code)."""
    code = v.text("code", code, max_len=40, required=True)
    name_ko = v.text("name_ko", name_ko, max_len=100, required=True)
    name_en = v.text("name_en", name_en, max_len=100)
    category = session.scalar(select(BudgetCategory).where(BudgetCategory.code == code))
    if category is None:
        last = session.scalar(select(BudgetCategory.position).order_by(BudgetCategory.position.desc()))
        category = BudgetCategory(
            code=code, name_ko=name_ko, name_en=name_en,
            position=(last or 0) + 10 if position is None else position, indirect=False,
        )  # fmt: skip
        session.add(category)
        _flush(session, "budget category")
        record(session, "create", "budget_category", category.id, "code", None, code)
    else:
        for field, value in (("name_ko", name_ko), ("name_en", name_en), ("position", position)):
            if value is not None and getattr(category, field) != value:
                record(session, "update", "budget_category", category.id, field,
                       getattr(category, field), value)  # fmt: skip
                setattr(category, field, value)
        _flush(session, "budget category")
    return Category(category.code, category.name_ko, category.name_en, category.position,
                    category.indirect)  # fmt: skip


def indirect_rates(session: Session) -> dict[str, Rate]:
    rates = {p: Rate(p, 0, "direct") for p in PAYING_PARTIES}
    for row in session.scalars(select(IndirectRate)):
        rates[row.party] = Rate(row.party, row.rate_bp, row.basis)
    return rates


def _party(value: object) -> str:
    party = str(value or "").strip().lower()
    if party not in PAYING_PARTIES:
        raise ValidationError.from_template(
            "party", "unknown paying party '%1'; choose kt or kaist", value
        )
    return party


def set_indirect_rate(session: Session, party: str, rate_bp: int, basis: str = "direct") -> int:
    """A party's indirect-cost rate (basis points of its direct costs or of its total). The
    computed indirect lines of cycles still open (draft, consultation) follow; returns how many
    changed. Agreed and signed cycles keep what was agreed."""
    party = _party(party)
    if basis not in RATE_BASES:
        raise ValidationError.from_template(
            "basis", "unknown basis '%1'; choose direct or total", basis
        )
    rate_bp = v.integer("rate_bp", rate_bp, maximum=9999 if basis == "total" else 100_000)
    row = session.scalar(select(IndirectRate).where(IndirectRate.party == party))
    if row is None:
        row = IndirectRate(party=party, rate_bp=0, basis="direct")
        session.add(row)
        _flush(session, "indirect rate")
    for field, value in (("rate_bp", rate_bp), ("basis", basis)):
        if getattr(row, field) != value:
            record(session, "update", "indirect_rate", row.id, f"{party}.{field}",
                   getattr(row, field), value)  # fmt: skip
            setattr(row, field, value)
    _flush(session, "indirect rate")
    changed = 0
    open_renewals = session.scalars(
        select(TaskRenewal)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .where(RenewalCycle.status.in_([CycleStatus.DRAFT, CycleStatus.CONSULTATION]))
        .options(selectinload(TaskRenewal.budget_lines))
    ).all()
    for renewal in open_renewals:
        if any(_is_indirect(line) and line.party == party for line in renewal.budget_lines):
            result = set_budget_lines(
                session, renewal.id, [row.as_input() for row in budget_lines_of(session, renewal.id)]
            )
            changed += result.before_krw != result.after_krw
    return changed


# --- lines ---------------------------------------------------------------------------------


def _is_indirect(line: BudgetLine) -> bool:
    return line.category.indirect


def _categories(session: Session) -> dict[str, BudgetCategory]:
    return {c.code: c for c in session.scalars(select(BudgetCategory))}


def computed_indirect(session: Session, lines: Iterable[LineInput | LineRow], party: str) -> int:
    """What ``party``'s indirect line comes to over its direct lines among ``lines``."""
    categories = _categories(session)
    direct = sum(
        line.amount_krw or 0
        for line in lines
        if line.party == party and not categories[line.category].indirect
    )
    rate = indirect_rates(session)[party]
    return indirect_krw(direct, rate.rate_bp, rate.basis)


def budget_lines_of(session: Session, renewal_id: int) -> list[LineRow]:
    """The renewal's lines in the list's order (category, then KT before KAIST)."""
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    return _rows(session, renewal.budget_lines)


def _rows(session: Session, lines: Sequence[BudgetLine]) -> list[LineRow]:
    rates = indirect_rates(session)
    direct: dict[str, int] = {}
    for line in lines:
        if not line.category.indirect:
            direct[line.party] = direct.get(line.party, 0) + line.amount_krw
    rows = [
        LineRow(
            id=line.id, category=line.category.code, name_ko=line.category.name_ko,
            name_en=line.category.name_en, position=line.category.position,
            indirect=line.category.indirect, party=line.party, amount_krw=line.amount_krw,
            override_reason=line.override_reason,
            computed_krw=indirect_krw(direct.get(line.party, 0), rates[line.party].rate_bp,
                                      rates[line.party].basis) if line.category.indirect else None,
        )  # fmt: skip
        for line in lines
    ]
    return sorted(rows, key=lambda r: (r.position, r.category, PAYING_PARTIES.index(r.party)))


def clean_lines(session: Session, lines: Iterable[LineInput]) -> list[LineInput]:
    """Validated lines, indirect ones computed unless overridden; zero direct lines dropped."""
    categories = _categories(session)
    seen: set[tuple[str, str]] = set()
    cleaned: list[LineInput] = []
    for line in lines:
        if isinstance(line, (tuple, list)):
            line = LineInput(*line)
        code = str(line.category or "").strip()
        if code not in categories:
            raise ValidationError.from_template("category", "unknown budget category '%1'", code)
        party = _party(line.party)
        if (code, party) in seen:
            raise ValidationError.from_template(
                "budget line", "%1 paid by %2 appears twice", categories[code].name_ko,
                party.upper(),
            )  # fmt: skip
        seen.add((code, party))
        reason = v.text("override_reason", line.override_reason, max_len=2000, multiline=True)
        indirect = categories[code].indirect
        if reason and not indirect:
            reason = ""  # only an indirect line has a computed amount to override
        amount = (
            None if indirect and not reason
            else v.integer("amount_krw", line.amount_krw if line.amount_krw is not None else 0,
                           maximum=MAX_AMOUNT_KRW)
        )  # fmt: skip
        if amount == 0 and not indirect:
            continue
        cleaned.append(LineInput(code, party, amount, reason))
    result = []
    for line in cleaned:
        if line.amount_krw is None:
            line = LineInput(line.category, line.party,
                             computed_indirect(session, cleaned, line.party), "")  # fmt: skip
        result.append(line)
    return result


def set_budget_lines(session: Session, renewal_id: int, lines: Iterable[LineInput]) -> BudgetChange:
    """Replace the renewal's lines with ``lines`` (one transaction, the caller's): lines
    changed in place, new ones added, missing ones removed, each change audited; the
    renewal's total becomes their sum."""
    renewal = get(session, TaskRenewal, renewal_id, "task renewal")
    wanted = clean_lines(session, lines)
    categories = _categories(session)
    before = renewal.budget_krw
    existing = {(line.category.code, line.party): line for line in renewal.budget_lines}
    same = {(l.category, l.party): (l.amount_krw, l.override_reason) for l in wanted} == {
        key: (line.amount_krw, line.override_reason) for key, line in existing.items()
    }
    if same and before == sum(line.amount_krw or 0 for line in wanted):
        return BudgetChange(renewal.id, before, before, 0)  # nothing to do, even when frozen
    ensure_editable(renewal.cycle)
    changed = 0
    for line in wanted:
        key = (line.category, line.party)
        label = f"{line.category}.{line.party}"
        amount = line.amount_krw or 0
        current = existing.pop(key, None)
        if current is None:
            current = BudgetLine(category_id=categories[line.category].id, party=line.party,
                                 amount_krw=amount, override_reason=line.override_reason)  # fmt: skip
            current.category = categories[line.category]
            renewal.budget_lines.append(current)
            _flush(session, "budget line")
            record(session, "create", "budget_line", current.id, label, None, amount)
            changed += 1
            continue
        if current.amount_krw != amount:
            record(session, "update", "budget_line", current.id, label, current.amount_krw, amount)
            current.amount_krw = amount
            changed += 1
        if current.override_reason != line.override_reason:
            record(session, "update", "budget_line", current.id, f"{label}.override_reason",
                   current.override_reason, line.override_reason)  # fmt: skip
            current.override_reason = line.override_reason
            changed += 1
    for (code, party), gone in existing.items():
        record(session, "delete", "budget_line", gone.id, f"{code}.{party}", gone.amount_krw, None)
        renewal.budget_lines.remove(gone)
        changed += 1
    # The lines first: the database sets the renewal's total from them, and refuses a total
    # that is not their sum (so the renewal's own update must come after).
    _flush(session, "budget line")
    total = sum(line.amount_krw or 0 for line in wanted)
    if renewal.budget_krw != total:
        record(session, "update", "task_renewal", renewal.id, "budget_krw", renewal.budget_krw, total)
        renewal.budget_krw = total
        _flush(session, "task renewal")
    return BudgetChange(renewal.id, before, total, changed)


def set_budget_line(
    session: Session,
    renewal_id: int,
    category: str,
    party: str,
    amount_krw: int | None,
    override_reason: str = "",
) -> BudgetChange:
    """One line set (added, changed, or removed with 0 for a direct line), the others kept."""
    rows = [r.as_input() for r in budget_lines_of(session, renewal_id)]
    rows = [r for r in rows if (r.category, r.party) != (category, _party(party))]
    rows.append(LineInput(category, party, amount_krw, override_reason))
    return set_budget_lines(session, renewal_id, rows)


def remove_budget_line(session: Session, renewal_id: int, category: str, party: str) -> BudgetChange:
    rows = [
        r.as_input() for r in budget_lines_of(session, renewal_id)
        if (r.category, r.party) != (category, _party(party))
    ]  # fmt: skip
    return set_budget_lines(session, renewal_id, rows)


def set_bare_total(session: Session, renewal: TaskRenewal, total_krw: int) -> None:
    """A budget given as one figure: one line of the default category paid by KT. A renewal
    whose budget is already split into several lines is changed by its lines only."""
    if total_krw == renewal.budget_krw and (renewal.budget_lines or not total_krw):
        return
    lines = renewal.budget_lines
    if len(lines) > 1 or (lines and lines[0].category.indirect):
        raise ValidationError.from_template(
            "budget_krw",
            "is the sum of the task's %1 budget lines; change the lines to change it",
            len(lines),
        )
    code = lines[0].category.code if lines else DEFAULT_CATEGORY
    party = lines[0].party if lines else DEFAULT_PARTY
    set_budget_lines(session, renewal.id, [LineInput(code, party, total_krw)])


def lines_of(renewal: TaskRenewal) -> list[LineInput]:
    """A renewal's lines as input for another (next year's cycle starts from last year's;
    computed indirect lines are computed again)."""
    return [
        LineInput(line.category.code, line.party, line.amount_krw, line.override_reason)
        for line in renewal.budget_lines
    ]


# --- by category, over a cycle and year over year -----------------------------------------


def cycle_amounts(session: Session, year: int) -> list[tuple[str, str, Amount]]:
    """(task code, track, line) of every counted line of the cycle of ``year``: concluded
    tasks count 0 (planner.renewals.totals), so these add up to the cycle's total."""
    from planner.models import ResearchTask

    rows = session.execute(
        select(ResearchTask.code, ResearchTask.track, BudgetCategory.code, BudgetLine.party,
               BudgetLine.amount_krw)
        .select_from(BudgetLine)
        .join(TaskRenewal, TaskRenewal.id == BudgetLine.renewal_id)
        .join(RenewalCycle, RenewalCycle.id == TaskRenewal.cycle_id)
        .join(ResearchTask, ResearchTask.id == TaskRenewal.task_id)
        .join(BudgetCategory, BudgetCategory.id == BudgetLine.category_id)
        .where(RenewalCycle.year == year)
        .where((TaskRenewal.decision.is_(None)) | (TaskRenewal.decision != Decision.CONCLUDE))
        .order_by(ResearchTask.code, BudgetCategory.position, BudgetLine.party)
    )  # fmt: skip
    return [(code, track, Amount(category, party, amount))
            for code, track, category, party, amount in rows]  # fmt: skip


def category_comparison(session: Session, year: int) -> list[CategoryChange]:
    """Per category: the previous cycle's and this cycle's counted amounts."""
    cycle = session.scalar(select(RenewalCycle).where(RenewalCycle.year == year))
    if cycle is None:
        raise NotFound("renewal cycle", year)
    previous = session.scalar(
        select(RenewalCycle.year).where(RenewalCycle.year < year).order_by(RenewalCycle.year.desc())
    )
    before = [a for _c, _t, a in cycle_amounts(session, previous)] if previous else []
    after = [a for _c, _t, a in cycle_amounts(session, year)]
    return compare_categories(list_budget_categories(session), before, after)
