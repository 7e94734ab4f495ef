"""The seating chart's layout: the plain data it draws, which way the page turns, how many
tiles, what each desk says (planner.labels) and the legend. No drawing here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.export.fonts import register_fonts
from planner.export.layout import MM
from planner.labels import Label, fit_label, given_name, initials, label_cells_of
from planner.palette import INACTIVE, VACANT, Swatch

PAPERS = ("A4", "A3", "A1")
LANGUAGES = ("ko", "en")
TILINGS = ("auto", "off")  # auto: tiles when one page cannot hold the full names legibly
DESK_W, DESK_D = 1.4, 0.72  # metres: a desk as drawn, a little smaller than its pitch
NAME_SIZES = tuple(s / 2 for s in range(24, 13, -1))  # 12 pt down to 7 pt by halves
NAME_MIN_PT, CODE_MIN_PT = 7.0, 5.0
SHORT_SIZES = (8.5, 8.0, 7.5, 7.0)  # given names and initials: never larger than full names
VACANT_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0, 5.5, CODE_MIN_PT)  # a vacant desk's code
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
    named: bool = True  # every seated desk shows at least a short name at 7 pt or more


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
        forms = chart_forms(desk, lang)
        full = [
            form for form in forms if seated and full_name_shown(desk, Label(form, 0, 0, 0), lang)
        ]
        label = None
        # Full names as large as they fit; shorter forms no larger than SHORT_MAX_PT, so that
        # a desk showing initials does not shout over its neighbours' names.
        for chosen, sizes in (
            (full, NAME_SIZES),
            ([f for f in forms if f not in full], SHORT_SIZES if seated else VACANT_SIZES),
        ):
            label = label or fit_label(
                chosen,
                2 * half_w * scale,
                2 * half_h * scale,
                sizes,
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


def legend_entries(plan: FloorPlan, lang: str) -> list[tuple[Swatch, str]]:
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


def legend_lines(entries: list[tuple[Swatch, str]], width: float, sans: str) -> list[list[int]]:
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


def head_height(legend_rows: int) -> float:
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
    entries = legend_entries(plan, lang)
    # The part of the floor with zones or desks (an empty wing is not worth a page).
    left_m, top_m, right_m, bottom_m = content_extent(plan)
    width_m, depth_m = right_m - left_m, bottom_m - top_m
    candidates = []
    for size in (portrait, (portrait[1], portrait[0])):
        frame_w = size[0] - left - right
        rows = len(legend_lines(entries, frame_w, sans))
        frame_h = size[1] - top - bottom - head_height(rows)
        grids = [(1, 1)] if tiles == "off" else _grids()
        for columns, rows_ in grids:
            part_w = width_m / columns + (OVERLAP_M if columns > 1 else 0.0)
            part_d = depth_m / rows_ + (OVERLAP_M if rows_ > 1 else 0.0)
            scale = min(frame_w / part_w, frame_h / part_d)
            candidates.append((columns * rows_, -scale, size, (columns, rows_), scale, rows))
    candidates.sort(key=lambda c: (c[0], c[1]))
    # The fewest pages on which every seated desk shows its full name — unless that takes more
    # than twice the pages on which everyone shows at least a short name (English names are
    # long): then those, the index giving the full names.
    chosen = named = None
    for count, _neg, size, grid, scale, legend_rows in candidates:
        if named is not None and count > 2 * named[0]:
            break
        labels = place_labels(plan, scale, lang)
        seated = [(i, d) for i, d in enumerate(plan.desks) if d.active and d.names]
        full = all(full_name_shown(d, labels.get(i), lang) for i, d in seated)
        everyone = all(i in labels for i, _d in seated)
        candidate = (count, size, grid, scale, labels, legend_rows, full, everyone)
        if chosen is None:
            chosen = candidate
        if everyone and named is None:
            named = candidate
        if full or tiles == "off":
            chosen = candidate
            break
    else:
        chosen = named or chosen
    if named is not None and not chosen[6] and chosen is not named and tiles != "off":
        chosen = named
    assert chosen is not None
    _count, size, (columns, rows_), scale, labels, legend_rows, legible, everyone = chosen
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
            sheets.append(
                Sheet((x0 + left_m, y0 + top_m, x1 + left_m, y1 + top_m), scale, column, row)
            )
    return ChartLayout(
        size, scale, (columns, rows_), sheets, labels, legible, legend_rows, WORDS[lang], everyone
    )


def content_extent(plan: FloorPlan, margin: float = 1.0) -> tuple[float, float, float, float]:
    """Left, top, right, bottom (metres) of the zones and desks, with ``margin``, within the
    floor; the whole floor when it has neither."""
    xs = [x for zone in plan.zones for x, _y in zone.polygon] + [d.x for d in plan.desks]
    ys = [y for zone in plan.zones for _x, y in zone.polygon] + [d.y for d in plan.desks]
    width, depth = max(plan.width_m, 1.0), max(plan.depth_m, 1.0)
    if not xs:
        return 0.0, 0.0, width, depth
    return (
        max(0.0, min(xs) - margin),
        max(0.0, min(ys) - margin),
        min(width, max(xs) + margin),
        min(depth, max(ys) + margin),
    )


def _grids() -> list[tuple[int, int]]:
    grids = [(c, r) for c in range(1, 5) for r in range(1, 5) if c * r <= MAX_TILES]
    return sorted(grids, key=lambda g: (g[0] * g[1], abs(g[0] - g[1])))


# -- drawing -------------------------------------------------------------------------------


def chart_title(plan: FloorPlan, lang: str) -> str:
    floor = plan.floor
    if lang == "en":
        floor = WORDS["en"]["floor"].format(level=plan.level) if plan.level is not None else floor
    return WORDS[lang]["title"].format(building=plan.building, floor=floor)
