"""The wall chart is legible on the paper chosen: every demo floor on A4 and A3 (and A1),
in Korean and English — names never under 7 pt, codes never under 5 pt, no two words'
boxes overlapping (read back with pdftotext -bbox), everyone seated named, vector only."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from planner.commands.demo import create_demo
from planner.export.reports.seating import (
    build_seating_chart,
    chart_layout,
    index_entries,
)
from planner.export.reports.seating_layout import content_extent, head_height
from planner.labels import given_name, initials
from planner.services import documents
from planner.storage import open_database
from tests.planner.export.pdfcheck import reader

TODAY = dt.date(2025, 11, 25)
FLOORS = ("2층", "3층", "4층", "5층")


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    path = tmp_path_factory.mktemp("charts") / "demo.sqlite3"
    create_demo(path, today=TODAY)
    database = open_database(path)
    with database.sessions() as session:
        found = {floor: documents.floor_plan(session, floor, TODAY) for floor in FLOORS}
    database.close()
    return found


def words_on_pages(pdf: bytes, tmp_path) -> list[list[tuple[str, float, float, float, float]]]:
    """Every word of every page with its box (pdftotext -bbox), page by page."""
    source = tmp_path / "chart.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(source), "-"], check=True, capture_output=True, text=True
    ).stdout
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("&nbsp;", " ")
    root = ElementTree.fromstring(html)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append(
            [
                (
                    word.text or "",
                    float(word.get("xMin")),
                    float(word.get("yMin")),
                    float(word.get("xMax")),
                    float(word.get("yMax")),
                )
                for word in page.iter("{http://www.w3.org/1999/xhtml}word")
            ]
        )
    return pages


def text_sizes(pdf: bytes) -> list[list[tuple[str, float]]]:
    """Every piece of text drawn on every page with its size in points (pypdf)."""
    pages = []
    for page in reader(pdf).pages:
        found: list[tuple[str, float]] = []

        def visit(text, cm, tm, _font, size, found=found):
            if text.strip():
                found.append((text.strip(), size * abs(tm[0] * cm[0]) or size))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("floor", FLOORS)
def test_chart_is_legible_on_the_paper(plans, floor, paper, lang, tmp_path):
    plan = plans[floor]
    layout = chart_layout(plan, paper, lang)
    pdf = build_seating_chart(plan, paper, lang=lang)
    plan_pages = len(layout.sheets)
    assert layout.named  # every seated desk named, at 7 pt or more
    assert plan_pages <= 2  # a wall chart, not a stack of pages
    words = words_on_pages(pdf, tmp_path)
    sizes = text_sizes(pdf)
    assert len(words) == plan_pages + 1  # the plan (tiled or not) and the name index
    names = set()
    for desk in plan.desks:
        for ko, en in desk.names:
            name = en if lang == "en" else ko
            names |= {name, *name.split(), given_name(ko), initials(en)}
    codes = {d.code for d in plan.desks} | {d.code.split("-", 1)[1] for d in plan.desks}
    for number in range(plan_pages):
        for text, size in sizes[number]:
            first = text.split(" 외")[0].split(" +")[0]
            if first in names:
                assert size >= 7.0, (text, size)
            elif text in codes:
                assert size >= 5.0, (text, size)
        # No two words overlap anywhere on the plan pages (names, codes, zones, legend).
        boxes = [w for w in words[number] if w[0].strip()]
        for a, b in itertools.combinations(boxes, 2):
            overlap_w = min(a[3], b[3]) - max(a[1], b[1])
            overlap_h = min(a[4], b[4]) - max(a[2], b[2])
            assert overlap_w <= 0.3 or overlap_h <= 0.3, (a, b)
    # Everyone seated is named on the plan: in full when the chart says it is legible.
    shown = {w[0] for page in words[:plan_pages] for w in page}
    for desk in plan.desks:
        for ko, en in desk.names[:1]:
            name = en if lang == "en" else ko
            if layout.legible:
                assert set(name.split()) <= shown, name
            else:
                assert name.split()[0] in shown or given_name(ko) in shown or initials(en) in shown
    # ... and in the index, at 7 pt or more.
    index = {w[0] for w in words[-1]}
    for name, _org, code in index_entries(plan, lang):
        assert name.split()[0] in index and code in index
    assert all(size >= 7.0 for _text, size in sizes[-1])


def test_a3_holds_every_floor_on_one_page_with_full_names(plans):
    for plan in plans.values():
        layout = chart_layout(plan, "A3", "ko")
        assert layout.legible and len(layout.sheets) == 1
        # The floor's occupied part fills the page: its width or its height uses nearly all
        # of the frame left under the head.
        left, top, right, bottom = content_extent(plan)
        frame_w = layout.pagesize[0] - 20 * 72 / 25.4
        frame_h = layout.pagesize[1] - 33 * 72 / 25.4 - head_height(layout.legend_rows)
        assert (right - left) * layout.scale > 0.95 * frame_w or (
            (bottom - top) * layout.scale > 0.95 * frame_h
        )


def test_a4_tiles_the_wide_floor_with_overlap_marks_unless_asked_not_to(plans, tmp_path):
    plan = plans["3층"]
    tiled = chart_layout(plan, "A4", "ko")
    assert tiled.legible and len(tiled.sheets) >= 2
    regions = [sheet.region for sheet in tiled.sheets]
    assert regions[0][2] > regions[1][0]  # neighbouring parts share a band of the floor
    pdf = build_seating_chart(plan, "A4")
    first = " ".join(w[0] for w in words_on_pages(pdf, tmp_path)[0])
    assert "겹침" in first and "1/2쪽" in first
    single = chart_layout(plan, "A4", "ko", tiles="off")
    assert len(single.sheets) == 1 and not single.legible
    seated = [i for i, desk in enumerate(plan.desks) if desk.names]
    assert all(i in single.labels and single.labels[i].pixels >= 7.0 for i in seated)


def test_a1_poster_and_english_words(plans, tmp_path):
    plan = plans["4층"]
    pdf = build_seating_chart(plan, "A1", lang="en")
    page = reader(pdf).pages[0].mediabox
    assert sorted((round(float(page.width)), round(float(page.height)))) == [1684, 2384]
    text = " ".join(w[0] for w in words_on_pages(pdf, tmp_path)[0])
    assert "seating chart" in text and "November" in text and "Vacant" in text
    assert "좌석" not in text  # the words are English (zone names are the data's)


def test_the_chart_is_vector_only(plans):
    pdf = build_seating_chart(plans["3층"], "A3")
    for page in reader(pdf).pages:
        resources = page["/Resources"]
        assert "/XObject" not in resources or not any(
            x.get_object().get("/Subtype") == "/Image"
            for x in resources["/XObject"].get_object().values()
        )
