"""A new cycle's deadlines: the same month and day in the new year, never before today."""

from __future__ import annotations

import datetime as dt

from planner.renewals.deadlines import next_deadlines, shift_years

D = dt.date


def test_same_month_and_day_next_year_when_still_ahead():
    assert next_deadlines(D(2025, 1, 31), D(2025, 2, 21), 1, D(2025, 11, 25)) == (
        D(2026, 1, 31),
        D(2026, 2, 21),
    )


def test_a_cycle_opened_late_is_not_overdue_at_birth():
    # Issue #14, case 6: opening 2026 from 2025 on 2026-12-07 gave 2026-01-31, already past.
    consultation, signing = next_deadlines(D(2025, 1, 31), D(2025, 2, 21), 1, D(2026, 12, 7))
    assert consultation == D(2026, 12, 7)
    assert signing == D(2026, 12, 28)  # three weeks after, as before


def test_one_deadline_missing_and_leap_days():
    assert next_deadlines(None, D(2024, 2, 29), 1, D(2024, 3, 1)) == (None, D(2025, 2, 28))
    assert next_deadlines(None, None, 1, D(2030, 1, 1)) == (None, None)
    assert shift_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
