"""The page on the demo institute: floors, colours, find, the day, hit testing, the model."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from sqlalchemy import func, select

from planner.models import Assignment, Desk, Floor
from tests.ui.floorplan.conftest import TODAY
from ui.floorplan.colours import ColourMode
from ui.floorplan.people_panel import PeopleFilterProxy, PeopleTableModel


def test_page_shows_every_floor_and_its_desks(page, db):
    with db.sessions() as s:
        floors = s.scalar(select(func.count()).select_from(Floor))
        first = page.current_floor_id()
        desks = s.scalar(select(func.count()).select_from(Desk).where(Desk.floor_id == first))
    assert page.floor_combo.count() == floors == 4
    assert len(page.scene.desk_layer.desks) == desks
    assert page.legend.entries  # a legend for the colour mode
    assert page.day() == TODAY
    assert page.people.model.rowCount() > 0  # unseated people of the demo


def test_every_colour_mode_has_a_legend(page):
    for mode in ColourMode:
        page.mode_combo.setCurrentIndex(page.mode_combo.findData(mode))
        assert page.scene.mode == mode
        counted = sum(entry.desks for entry in page.legend.entries)
        assert counted == len(page.scene.desk_layer.desks)


def test_people_model(qtmodeltester, page):
    qtmodeltester.check(page.people.model)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(page.people.model)
    qtmodeltester.check(proxy)
    model = PeopleTableModel()
    qtmodeltester.check(model)  # empty


def test_people_filters(page):
    panel = page.people
    total = panel.proxy.rowCount()
    panel.organisation.setCurrentIndex(panel.organisation.findText("KAIST"))
    assert 0 < panel.proxy.rowCount() <= total
    assert all(
        panel.proxy.index(r, PeopleTableModel.COL_ORGANISATION).data() == "KAIST"
        for r in range(panel.proxy.rowCount())
    )
    panel.organisation.setCurrentIndex(0)
    code = panel.task.itemData(1)
    panel.task.setCurrentIndex(1)
    assert all(
        code in panel.proxy.index(r, 0).data(PeopleTableModel.TASKS_ROLE)
        for r in range(panel.proxy.rowCount())
    )
    panel.task.setCurrentIndex(0)
    panel.unseated.setChecked(False)  # everyone, seated or not
    assert panel.model.rowCount() > total


def test_find_switches_floor_centres_and_selects(page, db):
    with db.sessions() as s:
        desk_id, floor_id = s.execute(
            select(Desk.id, Desk.floor_id).where(Desk.code == "4F-A-003")
        ).one()
    assert page.current_floor_id() != floor_id
    hit = page.find("4f-a-003")
    assert hit is not None and hit.desk_id == desk_id
    assert page.current_floor_id() == floor_id
    assert page.selected_desk_id == desk_id
    assert page.scene.desk_layer.highlight_id == desk_id
    centre = page.view.mapToScene(page.view.viewport().rect().center())
    assert page.scene.desk_scene_rect(desk_id).adjusted(-40, -40, 40, 40).contains(centre)
    # At a zoom where the desk's neighbours read too: every seated desk in view shows its
    # occupant's full name.
    layer, scale = page.scene.desk_layer, page.view.scale_factor()
    shown = page.view.visible_scene_rect()
    in_view = [
        i
        for i, desk in enumerate(layer.desks)
        if desk.occupant and shown.contains(layer.desk_rect(desk.id))
    ]
    assert len(in_view) >= 8
    for i in in_view:
        assert layer.label_of(i, scale).lines[0].startswith(layer.desks[i].occupant.name_ko)


def test_find_a_person_by_korean_name_and_by_email(page, db):
    occupant = next(d.occupant for d in page.scene.desk_layer.desks if d.occupant)
    page.show_floor(page.floor_combo.itemData(3))
    hit = page.find(occupant.name_ko)
    assert hit.person_id == occupant.person_id or hit.label.startswith(occupant.name_ko)
    from planner.models import Person

    with db.sessions() as s:
        email = s.get(Person, occupant.person_id).email
    hit = page.find(email.upper())
    assert hit.person_id == occupant.person_id
    assert (
        page.scene.desk_layer.desk(page.selected_desk_id).occupant.person_id == occupant.person_id
    )


def test_ctrl_f_focuses_the_find_box(page, qtbot):
    from PySide6.QtCore import Qt

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.find_edit.hasFocus()
    qtbot.keyClicks(page.find_edit, "3F-A-014")
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert page.scene.desk_layer.desk(page.selected_desk_id).code == "3F-A-014"


def _history_case(db):
    """A desk whose occupant today arrived after someone else had left it."""
    with db.sessions() as s:
        past = s.execute(
            select(
                Assignment.desk_id, Assignment.person_id, Assignment.start_date, Assignment.end_date
            ).where(Assignment.end_date < TODAY)
        ).first()
    return past


def test_date_control_shows_past_and_future_occupants(page, db):
    past = _history_case(db)
    assert past is not None, "the demo has people who left"
    desk_id, person_id, start, _end = past
    with db.sessions() as s:
        floor_id = s.get(Desk, desk_id).floor_id
    page.show_floor(floor_id)
    page.set_day(start)
    assert page.scene.desk_layer.desk(desk_id).occupant.person_id == person_id
    page.set_day(TODAY)
    now = page.scene.desk_layer.desk(desk_id).occupant
    assert now is None or now.person_id != person_id

    with db.sessions() as s:
        future = s.execute(
            select(Assignment.desk_id, Assignment.person_id, Assignment.start_date).where(
                Assignment.start_date > TODAY
            )
        ).first()
        assert future is not None, "the demo has people arriving soon"
        floor_id = s.get(Desk, future[0]).floor_id
    page.show_floor(floor_id)
    assert all(o.person_id != future[1] for o in page.scene.desk_layer.desk(future[0]).occupants)
    page.set_day(future[2])
    assert future[1] in [o.person_id for o in page.scene.desk_layer.desk(future[0]).occupants]


def test_hit_testing_returns_the_desk_under_the_point(page):
    layer = page.scene.desk_layer
    for desk in layer.desks[::7]:
        centre = page.scene.desk_scene_rect(desk.id).center()
        assert page.scene.desk_at(centre).id == desk.id
        viewport_point = page.view.mapFromScene(centre)
        if page.view.viewport().rect().contains(viewport_point):
            assert page.view.desk_at(viewport_point).id == desk.id
    assert page.scene.desk_at(QPointF(-500, -500)) is None


def test_tooltip_names_person_organisation_task_dates_and_features(page):
    page.floor_combo.setCurrentIndex(1)  # 3F: research teams
    desk = next(d for d in page.scene.desk_layer.desks if d.occupant and d.occupant.task_codes)
    text = page.view.tooltip_html(desk)
    for part in (
        desk.code,
        desk.occupant.name_ko,
        desk.occupant.organisation,
        desk.occupant.task_codes[0],
        desk.occupant.start.isoformat(),
    ):
        assert part in text
    # the window starts in Korean (the default language); the feature list is translated
    assert "설비: 모니터" in text


def test_zoom_keys_and_fit(page, qtbot):
    from PySide6.QtCore import Qt

    page.view.fit_floor()
    fit = page.view.scale_factor()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.scale_factor() > fit
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.scale_factor() < fit
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    assert abs(page.view.scale_factor() - fit) < 1e-6


def test_renders_at_every_level_of_detail(page):
    from PySide6.QtGui import QImage, QPainter

    for scale in (0.05, 0.3, 0.6, 1.0, 2.5, 6.0):
        page.view.set_zoom(scale)
        image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        page.view.render(painter)
        painter.end()
    assert dt.date.today()  # rendering raised nothing at any zoom


def test_tiles_are_prefetched_between_frames_within_one_budget(page, qtbot):
    from ui.floorplan.raster_cache import MAX_TILES, TileCache

    page.view.set_zoom(1.0)
    page.view.viewport().grab()
    layer = page.scene.desk_layer
    drawn = len(layer._tiles._tiles)
    assert drawn > 0
    qtbot.wait(300)  # the event loop runs: tiles around the view are drawn ahead of a pan
    assert len(layer._tiles._tiles) > drawn
    assert len(TileCache._lru) <= MAX_TILES
