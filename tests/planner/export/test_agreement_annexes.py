"""The annexes add up, whatever the decisions (a property test over random cycles).

별표 1 lists exactly the tasks 제4조① counts; the 증감 column of 별표 2 adds up to the change
of the total from last year to this (both the cycles' own totals, planner.renewals.totals),
ended and new tasks included; the two instalments add up to the total.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.export.agreement import Issue, build_agreement
from planner.export.agreement_annex import annex1_tasks, annex2_rows
from planner.export.agreement_data import TaskLine, from_json, to_json
from planner.export.agreement_wording import instalments, placeholder_values, sample_data
from planner.models.enums import Decision, Track
from planner.renewals.totals import totals_of
from tests.planner.export.pdfcheck import squeezed, text_of

CODES = [f"F-{n:02}" for n in range(1, 9)] + [f"I-{n:02}" for n in range(1, 5)]


def _line(code: str, decision: Decision | None, budget: int, year: int) -> TaskLine:
    return TaskLine(
        code=code,
        track=Track.FOUNDATIONAL if code.startswith("F") else Track.INDUSTRIAL,
        title_ko=f"과제 {code}",
        title_en=f"Task {code}",
        pi_ko="홍길동",
        pi_en="Gil-dong Hong",
        kt_ko="김철수",
        kt_en="Cheol-su Kim",
        period_start=dt.date(year, 3, 1),
        period_end=dt.date(year + 1, 2, 28),
        budget_krw=budget,
        headcount=3,
        gpu_allocation=8,
        decision=decision,
        reason_ko="사유" if decision in (Decision.MODIFY, Decision.CONCLUDE) else "",
        reason_en="Reason" if decision in (Decision.MODIFY, Decision.CONCLUDE) else "",
    )


budgets = st.integers(min_value=0, max_value=2_000_000_000)
decisions = st.sampled_from([Decision.CONTINUE, Decision.MODIFY, Decision.CONCLUDE, Decision.NEW])


@st.composite
def cycles(draw):
    before = draw(st.lists(st.sampled_from(CODES), unique=True, max_size=len(CODES)))
    after = draw(st.lists(st.sampled_from(CODES), unique=True, min_size=1, max_size=len(CODES)))
    previous = tuple(
        _line(code, draw(st.sampled_from([Decision.CONTINUE, Decision.NEW, Decision.CONCLUDE])),
              draw(budgets), 2024)
        for code in sorted(before)
    )  # fmt: skip
    current = tuple(
        _line(code, draw(decisions) if code in before else Decision.NEW, draw(budgets), 2025)
        for code in sorted(after)
    )
    return dataclasses.replace(
        sample_data(),
        tasks=current,
        previous_tasks=previous,
        previous_year=2024 if draw(st.booleans()) or previous else None,
    )


@settings(max_examples=300, deadline=None)
@given(cycles())
def test_annex_2_changes_add_up_to_the_change_of_the_total(data):
    rows = annex2_rows(data)
    now = totals_of(2025, data.tasks).budget_krw
    if data.previous_year is None:
        assert rows == []  # the first year: no change listed, none invented
        return
    last_year = totals_of(2024, data.previous_tasks).budget_krw
    assert sum(row.delta_krw or 0 for row in rows) == now - last_year
    assert data.total_krw == now
    # A task that ends shows the funds it had last year going to zero.
    before = {t.code: t for t in data.previous_tasks}
    ended = {
        t.code
        for t in data.tasks
        if t.concluded and t.code in before and not before[t.code].concluded
        and before[t.code].budget_krw
    }
    assert ended <= {row.task.task_code for row in rows if row.delta_krw}


@settings(max_examples=300, deadline=None)
@given(cycles())
def test_annex_1_counts_what_article_4_counts_and_the_instalments_add_up(data):
    values = placeholder_values(data, "ko")
    listed = annex1_tasks(data)
    assert len(listed) == values["task_count"] == totals_of(2025, data.tasks).tasks
    assert not any(t.concluded for t in listed)
    first, second = instalments(data.total_krw)
    assert first + second == data.total_krw and first % 1000 == 0 and 0 <= first <= second


@settings(max_examples=100, deadline=None)
@given(cycles())
def test_the_snapshot_json_gives_back_the_same_data(data):
    assert from_json(to_json(data)) == data


@settings(max_examples=8, deadline=None)
@given(cycles())
def test_the_printed_annex_2_adds_up_too(data):
    """What is printed, not only the rows: an amount that is not whole thousands is printed in
    won (the unit says so), so nothing is rounded away."""
    text = squeezed(text_of(build_agreement(data, "ko", Issue(draft=True))))
    annex2 = text.split("별표2.")[-1]
    if data.previous_year is None:
        assert "최초연도" in annex2
        return
    changes, total = annex2.split("연구비총액")
    import re

    def signed(part: str) -> list[int]:
        # Every signed amount, one digit long too ("+1" won); not the hyphen of a date.
        amounts = re.findall(r"(?<![A-Z\d])[+-]\d(?:[\d,]*\d)?", part)
        return [int(d.replace(",", "")) for d in amounts]

    stated = signed(total.split("문서번호")[0])  # not the footer's document number
    delta = stated[0] if stated else 0
    assert sum(signed(changes)) == delta
