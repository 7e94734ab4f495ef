"""Writing a finished document to disk so that a crash never leaves half a file."""

from __future__ import annotations

import hashlib
import os
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
    """Write ``data`` to ``path`` whole or not at all (:func:`planner.fileio.write_atomically`:
    a temporary file beside it, renamed into place, with the mode any new file gets under the
    user's umask, or the replaced file's). Returns the sha256 of the bytes written."""
    from planner.fileio import write_atomically as write_file

    write_file(check_output(path), data)
    return hashlib.sha256(data).hexdigest()
