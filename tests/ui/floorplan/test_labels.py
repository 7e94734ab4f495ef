"""Names on the plan: every seated desk says who sits there at "fit floor", on a 1366×768
window, in Korean and in English, and no two labels touch; the label cells never overlap."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF

from planner.labels import MIN_PX, LabelMode, initials
from tests.ui.conftest import open_page
from ui.i18n import install_language
from ui.settings import FLOORPLAN_LABELS


def inked_pixels(image, box: QRectF) -> int:
    """Pixels inside ``box`` dark enough to be text (the palette's fills are all light)."""
    count = 0
    rect = box.toAlignedRect().intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if image.pixelColor(x, y).lightnessF() < 0.35:
                count += 1
    return count


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_seated_desk_is_named_at_fit_floor_and_no_labels_overlap(qtbot, window, lang):
    install_language(lang)
    window.resize(1366, 768)
    page = open_page(qtbot, window, "seating").floor_page
    qtbot.waitUntil(lambda: page.view.fitted)
    # The window follows the language when its LanguageChange events arrive.
    qtbot.waitUntil(lambda: page.scene.label_english == (lang == "en"))
    checked = 0
    for index in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(index)
        view, layer = page.view, page.scene.desk_layer
        assert view.fitted  # the plan opens fitted
        scale = view.scale_factor()
        boxes = layer.label_boxes(scale)
        image = view.viewport().grab().toImage()
        on_screen = {}
        for desk in layer.desks:
            if desk.occupant is None or not desk.active:
                continue
            assert desk.id in boxes, f"{desk.code} ({desk.occupant.name_ko}) has no label"
            label, box = boxes[desk.id]
            name = desk.occupant.name_en if lang == "en" else desk.occupant.name_ko
            first = label.lines[0].split(" +")[0]
            if lang == "ko":
                assert first in name and len(first) >= min(2, len(name)), (first, name)
            else:
                assert first in (name, name.split()[0], initials(name)), (first, name)
            assert label.pixels >= MIN_PX
            device = view.mapFromScene(layer.mapRectToScene(box)).boundingRect()
            on_screen[desk.id] = QRectF(device)
            # Drawn: text-dark pixels inside the label's box in the rendered viewport.
            assert inked_pixels(image, QRectF(device)) >= 8, desk.code
            checked += 1
        for (a, box_a), (b, box_b) in itertools.combinations(on_screen.items(), 2):
            overlap = box_a.intersected(box_b)
            assert overlap.width() <= 0.5 or overlap.height() <= 0.5, (a, b)
    assert checked >= 160  # the demo's seated desks on all four floors


def test_the_plan_refits_on_resize_until_the_user_zooms(qtbot, window):
    window.resize(1366, 768)
    page = open_page(qtbot, window, "seating").floor_page
    qtbot.waitUntil(lambda: page.view.fitted)
    small = page.view.scale_factor()
    window.resize(1800, 1000)
    qtbot.waitUntil(lambda: page.view.scale_factor() > small * 1.2)
    assert page.view.fitted
    page.view.zoom_by(1.25)
    zoomed = page.view.scale_factor()
    window.resize(1366, 768)
    qtbot.wait(50)
    assert not page.view.fitted and page.view.scale_factor() == pytest.approx(zoomed)


def test_label_modes_say_desk_codes_and_teams(qtbot, window):
    page = open_page(qtbot, window, "seating").floor_page
    page.floor_combo.setCurrentIndex(1)  # 3층: research teams
    layer, scale = page.scene.desk_layer, 1.0
    seated = next(i for i, d in enumerate(layer.desks) if d.occupant and d.occupant.task_codes)
    desk = layer.desks[seated]
    page.labels_combo.setCurrentIndex(page.labels_combo.findData(LabelMode.DESK))
    assert layer.label_of(seated, scale).lines[0] == desk.code
    page.labels_combo.setCurrentIndex(page.labels_combo.findData(LabelMode.TEAM))
    assert layer.label_of(seated, scale).lines[0] == desk.occupant.task_codes[0]
    assert page.settings.get(FLOORPLAN_LABELS) == "team"  # remembered
    page.labels_combo.setCurrentIndex(page.labels_combo.findData(LabelMode.NAME))
    assert layer.label_of(seated, scale).lines[0].startswith(desk.occupant.name_ko)


def test_dragging_shows_the_name_chip_not_the_table_row(qtbot, page, monkeypatch):
    from PySide6.QtGui import QDrag

    dragged = []

    def fake_exec(drag, *_args):
        dragged.append((drag.pixmap(), drag.hotSpot()))
        return 0

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    view = page.people.view
    view.selectRow(0)
    row = view.model().index(0, 0).data(page.people.model.ROW_ROLE)
    view.startDrag(view.model().supportedDragActions())
    pixmap, hotspot = dragged[-1]
    # A chip about the name's size, held off the cursor so the desks under it stay in sight.
    assert 20 < pixmap.deviceIndependentSize().width() < 14 * (len(row.name_ko) + 3)
    assert pixmap.deviceIndependentSize().height() < 30
    assert hotspot.x() < 0 and hotspot.y() < 0
    view.selectAll()
    view.startDrag(view.model().supportedDragActions())
    assert dragged[-1][0].deviceIndependentSize().width() < view.viewport().width()


@pytest.mark.parametrize("scale", [0.08, 0.2, 0.33])
def test_vacant_desks_keep_a_visible_outline_far_out(qtbot, page, scale):
    layer = page.scene.desk_layer
    vacant = next(d for d in layer.desks if d.active and not d.occupants)
    page.view.set_zoom(scale)
    page.view.centre_on_desk(vacant.id, zoom=False)
    image = page.view.viewport().grab().toImage()
    box = page.view.mapFromScene(page.scene.desk_scene_rect(vacant.id)).boundingRect()
    inside = [
        image.pixelColor(x, y).lightnessF()
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    ]
    # The desk is white on a near-white floor: its edge must stand out.
    assert max(inside) > 0.9 and min(inside) < 0.7
