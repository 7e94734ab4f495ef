"""Korean renders in reportlab PDFs with nothing but the installed package."""

from __future__ import annotations

import io

from pypdf import PdfReader

from planner.export.fonts import register_fonts


def _pdf_with_korean() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    sans, serif = register_fonts()
    buffer = io.BytesIO()
    # The canvas starts in Helvetica unless told otherwise, which would add an unembedded font.
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=sans)
    doc.build([
        Paragraph("<b>제1조(목적)</b> 이 협약은 연구과제의 갱신을 정한다.", ParagraphStyle("b", fontName=serif)),
        Paragraph("대화형 음성인식 김민준", ParagraphStyle("s", fontName=sans)),
    ])
    return buffer.getvalue()


def test_korean_text_is_embedded_and_extractable():
    reader = PdfReader(io.BytesIO(_pdf_with_korean()))
    assert reader.metadata is not None
    text = reader.pages[0].extract_text()
    assert "제1조(목적)" in text and "김민준" in text and "연구과제의" in text
    fonts = {}
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        embedded = descriptor is not None and any(
            key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts  # every font embedded
    names = " ".join(fonts)
    assert "NanumMyeongjoBold" in names and "NanumGothic" in names  # the real bold face is used


def test_same_story_gives_the_same_bytes():
    assert _pdf_with_korean() == _pdf_with_korean()
