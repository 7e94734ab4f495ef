"""What a floor-background file is, judged from its bytes, and refusing the hostile ones.

A floor's drawing is stored in the database and drawn by every client of a shared server, so
it is checked once, here, before it is stored — and again before it is drawn:

- PNG and JPEG: the pixel size from the header, at most :data:`MAX_PIXELS` (a 1 KB PNG can
  declare 100,000 × 100,000 pixels, 40 GB to decode);
- PDF: complete (ends with %%EOF), not password-protected, at most :data:`MAX_PDF_PAGES`
  pages; the page shown is rendered by QtPdf in the window, at a bounded size;
- SVG: well-formed XML without entity declarations (they expand without limit) and without
  references to anything outside the file (``href="http://…"``, ``file:``, ``url(…)``,
  ``@import``): a drawing never makes a client read another file or go on the network.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass
from xml.etree import ElementTree

from planner.errors import ValidationError

MAX_BYTES = 30 * 1024 * 1024
# 64 million pixels (8,000 × 8,000): 256 MB decoded, Qt's own limit for one image; an A1
# plan scanned at 200 dpi is 30 million.
MAX_PIXELS = 64_000_000


@dataclass(frozen=True)
class ImageFacts:
    media_type: str
    width: float  # pixels (PNG, JPEG) or the drawing's own units (SVG)
    height: float


PDF = "application/pdf"
# Pages of a PDF plan: a building's set of drawings is tens of pages, never thousands.
MAX_PDF_PAGES = 2000


def pdf_media_type(page: int) -> str:
    """A page of a PDF as the background's media type: ``application/pdf;page=3``."""
    return f"{PDF};page={int(page)}"


def pdf_page(media_type: str) -> int | None:
    """The 1-based page of a stored PDF background (1 when not said), None if not a PDF."""
    kind, _, parameter = media_type.partition(";")
    if kind.strip() != PDF:
        return None
    name, _, value = parameter.partition("=")
    return int(value) if name.strip() == "page" and value.strip().isdigit() else 1


def media_type_of(data: bytes) -> str | None:
    """What the bytes are, judged by their content rather than the file's name."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    head = data[:4096].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if (head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--")) and (
        b"<svg" in data[:65536].lower()
    ):
        return "image/svg+xml"
    return None


def inspect_background(data: bytes) -> ImageFacts:
    """The image's type and size; ValidationError (field "background") when it may not be used."""
    if not data:
        raise ValidationError.from_template("background", "the file is empty")
    if len(data) > MAX_BYTES:
        raise ValidationError.from_template(
            "background", "the image is larger than %1 MB", MAX_BYTES // 2**20
        )
    media_type = media_type_of(data)
    if media_type is None:
        raise ValidationError.from_template(
            "background", "the file is not a PNG, JPEG, SVG or PDF drawing"
        )
    if media_type == PDF:
        return ImageFacts(media_type, *_pdf_pages(data))
    if media_type == "image/svg+xml":
        width, height = _svg_size(data)
        return ImageFacts(media_type, width, height)
    size = _png_size(data) if media_type == "image/png" else _jpeg_size(data)
    if size is None or 0 in size:
        raise ValidationError.from_template(
            "background", "the image is damaged: its size cannot be read"
        )
    width, height = size
    if width * height > MAX_PIXELS:
        raise ValidationError.from_template(
            "background",
            "the image is %1 × %2 pixels; at most %3 million pixels can be shown "
            "(scale it down or save it as SVG)",
            f"{width:,}",
            f"{height:,}",
            MAX_PIXELS // 1_000_000,
        )
    return ImageFacts(media_type, float(width), float(height))


_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _pdf_pages(data: bytes) -> tuple[float, float]:
    """A PDF that may be drawn: complete, not encrypted, not thousands of pages. Returns
    (pages found, 0); the page's size is read when it is drawn (QtPdf)."""
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError.from_template(
            "background", "the PDF is cut off: it does not end as a PDF file ends"
        )
    if re.search(rb"/Encrypt\s", data[-65536:]) or re.search(rb"/Encrypt\s", data[:65536]):
        raise ValidationError.from_template(
            "background", "the PDF is protected by a password; save it again without one"
        )
    pages = len(_PAGE.findall(data))
    if pages > MAX_PDF_PAGES:
        raise ValidationError.from_template(
            "background", "the PDF has %1 pages; a floor's plan has at most %2", pages,
            MAX_PDF_PAGES,
        )
    return float(pages), 0.0


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the first start-of-frame segment."""
    position = 2
    while position + 9 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        position += 2 + length
    return None


# -- SVG ----------------------------------------------------------------------------------------

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_LINKING = ("href", "src")  # xlink:href, href, and src on foreign elements
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import\s+(?:url\(\s*)?['\"]?([^'\")\s;]*)", re.IGNORECASE)
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")
_UNITS = {None: 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54,
          "in": 96.0}


def _svg_size(data: bytes) -> tuple[float, float]:
    if _ENTITY.search(data):
        raise ValidationError.from_template(
            "background",
            "the drawing declares entities (<!ENTITY>), which can grow without limit; "
            "save it again as plain SVG",
        )
    root_attributes: dict[str, str] | None = None
    try:
        for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("start",)):
            if root_attributes is None:
                if _local(element.tag) != "svg":
                    raise _unreadable(1)
                root_attributes = dict(element.attrib)
            outside = _outside_reference(element)
            if outside is not None:
                raise ValidationError.from_template(
                    "background",
                    "the drawing refers to files or web addresses outside it (%1); "
                    "save it again with its images embedded",
                    outside[:200],
                )
    except ElementTree.ParseError as error:
        raise _unreadable(error.position[0]) from None
    if root_attributes is None:
        raise _unreadable(1)
    return _svg_dimensions(root_attributes)


def _unreadable(line: int) -> ValidationError:
    return ValidationError.from_template(
        "background",
        "the drawing is not a readable SVG file: it is cut off or malformed at line %1",
        line,
    )


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _outside_reference(element: ElementTree.Element) -> str | None:
    """The first reference of ``element`` to anything outside the file, else None."""
    for name, value in element.attrib.items():
        if _local(name) in _LINKING and not _inside(value):
            return value.strip()
        if _local(name) == "style":
            found = _outside_in_css(value)
            if found is not None:
                return found
        elif "url(" in value.lower():  # fill="url(#gradient)" and friends
            for target in _URL.findall(value):
                if not _inside(target):
                    return target
    if _local(element.tag) == "style" and element.text:
        return _outside_in_css(element.text)
    return None


def _outside_in_css(css: str) -> str | None:
    for target in _IMPORT.findall(css) + _URL.findall(css):
        if not _inside(target):
            return target or "@import"
    return None


def _inside(target: str) -> bool:
    """A fragment of this file (#id) or bytes carried in it (data:)."""
    target = target.strip()
    return target.startswith("#") or target.lower().startswith("data:")


def _svg_dimensions(attributes: dict[str, str]) -> tuple[float, float]:
    width, height = _length(attributes.get("width")), _length(attributes.get("height"))
    box = attributes.get("viewBox", "").replace(",", " ").split()
    if (width is None or height is None) and len(box) == 4:
        try:
            box_width, box_height = float(box[2]), float(box[3])
        except ValueError:
            box_width = box_height = 0.0
        if width is None and height is None:
            width, height = box_width, box_height
        elif width is None and box_height > 0:
            width = height * box_width / box_height  # type: ignore[operator]
        elif height is None and box_width > 0:
            height = width * box_height / box_width  # type: ignore[operator]
    if not width or not height or width <= 0 or height <= 0:
        raise ValidationError.from_template(
            "background", "the drawing has no size (width and height, or a viewBox)"
        )
    return width, height


def _length(text: str | None) -> float | None:
    match = _LENGTH.match(text or "")
    if match is None:
        return None  # absent, a percentage or nonsense: the viewBox decides
    return float(match[1]) * _UNITS[match[2]]
