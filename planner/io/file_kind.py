"""What a file's first bytes say it is, whatever its name says.

Korean offices rename freely, so a spreadsheet's format is taken from its content; and when
the content is something else entirely (a PDF, a photo, a Hancom document), the refusal names
it instead of reading it as text.
"""

from __future__ import annotations

ZIP_MAGIC = b"PK\x03\x04"  # XLSX/XLSM (and ODS, DOCX, HWPX, … which are refused by name)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 .xls (and .doc, .hwp, …)
HEAD_BYTES = 32

# The names a user gives Excel workbooks; such a file whose bytes are not a workbook is refused
# with that reason rather than read as CSV text.
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlt"})

_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
    (b"HWP Document File", "an old Hancom document (.hwp)"),
)


def is_workbook_bytes(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC)


def describe(head: bytes) -> str | None:
    """'a PDF document', 'a JPEG image', … for a known non-spreadsheet format, else None.
    Only signatures no CSV text begins with are known here."""
    for magic, name in _SIGNATURES:
        if head.startswith(magic):
            return name
    return None
