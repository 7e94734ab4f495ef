"""A PDF page painted with QPainter as vectors: paths, fills, clips and real text.

Printing through Qt (QPrinter) means painting: QtPdf can only render a page to an image, and
an A3 chart rasterised onto A4 was unreadable. The documents printed here are the planner's
own (reportlab: paths, rectangles, text in the bundled Nanum fonts, no images), so their
content streams use a small set of operators; this module reads them with pypdf and replays
them on any QPainter — a printer's spool file then holds text and lines, not a picture.

Anything it does not know (an image, an unknown font, a shading) raises ``Unsupported``, and
the caller rasterises that page instead: a page is never printed half.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

import resources

TEXT_PX = 100  # text is laid out at this pixel size and scaled to the PDF's size
# Our fonts by the names reportlab gives them (after the subset prefix "AAAAAA+").
FONT_FILES = {
    "NanumGothic": ("NanumGothic.ttf", "NanumGothic", False),
    "NanumGothicBold": ("NanumGothicBold.ttf", "NanumGothic", True),
    "NanumMyeongjo": ("NanumMyeongjo.ttf", "NanumMyeongjo", False),
    "NanumMyeongjoBold": ("NanumMyeongjoBold.ttf", "NanumMyeongjo", True),
}
_registered: set[str] = set()


class Unsupported(Exception):
    """The page uses something this painter does not draw; rasterise it instead."""


def register_print_fonts() -> None:
    """Make every bundled face known to Qt (call on the main thread before printing)."""
    for file, _family, _bold in FONT_FILES.values():
        if file not in _registered:
            if QFontDatabase.addApplicationFont(str(resources.path("fonts", file))) < 0:
                raise Unsupported(f"font {file} could not be loaded")
            _registered.add(file)


@dataclass
class PdfFont:
    qfont: QFont
    to_unicode: dict[int, str]
    widths: dict[int, float]  # code -> width in 1/1000 of the text size
    two_bytes: bool = False


@dataclass
class State:
    ctm: QTransform = field(default_factory=QTransform)
    fill: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    stroke: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    width: float = 1.0
    cap: Qt.PenCapStyle = Qt.PenCapStyle.FlatCap
    join: Qt.PenJoinStyle = Qt.PenJoinStyle.MiterJoin
    dash: tuple[list[float], float] = field(default_factory=lambda: ([], 0.0))
    font: PdfFont | None = None
    size: float = 12.0
    char_space: float = 0.0
    word_space: float = 0.0
    scale: float = 1.0  # Tz / 100
    leading: float = 0.0
    rise: float = 0.0
    render: int = 0

    def copy(self) -> State:
        return State(**{k: getattr(self, k) for k in self.__dataclass_fields__})


_CMAP_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CMAP_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def parse_to_unicode(data: bytes) -> dict[int, str]:
    """The code → text table of a ToUnicode CMap (bfchar and bfrange sections)."""
    table: dict[int, str] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, target in _CMAP_RANGE.findall(section):
            first = int(target, 16)
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                table[code] = chr(first + offset)
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in _CMAP_CHAR.findall(section):
            raw = bytes.fromhex(target.decode())
            table[int(code, 16)] = raw.decode("utf-16-be", errors="replace")
    return table


def _font(resource) -> PdfFont:
    font = resource.get_object()
    base = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
    known = FONT_FILES.get(base)
    if known is None or font.get("/Subtype") not in ("/TrueType", "/Type0"):
        raise Unsupported(f"font {base}")
    _file, family, bold = known
    qfont = QFont(family)
    qfont.setPixelSize(TEXT_PX)
    qfont.setBold(bold)
    qfont.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    qfont.setKerning(False)  # the PDF's widths place every run; Qt must not shift within it
    to_unicode = {}
    if "/ToUnicode" in font:
        to_unicode = parse_to_unicode(font["/ToUnicode"].get_object().get_data())
    widths = {}
    first = int(font.get("/FirstChar", 0))
    for offset, width in enumerate(font.get("/Widths", []) or []):
        widths[first + offset] = float(width)
    return PdfFont(qfont, to_unicode, widths, font.get("/Subtype") == "/Type0")


class PagePainter:
    """Paints one pypdf page on a QPainter whose transform maps PDF points to the target."""

    def __init__(self, page) -> None:
        self.page = page
        resources_ = page.get("/Resources")
        self.resources = resources_.get_object() if resources_ is not None else {}
        self.fonts: dict[str, PdfFont] = {}

    def _font(self, name: str, resources) -> PdfFont:
        key = f"{id(resources)}:{name}"
        found = self.fonts.get(key)
        if found is None:
            fonts = resources.get("/Font")
            if fonts is None or name not in fonts.get_object():
                raise Unsupported(f"font resource {name}")
            found = self.fonts[key] = _font(fonts.get_object()[name])
        return found

    def check(self) -> None:
        """Raise Unsupported before anything is painted (a page is never printed half)."""
        self._run(None, QTransform())

    def paint(self, painter: QPainter, base: QTransform) -> None:
        """Paint the page; ``base`` maps PDF user space (points, y up) to the painter's."""
        self._run(painter, base)

    # -- the interpreter --------------------------------------------------------------------
    def _run(self, painter: QPainter | None, base: QTransform) -> None:
        from pypdf.generic import ContentStream

        contents = self.page.get_contents()
        if contents is None:
            return
        stream = ContentStream(contents, self.page.pdf)
        self._operations(stream.operations, self.resources, painter, base, State())

    def _operations(self, operations, resources, painter, base: QTransform, state: State):
        stack: list[State] = []
        path = QPainterPath()
        clip_rule: Qt.FillRule | None = None
        text_matrix = line_matrix = QTransform()
        for operands, operator in operations:
            op = operator.decode("latin-1") if isinstance(operator, bytes) else str(operator)
            if op == "q":
                stack.append(state.copy())
                if painter is not None:
                    painter.save()
            elif op == "Q":
                if stack:
                    state = stack.pop()
                if painter is not None:
                    painter.restore()
            elif op == "cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                state.ctm = QTransform(a, b, c, d, e, f) * state.ctm
            elif op == "w":
                state.width = float(operands[0])
            elif op == "J":
                state.cap = (
                    Qt.PenCapStyle.FlatCap,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenCapStyle.SquareCap,
                )[int(operands[0])]
            elif op == "j":
                state.join = (
                    Qt.PenJoinStyle.MiterJoin,
                    Qt.PenJoinStyle.RoundJoin,
                    Qt.PenJoinStyle.BevelJoin,
                )[int(operands[0])]
            elif op == "d":
                state.dash = ([float(v) for v in operands[0]], float(operands[1]))
            elif op in ("M", "ri", "i"):
                pass  # miter limit, rendering intent, flatness: no visible difference here
            elif op == "gs":
                self._graphics_state(resources, str(operands[0]))
            elif op in ("rg", "RG", "g", "G", "k", "K", "sc", "SC", "scn", "SCN"):
                colour = _colour(op, operands)
                if op in ("rg", "g", "k", "sc", "scn"):
                    state.fill = colour
                else:
                    state.stroke = colour
            elif op in ("cs", "CS"):
                if str(operands[0]) not in ("/DeviceRGB", "/DeviceGray", "/DeviceCMYK"):
                    raise Unsupported(f"colour space {operands[0]}")
            # -- paths
            elif op == "m":
                path.moveTo(float(operands[0]), float(operands[1]))
            elif op == "l":
                path.lineTo(float(operands[0]), float(operands[1]))
            elif op == "c":
                x1, y1, x2, y2, x3, y3 = (float(v) for v in operands)
                path.cubicTo(x1, y1, x2, y2, x3, y3)
            elif op == "v":
                x2, y2, x3, y3 = (float(v) for v in operands)
                current = path.currentPosition()
                path.cubicTo(current.x(), current.y(), x2, y2, x3, y3)
            elif op == "y":
                x1, y1, x3, y3 = (float(v) for v in operands)
                path.cubicTo(x1, y1, x3, y3, x3, y3)
            elif op == "h":
                path.closeSubpath()
            elif op == "re":
                x, y, w, h = (float(v) for v in operands)
                path.addRect(QRectF(x, y, w, h))
            elif op in ("W", "W*"):
                clip_rule = Qt.FillRule.WindingFill if op == "W" else Qt.FillRule.OddEvenFill
            elif op in ("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"):
                if op in ("s", "b", "b*"):
                    path.closeSubpath()
                fill = op in ("f", "F", "f*", "B", "B*", "b", "b*")
                stroke = op in ("S", "s", "B", "B*", "b", "b*")
                even_odd = op in ("f*", "B*", "b*")
                if painter is not None:
                    self._paint_path(painter, base, state, path, fill, stroke, even_odd)
                    if clip_rule is not None:
                        clipped = QPainterPath(path)
                        clipped.setFillRule(clip_rule)
                        painter.setTransform(state.ctm * base)
                        painter.setClipPath(clipped, Qt.ClipOperation.IntersectClip)
                clip_rule = None
                path = QPainterPath()
            # -- text
            elif op == "BT":
                text_matrix = line_matrix = QTransform()
            elif op == "ET":
                pass
            elif op == "Tf":
                state.font = self._font(str(operands[0]), resources)
                state.size = float(operands[1])
            elif op == "Tc":
                state.char_space = float(operands[0])
            elif op == "Tw":
                state.word_space = float(operands[0])
            elif op == "Tz":
                state.scale = float(operands[0]) / 100.0
            elif op == "TL":
                state.leading = float(operands[0])
            elif op == "Ts":
                state.rise = float(operands[0])
            elif op == "Tr":
                state.render = int(operands[0])
            elif op == "Tm":
                a, b, c, d, e, f = (float(v) for v in operands)
                text_matrix = line_matrix = QTransform(a, b, c, d, e, f)
            elif op in ("Td", "TD"):
                tx, ty = float(operands[0]), float(operands[1])
                if op == "TD":
                    state.leading = -ty
                text_matrix = line_matrix = QTransform().translate(tx, ty) * line_matrix
            elif op == "T*":
                text_matrix = line_matrix = QTransform().translate(0, -state.leading) * line_matrix
            elif op in ("Tj", "'", '"', "TJ"):
                if op in ("'", '"'):
                    if op == '"':
                        state.word_space, state.char_space = float(operands[0]), float(operands[1])
                    line_matrix = QTransform().translate(0, -state.leading) * line_matrix
                    text_matrix = line_matrix
                pieces = operands[0] if op == "TJ" else [operands[-1]]
                for piece in pieces:
                    if isinstance(piece, (int, float)) or type(piece).__name__ in (
                        "FloatObject",
                        "NumberObject",
                    ):
                        shift = -float(piece) / 1000.0 * state.size * state.scale
                        text_matrix = QTransform().translate(shift, 0) * text_matrix
                        continue
                    text_matrix = self._show(painter, base, state, text_matrix, piece)
            elif op == "Do":
                self._xobject(resources, str(operands[0]), painter, base, state)
            elif op in ("BX", "EX", "MP", "DP", "BMC", "BDC", "EMC"):
                pass  # marked content and compatibility sections: nothing to draw
            else:
                raise Unsupported(f"operator {op}")

    def _graphics_state(self, resources, name: str) -> None:
        states = resources.get("/ExtGState")
        entry = states.get_object().get(name) if states is not None else None
        if entry is None:
            return
        entry = entry.get_object()
        for key in ("/SMask", "/BM"):
            if key in entry and str(entry[key]) not in ("/None", "/Normal"):
                raise Unsupported(f"graphics state {key}")
        if float(entry.get("/CA", 1)) != 1 or float(entry.get("/ca", 1)) != 1:
            raise Unsupported("transparency")

    def _xobject(self, resources, name: str, painter, base: QTransform, state: State) -> None:
        from pypdf.generic import ContentStream

        objects = resources.get("/XObject")
        entry = objects.get_object().get(name) if objects is not None else None
        if entry is None:
            return
        xobject = entry.get_object()
        if xobject.get("/Subtype") != "/Form":
            raise Unsupported(f"XObject {xobject.get('/Subtype')}")
        inner = state.copy()
        matrix = xobject.get("/Matrix")
        if matrix is not None:
            a, b, c, d, e, f = (float(v) for v in matrix)
            inner.ctm = QTransform(a, b, c, d, e, f) * inner.ctm
        form_resources = xobject.get("/Resources")
        form_resources = form_resources.get_object() if form_resources is not None else resources
        stream = ContentStream(xobject, self.page.pdf)
        if painter is not None:
            painter.save()
        self._operations(stream.operations, form_resources, painter, base, inner)
        if painter is not None:
            painter.restore()

    @staticmethod
    def _paint_path(painter, base, state, path, fill, stroke, even_odd) -> None:
        if not fill and not stroke:
            return
        painter.setTransform(state.ctm * base)
        if fill:
            path.setFillRule(Qt.FillRule.OddEvenFill if even_odd else Qt.FillRule.WindingFill)
        painter.setBrush(QBrush(state.fill) if fill else Qt.BrushStyle.NoBrush)
        if stroke:
            pen = QPen(state.stroke, max(state.width, 0.0))
            pen.setCapStyle(state.cap)
            pen.setJoinStyle(state.join)
            dashes, phase = state.dash
            if dashes and state.width > 0:
                pattern = [max(d / state.width, 0.01) for d in dashes]
                if len(pattern) % 2:
                    pattern *= 2
                pen.setDashPattern(pattern)
                pen.setDashOffset(phase / state.width)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(path)

    def _show(
        self, painter, base: QTransform, state: State, matrix: QTransform, piece
    ) -> QTransform:
        """Draw one string at the text position; returns the text matrix moved past it."""
        font = state.font
        if font is None:
            raise Unsupported("text without a font")
        if isinstance(piece, bytes):
            data = bytes(piece)
        elif hasattr(piece, "original_bytes"):
            data = piece.original_bytes
        else:
            data = str(piece).encode("latin-1")
        step = 2 if font.two_bytes else 1
        codes = [int.from_bytes(data[i : i + step], "big") for i in range(0, len(data), step)]
        # Words are drawn one by one at their PDF positions, and spaces are not drawn at all:
        # the spooled file then keeps the PDF's spacing exactly, and text readers find the
        # spaces from the gaps (Qt's PDF engine maps a drawn space glyph to U+0001).
        words: list[tuple[float, str]] = []
        current: list[str] = []
        start = advance = 0.0
        for code in codes:
            char = font.to_unicode.get(code, "")
            if char.isspace():
                if current:
                    words.append((start, "".join(current)))
                    current = []
            elif not current:
                start = advance
            if not char.isspace():
                current.append(char)
            advance += font.widths.get(code, 0.0) / 1000.0 * state.size + state.char_space
            if code == 32 and step == 1:
                advance += state.word_space
        if current:
            words.append((start, "".join(current)))
        advance *= state.scale
        if painter is not None and state.render != 3 and words:
            scale = state.size / TEXT_PX
            painter.setFont(font.qfont)
            painter.setPen(QPen(state.fill))
            for offset, word in words:
                # Text space: y up, glyphs upright; Qt draws y down: flip at the glyph origin.
                glyphs = QTransform(
                    scale * state.scale, 0, 0, -scale, offset * state.scale, state.rise
                )
                painter.setTransform(glyphs * matrix * state.ctm * base)
                painter.drawText(QPointF(0, 0), word)
        return QTransform().translate(advance, 0) * matrix


def _colour(op: str, operands) -> QColor:
    values = [float(v) for v in operands if not isinstance(v, str)]
    if op in ("g", "G") or len(values) == 1:
        return QColor.fromRgbF(values[0], values[0], values[0])
    if op in ("k", "K") or len(values) == 4:
        c, m, y, k = values
        return QColor.fromCmykF(c, m, y, k)
    if len(values) != 3:
        raise Unsupported(f"colour {op} {operands}")
    return QColor.fromRgbF(*values)


def page_transform(width: float, height: float, target: QRectF) -> QTransform:
    """PDF points (y up, origin bottom left) of a ``width`` × ``height`` page onto ``target``,
    proportions kept, centred."""
    scale = min(target.width() / width, target.height() / height)
    left = target.left() + (target.width() - width * scale) / 2
    top = target.top() + (target.height() - height * scale) / 2
    return QTransform(scale, 0, 0, -scale, left, top + height * scale)


def open_pdf(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))
