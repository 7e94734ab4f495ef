"""A floor's background image made drawable: PNG and JPEG as they are, SVG and a PDF's page
rendered once (at least SVG_LONG_SIDE_PX on the long side).

Scale and offset are in the image's own units: pixels for PNG and JPEG, the document's
default size for SVG (however finely it is rendered for the screen).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter

from planner.errors import ValidationError
from planner.services.background_files import inspect_background, pdf_page
from planner.services.layout_background import Background
from ui.floorplan.desk_layer import PX_PER_M

# An SVG is rendered so that its longer side has this many pixels: sharp at close zoom on an
# ordinary floor, and ~64 MB at most in memory.
SVG_LONG_SIDE_PX = 4096
MAX_LONG_SIDE_PX = 8192


@dataclass(frozen=True)
class BackgroundPicture:
    image: QImage
    natural_size: QSizeF  # in the units scale is measured in
    scale: float  # metres per natural unit
    offset_m: tuple[float, float]

    @property
    def scene_rect(self) -> QRectF:
        """Where the image lies on the plan (floor-plan scene units)."""
        factor = self.scale * PX_PER_M
        return QRectF(
            self.offset_m[0] * PX_PER_M,
            self.offset_m[1] * PX_PER_M,
            self.natural_size.width() * factor,
            self.natural_size.height() * factor,
        )

    def image_point(self, floor_m: QPointF) -> QPointF:
        """A point of the floor (metres) in the image's natural units."""
        return QPointF(
            (floor_m.x() - self.offset_m[0]) / self.scale,
            (floor_m.y() - self.offset_m[1]) / self.scale,
        )


def decode(data: bytes, media_type: str) -> tuple[QImage, QSizeF] | None:
    """The image and its natural size, or None when the bytes cannot be read as an image.

    The bytes are checked again as when they were stored (they come from a database others
    write to): an SVG that refers to anything outside itself never reaches Qt's renderer,
    which would read local files it names."""
    try:
        inspect_background(data)
    except ValidationError:
        return None
    if pdf_page(media_type) is not None:
        return _pdf_picture(data, pdf_page(media_type) or 1)
    if media_type == "image/svg+xml":
        from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415 - only floors with an SVG

        renderer = QSvgRenderer(QByteArray(data))
        size = QSizeF(renderer.defaultSize())
        if not renderer.isValid() or size.isEmpty():
            return None
        # At least SVG_LONG_SIDE_PX on the long side, at most MAX_LONG_SIDE_PX (a drawing can
        # say it is 100,000 units wide).
        long_side = max(size.width(), size.height())
        factor = min(max(1.0, SVG_LONG_SIDE_PX / long_side), MAX_LONG_SIDE_PX / long_side)
        image = QImage(
            max(1, round(size.width() * factor)),
            max(1, round(size.height() * factor)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image, size
    image = QImage.fromData(data)
    if image.isNull():
        return None
    natural = QSizeF(image.size())
    if max(image.width(), image.height()) > MAX_LONG_SIDE_PX:
        # A scanned drawing can be 10,000+ pixels wide (hundreds of MB in memory); the plan
        # never shows it finer than this. Calibration keeps counting in the file's pixels.
        image = image.scaled(
            MAX_LONG_SIDE_PX,
            MAX_LONG_SIDE_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    # The formats Qt's raster engine scales and blends without converting at every tile.
    fast = (
        QImage.Format.Format_ARGB32_Premultiplied
        if image.hasAlphaChannel()
        else QImage.Format.Format_RGB32
    )
    if image.format() != fast:
        image = image.convertToFormat(fast)
    return image, natural


def pdf_page_count(data: bytes) -> int:
    """Pages of a PDF as QtPdf reads it (0: it cannot be read)."""
    document = _pdf_document(data)
    return document.pageCount() if document is not None else 0


def _pdf_document(data: bytes):
    """The PDF loaded by QtPdf (pdfium), or None. QtPdf reads files synchronously, so the
    bytes go through a temporary file that is removed at once."""
    from PySide6.QtPdf import QPdfDocument  # noqa: PLC0415 - only floors with a PDF

    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        document = QPdfDocument()
        if document.load(handle.name) != QPdfDocument.Error.None_:
            return None
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    return document


def _pdf_picture(data: bytes, page: int) -> tuple[QImage, QSizeF] | None:
    """A page of a PDF rendered with QtPdf: natural size in points, the image as an SVG's
    (at least SVG_LONG_SIDE_PX on the long side, at most MAX_LONG_SIDE_PX)."""
    document = _pdf_document(data)
    if document is None or not 1 <= page <= document.pageCount():
        return None
    size = document.pagePointSize(page - 1)
    if size.isEmpty() or size.width() <= 0 or size.height() <= 0:
        return None
    long_side = max(size.width(), size.height())
    factor = min(max(1.0, SVG_LONG_SIDE_PX / long_side), MAX_LONG_SIDE_PX / long_side)
    target = QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)))
    image = document.render(page - 1, target)
    document.close()
    if image.isNull():
        return None
    if image.format() != QImage.Format.Format_ARGB32_Premultiplied:
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return image, QSizeF(size)


def picture_of(background: Background) -> BackgroundPicture | None:
    decoded = decode(background.data, background.media_type)
    if decoded is None:
        return None
    image, size = decoded
    return BackgroundPicture(
        image, size, background.scale, (background.offset_x_m, background.offset_y_m)
    )


def fitting_scale(natural: QSizeF, width_m: float, depth_m: float) -> float:
    """Metres per unit that fit the whole image onto the floor: the start before calibration."""
    return min(width_m / natural.width(), depth_m / natural.height())
