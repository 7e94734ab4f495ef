"""별표 3: the research funds by budget category (비목), per task and paying party.

Printed only for data whose tasks have budget lines: an agreement frozen before lines existed
prints as it always did. The rows are plain data first (:func:`budget_rows`), so tests can hold
what is printed: every task in force by paying party, then per track a line per party and the
track's subtotal, then the same for the whole agreement — whose last figure is the cycle's
total (planner.renewals.totals, the one rule), to the won. Below it, last year against this
year per category, when last year's agreement had lines too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planner.export.agreement_data import TRACK_LABELS, AgreementData, TaskLine
from planner.export.agreement_wording import amount_text, whole_thousands
from planner.export.layout import HEADER_FILL, MM, SUBTOTAL_FILL, fit
from planner.models.enums import Track
from planner.renewals.budget import Amount, Category, compare_categories

PARTY_LABELS = {"ko": {"kt": "KT", "kaist": "KAIST"}, "en": {"kt": "KT", "kaist": "KAIST"}}
PARTIES = ("kt", "kaist")
UNSPLIT = "_unsplit"  # a task's budget that no line carries (only in mixed old data)

TITLE = {
    "ko": "별표 3. {year}년도 비목별 연구비",
    "en": "Annex 3. Research funds by budget category for {year}",
}
COMPARE_TITLE = {
    "ko": "{previous}년도 대비 비목별 증감",
    "en": "Change by budget category compared with {previous}",
}
HEAD = {
    "ko": {"task": "과제", "party": "부담", "total": "계", "category": "비목",
           "before": "전년도", "after": "금년도", "delta": "증감", "unsplit": "비목 미지정",
           "all": "계"},
    "en": {"task": "Task", "party": "Paid by", "total": "Total", "category": "Category",
           "before": "Previous", "after": "This year", "delta": "Change",
           "unsplit": "Not split", "all": "All"},
}  # fmt: skip
UNIT = {"ko": ("(단위: 천원)", "(단위: 원)"), "en": ("(unit: KRW thousand)", "(unit: KRW)")}


def has_budget_lines(data: AgreementData) -> bool:
    return any(task.budget for task in data.tasks)


def _categories(tasks: tuple[TaskLine, ...]) -> list[Category]:
    found: dict[str, Category] = {}
    for task in tasks:
        for item in task.budget:
            found.setdefault(
                item.category, Category(item.category, item.name_ko, item.name_en, item.position)
            )
    return sorted(found.values(), key=lambda c: (c.position, c.code))


def _amounts(task: TaskLine) -> list[Amount]:
    amounts = [Amount(i.category, i.party, i.amount_krw) for i in task.budget]
    rest = task.budget_krw - sum(a.amount_krw for a in amounts)
    if rest:
        amounts.append(Amount(UNSPLIT, "kt", rest))
    return amounts


@dataclass(frozen=True)
class BudgetRow:
    """One printed line: ``kind`` is 'task', 'track' (a track's line per party or, party
    None, its subtotal) or 'total' (the agreement's, likewise)."""

    kind: str
    track: Track | None
    task: TaskLine | None
    party: str | None
    amounts: dict[str, int]  # category code -> KRW

    @property
    def total_krw(self) -> int:
        return sum(self.amounts.values())


def _sum(amounts: list[Amount], party: str | None) -> dict[str, int]:
    sums: dict[str, int] = {}
    for a in amounts:
        if party is None or a.party == party:
            sums[a.category] = sums.get(a.category, 0) + a.amount_krw
    return sums


def budget_rows(data: AgreementData) -> list[BudgetRow]:
    """The annex's lines, in print order (track, then code; KT before KAIST)."""
    order = list(Track)
    running = sorted(data.running, key=lambda t: (order.index(t.track), t.code))
    rows: list[BudgetRow] = []
    everything: list[Amount] = []
    for track in order:
        tasks = [t for t in running if t.track == track]
        if not tasks:
            continue
        in_track: list[Amount] = []
        for task in tasks:
            amounts = _amounts(task)
            in_track += amounts
            for party in PARTIES:
                if any(a.party == party for a in amounts):
                    rows.append(BudgetRow("task", track, task, party, _sum(amounts, party)))
        rows += _sum_rows("track", track, in_track)
        everything += in_track
    rows += _sum_rows("total", None, everything)
    return rows


def _sum_rows(kind: str, track: Track | None, amounts: list[Amount]) -> list[BudgetRow]:
    return [BudgetRow(kind, track, None, party, _sum(amounts, party)) for party in PARTIES] + [
        BudgetRow(kind, track, None, None, _sum(amounts, None))
    ]


def _thousands(data: AgreementData) -> bool:
    return whole_thousands(
        [i.amount_krw for t in (*data.tasks, *data.previous_tasks) for i in t.budget]
        + [t.budget_krw for t in data.tasks]
    )


def _row_label(row: BudgetRow, lang: str) -> tuple[str, str]:
    """(first cell, party cell) of a line in ``lang`` ('ko' or 'en')."""
    party = PARTY_LABELS[lang][row.party] if row.party else ""
    if row.kind == "task" and row.task is not None:
        return row.task.code, party
    name = TRACK_LABELS[lang][row.track] if row.track is not None else ""
    if row.kind == "track":
        word = "소계" if lang == "ko" else "subtotal"
    else:
        name, word = ("합계", "") if lang == "ko" else ("Total", "")
    label = f"{name} {word}".strip()
    return label, party or HEAD[lang]["all"]


def _both(ko: str, en: str, lang: str) -> str:
    if lang == "both":
        return ko if ko == en else f"{ko} / {en}"
    return ko if lang == "ko" else en


def budget_table(data: AgreementData, lang: str, width: float) -> Any:
    from reportlab.lib.colors import Color
    from reportlab.platypus import Table

    from planner.export.agreement_annex import PAD, _grid_style, _head
    from planner.export.layout import styles

    s = styles()
    thousands = _thousands(data)
    rows_data = budget_rows(data)
    categories = _categories(data.running)
    if any(UNSPLIT in r.amounts for r in rows_data):
        categories.append(Category(UNSPLIT, HEAD["ko"]["unsplit"], HEAD["en"]["unsplit"], 10**9))
    head = {
        key: (HEAD[key]["task"], HEAD[key]["party"],
              *[c.name_ko if key == "ko" else c.name_en or c.name_ko for c in categories],
              HEAD[key]["total"])
        for key in ("ko", "en")
    }  # fmt: skip
    fixed = [28 if lang == "ko" else 40, 16] + [0] * len(categories) + [26]
    share = (width / MM - sum(fixed)) / max(1, len(categories))
    widths = [(w or share) * MM for w in fixed]
    rows: list[list[Any]] = [_head(head, lang, widths)]
    extra: list[tuple] = []
    for row in rows_data:
        first_ko, party_ko = _row_label(row, "ko")
        first_en, party_en = _row_label(row, "en")
        bold = row.kind != "task"
        style = s.cell_bold if bold else s.cell
        right = s.cell_right if not bold else _bold_right()
        cells = [
            fit(_both(first_ko, first_en, lang), style, widths[0] - 2 * PAD),
            fit(_both(party_ko, party_en, lang), style, widths[1] - 2 * PAD),
            *[
                fit(amount_text(row.amounts[c.code], thousands) if row.amounts.get(c.code) else "–",
                    right, widths[2 + i] - 2 * PAD)
                for i, c in enumerate(categories)
            ],
            fit(amount_text(row.total_krw, thousands), _bold_right(), widths[-1] - 2 * PAD),
        ]  # fmt: skip
        rows.append(cells)
        at = len(rows) - 1
        if row.kind == "track":
            extra.append(("BACKGROUND", (0, at), (-1, at), Color(*SUBTOTAL_FILL)))
        elif row.kind == "total":
            extra.append(("BACKGROUND", (0, at), (-1, at), Color(*HEADER_FILL)))
    extra += [("ALIGN", (0, 1), (1, -1), "CENTER")]
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")


def _bold_right() -> Any:
    from planner.export.agreement_annex import _bold

    return _bold(2)


def comparison_table(data: AgreementData, lang: str, width: float) -> Any | None:
    """Last year against this year per category; None when last year has no lines."""
    from reportlab.platypus import Table

    from planner.export.agreement_annex import _grid_style, _head
    from planner.export.layout import styles

    previous = [t for t in data.previous_tasks if not t.concluded]
    if not any(t.budget for t in previous):
        return None
    s = styles()
    thousands = _thousands(data)
    categories = _categories((*data.running, *previous))
    changes = compare_categories(
        categories,
        [a for t in previous for a in _amounts(t)],
        [a for t in data.running for a in _amounts(t)],
    )
    head = {k: tuple(HEAD[k][c] for c in ("category", "before", "after", "delta")) for k in HEAD}
    widths = [w * MM for w in (60, 40, 40, 40)]
    rows: list[list[Any]] = [_head(head, lang, widths)]
    for change in changes:
        c = change.category
        name = _both(c.name_ko, c.name_en or c.name_ko, lang) if c.code != UNSPLIT else _both(
            HEAD["ko"]["unsplit"], HEAD["en"]["unsplit"], lang)  # fmt: skip
        rows.append([
            fit(name, s.cell, 0),
            fit(amount_text(change.before_krw, thousands), s.cell_right, 0),
            fit(amount_text(change.after_krw, thousands), s.cell_right, 0),
            fit(_signed(change.delta_krw, thousands), s.cell_right, 0),
        ])  # fmt: skip
    before = sum(c.before_krw for c in changes)
    after = sum(c.after_krw for c in changes)
    rows.append([
        fit(_both("합계", "Total", lang), s.cell_bold, 0),
        fit(amount_text(before, thousands), _bold_right(), 0),
        fit(amount_text(after, thousands), _bold_right(), 0),
        fit(_signed(after - before, thousands), _bold_right(), 0),
    ])  # fmt: skip
    return Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(), hAlign="CENTER")


def _signed(amount: int, thousands: bool) -> str:
    if not amount:
        return "0"
    return ("+" if amount > 0 else "-") + amount_text(abs(amount), thousands)


def budget_annex(
    data: AgreementData,
    lang: str,
    width: float,
    heading: Callable[[str, str, str], list[Any]],
) -> list[Any]:
    """The annex's flowables (a page of its own), or nothing for data without lines.
    ``heading(title, outline key, unit note)`` is the agreement's own annex heading."""
    if not has_budget_lines(data):
        return []
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    thousands = _thousands(data)
    title = _both(TITLE["ko"].format(year=data.year), TITLE["en"].format(year=data.year), lang)
    unit = _both(UNIT["ko"][0 if thousands else 1], UNIT["en"][0 if thousands else 1], lang)
    story = [PageBreak(), *heading(title, "annex3_budget", unit), budget_table(data, lang, width)]
    comparison = comparison_table(data, lang, width)
    if comparison is not None:
        previous = data.comparison.previous_year
        story += [
            Spacer(1, 8),
            KeepTogether([*heading(
                _both(COMPARE_TITLE["ko"].format(previous=previous),
                      COMPARE_TITLE["en"].format(previous=previous), lang),
                "annex3_budget_change", unit,
            ), comparison]),  # fmt: skip
        ]
    return story
