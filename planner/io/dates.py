"""Dates as they appear in Korean spreadsheets, turned into ``datetime.date``.

Accepted (year always first, as Korean documents write it):

    2025-03-01   2025-3-1   2025/03/01   2025.3.1   2025. 3. 1.   2025년 3월 1일   20250301
    2025-03-01 00:00:00    (a datetime written as text by another program; the time is dropped)
    45717                  Excel serial day number, only from a numeric XLSX cell
    date / datetime        real date cells as openpyxl returns them

Refused on purpose, because they are ambiguous and an import must not guess:
two-digit years (``25.3.1`` could be 1925, 2025 or day.month.year) and day/month orders
(``3/1/2025`` is March 1st in the US and January 3rd in Europe). The row gets an error that
says how to write the date instead.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29, so serials from
# 1900-03-01 on are right with this epoch; earlier serials are refused by the range below).
EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_MIN, SERIAL_MAX = 61, 2958465  # 1900-03-01 … 9999-12-31

_YMD = re.compile(
    r"^(?P<y>\d{4})\s*(?:[-./]|년)\s*(?P<m>\d{1,2})\s*(?:[-./]|월)\s*(?P<d>\d{1,2})\s*[.일]?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_SHORT_YEAR = re.compile(r"^\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?$")
_DAY_FIRST = re.compile(r"^\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}$")


class DateNotUnderstood(ValueError):
    """The cell holds something that is not one of the accepted date spellings."""


def from_excel_serial(serial: float) -> dt.date:
    if isinstance(serial, bool) or not SERIAL_MIN <= serial <= SERIAL_MAX:
        raise DateNotUnderstood(f"{serial!r} is not a date")
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def parse_date(value: object) -> dt.date | None:
    """The date in a cell, None for an empty cell; raises DateNotUnderstood otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value != value:  # NaN
            raise DateNotUnderstood("not a date")
        return from_excel_serial(value)
    return _parse_text(str(value).strip())


@lru_cache(maxsize=4096)  # lists repeat the same few move-in days thousands of times
def _parse_text(text: str) -> dt.date | None:
    if not text:
        return None
    match = _YMD.match(text) or _COMPACT.match(text)
    if match:
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            raise DateNotUnderstood(f"'{text}' is not a real day of the calendar") from None
    if _SHORT_YEAR.match(text):
        raise DateNotUnderstood(f"'{text}' has a two-digit year; write it in full, e.g. 2025-03-01")
    if _DAY_FIRST.match(text):
        raise DateNotUnderstood(f"'{text}' puts the year last; write year first, e.g. 2025-03-01")
    raise DateNotUnderstood(f"'{text}' is not a date (write e.g. 2025-03-01 or 2025년 3월 1일)")
