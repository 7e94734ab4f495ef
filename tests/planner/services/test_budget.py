"""A task's budget by category (issue #20): the total IS the sum of its lines, in integers —
in the service, in the database whoever writes, and in every total read from it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner.errors import ReadOnly, ValidationError
from planner.models import CycleStatus, ResearchTask, TaskRenewal, Track
from planner.models.budget import DEFAULT_CATEGORIES
from planner.renewals.budget import indirect_krw
from planner.services import budget, renewals
from planner.services.totals import cycle_totals
from tests.planner.factories import tick_review

DIRECT = [code for code, _ko, _en, indirect in DEFAULT_CATEGORIES if not indirect]
PERIOD = {"period_start": dt.date(2025, 3, 1), "period_end": dt.date(2026, 2, 28)}


def _cycle_with_tasks(session, year=2025, codes=("F-01", "I-01")):
    cycle = renewals.create_cycle(session, year)
    ids = []
    for code in codes:
        task = session.scalar(select(ResearchTask).where(ResearchTask.code == code))
        if task is None:
            task = ResearchTask(code=code, title_ko=f"과제 {code}",
                                track=Track.INDUSTRIAL if code[0] == "I" else Track.FOUNDATIONAL,
                                start_year=2024)  # fmt: skip
            session.add(task)
            session.flush()
        ids.append(renewals.add_task_renewal(session, cycle.id, task.id, **PERIOD).id)
    return cycle, ids


def _stored(session, renewal_id):
    """What the database holds, read with plain SQL: the total and the sum of the lines."""
    total = session.execute(
        text("SELECT budget_krw FROM task_renewal WHERE id = :id"), {"id": renewal_id}
    ).scalar()
    lines = session.execute(
        text("SELECT COALESCE(SUM(amount_krw), 0) FROM budget_line WHERE renewal_id = :id"),
        {"id": renewal_id},
    ).scalar()
    return total, lines


amounts = st.integers(min_value=0, max_value=10**12)
line_lists = st.lists(
    st.tuples(st.sampled_from(DIRECT), st.sampled_from(["kt", "kaist"]), amounts),
    max_size=12,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=line_lists,
    second=line_lists,
    rate=st.integers(min_value=0, max_value=9999),
    basis=st.sampled_from(["direct", "total"]),
    with_indirect=st.sets(st.sampled_from(["kt", "kaist"])),
)
def test_the_total_is_the_sum_of_the_lines_exactly(sqlite_sessions, first, second, rate, basis,
                                                   with_indirect):  # fmt: skip
    with sqlite_sessions() as s, s.begin():
        budget.set_indirect_rate(s, "kaist", rate, basis)
        cycle, (f01, i01) = _cycle_with_tasks(s)
        for renewal_id, lines in ((f01, first), (i01, second)):
            given_lines = [budget.LineInput(*line) for line in lines]
            given_lines += [budget.LineInput("indirect", p, 12345) for p in sorted(with_indirect)]
            budget.set_budget_lines(s, renewal_id, given_lines)
            kaist_direct = sum(a for c, p, a in lines if p == "kaist")
            expected = sum(a for _c, _p, a in lines)
            if "kaist" in with_indirect:  # computed from the rate; the 12345 given is not used
                expected += indirect_krw(kaist_direct, rate, basis)
            assert s.get(TaskRenewal, renewal_id).budget_krw == expected
            assert _stored(s, renewal_id) == (expected, expected)
        assert cycle_totals(s, 2025).budget_krw == sum(_stored(s, r)[0] for r in (f01, i01))
        s.rollback()


@pytest.mark.parametrize("rate, basis, direct, indirect", [
    (1000, "direct", 100_000_000, 10_000_000),  # 10 % of the direct costs
    (2000, "total", 80_000_000, 20_000_000),  # 20 % of the total 100,000,000
    (1500, "direct", 3, 0),  # 0.45 won rounds to nothing
    (1500, "direct", 10, 2),  # 1.5 rounds half up
    (0, "direct", 10**12, 0),
])  # fmt: skip
def test_indirect_costs_follow_the_rate_to_the_won(rate, basis, direct, indirect):
    assert indirect_krw(direct, rate, basis) == indirect


def test_an_indirect_line_follows_the_rate_unless_overridden_with_a_reason(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        budget.set_indirect_rate(s, "kt", 1000, "direct")
        _cycle, (f01, _i01) = _cycle_with_tasks(s)
        budget.set_budget_lines(s, f01, [budget.LineInput("personnel", "kt", 50_000_000),
                                         budget.LineInput("indirect", "kt", None)])  # fmt: skip
        assert s.get(TaskRenewal, f01).budget_krw == 55_000_000
        # A direct line changes: the computed indirect line follows.
        budget.set_budget_line(s, f01, "personnel", "kt", 60_000_000)
        assert s.get(TaskRenewal, f01).budget_krw == 66_000_000
        # Overridden with a reason, it stays as set; the computed figure is still shown beside it.
        budget.set_budget_line(s, f01, "indirect", "kt", 1_000_000, "KT 내부 기준 적용")
        rows = {r.category: r for r in budget.budget_lines_of(s, f01)}
        assert (rows["indirect"].amount_krw, rows["indirect"].computed_krw) == (1_000_000, 6_000_000)
        assert rows["indirect"].overridden
        assert s.get(TaskRenewal, f01).budget_krw == 61_000_000
        # The rate changes: open cycles' computed lines follow, an override does not.
        budget.set_budget_line(s, f01, "indirect", "kt", None, "")
        assert budget.set_indirect_rate(s, "kt", 2000, "direct") == 1
        assert s.get(TaskRenewal, f01).budget_krw == 72_000_000


def test_a_bare_total_becomes_one_line_and_a_split_budget_changes_by_its_lines(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        cycle, (f01, _i01) = _cycle_with_tasks(s)
        renewals.update_task_renewal(s, f01, budget_krw=300_000_000)
        [line] = budget.budget_lines_of(s, f01)
        assert (line.category, line.party, line.amount_krw) == ("activities", "kt", 300_000_000)
        budget.set_budget_line(s, f01, "materials", "kaist", 5_000_000)
        with pytest.raises(ValidationError, match="sum of the task's 2 budget lines"):
            renewals.update_task_renewal(s, f01, budget_krw=1)
        assert s.get(TaskRenewal, f01).budget_krw == 305_000_000


def test_next_years_cycle_starts_from_last_years_lines(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        budget.set_indirect_rate(s, "kt", 1000, "direct")
        cycle, (f01, _i01) = _cycle_with_tasks(s)
        budget.set_budget_lines(s, f01, [budget.LineInput("personnel", "kt", 70_000_000),
                                         budget.LineInput("equipment", "kaist", 9_000_000),
                                         budget.LineInput("indirect", "kt", None)])  # fmt: skip
        renewals.open_next_cycle(s, 2026, today=dt.date(2025, 12, 1))
        following = s.scalar(
            select(TaskRenewal).join(TaskRenewal.cycle).where(TaskRenewal.task_id ==
                                                              s.get(TaskRenewal, f01).task_id)
            .where(TaskRenewal.cycle_id != cycle.id)
        )  # fmt: skip
        lines = [(r.category, r.party, r.amount_krw) for r in budget.budget_lines_of(s, following.id)]
        assert lines == [("personnel", "kt", 70_000_000), ("equipment", "kaist", 9_000_000),
                         ("indirect", "kt", 7_000_000)]  # fmt: skip
        assert following.budget_krw == 86_000_000


def test_refusals_say_what_is_wrong(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        _cycle, (f01, _i01) = _cycle_with_tasks(s)
        for lines, message in [
            ([("travel", "kt", 1)], "unknown budget category 'travel'"),
            ([("personnel", "lg", 1)], "unknown paying party 'lg'"),
            ([("personnel", "kt", 1), ("personnel", "kt", 2)], "인건비 paid by KT appears twice"),
            ([("personnel", "kt", -5)], "must be between"),
        ]:
            with pytest.raises(ValidationError, match=message):
                budget.set_budget_lines(s, f01, [budget.LineInput(*line) for line in lines])


@st.composite
def _writes(draw):
    """Raw SQL a client might send: insert, change or delete a line."""
    return draw(st.lists(st.tuples(
        st.sampled_from(["insert", "update", "delete"]),
        st.integers(min_value=1, max_value=7),  # category id
        st.sampled_from(["kt", "kaist"]),
        amounts,
    ), min_size=1, max_size=15))  # fmt: skip


def _raw_writes(session, renewal_id, writes):
    for action, category, party, amount in writes:
        key = {"r": renewal_id, "c": category, "p": party, "a": amount}
        exists = session.execute(text(
            "SELECT 1 FROM budget_line WHERE renewal_id = :r AND category_id = :c AND party = :p"
        ), key).first()  # fmt: skip
        if action == "insert" and not exists:
            session.execute(text(
                "INSERT INTO budget_line (renewal_id, category_id, party, amount_krw, "
                "override_reason, version) VALUES (:r, :c, :p, :a, '', 1)"), key)  # fmt: skip
        elif action == "update":
            session.execute(text(
                "UPDATE budget_line SET amount_krw = :a WHERE renewal_id = :r "
                "AND category_id = :c AND party = :p"), key)  # fmt: skip
        elif action == "delete":
            session.execute(text(
                "DELETE FROM budget_line WHERE renewal_id = :r AND category_id = :c "
                "AND party = :p"), key)  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=_writes())
def test_the_database_keeps_the_total_equal_to_the_lines_whoever_writes(sessions, writes):
    with sessions() as s, s.begin():
        _cycle, (f01, _i01) = _cycle_with_tasks(s)
        _raw_writes(s, f01, writes)
        total, lines = _stored(s, f01)
        assert total == lines
        s.rollback()


def test_the_database_refuses_a_total_that_is_not_the_sum(sessions):
    with sessions() as s, s.begin():
        _cycle, (f01, _i01) = _cycle_with_tasks(s)
        budget.set_budget_lines(s, f01, [budget.LineInput("personnel", "kt", 1_000)])
    with pytest.raises(IntegrityError, match="budget_total_mismatch"), sessions() as s, s.begin():
        s.execute(text("UPDATE task_renewal SET budget_krw = 999 WHERE id = :id"), {"id": f01})
    with sessions() as s:
        assert _stored(s, f01) == (1_000, 1_000)


def test_lines_of_an_agreed_cycle_are_frozen_in_the_service_and_the_database(sessions):
    from planner.services.agreements import freeze_agreement

    with sessions() as s, s.begin():
        cycle, (f01, _i01) = _cycle_with_tasks(s)
        budget.set_budget_lines(s, f01, [budget.LineInput("personnel", "kt", 1_000)])
        renewals.update_cycle(s, cycle.id, seats_committed=100)  # a term the agreement needs
        freeze_agreement(s, cycle)
        tick_review(s, cycle.id)  # the review before agreement done (planner.review_guards)
        cycle.status = CycleStatus.AGREED
    with pytest.raises(ReadOnly), sessions() as s, s.begin():
        budget.set_budget_line(s, f01, "personnel", "kt", 2_000)
    with pytest.raises(IntegrityError, match="cycle_frozen"), sessions() as s, s.begin():
        s.execute(text("UPDATE budget_line SET amount_krw = 5 WHERE renewal_id = :id"), {"id": f01})
    with sessions() as s, s.begin():  # setting what is there already changes nothing: allowed
        assert budget.set_budget_line(s, f01, "personnel", "kt", 1_000).changed == 0
