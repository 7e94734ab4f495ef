import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.io.dates import DateNotUnderstood, from_excel_serial, parse_date

MARCH_1 = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-01",
        "2025-3-1",
        "2025/03/01",
        "2025.3.1",
        "2025.03.01",
        "2025. 3. 1.",
        "2025. 3. 1",
        "2025년 3월 1일",
        "2025년3월1일",
        "20250301",
        " 2025-03-01 ",
        "2025-03-01 00:00:00",
        "2025-03-01T09:30",
    ],
)
def test_accepted_spellings(text):
    assert parse_date(text) == MARCH_1


def test_real_cells_and_serials():
    assert parse_date(dt.datetime(2025, 3, 1, 14, 5)) == MARCH_1
    assert parse_date(MARCH_1) == MARCH_1
    assert parse_date(45717) == MARCH_1  # Excel's serial for 2025-03-01
    assert parse_date(45717.75) == MARCH_1  # a time of day is dropped
    assert from_excel_serial(61) == dt.date(1900, 3, 1)


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_is_none(blank):
    assert parse_date(blank) is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("25.3.1", "two-digit year"),
        ("3/1/2025", "year first"),
        ("01.03.2025", "year first"),
        ("2025-02-30", "real day"),
        ("내일", "not a date"),
        ("2025-13-01", "real day"),
    ],
)
def test_refused_with_a_reason(text, hint):
    with pytest.raises(DateNotUnderstood, match=hint):
        parse_date(text)


@pytest.mark.parametrize("value", [True, 0, -5, 10**9, float("nan"), float("inf")])
def test_numbers_that_are_no_dates(value):
    with pytest.raises(DateNotUnderstood):
        parse_date(value)


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.none(), st.booleans()))
def test_any_cell_gives_a_date_none_or_date_not_understood(value):
    try:
        result = parse_date(value)
    except DateNotUnderstood:
        return
    assert result is None or isinstance(result, dt.date)
