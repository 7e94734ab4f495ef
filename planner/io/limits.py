"""How large a spreadsheet may be before it is refused unread.

Each limit is either Excel's own (a file beyond it was not written by Excel) or far above
what an institute's list needs (a 50,000-desk campus is 0.6 million cells). Together they keep
reading any file within about 1 GB of memory and a few seconds (tests/hostile holds both).
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.io.errors import SpreadsheetError

MB = 2**20

# CSV text as it is on disk: 64 MB is ~500,000 rows of people.
MAX_TEXT_BYTES = 64 * MB
# Everything inside an XLSX (a ZIP) once unpacked. A "zip bomb" of 1 MB that unpacks to 1 GB
# is refused by its declared size before anything is inflated.
MAX_UNPACKED_BYTES = 256 * MB
MAX_ARCHIVE_MEMBERS = 10_000
# Excel's own limits.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
# Rows × columns of one sheet, counting the blanks between cells: the reader keeps every cell
# of the rectangle in memory, so one cell at XFD1048576 would ask for 17 billion.
MAX_CELLS = 2_000_000


def megabytes(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size / 1024:,.0f} KB"


def check_row(cells: Sequence[object], place: str, name: str) -> None:
    """A row wider than Excel allows, or a cell longer than Excel allows, is refused.
    ``place`` says where for the user: "line 3" of a CSV file, "row 3" of a sheet."""
    if len(cells) > MAX_COLUMNS:
        raise SpreadsheetError(
            f"{name}: {place} has {len(cells):,} columns; a spreadsheet has at most "
            f"{MAX_COLUMNS:,}."
        )
    longest = max((len(c) for c in cells if isinstance(c, str)), default=0)
    if longest > MAX_CELL_CHARS:
        raise SpreadsheetError(too_long_cell(name, place))


def too_long_cell(name: str, place: str) -> str:
    return (
        f"{name}: a cell on {place} is longer than {MAX_CELL_CHARS:,} characters, "
        "the most a spreadsheet cell holds; it is not a list this program can import."
    )


def too_many_cells(name: str) -> str:
    return (
        f"{name} has more than {MAX_CELLS:,} cells; split it into smaller lists "
        "(a 50,000-desk campus is 600,000)."
    )
