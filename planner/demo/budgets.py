"""The demo's budgets by category: plausible lines that add up to each task's budget.

KT funds the research (its direct costs and 10 % indirect on them, the demo's rate); KAIST
brings part of the professors' time and of the equipment as matching. Every split is exact to
the won and in whole thousands, so totals stay what they were and the annex prints in 천원.
Each task's split has its own random stream (seeded by its code and year): the rest of the
demo draws exactly what it drew before budgets had lines.
"""

from __future__ import annotations

import random

from planner.services.budget import LineInput

KT_RATE_BP = 1000  # 10 % of KT's direct costs
STEP = 10_000  # direct amounts in tens of thousands of won: their 10 % is whole thousands

# KT's direct costs: (category, share range in %); the last takes what is left.
KT_SHARES = (
    ("personnel", (28, 36)),
    ("student_personnel", (20, 28)),
    ("materials", (6, 12)),
    ("allowance", (3, 6)),
    ("commissioned", (0, 10)),
    ("activities", None),
)


def _round(amount: float) -> int:
    return int(amount // STEP) * STEP


def demo_lines(code: str, year: int, budget_krw: int) -> list[LineInput]:
    """Lines summing to ``budget_krw`` exactly (a multiple of 1,000 won), indirect included."""
    if budget_krw <= 0:
        return []
    rng = random.Random(f"{code}-{year}")
    kaist_personnel = budget_krw * rng.randint(3, 7) // 100 // 1_000_000 * 1_000_000
    kaist_equipment = budget_krw * rng.randint(4, 10) // 100 // 1_000_000 * 1_000_000
    kt_total = budget_krw - kaist_personnel - kaist_equipment
    direct = _round(kt_total * 10 / 11)  # direct + 10 % = KT's part, to the step below
    indirect = direct * KT_RATE_BP // 10_000
    kaist_equipment += kt_total - direct - indirect  # what the step leaves: whole thousands
    lines: list[LineInput] = []
    left = direct
    for category, shares in KT_SHARES:
        amount = left if shares is None else _round(direct * rng.randint(*shares) / 100)
        amount = min(amount, left)
        left -= amount
        if amount:
            lines.append(LineInput(category, "kt", amount))
    lines.append(LineInput("indirect", "kt", None))  # computed: the rate gives `indirect`
    lines += [
        LineInput("personnel", "kaist", kaist_personnel),
        LineInput("equipment", "kaist", kaist_equipment),
    ]
    return [line for line in lines if line.amount_krw != 0]
