"""Parsed TrueType faces kept in the user cache folder, so that a fresh process does not parse
a font file again.

reportlab reads a TrueType file's tables in pure Python: about 50 ms for each Nanum face, so
the font registration was a fifth of a second of every `planner export …`. What it extracts
(names, metrics, the character-to-glyph map, glyph widths and offsets) depends only on the
file's bytes and reportlab's version, so it is written once to
``<user cache>/fonts/<sha256 of the file>-reportlab<version>-<FORMAT>.marshal`` and read back
in a few milliseconds. The bytes are read anyway (reportlab embeds subsets of them), so the
hash costs little, and a changed font file never meets a stale entry.

marshal stores plain data only: reading a damaged or foreign cache file raises, it runs
nothing; any such failure, and a cache folder that cannot be written, fall back to parsing.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

# Raise when what is stored changes shape; old entries are then simply never read again.
FORMAT = 1
# Attributes not stored: the file's bytes (read again from the font file) and reportlab's
# scale function (a closure, made again from unitsPerEm as reportlab makes it).
_NOT_STORED = ("_ttf_data", "_pdfScale")


def load_face(path: Path, cache_folder: Path | None) -> TTFontFace:
    """The parsed face of the TrueType file ``path``, from ``cache_folder`` when it has it."""
    data = path.read_bytes()
    if cache_folder is None:
        return TTFontFace(str(path))
    entry = cache_folder / (
        f"{hashlib.sha256(data).hexdigest()}-reportlab{reportlab.Version}-{FORMAT}.marshal"
    )
    face = _read(entry, path, data)
    if face is None:
        face = TTFontFace(str(path))
        _write(entry, face)
    return face


def _read(entry: Path, path: Path, data: bytes) -> TTFontFace | None:
    try:
        stored, names = marshal.loads(entry.read_bytes())
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(stored)
        for name in names:
            setattr(face, name, TTFNameBytes(stored[name]))
        face._ttf_data = data
        face.filename = str(path)  # the same font may have moved since it was cached
        per_em = face.unitsPerEm
        face._pdfScale = (lambda x: x) if per_em == 1000 else (lambda x: x * (1000 / per_em))
        if not (face.charToGlyph and face.charWidths and face.glyphPos):
            return None
        return face
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, damaged or from another program: parse the font instead


def _write(entry: Path, face: TTFontFace) -> None:
    stored = {k: v for k, v in face.__dict__.items() if k not in _NOT_STORED}
    names = [k for k, v in stored.items() if isinstance(v, TTFNameBytes)]
    stored |= {name: bytes(stored[name]) for name in names}
    try:
        payload = marshal.dumps((stored, names))
    except ValueError:
        return  # a reportlab that keeps something marshal cannot store: no cache
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(f"{entry.name}.{os.getpid()}.part")
        partial.write_bytes(payload)
        partial.replace(entry)  # whole or not at all, whichever process writes it first
    except OSError:
        pass  # a read-only or full cache folder: the next process parses again
