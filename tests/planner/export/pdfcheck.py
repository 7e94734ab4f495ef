"""Reading our PDFs back in tests: all text, and which fonts are embedded."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader


def reader(source: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def text_of(source: bytes | Path) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(source).pages)


def squeezed(text: str) -> str:
    """Without any white space, so words broken across lines still match."""
    return re.sub(r"\s+", "", text)


def fonts_embedded(source: bytes | Path) -> dict[str, bool]:
    """Every font used on any page → whether its descriptor carries the font program."""
    fonts: dict[str, bool] = {}
    for page in reader(source).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources.get_object():
            continue
        for ref in resources.get_object()["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def fill_colours(source: bytes | Path) -> set[tuple[int, int, int]]:
    """Every RGB fill colour (``rg``) set on any page, in 0–255."""
    from pypdf.generic import ContentStream

    found: set[tuple[int, int, int]] = set()
    pdf = reader(source)
    for page in pdf.pages:
        stream = ContentStream(page.get_contents(), pdf)
        for operands, operator in stream.operations:
            if operator == b"rg":
                found.add(tuple(round(float(v) * 255) for v in operands))  # type: ignore[arg-type]
    return found
