"""Drawing the seating chart: a sheet of the plan (zones, desks, chips, labels, patterns,
overlap marks), the head (title, counts, locator, legend) and the name index."""

from __future__ import annotations

from typing import Any

from planner.export.fonts import register_fonts
from planner.export.korean import date_en, date_ko
from planner.export.layout import MM
from planner.export.reports.seating_layout import (
    CODE_MIN_PT,
    DESK_D,
    DESK_W,
    LEGEND_PT,
    LINE,
    NAME_MIN_PT,
    OVERLAP_M,
    WORDS,
    ZONE_FILLS,
    ZONE_KINDS,
    ChartLayout,
    FloorPlan,
    PlanDesk,
    PlanZone,
    Sheet,
    chart_title,
    head_height,
    legend_entries,
    legend_lines,
)
from planner.labels import Label
from planner.palette import INACTIVE, INK, VACANT, Pattern, Swatch


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
    start = stringWidth(title, f"{sans}-Bold", 13) + 8
    room = width - start - (columns * 4.2 + 8 if columns * rows > 1 else 0)  # the locator's
    canvas.drawString(start, baseline, _clip(note, sans, 9, room))
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
    entries = legend_entries(plan, lang)
    y = top - 9 * MM - 3.5 * MM
    for row in legend_lines(entries, width, sans):
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


class PlanPage:
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
                head = head_height(layout.legend_rows)
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


def index_pages(plan: FloorPlan, width: float, height: float, lang: str) -> list[Any]:
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
