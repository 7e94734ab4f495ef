"""Writing a finished document to disk so that a crash never leaves half a file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def check_output(path: str | os.PathLike[str]) -> Path:
    """Fail before any work is done when ``path`` cannot be written as a file."""
    from planner.errors import ValidationError

    target = Path(path)
    if not target.parent.is_dir():
        raise ValidationError.from_template(
            "output", "the folder %1 does not exist", target.parent
        )
    if target.is_dir():
        raise ValidationError.from_template("output", "%1 is a folder; give a file name", target)
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes) -> str:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    The rename is atomic on the same file system, so readers see the old file or the new
    one, never a partial PDF. Returns the sha256 of the bytes written.
    """
    target = check_output(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it owner-only; a document is for sharing
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest()
