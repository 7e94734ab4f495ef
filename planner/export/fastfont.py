"""A reportlab TrueType font that measures and encodes Korean text faster.

Profiling a long Korean story (benchmarks/pdf.py) showed where a TrueType font costs more
than Helvetica: line breaking measures every word through ``stringWidth``, and drawing maps
every character to its subset code in a Python loop (``TTFont.splitString``). This class
keeps reportlab's results exactly — the PDFs are byte-identical — and only makes them cheaper:

- widths are cached per (text, size): documents repeat their words (particles, dates, codes,
  "계속") and a cached width is a dictionary look-up instead of a call into the font tables;
- once every character of a text has its subset code, the text is encoded with
  ``str.translate`` and split into per-subset runs by a regular expression, both in C.
  Characters seen for the first time still go through reportlab's own code, which assigns
  their codes in the same order as before.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, unShapedFontGlob

_NBSP = 0xA0
# Memory must not grow with every document built in a long-running window: past this many
# widths the cache starts again. The 50,000-row roster needs about 52,000.
_WIDTHS_KEPT = 100_000


def forget_widths() -> None:
    """Empty the width caches of every registered FastTTFont (benchmarks measure cold builds)."""
    from reportlab.pdfbase import pdfmetrics

    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        if isinstance(font, FastTTFont):
            font.stringWidth.cache_clear()  # type: ignore[attr-defined]


class _Encoder:
    """Subset codes already given to characters in one document, ready for ``str.translate``."""

    __slots__ = ("known", "subset_runs", "subsets", "table", "taken")

    def __init__(self) -> None:
        self.table: dict[int, int] = {}
        self.known: frozenset[str] = frozenset()
        self.taken = -1  # how many assignments the table reflects
        self.subsets = 0
        self.subset_runs: re.Pattern[str] | None = None

    def refresh(self, assignments: dict[int, int], subsets: int) -> None:
        if len(assignments) != self.taken:
            self.table = dict(assignments)
            if 32 in assignments:  # reportlab draws a no-break space as the space character
                self.table[_NBSP] = assignments[32]
            self.known = frozenset(map(chr, self.table))
            self.taken = len(assignments)
        if subsets != self.subsets:
            # One alternative per subset of 256 codes: a match is a run inside one subset.
            self.subset_runs = re.compile(
                "|".join(f"[\\u{k * 256:04x}-\\u{k * 256 + 255:04x}]+" for k in range(subsets))
            )
            self.subsets = subsets


class FastTTFont(TTFont):
    """``TTFont`` with cached widths and a C-speed ``splitString`` for known characters."""

    def __init__(
        self, name: str, filename: str, *, face: TTFontFace | None = None, **kwargs: Any
    ) -> None:
        if face is None:
            super().__init__(name, filename, **kwargs)
        else:
            # TTFont.__init__ around a face parsed before (planner.export.font_cache);
            # tests/planner/export/test_font_cache.py holds it to what TTFont.__init__ makes.
            self.fontName = name
            self.face = face
            self.encoding = TTEncoding()
            self.state = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
        # Unbounded lru_cache is a plain dictionary; a bounded one keeps a linked list entry per
        # width that the garbage collector must scan, which made a 50,000-row roster 10 % slower.
        # The bound is kept by ``_measure`` instead, which runs on misses only.
        width = lru_cache(maxsize=None)(self._measure)
        # An instance attribute, so that a width costs no extra Python frame.
        self.stringWidth = width  # type: ignore[method-assign]

    def _measure(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if self.stringWidth.cache_info().currsize >= _WIDTHS_KEPT:  # type: ignore[attr-defined]
            self.stringWidth.cache_clear()  # type: ignore[attr-defined]
        return instanceStringWidthTTF(self, text, size, encoding)

    def splitString(  # noqa: N802 - reportlab's name
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or state.frozen:
            return super().splitString(text, doc, encoding)
        encoder: _Encoder | None = getattr(state, "_planner_encoder", None)
        if encoder is None:
            encoder = state._planner_encoder = _Encoder()
        encoder.refresh(state.assignments, len(state.subsets))
        if not encoder.known.issuperset(text):
            # New characters: reportlab assigns their codes (and may open a new subset).
            return super().splitString(text, doc, encoding)
        coded = text.translate(encoder.table)
        if encoder.subsets == 1:
            return [(0, coded.encode("latin-1"))] if coded else []
        assert encoder.subset_runs is not None
        # The low byte of each code: UTF-16 big-endian puts it in every second byte.
        return [
            (ord(run[0]) >> 8, run.encode("utf-16-be")[1::2])
            for run in encoder.subset_runs.findall(coded)
        ]
