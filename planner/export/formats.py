"""One document, any format: the PDF laid out from its story, or an editable copy of it."""

from __future__ import annotations

from planner.export.story import StoryDocument, to_pdf


def render(document: StoryDocument, fmt: str) -> bytes:
    """The document as ``fmt`` ('pdf', 'hwpx' or 'docx')."""
    if fmt == "pdf":
        return to_pdf(document)
    from planner.export.editable import from_story

    copy = from_story(document)
    if fmt == "docx":
        from planner.export.agreement_docx import build_docx

        return build_docx(copy)
    if fmt == "hwpx":
        from planner.export.agreement_hwpx import build_hwpx

        return build_hwpx(copy)
    raise ValueError(f"unknown format {fmt!r}")
