"""Amounts in words and dates as Korean (and English) agreements write them."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.export.korean import (
    english_number_words,
    korean_number_words,
    period_en,
    period_ko,
    thousand_won,
    won_in_english_words,
    won_in_words,
)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "영"),
        (1, "일"),
        (10, "일십"),
        (15, "일십오"),
        (100, "일백"),
        (1_000, "일천"),
        (10_000, "일만"),
        (10_001, "일만일"),
        (100_000_000, "일억"),
        (1_230_000_000, "일십이억삼천만"),
        (11_010_000_000, "일백일십억일천만"),
        (10**12, "일조"),
        (10**12 + 10**8 + 5, "일조일억오"),
        (9_999_9999_9999, "구천구백구십구억구천구백구십구만구천구백구십구"),
    ],
)
def test_korean_number_words_write_every_digit(amount, words):
    assert korean_number_words(amount) == words


def test_won_in_words_is_the_agreement_formula():
    assert won_in_words(1_230_000_000) == "금 일십이억삼천만원정 (₩1,230,000,000)"
    assert won_in_words(0) == "금 영원정 (₩0)"


def test_out_of_range_amounts_are_refused():
    with pytest.raises(ValueError):
        korean_number_words(-1)
    with pytest.raises(ValueError):
        korean_number_words(10**20)


def test_english_words():
    assert english_number_words(1_230_000_000) == "one billion two hundred and thirty million"
    assert english_number_words(10**12 + 21) == "one trillion twenty-one"
    assert won_in_english_words(10_000) == "KRW 10,000 (ten thousand Korean won)"


def test_periods_and_thousands():
    start, end = dt.date(2025, 3, 1), dt.date(2026, 2, 28)
    assert period_ko(start, end) == "2025년 3월 1일부터 2026년 2월 28일까지"
    assert period_en(start, end) == "from 1 March 2025 to 28 February 2026"
    assert thousand_won(1_230_000_000) == "1,230,000"
    assert thousand_won(1_499) == "1" and thousand_won(1_500) == "2"
