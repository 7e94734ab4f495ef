"""Issue #20's budget by category on the demo: every task's lines add up to its total, and the
agreement's 별표 3 — read back from the PDF with pdftotext — prints the cycle's total to the won,
with the same subtotals per party and per track as the database."""

from __future__ import annotations

import re
import subprocess

import pytest
from sqlalchemy import select

from planner.models import RenewalCycle, TaskRenewal, Track
from planner.renewals.budget import party_sums
from planner.services import budget
from planner.services.agreements import export_agreement
from planner.services.totals import cycle_totals
from tests.planner.export.conftest import TODAY

NUMBER = re.compile(r"[+-]?\d[\d,]*")


def _annex3(path) -> list[str]:
    """The lines of 별표 3 (Annex 3) as pdftotext lays them out."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    start = max(text.find("별표 3."), text.find("Annex 3."))
    assert start >= 0, "no annex 3 in the agreement"
    return text[start:].splitlines()


def _won(amounts: list[int], unit_thousands: bool) -> list[int]:
    return [amount * (1000 if unit_thousands else 1) for amount in amounts]


def _row(lines: list[str], first: str, party: str) -> list[int]:
    """The amounts of the first line that starts with ``first`` then ``party``."""
    pattern = re.compile(rf"^\s*{re.escape(first)}\s+{re.escape(party)}\s+(.*)$")
    for line in lines:
        match = pattern.match(line)
        if match:
            return [int(n.replace(",", "")) for n in NUMBER.findall(match[1]) if n not in "+-"]
    raise AssertionError(f"no line '{first} {party}' in annex 3")


@pytest.mark.parametrize("year", [2024, 2025])
def test_every_demo_task_has_lines_that_sum_to_its_total(db, year):
    with db.sessions() as s:
        cycle = s.scalar(select(RenewalCycle).where(RenewalCycle.year == year))
        renewals = s.scalars(select(TaskRenewal).where(TaskRenewal.cycle_id == cycle.id)).all()
        assert len(renewals) >= 19
        for renewal in renewals:
            lines = budget.budget_lines_of(s, renewal.id)
            assert sum(line.amount_krw for line in lines) == renewal.budget_krw, renewal.task.code
            if renewal.budget_krw:  # a task concluded this year has no budget and no lines
                assert {line.party for line in lines} == {"kt", "kaist"}
                indirect = next(line for line in lines if line.indirect)
                assert indirect.amount_krw == indirect.computed_krw > 0
        assert sum(a.amount_krw for _c, _t, a in budget.cycle_amounts(s, year)) == (
            cycle_totals(s, year).budget_krw
        )


@pytest.mark.parametrize("year, lang", [(2024, "ko"), (2025, "ko"), (2024, "en"), (2025, "en")])
def test_annex_3_prints_the_cycle_total_to_the_won_with_party_and_track_subtotals(
    db, tmp_path, year, lang
):
    path = tmp_path / f"agreement-{year}-{lang}.pdf"
    with db.sessions() as s, s.begin():
        export_agreement(s, year, lang, path, today=TODAY)
    with db.sessions() as s:
        totals = cycle_totals(s, year)
        amounts = budget.cycle_amounts(s, year)
        order = [c.code for c in budget.list_budget_categories(s)]
    lines = _annex3(path)
    thousands = any("천원" in line or "KRW thousand" in line for line in lines[:6])
    label = lang
    total_word, all_word = ("합계", "계") if label == "ko" else ("Total", "All")
    grand = _won(_row(lines, total_word, all_word), thousands)
    assert grand[-1] == totals.budget_krw  # the last column: the cycle's total, to the won
    by_party = party_sums(a for _c, _t, a in amounts)
    for party, word in (("kt", "KT"), ("kaist", "KAIST")):
        assert _won(_row(lines, total_word, word), thousands)[-1] == by_party[party]
    for track in Track:
        name = {"ko": {Track.FOUNDATIONAL: "원천기술 소계", Track.INDUSTRIAL: "산업AI 소계"},
                "en": {Track.FOUNDATIONAL: "Foundational subtotal",
                       Track.INDUSTRIAL: "Industrial AI subtotal"}}[label][track]  # fmt: skip
        subtotal = _won(_row(lines, name, all_word), thousands)
        assert subtotal[-1] == totals.track(track).budget_krw
    # Each category column of the total line is that category's sum in the database.
    categories = [c for c in order if any(a.category == c for _t, _k, a in amounts)]
    sums = {c: sum(a.amount_krw for _t, _k, a in amounts if a.category == c) for c in categories}
    assert grand[:-1] == [sums[c] for c in categories]


def test_the_renewals_report_shows_the_year_over_year_by_category(db, tmp_path):
    from planner.export.reports.renewals import build_renewal_summary
    from planner.services.documents import renewal_summary

    with db.sessions() as s:
        summary = renewal_summary(s, 2025)
        changes = budget.category_comparison(s, 2025)
        total = cycle_totals(s, 2025).budget_krw
    path = tmp_path / "renewals.pdf"
    path.write_bytes(build_renewal_summary(summary))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    section = text[text.index("비목별 연구비"):]
    for change in changes:
        line = next(row for row in section.splitlines() if row.strip().startswith(change.category.name_ko))
        numbers = [int(n.replace(",", "")) for n in NUMBER.findall(line.split(change.category.name_ko)[1])]
        # last year, this year and the change in 천원, the change with its sign (+ or -)
        assert numbers[:3] == [change.before_krw // 1000, change.after_krw // 1000,
                               change.delta_krw // 1000 if change.delta_krw >= 0
                               else -(-change.delta_krw // 1000)]  # fmt: skip
    total_line = next(row for row in section.splitlines() if row.strip().startswith("합계"))
    assert f"{total // 1000:,}" in total_line
