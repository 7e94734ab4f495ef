"""A task's budget by category (비목): indirect costs and the comparison of two years.

Plain objects in, plain objects out, all in integer KRW (원): no float ever touches an amount.
A rate is in basis points (1500 = 15.00 %).

* :func:`indirect_krw` — a party's indirect cost from its direct costs: ``direct`` basis is
  rate × direct; ``total`` basis is the share of the party's total (direct + indirect), so
  indirect = direct × rate / (1 − rate). Rounded half up to the won.
* :func:`category_sums` / :func:`compare_categories` — what a year's counted lines add up to
  per category, and the year-over-year of it (the window, ``cycle show --json``, the 별표 and
  the renewals report all take it from here).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

RATE_SCALE = 10_000


def indirect_krw(direct_krw: int, rate_bp: int, basis: str) -> int:
    """The indirect cost of ``direct_krw`` at ``rate_bp`` (basis 'direct' or 'total')."""
    if direct_krw <= 0 or rate_bp <= 0:
        return 0
    if basis == "total":
        if rate_bp >= RATE_SCALE:
            raise ValueError("a rate of the total must be below 100 %")
        denominator = RATE_SCALE - rate_bp
        return (2 * direct_krw * rate_bp + denominator) // (2 * denominator)
    return (2 * direct_krw * rate_bp + RATE_SCALE) // (2 * RATE_SCALE)


def rate_text(rate_bp: int) -> str:
    """'15 %', '12.5 %': how a rate reads (no float: basis points are exact)."""
    whole, part = divmod(rate_bp, 100)
    return f"{whole} %" if not part else f"{whole}.{part:02d}".rstrip("0") + " %"


@dataclass(frozen=True)
class Category:
    code: str
    name_ko: str
    name_en: str
    position: int
    indirect: bool = False


@dataclass(frozen=True)
class Amount:
    """One line as the sums see it: category code, paying party, amount."""

    category: str
    party: str
    amount_krw: int


def category_sums(lines: Iterable[Amount]) -> dict[str, int]:
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.category] = sums.get(line.category, 0) + line.amount_krw
    return sums


def party_sums(lines: Iterable[Amount]) -> dict[str, int]:
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.party] = sums.get(line.party, 0) + line.amount_krw
    return sums


@dataclass(frozen=True)
class CategoryChange:
    category: Category
    before_krw: int
    after_krw: int

    @property
    def delta_krw(self) -> int:
        return self.after_krw - self.before_krw


def compare_categories(
    categories: Iterable[Category], before: Iterable[Amount], after: Iterable[Amount]
) -> list[CategoryChange]:
    """Per category (in the list's order): last year's and this year's counted amounts.
    Categories neither year uses are left out; a code no longer in the list still shows."""
    known = {c.code: c for c in categories}
    sums_before, sums_after = category_sums(before), category_sums(after)
    for code in {*sums_before, *sums_after} - set(known):
        known[code] = Category(code, code, code, 1_000_000)
    rows = [
        CategoryChange(c, sums_before.get(c.code, 0), sums_after.get(c.code, 0))
        for c in known.values()
        if c.code in sums_before or c.code in sums_after
    ]
    return sorted(rows, key=lambda r: (r.category.position, r.category.code))
