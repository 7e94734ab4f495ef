"""A new cycle's deadlines: the same month and day in the new year, never before today.

Opening next year's cycle used to copy the old deadlines one year on, so a cycle opened late
(in December for a January deadline of the same year) was overdue the day it was opened.
The deadlines now keep their month and day relative to the new cycle's start; when that is
already past they move forward together, the first on ``not_before``, the weeks between the
consultation deadline and the signing target kept.
"""

from __future__ import annotations

import datetime as dt


def shift_years(day: dt.date | None, years: int) -> dt.date | None:
    """The same month and day ``years`` later (29 February becomes the 28th)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def next_deadlines(
    consultation: dt.date | None,
    signing: dt.date | None,
    years: int,
    not_before: dt.date,
) -> tuple[dt.date | None, dt.date | None]:
    """(consultation deadline, signing target) for a cycle ``years`` after the one that had
    ``consultation`` and ``signing``; none of them before ``not_before`` (today)."""
    moved = [shift_years(consultation, years), shift_years(signing, years)]
    known = [day for day in moved if day is not None]
    if known and min(known) < not_before:
        late = not_before - min(known)
        moved = [None if day is None else day + late for day in moved]
    return moved[0], moved[1]
