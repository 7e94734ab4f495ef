"""Cleaning of user input before it reaches the database.

Text is NFC-normalised (a Korean name typed on macOS arrives decomposed), stripped, and
refused when it holds control characters such as NUL that no name or title ever contains.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from planner.errors import ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_DATE = dt.date(1990, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)


def text(field: str, value: object, *, max_len: int, required: bool = False, multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError.from_template(field, "must be text")
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not multiline and ("\n" in cleaned or "\r" in cleaned):
        raise ValidationError.from_template(field, "must be a single line")
    if _CONTROL.search(cleaned):
        raise ValidationError.from_template(field, "contains control characters")
    if required and not cleaned:
        raise ValidationError.from_template(field, "is required")
    if len(cleaned) > max_len:
        raise ValidationError.from_template(field, "is longer than %1 characters", max_len)
    return cleaned


def email(field: str, value: object) -> str | None:
    cleaned = text(field, value, max_len=254)
    if not cleaned:
        return None
    if not _EMAIL.match(cleaned):
        raise ValidationError.from_template(field, "'%1' is not an e-mail address", cleaned)
    return cleaned.lower()


def day(field: str, value: object, *, required: bool = False) -> dt.date | None:
    if value is None:
        if required:
            raise ValidationError.from_template(field, "is required")
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError.from_template(
                field, "'%1' is not a date (YYYY-MM-DD)", value
            ) from None
    if not isinstance(value, dt.date):
        raise ValidationError.from_template(field, "must be a date")
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError.from_template(
            field, "%1 is outside %2–%3", value, MIN_DATE.year, MAX_DATE.year
        )
    return value


def period(start_field: str, start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError.from_template(
            start_field, "ends (%1) before it starts (%2)", end, start
        )


def integer(field: str, value: object, *, minimum: int = 0, maximum: int = 10**15 - 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).replace(",", "").strip())
        except ValueError:
            raise ValidationError.from_template(
                field, "'%1' is not a whole number", value
            ) from None
    if not minimum <= value <= maximum:
        raise ValidationError.from_template(
            field, "must be between %1 and %2", f"{minimum:,}", f"{maximum:,}"
        )
    return value


def number(field: str, value: object, *, minimum: float, maximum: float) -> float:
    try:
        result = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError.from_template(field, "'%1' is not a number", value) from None
    if result != result or not minimum <= result <= maximum:  # NaN fails the first test
        raise ValidationError.from_template(field, "must be between %1 and %2", minimum, maximum)
    return result
