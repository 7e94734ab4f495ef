"""One organisation, one RGB: on the floor plan, the seating chart and the name plates; and a
rename changes no colour anywhere."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from planner.export.reports.nameplates import build_nameplates
from planner.export.reports.seating import build_seating_chart
from planner.services import documents
from planner.services import people as people_svc
from planner.services.swatches import read_swatches
from tests.planner.export.pdfcheck import fill_colours
from tests.ui.floorplan.conftest import TODAY


def window_rgb(page, desk_id: int) -> tuple[int, int, int]:
    """The colour the plan shows just inside the desk's corner (away from its label)."""
    page.view.set_zoom(3.0)
    page.view.centre_on_desk(desk_id, zoom=False)
    page.view.viewport().repaint()
    rect = page.scene.desk_scene_rect(desk_id)
    corner = page.view.mapFromScene(rect.topLeft()) + QPoint(4, 4)
    image = page.view.viewport().grab().toImage()
    colour = image.pixelColor(corner)
    return colour.red(), colour.green(), colour.blue()


def colours_by_organisation(page) -> dict[int, tuple[int, int, int]]:
    """Per organisation id, the RGB of one of its desks on each floor, as the window shows it."""
    seen: dict[int, set[tuple[int, int, int]]] = {}
    for index in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(index)
        by_org = {}
        for desk in page.scene.desk_layer.desks:
            # Plain swatches (KT, KAIST) and those with a pattern alike: the corner pixel is
            # the fill or a pattern dot, so sample several desks and keep the fill's RGB.
            if desk.occupant is not None and desk.active:
                by_org.setdefault(desk.occupant.organisation_id, desk.id)
        for org_id, desk_id in by_org.items():
            seen.setdefault(org_id, set()).add(window_rgb(page, desk_id))
    return {org_id: rgbs for org_id, rgbs in seen.items()}


def test_one_organisation_one_rgb_in_window_chart_and_plates(page, db):
    with db.sessions() as session:
        swatches = read_swatches(session)
        plates = documents.name_plates(session, TODAY)
        charts = [
            documents.floor_plan(session, page.floor_combo.itemText(i), TODAY)
            for i in range(page.floor_combo.count())
        ]
    seen = colours_by_organisation(page)
    assert len(seen) >= 5  # KT, KAIST and start-ups across the floors
    plate_pdf = fill_colours(build_nameplates(plates, TODAY))
    chart_pdf = set().union(*(fill_colours(build_seating_chart(c, "A3")) for c in charts))
    for org_id, rgbs in seen.items():
        fill = swatches.organisation(org_id).fill
        # Every floor shows the organisation in its one fill (a patterned swatch may show a
        # pattern dot at the sampled pixel: then it is the swatch's pattern colour).
        assert rgbs <= {fill, swatches.organisation(org_id).pattern_colour}, (org_id, rgbs)
        assert fill in rgbs or len(rgbs) == 1
        assert fill in chart_pdf, org_id
    for plate in plates:
        assert plate.swatch.fill in plate_pdf
        assert plate.swatch == swatches.organisation_named(plate.organisation)
    kt = swatches.ids["KT"]
    assert seen[kt] == {swatches.organisation(kt).fill}  # the partners' swatches are plain


def test_renaming_an_organisation_changes_no_colour(page, db):
    before = colours_by_organisation(page)
    with db.sessions() as session:
        chart_before = fill_colours(
            build_seating_chart(documents.floor_plan(session, "2층", TODAY))
        )
    with db.sessions() as session, session.begin():
        ids = read_swatches(session).ids
        people_svc.update_organisation(session, ids["딥보이스랩"], name="딥보이스")
        people_svc.update_organisation(session, ids["KAIST"], name="한국과학기술원")
    page.reload()
    assert colours_by_organisation(page) == before
    with db.sessions() as session:
        chart_after = fill_colours(build_seating_chart(documents.floor_plan(session, "2층", TODAY)))
    assert chart_after == chart_before
