"""The seating chart of one floor: a wall chart legible on the paper chosen.

Vector all the way. The floor is scaled to fill the printable area of A4, A3 or A1 (the page
turned whichever way gives the larger plan); each desk shows its occupant's name (never under
7 pt) over its code (never under 5 pt), placed by planner.labels so that no two labels touch.
When the full names cannot be set at 7 pt on one page, the plan is tiled across pages with an
overlap, marked on each page, and a locator saying which part this is. A name index (name →
desk) follows on its own page. Korean or English (``lang``); colours from planner.palette.
"""

from __future__ import annotations

from typing import Any

from planner.export.korean import date_en, date_ko
from planner.export.layout import MM, PageFurniture, build_pdf
from planner.export.reports.seating_draw import PlanPage, index_entries, index_pages
from planner.export.reports.seating_layout import (  # the chart's data and layout, re-exported
    LANGUAGES,
    MARGINS_MM,
    PAPERS,
    TILINGS,
    WORDS,
    ChartLayout,
    FloorPlan,
    PlanDesk,
    PlanZone,
    Sheet,
    chart_layout,
    chart_title,
    place_labels,
)

__all__ = [
    "LANGUAGES",
    "PAPERS",
    "TILINGS",
    "ChartLayout",
    "FloorPlan",
    "PlanDesk",
    "PlanZone",
    "Sheet",
    "build_seating_chart",
    "chart_layout",
    "chart_title",
    "index_entries",
    "place_labels",
]


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
        story.append(PlanPage.make(plan, layout, sheet, width, height, lang))
    story.append(PageBreak())
    story += index_pages(plan, width, height, lang)
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
