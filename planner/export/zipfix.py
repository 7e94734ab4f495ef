"""Zip packages (DOCX, HWPX) with their entries' times taken from the data, not the clock,
so that the same data always gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

EARLIEST = (1980, 1, 1, 0, 0, 0)  # the zip format cannot date an entry before this


def fixed_times(package: bytes, when: dt.datetime) -> bytes:
    """``package`` rewritten entry by entry, in its order and compression, dated ``when``."""
    stamp = max(EARLIEST, when.timetuple()[:6])
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
