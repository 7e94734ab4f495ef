"""What a deliverable's evidence file is, judged from its bytes, and refusing what may not be
stored: an empty file, one over :data:`MAX_BYTES`, or a kind no report, paper or data set
comes as (an executable renamed to .pdf is refused by its content, not its name).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from planner.errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # a report with figures; a data set goes in as a link
MAX_NAME = 300

# (magic bytes, media type) in the order they are tried.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),  # DOCX, XLSX, PPTX, HWPX and plain ZIP archives
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # HWP 5, DOC, XLS
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
]


@dataclass(frozen=True)
class EvidenceFacts:
    file_name: str
    media_type: str
    sha256: str
    size: int


def media_type_of(data: bytes) -> str | None:
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    head = data[:65536]
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(head) - 3:  # not just a character cut at the 64 KB mark
                return None
        return "text/plain"
    return None


def inspect_evidence(data: bytes, file_name: str) -> EvidenceFacts:
    """The file's facts; ValidationError (field "evidence") when it may not be stored."""
    name = re.split(r"[\\/]", file_name or "")[-1].strip()
    if not name:
        raise ValidationError.from_template("evidence", "the file has no name")
    if len(name) > MAX_NAME:
        name = name[-MAX_NAME:]
    if not data:
        raise ValidationError.from_template("evidence", "the file is empty")
    if len(data) > MAX_BYTES:
        raise ValidationError.from_template(
            "evidence", "the file is larger than %1 MB; store a link to it instead",
            MAX_BYTES // 2**20,
        )
    media_type = media_type_of(data)
    if media_type is None:
        raise ValidationError.from_template(
            "evidence",
            "'%1' is not a document this program keeps (PDF, HWP/HWPX, Office, ZIP, PNG, "
            "JPEG or text)",
            name,
        )
    return EvidenceFacts(name, media_type, hashlib.sha256(data).hexdigest(), len(data))


def check_link(value: object) -> str:
    """An http(s) address, or empty; anything else is refused."""
    from planner import validation as v

    link = v.text("evidence_link", value, max_len=2000)
    if not link:
        return ""
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in link:
        raise ValidationError.from_template(
            "evidence_link", "'%1' is not a web address (http:// or https://)", link
        )
    return link
