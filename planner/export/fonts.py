"""Korean fonts for reportlab.

reportlab's built-in CID fonts (HYSMyeongJo, HYGothic) are never embedded and have no bold,
so a PDF made with them shows nothing on a machine without those fonts. We register the
bundled Nanum TrueType fonts instead; reportlab embeds (subsets of) them in every PDF.
Each file is parsed once per process and the parsed font serves every later document; what
the parsing found is kept in the user cache folder for the next process (font_cache).
"""

from __future__ import annotations

from functools import cache

import resources
from planner.export.gc_pause import without_cyclic_gc

SANS = "NanumGothic"
SERIF = "NanumMyeongjo"
# The English agreement's Latin text (Nanum's Latin hyphen prints as a long dash); Korean in
# it falls back to SERIF (planner.export.agreement.latin_markup).
LATIN_SERIF = "NotoSerif"

_FILES = {
    SANS: ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    SERIF: ("NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf"),
    LATIN_SERIF: ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
}


@cache
@without_cyclic_gc  # reading the cached fonts back makes ~100,000 objects at once
def register_fonts() -> tuple[str, str]:
    """Register every family (regular, bold) once; returns the (sans, serif) family names.

    ``registerFontFamily`` lets ``<b>`` in Paragraph markup pick the real bold face.
    """
    from reportlab.lib.fonts import addMapping  # noqa: F401 - imported for its side effects
    from reportlab.pdfbase import pdfmetrics

    for family, (regular, bold) in _FILES.items():
        pdfmetrics.registerFont(_font(family, regular))
        pdfmetrics.registerFont(_font(f"{family}-Bold", bold))
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=f"{family}-Bold", italic=family, boldItalic=f"{family}-Bold"
        )
    return SANS, SERIF


def _font(name: str, file: str):
    """The font ``name`` from ``resources/fonts/<file>``, its parsing cached across processes."""
    from planner.export.fastfont import FastTTFont
    from planner.export.font_cache import load_face
    from planner.locations import font_cache_dir

    path = resources.path("fonts", file)
    return FastTTFont(name, str(path), face=load_face(path, font_cache_dir()))
