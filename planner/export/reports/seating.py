"""The seating chart of one floor: a wall chart legible on the paper chosen.

Vector all the way. The floor is scaled to fill the printable area of A4, A3 or A1 (the page
turned whichever way gives the larger plan); each desk shows its occupant's name (never under
7 pt) over its code (never under 5 pt), placed by planner.labels so that no two labels touch.
When the full names cannot be set at 7 pt on one page, the plan is tiled across pages with an
overlap, marked on each page, and a locator saying which part this is. A name index (name →
desk) follows on its own page. Korean or English (``lang``); colours from planner.palette.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.export.fonts import register_fonts
from planner.export.korean import date_en, date_ko
from planner.export.layout import MM, PageFurniture, build_pdf
from planner.labels import Label, fit_label, given_name, initials, label_cells_of
from planner.palette import INACTIVE, INK, VACANT, Pattern, Swatch

PAPERS = ("A4", "A3", "A1")
LANGUAGES = ("ko", "en")
TILINGS = ("auto", "off")  # auto: tiles when one page cannot hold the full names legibly
DESK_W, DESK_D = 1.4, 0.72  # metres: a desk as drawn, a little smaller than its pitch
NAME_SIZES = tuple(s / 2 for s in range(24, 13, -1))  # 12 pt down to 7 pt by halves
NAME_MIN_PT, CODE_MIN_PT = 7.0, 5.0
LINE = 1.15  # a line's height per point of text size
MARGINS_MM = (18.0, 10.0, 15.0, 10.0)  # top, right, bottom, left (the header sits at 12 mm)
OVERLAP_M = 3.0  # floor shared by neighbouring tiles: every desk whole on one of them
MAX_TILES = 16
LEGEND_PT = 8.0
ZONE_FILLS = {
    "open_office": (0.975, 0.975, 0.98),
    "private_office": (0.97, 0.97, 0.99),
    "lab": (0.95, 0.98, 0.95),
    "meeting": (0.94, 0.94, 0.95),
    "server_room": (0.9, 0.9, 0.91),
    "startup": (0.99, 0.97, 0.93),
}
ZONE_KINDS = {
    "ko": {"meeting": "회의실", "server_room": "서버실"},
    "en": {"meeting": "Meeting room", "server_room": "Server room"},
}
WORDS = {
    "ko": {
        "title": "{building} {floor} 좌석 배치도",
        "as_of": "{date} 기준",
        "summary": "좌석 {seats}석 중 {occupied}석 사용 · {people}명",
        "people": "{name} {people}명 ({desks}석)",
        "vacant": "빈 좌석 {count}",
        "inactive": "사용 중지 {count}",
        "part": "{n}/{total}쪽",
        "overlap": "겹침",
        "index": "이름 찾아보기",
        "index_note": "가나다순 · 이름 → 좌석",
        "name": "이름",
        "organisation": "소속",
        "desk": "좌석",
        "nobody": "이 날 이 층에 앉은 사람이 없습니다.",
        "more": " 외 {n}",
        "floor": "{name}",
    },
    "en": {
        "title": "{building} {floor} seating chart",
        "as_of": "as of {date}",
        "summary": "{occupied} of {seats} desks in use · {people} people",
        "people": "{name} {people} people ({desks} desks)",
        "vacant": "Vacant {count}",
        "inactive": "Out of service {count}",
        "part": "part {n} of {total}",
        "overlap": "overlap",
        "index": "Name index",
        "index_note": "alphabetical · name → desk",
        "name": "Name",
        "organisation": "Organisation",
        "desk": "Desk",
        "nobody": "Nobody sits on this floor on this day.",
        "more": " +{n}",
        "floor": "floor {level}",
    },
}


@dataclass(frozen=True)
class PlanZone:
    name: str
    kind: str
    polygon: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class PlanDesk:
    code: str
    x: float
    y: float
    rotation: float
    active: bool
    occupant: str | None  # Korean name; hot desks with several users list them joined
    organisation: str | None
    swatch: Swatch | None = None  # the organisation's (planner.palette), None when vacant
    badge: str = ""
    people: int = 0  # occupants on the day (two on a shared hot desk)
    names: tuple[tuple[str, str], ...] = ()  # each occupant's (Korean, English) name
    organisation_en: str = ""


@dataclass(frozen=True)
class FloorPlan:
    site: str
    building: str
    floor: str
    width_m: float
    depth_m: float
    day: dt.date
    zones: tuple[PlanZone, ...]
    desks: tuple[PlanDesk, ...]
    level: int | None = None


@dataclass(frozen=True)
class Sheet:
    """One page of the plan: the part of the floor it shows (metres) and at what scale."""

    region: tuple[float, float, float, float]  # x0, y0, x1, y1
    scale: float  # points per metre
    column: int
    row: int


@dataclass
class ChartLayout:
    pagesize: tuple[float, float]
    scale: float
    grid: tuple[int, int]  # columns, rows of tiles
    sheets: list[Sheet]
    labels: dict[int, Label]  # desk index -> label
    legible: bool  # every seated desk shows its occupant's full name
    legend_rows: int
    words: dict[str, str] = field(default_factory=dict)


# -- what each desk says ---------------------------------------------------------------------
def _short_codes(code: str) -> list[str]:
    """3F-A-012 → A-012 → 012: the floor is the page's, the zone is written on the plan."""
    parts = code.split("-")
    return ["-".join(parts[i:]) for i in range(1, len(parts))]


def chart_forms(desk: PlanDesk, lang: str) -> list[tuple[str, ...]]:
    """The desk's possible labels, richest first; every one carries the code (or its end)."""
    codes = [desk.code, *_short_codes(desk.code)]
    if not desk.names:
        return [(code,) for code in codes]
    ko, en = desk.names[0]
    more = WORDS[lang]["more"].format(n=len(desk.names) - 1) if len(desk.names) > 1 else ""
    if lang == "en" and en:
        full, short = en, en.split()[0]
        tiny = initials(en)
    else:
        full, short = ko, given_name(ko)
        tiny = short
    forms = [(full + more, code) for code in codes[:2]]
    if more:  # a shared desk: the others are in the index when "외 1" does not fit
        forms += [(full, code) for code in codes[:2]]
    forms += [(short + more, code) for code in codes]
    forms += [(tiny, code) for code in codes[-2:]]
    return list(dict.fromkeys(forms))


def full_name_shown(desk: PlanDesk, label: Label | None, lang: str) -> bool:
    if not desk.names:
        return True
    if label is None:
        return False
    ko, en = desk.names[0]
    return label.lines[0].startswith(en if lang == "en" and en else ko)


def _measure(sans: str):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths: dict[tuple[str, bool], float] = {}

    def measure(text: str, bold: bool) -> float:
        key = (text, bold)
        found = widths.get(key)
        if found is None:
            found = widths[key] = stringWidth(text, f"{sans}-Bold" if bold else sans, 1)
        return found

    return measure


def _line_height(size: float, _bold: bool) -> float:
    return size * LINE


def place_labels(plan: FloorPlan, scale: float, lang: str) -> dict[int, Label]:
    """Every desk's label at ``scale`` points per metre (desks out of service say nothing)."""
    sans, _ = register_fonts()
    centres = [(d.x, d.y) for d in plan.desks]
    cells = label_cells_of(centres, 1.2, 0.8, 1.5)
    measure = _measure(sans)
    labels = {}
    for index, (desk, (half_w, half_h)) in enumerate(zip(plan.desks, cells, strict=True)):
        if not desk.active:
            continue
        seated = bool(desk.names)
        label = fit_label(
            chart_forms(desk, lang),
            2 * half_w * scale,
            2 * half_h * scale,
            NAME_SIZES if seated else tuple(s for s in NAME_SIZES if s <= 8.0) + (6.0, CODE_MIN_PT),
            measure,
            _line_height,
            bold_first=seated,
            second=lambda size: max(CODE_MIN_PT, size - 2.0),
            pad=0.6,
        )
        if label is not None:
            labels[index] = label
    return labels


# -- the page: which way round, how many tiles --------------------------------------------
def _pagesize(paper: str) -> tuple[float, float]:
    from reportlab.lib import pagesizes

    name = paper.upper()
    if name not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    return getattr(pagesizes, name)


def _legend_entries(plan: FloorPlan, lang: str) -> list[tuple[Swatch, str]]:
    words = WORDS[lang]
    desks: dict[str, int] = {}
    people: dict[str, int] = {}
    swatches: dict[str, Swatch] = {}
    shown: dict[str, str] = {}
    for desk in plan.desks:
        if desk.organisation and desk.active:
            name = desk.organisation
            desks[name] = desks.get(name, 0) + 1
            people[name] = people.get(name, 0) + max(desk.people, 1)
            swatches[name] = desk.swatch or VACANT
            english = desk.organisation_en or name
            label = english if lang == "en" else name
            shown[name] = f"{desk.badge} · {label}" if desk.badge else label
    vacant = sum(1 for d in plan.desks if d.active and not d.organisation)
    inactive = sum(1 for d in plan.desks if not d.active)
    # People first, their desks in brackets (a shared hot desk seats two).
    entries = [
        (swatches[n], words["people"].format(name=shown[n], people=people[n], desks=desks[n]))
        for n in sorted(desks, key=lambda n: (-people[n], n))
    ]
    entries.append((VACANT, words["vacant"].format(count=vacant)))
    if inactive:
        entries.append((INACTIVE, words["inactive"].format(count=inactive)))
    return entries


def _legend_rows(entries: list[tuple[Swatch, str]], width: float, sans: str) -> list[list[int]]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows: list[list[int]] = [[]]
    used = 0.0
    for index, (_swatch, text) in enumerate(entries):
        need = 5 * MM + stringWidth(text, sans, LEGEND_PT) + 6 * MM
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += need
    return rows


def _head_height(legend_rows: int) -> float:
    return 9 * MM + legend_rows * 5 * MM + 2 * MM


def chart_layout(
    plan: FloorPlan, paper: str = "A3", lang: str = "ko", tiles: str = "auto"
) -> ChartLayout:
    """How the chart is laid out: page orientation, scale, tiles and every desk's label."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be ko or en, not {lang!r}")
    if tiles not in TILINGS:
        raise ValueError(f"tiles must be auto or off, not {tiles!r}")
    sans, _ = register_fonts()
    portrait = _pagesize(paper)
    top, right, bottom, left = (m * MM for m in MARGINS_MM)
    entries = _legend_entries(plan, lang)
    width_m, depth_m = max(plan.width_m, 1.0), max(plan.depth_m, 1.0)
    candidates = []
    for size in (portrait, (portrait[1], portrait[0])):
        frame_w = size[0] - left - right
        rows = len(_legend_rows(entries, frame_w, sans))
        frame_h = size[1] - top - bottom - _head_height(rows)
        grids = [(1, 1)] if tiles == "off" else _grids()
        for columns, rows_ in grids:
            part_w = width_m / columns + (OVERLAP_M if columns > 1 else 0.0)
            part_d = depth_m / rows_ + (OVERLAP_M if rows_ > 1 else 0.0)
            scale = min(frame_w / part_w, frame_h / part_d)
            candidates.append((columns * rows_, -scale, size, (columns, rows_), scale, rows))
    candidates.sort(key=lambda c: (c[0], c[1]))
    chosen = None
    for _count, _neg, size, grid, scale, legend_rows in candidates:
        labels = place_labels(plan, scale, lang)
        legible = all(
            full_name_shown(d, labels.get(i), lang) for i, d in enumerate(plan.desks) if d.active
        )
        if chosen is None or (legible and not chosen[5]):
            chosen = (size, grid, scale, labels, legend_rows, legible)
        if legible or tiles == "off":
            break
    assert chosen is not None
    size, (columns, rows_), scale, labels, legend_rows, legible = chosen
    sheets = []
    for row in range(rows_):
        for column in range(columns):
            x0 = max(0.0, width_m * column / columns - (OVERLAP_M / 2 if column else 0.0))
            x1 = min(
                width_m,
                width_m * (column + 1) / columns + (OVERLAP_M / 2 if column < columns - 1 else 0.0),
            )
            y0 = max(0.0, depth_m * row / rows_ - (OVERLAP_M / 2 if row else 0.0))
            y1 = min(
                depth_m, depth_m * (row + 1) / rows_ + (OVERLAP_M / 2 if row < rows_ - 1 else 0.0)
            )
            sheets.append(Sheet((x0, y0, x1, y1), scale, column, row))
    return ChartLayout(
        size, scale, (columns, rows_), sheets, labels, legible, legend_rows, WORDS[lang]
    )


def _grids() -> list[tuple[int, int]]:
    grids = [(c, r) for c in range(1, 5) for r in range(1, 5) if c * r <= MAX_TILES]
    return sorted(grids, key=lambda g: (g[0] * g[1], abs(g[0] - g[1])))


# -- drawing -------------------------------------------------------------------------------
def _rgb(colour: tuple[int, int, int]) -> Any:
    from reportlab.lib.colors import Color

    return Color(*(c / 255 for c in colour))


def _pattern(canvas: Any, swatch: Swatch, box: tuple[float, float, float, float]) -> None:
    """The swatch's pattern over ``box`` (x, y, w, h), clipped to it: colour is never the
    only signal on paper either."""
    if swatch.pattern == Pattern.PLAIN:
        return
    x, y, w, h = box
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setStrokeColor(_rgb(swatch.pattern_colour))
    canvas.setFillColor(_rgb(swatch.pattern_colour))
    canvas.setLineWidth(0.45)
    step = 2.6
    if swatch.pattern in (Pattern.STRIPES,):
        offset = -h
        while offset < w:
            canvas.line(x + offset, y, x + offset + h, y + h)
            offset += step
    elif swatch.pattern == Pattern.GRID:
        position = x + step / 2
        while position < x + w:
            canvas.line(position, y, position, y + h)
            position += step
        position = y + step / 2
        while position < y + h:
            canvas.line(x, position, x + w, position)
            position += step
    else:  # dots
        yy = y + step / 2
        while yy < y + h:
            xx = x + step / 2
            while xx < x + w:
                canvas.circle(xx, yy, 0.45, stroke=0, fill=1)
                xx += step
            yy += step
    canvas.restoreState()


def _draw_sheet(
    canvas: Any,
    plan: FloorPlan,
    layout: ChartLayout,
    sheet: Sheet,
    box: tuple[float, float, float, float],
    lang: str,
) -> None:
    """The floor's part ``sheet.region`` in ``box`` (x, y, w, h in points, y upwards)."""
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    sans, _ = register_fonts()
    bold = f"{sans}-Bold"
    x0, y0, x1, y1 = sheet.region
    s = sheet.scale
    bx, by, bw, bh = box
    ox = bx + (bw - (x1 - x0) * s) / 2
    top = by + bh

    def at(x: float, y: float) -> tuple[float, float]:
        return ox + (x - x0) * s, top - (y - y0) * s  # the plan's y grows downwards

    canvas.saveState()
    clip = canvas.beginPath()
    left, upper = at(x0, y0)
    clip.rect(left, upper - (y1 - y0) * s, (x1 - x0) * s, (y1 - y0) * s)
    canvas.clipPath(clip, stroke=0, fill=0)
    # Floor and zones.
    canvas.setLineWidth(0.9)
    canvas.setStrokeColor(Color(0.25, 0.25, 0.3))
    fx, fy = at(0, plan.depth_m)
    canvas.setFillColor(Color(1, 1, 1))
    canvas.rect(fx, fy, plan.width_m * s, plan.depth_m * s, fill=1, stroke=1)
    for zone in plan.zones:
        path = canvas.beginPath()
        first, *rest = [at(x, y) for x, y in zone.polygon]
        path.moveTo(*first)
        for point in rest:
            path.lineTo(*point)
        path.close()
        canvas.setFillColor(Color(*ZONE_FILLS.get(zone.kind, (0.97, 0.97, 0.97))))
        canvas.setStrokeColor(Color(0.45, 0.45, 0.5))
        canvas.setLineWidth(0.6)
        canvas.drawPath(path, fill=1, stroke=1)
    # Desks, their chips and labels.
    desk_w, desk_d = DESK_W * s, DESK_D * s
    boxes: list[tuple[int, float, float, float, float]] = []  # index, x, y, w, h of the text
    for index, desk in enumerate(plan.desks):
        if not x0 - DESK_W < desk.x < x1 + DESK_W or not y0 - DESK_W < desk.y < y1 + DESK_W:
            continue  # on another part of a tiled chart
        cx, cy = at(desk.x, desk.y)
        swatch = INACTIVE if not desk.active else desk.swatch or VACANT
        w, d = (desk_d, desk_w) if round(desk.rotation / 90) % 2 else (desk_w, desk_d)
        canvas.setFillColor(_rgb(swatch.fill))
        canvas.setStrokeColor(_rgb(swatch.hue) if desk.names else Color(0.35, 0.35, 0.4))
        canvas.setLineWidth(0.5)
        canvas.rect(cx - w / 2, cy - d / 2, w, d, fill=1, stroke=1)
        label = layout.labels.get(index)
        area = (cx - w / 2, cy - d / 2, w, d)
        if label is not None and (label.width > w or label.height > d):
            cw, ch = label.width + 2.4, label.height + 1.0
            canvas.roundRect(cx - cw / 2, cy - ch / 2, cw, ch, 1.6, fill=1, stroke=1)
            _pattern(canvas, swatch, (cx - cw / 2, cy - ch / 2, cw, ch))
        _pattern(canvas, swatch, area)
        # Text cut by the edge of a part is left to the neighbouring part (the overlap holds
        # every desk whole on one of them): a clipped name would still be found in the PDF.
        if label is not None and _inside(sheet, desk, label, s):
            boxes.append(
                (index, cx - label.width / 2, cy - label.height / 2, label.width, label.height)
            )
    canvas.setFillColor(_rgb(INK))
    for index, lx, ly, lw, lh in boxes:
        label = layout.labels[index]
        seated = bool(plan.desks[index].names)
        y = ly + lh
        for n, line in enumerate(label.lines):
            size = label.pixels if n == 0 else max(CODE_MIN_PT, label.pixels - 2.0)
            font = bold if seated and n == 0 else sans
            ascent, _descent = getAscentDescent(font, size)
            y -= size * LINE
            baseline = y + (size * LINE - ascent) / 2 + 0.1 * size
            canvas.setFont(font, size)
            canvas.drawCentredString(lx + lw / 2, baseline, line)
    # Zone names in the free band above or below their desks' labels, whichever is deeper.
    canvas.setFillColor(Color(0.25, 0.27, 0.32))
    for zone in plan.zones:
        _label_zone(canvas, plan, layout, zone, at, s, lang, sans, sheet.region)
    canvas.restoreState()
    _overlap_marks(canvas, plan, layout, sheet, at, lang, sans)


def _inside(sheet: Sheet, desk: PlanDesk, label: Label, scale: float) -> bool:
    x0, y0, x1, y1 = sheet.region
    half_w, half_h = label.width / 2 / scale, label.height / 2 / scale
    return (
        x0 <= desk.x - half_w and desk.x + half_w <= x1 and y0 <= desk.y - half_h <= y1 - 2 * half_h
    )


def _label_zone(
    canvas: Any,
    plan: FloorPlan,
    layout: ChartLayout,
    zone: PlanZone,
    at,
    s: float,
    lang: str,
    sans: str,
    region: tuple[float, float, float, float],
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    left, right = min(x for x, _ in zone.polygon), max(x for x, _ in zone.polygon)
    upper, lower = min(y for _, y in zone.polygon), max(y for _, y in zone.polygon)
    tops, bottoms = [], []
    for index, desk in enumerate(plan.desks):
        if left <= desk.x <= right and upper <= desk.y <= lower:
            label = layout.labels.get(index)
            reach = max(DESK_D / 2, (label.height / 2 / s) if label else 0.0) + 0.05
            tops.append(desk.y - reach)
            bottoms.append(desk.y + reach)
    above = (min(tops) - upper) if tops else lower - upper
    below = (lower - max(bottoms)) if bottoms else 0.0
    band = max(above, below) * s
    bold = f"{sans}-Bold"
    room = (right - left) * s - 6
    size = min(12.0, band - 3, room / max(stringWidth(zone.name, bold, 1), 1e-6))
    rx0, ry0, rx1, ry1 = region
    width = stringWidth(zone.name, bold, max(size, 1)) / s
    name_y = upper if above >= below else lower
    if size >= NAME_MIN_PT and rx0 <= left and left + width <= rx1 and ry0 <= name_y <= ry1:
        canvas.setFont(bold, size)
        if above >= below:
            x, y = at(left, upper)
            canvas.drawString(x + 3, y - size - 1.5, zone.name)
        else:
            x, y = at(left, lower)
            canvas.drawString(x + 3, y + 2.5, zone.name)
    kind = ZONE_KINDS[lang].get(zone.kind)
    middle = ((left + right) / 2, (upper + lower) / 2)
    if kind and not tops and rx0 + 3 <= middle[0] <= rx1 - 3 and ry0 + 1 <= middle[1] <= ry1 - 1:
        cx, cy = at((left + right) / 2, (upper + lower) / 2)
        canvas.setFont(sans, 9)
        canvas.drawCentredString(cx, cy - 3, kind)


def _overlap_marks(
    canvas: Any, plan: FloorPlan, layout: ChartLayout, sheet: Sheet, at, lang: str, sans: str
) -> None:
    """Where this part's neighbours begin and end: dashed lines over the shared band, so the
    pages can be trimmed and joined (the head says which parts lie where)."""
    from reportlab.lib.colors import Color

    columns, rows = layout.grid
    if columns * rows == 1:
        return
    x0, y0, x1, y1 = sheet.region
    canvas.saveState()
    canvas.setStrokeColor(Color(0.85, 0.1, 0.45))
    canvas.setLineWidth(0.7)
    canvas.setDash(4, 2.5)
    for column_edge, x in (
        (sheet.column < columns - 1, x1 - OVERLAP_M),
        (sheet.column > 0, x0 + OVERLAP_M),
    ):
        if column_edge:
            (ax, ay), (_bx, by) = at(x, y0), at(x, y1)
            canvas.line(ax, ay, ax, by)
    for row_edge, y in ((sheet.row < rows - 1, y1 - OVERLAP_M), (sheet.row > 0, y0 + OVERLAP_M)):
        if row_edge:
            (ax, ay), (bx, _by) = at(x0, y), at(x1, y)
            canvas.line(ax, ay, bx, ay)
    canvas.restoreState()


def _neighbours(layout: ChartLayout, sheet: Sheet) -> str:
    """ "겹침 ← 1 → 3 ↓ 4": the parts that share this one's dashed bands."""
    columns, rows = layout.grid
    number = sheet.row * columns + sheet.column + 1
    marks = []
    if sheet.column > 0:
        marks.append(f"← {number - 1}")
    if sheet.column < columns - 1:
        marks.append(f"→ {number + 1}")
    if sheet.row > 0:
        marks.append(f"↑ {number - columns}")
    if sheet.row < rows - 1:
        marks.append(f"↓ {number + columns}")
    return f"{layout.words['overlap']} {' '.join(marks)}"


def _draw_head(
    canvas: Any,
    plan: FloorPlan,
    layout: ChartLayout,
    sheet: Sheet,
    width: float,
    top: float,
    lang: str,
) -> None:
    """Title, the day, counts, the part of a tiled chart with its locator, the legend."""
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sans, _ = register_fonts()
    words = layout.words
    title = chart_title(plan, lang)
    canvas.setFillColor(_rgb(INK))
    canvas.setFont(f"{sans}-Bold", 13)
    baseline = top - 12
    canvas.drawString(0, baseline, title)
    seats = sum(1 for d in plan.desks if d.active)
    occupied = sum(1 for d in plan.desks if d.active and d.names)
    people = sum(len(d.names) for d in plan.desks if d.active)
    note = " · ".join(
        [
            words["as_of"].format(date=(date_en if lang == "en" else date_ko)(plan.day)),
            words["summary"].format(seats=seats, occupied=occupied, people=people),
        ]
    )
    columns, rows = layout.grid
    if columns * rows > 1:
        part = words["part"].format(n=sheet.row * columns + sheet.column + 1, total=columns * rows)
        note += f" · {part} · {_neighbours(layout, sheet)}"
    canvas.setFont(sans, 9)
    canvas.setFillColor(Color(0.42, 0.42, 0.45))
    canvas.drawString(stringWidth(title, f"{sans}-Bold", 13) + 8, baseline, note)
    if columns * rows > 1:  # a locator: the tiles, this one filled
        cell = 4.2
        lx = width - columns * cell
        for row in range(rows):
            for column in range(columns):
                here = (row, column) == (sheet.row, sheet.column)
                canvas.setFillColor(Color(0.85, 0.1, 0.45) if here else Color(1, 1, 1))
                canvas.setStrokeColor(Color(0.4, 0.4, 0.45))
                canvas.setLineWidth(0.4)
                canvas.rect(
                    lx + column * cell,
                    baseline - 2 + (rows - 1 - row) * cell - (rows - 1) * cell,
                    cell,
                    cell,
                    fill=1,
                    stroke=1,
                )
    entries = _legend_entries(plan, lang)
    y = top - 9 * MM - 3.5 * MM
    for row in _legend_rows(entries, width, sans):
        x = 0.0
        for index in row:
            swatch, text = entries[index]
            canvas.setFillColor(_rgb(swatch.fill))
            canvas.setStrokeColor(_rgb(swatch.hue))
            canvas.setLineWidth(0.5)
            canvas.rect(x, y - 0.5, 4 * MM, 3 * MM, fill=1, stroke=1)
            _pattern(canvas, swatch, (x, y - 0.5, 4 * MM, 3 * MM))
            canvas.setFillColor(_rgb(INK))
            canvas.setFont(sans, LEGEND_PT)
            canvas.drawString(x + 5 * MM, y + 0.3, text)
            x += 5 * MM + stringWidth(text, sans, LEGEND_PT) + 6 * MM
        y -= 5 * MM


def chart_title(plan: FloorPlan, lang: str) -> str:
    floor = plan.floor
    if lang == "en":
        floor = WORDS["en"]["floor"].format(level=plan.level) if plan.level is not None else floor
    return WORDS[lang]["title"].format(building=plan.building, floor=floor)


class _PlanPage:
    """A flowable filling one page: the head and one sheet of the plan."""

    @staticmethod
    def make(
        plan: FloorPlan, layout: ChartLayout, sheet: Sheet, width: float, height: float, lang: str
    ) -> Any:
        from reportlab.platypus import Flowable

        class _Page(Flowable):
            def wrap(self, *_: Any) -> tuple[float, float]:
                return width, height

            def draw(self) -> None:
                canvas = self.canv
                canvas.saveState()
                _draw_head(canvas, plan, layout, sheet, width, height, lang)
                head = _head_height(layout.legend_rows)
                _draw_sheet(canvas, plan, layout, sheet, (0, 0, width, height - head), lang)
                canvas.restoreState()

        return _Page()


def index_entries(plan: FloorPlan, lang: str) -> list[tuple[str, str, str]]:
    """(name, organisation, desk) of everyone on the chart, in the language's order."""
    entries = []
    for desk in plan.desks:
        for ko, en in desk.names:
            if lang == "en":
                name = en or ko
                organisation = desk.organisation_en or desk.organisation or ""
            else:
                name, organisation = ko, desk.organisation or ""
            entries.append((name, organisation, desk.code))
    return sorted(entries, key=lambda e: (e[0].casefold(), e[2]))


def _index_pages(plan: FloorPlan, width: float, height: float, lang: str) -> list[Any]:
    """The name index in columns, as many pages as it takes."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import Flowable, PageBreak

    sans, _ = register_fonts()
    words = WORDS[lang]
    entries = index_entries(plan, lang)
    size, step = 8.0, 11.0
    column_w = 62 * MM
    columns = max(1, int(width // column_w))
    per_column = max(1, int((height - 12 * MM) // step))
    per_page = columns * per_column
    pages = [entries[i : i + per_page] for i in range(0, len(entries), per_page)] or [[]]
    flow: list[Any] = []
    for number, page in enumerate(pages):

        class _Index(Flowable):
            def __init__(self, rows: list[tuple[str, str, str]], first: bool) -> None:
                super().__init__()
                self.rows, self.first = rows, first

            def wrap(self, *_: Any) -> tuple[float, float]:
                return width, height

            def draw(self) -> None:
                canvas = self.canv
                canvas.setFillColor(_rgb(INK))
                canvas.setFont(f"{sans}-Bold", 13)
                canvas.drawString(0, height - 12, f"{chart_title(plan, lang)} — {words['index']}")
                canvas.setFont(sans, 9)
                canvas.setFillColor(Color(0.42, 0.42, 0.45))
                canvas.drawRightString(width, height - 12, words["index_note"])
                if not self.rows:
                    canvas.setFont(sans, 10)
                    canvas.drawString(0, height - 30, words["nobody"])
                    return
                for column in range(columns):
                    if not self.rows[column * per_column : (column + 1) * per_column]:
                        break
                    x = column * column_w
                    y = height - 10 * MM
                    canvas.setFont(f"{sans}-Bold", size)
                    canvas.setFillColor(Color(0.42, 0.42, 0.45))
                    canvas.drawString(x, y, words["name"])
                    canvas.drawString(x + 24 * MM, y, words["organisation"])
                    canvas.drawRightString(x + column_w - 4 * MM, y, words["desk"])
                    canvas.setFillColor(_rgb(INK))
                    canvas.setFont(sans, size)
                    for name, organisation, code in self.rows[
                        column * per_column : (column + 1) * per_column
                    ]:
                        y -= step
                        canvas.drawString(x, y, _clip(name, sans, size, 23 * MM))
                        canvas.drawString(x + 24 * MM, y, _clip(organisation, sans, size, 18 * MM))
                        canvas.drawRightString(x + column_w - 4 * MM, y, code)

        if flow or number:
            flow.append(PageBreak())
        flow.append(_Index(page, number == 0))
    return flow


def _clip(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def build_seating_chart(
    plan: FloorPlan, paper: str = "A3", *, lang: str = "ko", tiles: str = "auto"
) -> bytes:
    from reportlab.platypus import PageBreak

    layout = chart_layout(plan, paper, lang, tiles)
    top, right, bottom, left = (m * MM for m in MARGINS_MM)
    width = layout.pagesize[0] - left - right
    height = layout.pagesize[1] - top - bottom - 1  # a point of slack for the frame
    story: list[Any] = []
    for sheet in layout.sheets:
        if story:
            story.append(PageBreak())
        story.append(_PlanPage.make(plan, layout, sheet, width, height, lang))
    story.append(PageBreak())
    story += _index_pages(plan, width, height, lang)
    title = chart_title(plan, lang)
    date = (date_en if lang == "en" else date_ko)(plan.day)
    furniture = PageFurniture(
        header_left=f"{plan.site} · {title}" if plan.site else title,
        header_right=WORDS[lang]["as_of"].format(date=date),
    )
    return build_pdf(
        story,
        furniture=furniture,
        created=plan.day,
        title=title,
        pagesize=layout.pagesize,
        margins_mm=MARGINS_MM,
        lang="en-GB" if lang == "en" else "ko-KR",
    )
