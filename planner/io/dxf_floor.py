"""Reading a floor's CAD drawing (DXF) into plain objects: its layers, the closed outlines
(rooms), the texts (room names), the block references (desks) and the strokes that make up
the drawing itself (walls, doors, furniture), in the drawing's own units.

Only ezdxf's core package is used (not its ``[draw]`` extra). A drawing is checked before
it is parsed — its size on disk and the number of entities it declares — so that a hostile
file (gigabytes, a billion entities, a cut-off or binary mess) is refused with the reason
within seconds instead of filling the memory (tests/hostile holds these limits).

Korean drawings saved by AutoCAD before 2007 are in the drawing's code page ($DWGCODEPAGE
ANSI_949 is CP949); ezdxf decodes them from that header, and ``\\U+XXXX`` escapes that older
programs write for characters outside the code page are decoded here.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from planner.errors import PlannerError, fill_template

MB = 2**20
# A floor of a large research building is 1–5 MB of DXF; 40 MB is a whole campus.
MAX_BYTES = 40 * MB
# Entities (every "0" group code line counts: entities, table records, block definitions).
# A detailed floor has 10,000–50,000; beyond this the drawing is not one floor.
MAX_ENTITIES = 300_000
# Strokes of the vector background once curves are flattened, and block nesting followed.
MAX_STROKE_POINTS = 1_500_000
MAX_BLOCK_DEPTH = 4

# $INSUNITS codes ezdxf reads -> metres per drawing unit.
INSUNITS_METRES = {1: 0.0254, 2: 0.3048, 4: 0.001, 5: 0.01, 6: 1.0, 14: 0.1}
UNIT_NAMES = {"mm": 0.001, "cm": 0.01, "m": 1.0}
UNIT_OF_CODE = {1: "in", 2: "ft", 4: "mm", 5: "cm", 6: "m", 14: "dm"}

# Attribute tags that hold a desk's code (the first found wins; else a lone attribute).
CODE_TAGS = ("CODE", "DESK", "DESK_CODE", "DESKNO", "DESK_NO", "NO", "ID", "SEAT", "번호", "좌석")

# A group code 0 line followed by a structure's name (LINE, INSERT, SECTION, …); a value "0"
# (layer 0, a coordinate) is followed by a group code, a number, instead.
_MARKER = re.compile(rb"\n *0\r?\n[A-Z_]")
_UNICODE_ESCAPE = re.compile(r"\\U\+([0-9A-Fa-f]{4})")


# Why a drawing is refused (English templates; the window translates them, context
# "FloorImport" in resources/translations/floor_import_ko.ts).
EMPTY = "%1: the file is empty."
TOO_LARGE = (
    "%1 is %2 MB; a floor's drawing is at most %3 MB (save only the floor's layers, or purge "
    "the drawing)."
)
BINARY = "%1 is a binary DXF; save it again as an ASCII DXF."
DWG = "%1 is a DWG drawing; save it as DXF first."
NOT_DXF = "%1 is not a DXF drawing (no SECTION at its start)."
TOO_MANY = "%1 holds %2 entities; a floor's drawing has at most %3 (save only the floor's layers)."
UNREADABLE = "%1 cannot be read: %2."
DAMAGED = "%1 is damaged and cannot be read as a DXF drawing (%2)."
CODE_PAGE = "%1: the drawing's code page %2 is unknown."
TOO_DETAILED = (
    "%1 draws more than %2 points; a floor's drawing is smaller (save only the floor's layers)."
)
NO_LAYER = "%1 has no layer '%2' (its layers: %3)."
TOO_WIDE = "%1 is %2 × %3 m in %4; a floor is at most %5 m across — are the units right?"
CODE_TWICE = "%1: desk code(s) %2 appear on more than one desk block; each desk needs its own code."
NOTHING = "%1 draws nothing in its model space."
TEMPLATES = (EMPTY, TOO_LARGE, BINARY, DWG, NOT_DXF, TOO_MANY, UNREADABLE, DAMAGED, CODE_PAGE,
             TOO_DETAILED, NO_LAYER, TOO_WIDE, CODE_TWICE, NOTHING)


class DrawingRefused(PlannerError):
    """The DXF file cannot be imported as it is (too large, damaged, not a DXF)."""

    code = "drawing_refused"

    def __init__(self, problem: str, *values: object) -> None:
        super().__init__(fill_template(problem, values))
        self.problem = problem
        self.values = values


@dataclass(frozen=True)
class DxfLayer:
    name: str
    entities: int = 0
    closed_outlines: int = 0
    texts: int = 0
    inserts: int = 0


@dataclass(frozen=True)
class DxfOutline:
    layer: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class DxfText:
    layer: str
    text: str
    x: float
    y: float
    height: float
    rotation: float  # degrees, counter-clockwise


@dataclass(frozen=True)
class DxfInsert:
    layer: str
    block: str
    x: float  # the insertion point
    y: float
    rotation: float  # degrees, counter-clockwise
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def code(self) -> str | None:
        values = {tag.upper(): text.strip() for tag, text in self.attributes if text.strip()}
        for tag in CODE_TAGS:
            if values.get(tag):
                return values[tag]
        return next(iter(values.values())) if len(values) == 1 else None


@dataclass(frozen=True)
class DxfStroke:
    layer: str
    points: tuple[tuple[float, float], ...]
    closed: bool = False


@dataclass(frozen=True)
class DxfDrawing:
    file_name: str
    version: str
    encoding: str
    insunits: int | None  # $INSUNITS when the drawing sets it (0 = unitless is None)
    layers: tuple[DxfLayer, ...]
    outlines: tuple[DxfOutline, ...]
    texts: tuple[DxfText, ...]
    inserts: tuple[DxfInsert, ...]
    strokes: tuple[DxfStroke, ...] = field(repr=False, default=())

    @property
    def layer_names(self) -> tuple[str, ...]:
        return tuple(layer.name for layer in self.layers)

    @property
    def units(self) -> str | None:
        return UNIT_OF_CODE.get(self.insunits) if self.insunits else None


def check_dxf_bytes(data: bytes, name: str) -> None:
    """Refuse what must not be parsed, judged from the bytes alone (fast)."""
    if not data.strip():
        raise DrawingRefused(EMPTY, name)
    if len(data) > MAX_BYTES:
        raise DrawingRefused(TOO_LARGE, name, f"{len(data) / MB:,.0f}", MAX_BYTES // MB)
    if data.startswith(b"AutoCAD Binary DXF"):
        raise DrawingRefused(BINARY, name)
    if data[:4] == b"AC10" or data[:4] == b"AC20":
        raise DrawingRefused(DWG, name)
    head = data[:4096]
    if b"SECTION" not in data[:65536] or b"\x00" in head:
        raise DrawingRefused(NOT_DXF, name)
    entities = len(_MARKER.findall(data))
    if entities > MAX_ENTITIES:
        raise DrawingRefused(TOO_MANY, name, f"{entities:,}", f"{MAX_ENTITIES:,}")


def read_dxf(path: Path) -> DxfDrawing:
    """Read ``path``; DrawingRefused with the reason when it cannot be imported."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DrawingRefused(UNREADABLE, path.name, error.strerror or error) from None
    return read_dxf_bytes(data, path.name)


def read_dxf_bytes(data: bytes, name: str) -> DxfDrawing:
    check_dxf_bytes(data, name)
    import ezdxf  # noqa: PLC0415 - 0.3 s to import; only when a drawing is read
    from ezdxf.lldxf.const import DXFError  # noqa: PLC0415

    text = _decoded(data, name)
    try:
        doc = ezdxf.read(io.StringIO(text))
    except (DXFError, ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise DrawingRefused(DAMAGED, name, _short(error)) from None
    try:
        return _collect(doc, name)
    except (DXFError, ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
        raise DrawingRefused(DAMAGED, name, _short(error)) from None


def _short(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) < 160 else text[:157] + "…"


def _decoded(data: bytes, name: str) -> str:
    """The text of the drawing in the code page its header names (UTF-8 from R2007 on)."""
    from ezdxf.lldxf.validator import dxf_info  # noqa: PLC0415

    end = data.find(b"ENDSEC")
    header = data[: end + 6 if end >= 0 else 65536].decode("latin-1")
    try:
        info = dxf_info(io.StringIO(header))
    except Exception:  # noqa: BLE001 - a damaged header is told below, by the parser
        info = None
    encoding = "utf-8"
    if info is not None and info.version < "AC1021":
        encoding = info.encoding or "cp1252"
    try:
        return data.decode(encoding, errors="surrogateescape" if encoding == "utf-8" else "replace")
    except LookupError:
        raise DrawingRefused(CODE_PAGE, name, encoding) from None


def plain(text: str) -> str:
    """Text as shown: ``\\U+C5F0`` escapes decoded, surrounding blanks dropped."""
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text).strip()


def _collect(doc, name: str) -> DxfDrawing:
    msp = doc.modelspace()
    counts: dict[str, Counter[str]] = {}
    outlines: list[DxfOutline] = []
    texts: list[DxfText] = []
    inserts: list[DxfInsert] = []
    strokes: list[DxfStroke] = []
    budget = _Budget(name)
    for entity in msp:
        layer = str(entity.dxf.get("layer", "0"))
        tally = counts.setdefault(layer, Counter())
        tally["entities"] += 1
        kind = entity.dxftype()
        if kind in ("TEXT", "MTEXT", "ATTRIB"):
            found = _text(entity, layer)
            if found is not None:
                texts.append(found)
                tally["texts"] += 1
            continue
        if kind == "INSERT":
            inserts.append(_insert(entity, layer))
            tally["inserts"] += 1
            continue
        for points, closed in _shapes(entity):
            budget.spend(len(points))
            strokes.append(DxfStroke(layer, points, closed))
            if closed and kind in ("LWPOLYLINE", "POLYLINE") and len(points) >= 3:
                outlines.append(DxfOutline(layer, points))
                tally["closed_outlines"] += 1
    layers = tuple(
        DxfLayer(layer, c["entities"], c["closed_outlines"], c["texts"], c["inserts"])
        for layer, c in sorted(counts.items())
    )
    insunits = doc.header.get("$INSUNITS", 0)
    return DxfDrawing(
        name,
        doc.dxfversion,
        doc.encoding,
        int(insunits) if insunits else None,
        layers,
        tuple(outlines),
        tuple(texts),
        tuple(inserts),
        tuple(strokes),
    )


class _Budget:
    def __init__(self, name: str) -> None:
        self.name = name
        self.left = MAX_STROKE_POINTS

    def spend(self, points: int) -> None:
        self.left -= points
        if self.left < 0:
            raise DrawingRefused(TOO_DETAILED, self.name, f"{MAX_STROKE_POINTS:,}")


def _text(entity, layer: str) -> DxfText | None:
    kind = entity.dxftype()
    if kind == "MTEXT":
        content = entity.plain_text(split=False)
        height = float(entity.dxf.get("char_height", 1.0))
        point = entity.dxf.insert
        rotation = float(entity.get_rotation())
    else:
        content = entity.plain_text() if kind == "TEXT" else str(entity.dxf.text)
        height = float(entity.dxf.get("height", 1.0))
        point = entity.dxf.insert
        if kind == "TEXT" and entity.dxf.get("halign", 0) + entity.dxf.get("valign", 0):
            point = entity.dxf.get("align_point", point)
        rotation = float(entity.dxf.get("rotation", 0.0))
    content = plain(str(content)).replace("\n", " ")
    if not content:
        return None
    return DxfText(layer, content, float(point[0]), float(point[1]), height, rotation)


def _insert(entity, layer: str) -> DxfInsert:
    block = str(entity.dxf.name)
    insert = entity.dxf.insert
    x, y = float(insert[0]), float(insert[1])
    attributes = tuple(
        (str(a.dxf.tag), plain(str(a.dxf.text))) for a in getattr(entity, "attribs", ())
    )
    return DxfInsert(
        layer, block, x, y, float(entity.dxf.get("rotation", 0.0)) % 360.0, attributes
    )


def _shapes(entity) -> Iterator[tuple[tuple[tuple[float, float], ...], bool]]:
    """The entity as polylines in the drawing's units: (points, closed)."""
    kind = entity.dxftype()
    if kind == "LINE":
        start, end = entity.dxf.start, entity.dxf.end
        yield ((float(start[0]), float(start[1])), (float(end[0]), float(end[1]))), False
        return
    if kind not in ("LWPOLYLINE", "POLYLINE", "ARC", "CIRCLE", "ELLIPSE", "SPLINE"):
        return
    from ezdxf import path  # noqa: PLC0415

    try:
        made = path.make_path(entity)
    except (TypeError, ValueError):
        return
    if len(made) == 0:
        return
    box = path.bbox([made])
    size = max(box.size.x, box.size.y) if box.has_data else 0.0
    if size <= 0:
        return
    points = tuple((float(v.x), float(v.y)) for v in made.flattening(distance=size / 200))
    closed = _is_closed(entity, points)
    if closed and len(points) > 3 and points[0] == points[-1]:
        points = points[:-1]
    if len(points) >= 2:
        yield points, closed


def _is_closed(entity, points: tuple[tuple[float, float], ...]) -> bool:
    kind = entity.dxftype()
    if kind in ("CIRCLE",):
        return True
    if kind == "LWPOLYLINE":
        return bool(entity.closed) or (len(points) > 3 and points[0] == points[-1])
    if kind == "POLYLINE":
        return bool(entity.is_closed) or (len(points) > 3 and points[0] == points[-1])
    return False


def metres_per_unit(drawing: DxfDrawing, units: str | None) -> tuple[float, str]:
    """(metres per drawing unit, where it came from: "option", "$INSUNITS" or "default")."""
    if units:
        return UNIT_NAMES[units], "option"
    if drawing.insunits in INSUNITS_METRES:
        return INSUNITS_METRES[drawing.insunits], "$INSUNITS"
    return UNIT_NAMES["mm"], "default"  # architectural drawings in Korea are in millimetres


def likeliest_layer(layers: Iterable[DxfLayer], what: str) -> str | None:
    """The layer with most closed outlines / texts / inserts, for a first choice."""
    best = max(layers, key=lambda layer: getattr(layer, what), default=None)
    return best.name if best is not None and getattr(best, what) > 0 else None
