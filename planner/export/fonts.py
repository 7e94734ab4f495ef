"""Korean fonts for reportlab.

reportlab's built-in CID fonts (HYSMyeongJo, HYGothic) are never embedded and have no bold,
so a PDF made with them shows nothing on a machine without those fonts. We register the
bundled Nanum TrueType fonts instead; reportlab embeds (subsets of) them in every PDF.
Each file is parsed once per process and the parsed font serves every later document.
"""

from __future__ import annotations

from functools import cache

import resources

SANS = "NanumGothic"
SERIF = "NanumMyeongjo"

_FILES = {
    SANS: ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    SERIF: ("NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf"),
}


@cache
def register_fonts() -> tuple[str, str]:
    """Register both families (regular, bold) once; returns (sans, serif) family names.

    ``registerFontFamily`` lets ``<b>`` in Paragraph markup pick the real bold face.
    """
    from reportlab.lib.fonts import addMapping  # noqa: F401 - imported for its side effects
    from reportlab.pdfbase import pdfmetrics

    from planner.export.fastfont import FastTTFont

    for family, (regular, bold) in _FILES.items():
        pdfmetrics.registerFont(FastTTFont(family, str(resources.path("fonts", regular))))
        pdfmetrics.registerFont(FastTTFont(f"{family}-Bold", str(resources.path("fonts", bold))))
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=f"{family}-Bold", italic=family, boldItalic=f"{family}-Bold"
        )
    return SANS, SERIF
