"""Amounts and dates written the way Korean (and English) agreements write them.

Pure functions, no reportlab: ``won_in_words(1_230_000_000)`` gives
``금 일십이억삼천만원정 (₩1,230,000,000)``.
"""

from __future__ import annotations

import datetime as dt

_DIGITS = "영일이삼사오육칠팔구"
# Within a group of four digits: 천, 백, 십, and the ones place.
_SMALL_UNITS = ("천", "백", "십", "")
# Groups of four digits: 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16).
_LARGE_UNITS = ("", "만", "억", "조", "경")


def korean_number_words(amount: int) -> str:
    """Sino-Korean numerals for a non-negative integer, with every digit written out.

    Agreements write the leading one explicitly (일십, 일백, 일천, 일만) so that nothing can
    be added in front of the amount afterwards; zero is 영.
    """
    if amount < 0:
        raise ValueError("amount must not be negative")
    if amount == 0:
        return _DIGITS[0]
    if amount >= 10 ** (4 * len(_LARGE_UNITS)):
        raise ValueError("amount too large to write in words")
    groups: list[str] = []
    for index, unit in enumerate(_LARGE_UNITS):
        group = amount // 10 ** (4 * index) % 10_000
        if not group:
            continue
        words = "".join(
            _DIGITS[int(digit)] + small
            for digit, small in zip(f"{group:04d}", _SMALL_UNITS, strict=True)
            if digit != "0"
        )
        groups.append(words + unit)
    return "".join(reversed(groups))


def won_in_words(amount: int) -> str:
    """``금 일십이억삼천만원정 (₩1,230,000,000)``: the amount in words, then in figures."""
    return f"금 {korean_number_words(amount)}원정 (₩{amount:,})"


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if rest < 20:
            words = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            words = _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        parts.append(("and " if hundreds else "") + words)
    return " ".join(parts)


def english_number_words(amount: int) -> str:
    """``1_230_000_000`` → ``one billion two hundred and thirty million`` (short scale)."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    if amount == 0:
        return "zero"
    if amount >= 1000 ** len(_SCALES):
        raise ValueError("amount too large to write in words")
    parts = []
    for index in reversed(range(len(_SCALES))):
        group = amount // 1000**index % 1000
        if group:
            parts.append(_below_thousand(group) + (f" {_SCALES[index]}" if _SCALES[index] else ""))
    return " ".join(parts)


def won_in_english_words(amount: int) -> str:
    """``KRW 1,230,000,000 (one billion two hundred and thirty million Korean won)``."""
    return f"KRW {amount:,} ({english_number_words(amount)} Korean won)"


def thousand_won(amount: int) -> str:
    """Won → 천원 for tables headed ``(단위: 천원)``, rounded half up: 1,230,000,000 → 1,230,000."""
    return f"{(amount + 500) // 1000:,}"


def date_ko(day: dt.date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def short_date_ko(day: dt.date) -> str:
    """The compact form used in tables: ``2025. 3. 1.``"""
    return f"{day.year}. {day.month}. {day.day}."


def period_ko(start: dt.date, end: dt.date) -> str:
    return f"{date_ko(start)}부터 {date_ko(end)}까지"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_en(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date_en(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def period_en(start: dt.date, end: dt.date) -> str:
    return f"from {date_en(start)} to {date_en(end)}"
