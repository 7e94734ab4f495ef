"""The dialog's questions: where, whom, moves, rules, remembered choices; its models."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from planner.models import Desk, Person, Role
from tests.ui.placement.conftest import assert_hard_rules, unseated
from ui.floorplan.people_panel import PeopleTableModel
from ui.placement.choices import WHO_TASK, load_choices
from ui.placement.models import AreaTreeModel, ProposedSeatModel, TeamScoreModel, UnplacedModel


def tick_only(dialog, *zone_names: str, floor_name: str = "") -> None:
    """Untick every area but these zones (on floors whose name ends with `floor_name`)."""
    areas = dialog.form.areas
    areas.set_all(False)
    ticked = set()
    for row in range(areas.rowCount()):
        floor = areas.item(row)
        if not floor.text().endswith(floor_name):
            continue
        for child in range(floor.rowCount()):
            zone = floor.child(child)
            if zone.text() in zone_names and zone.text() not in ticked:
                zone.setCheckState(Qt.CheckState.Checked)
                ticked.add(zone.text())
    assert ticked == set(zone_names)


def test_only_the_ticked_zone_is_used_and_the_others_are_told_why(db, dialog):
    tick_only(dialog, "창업보육공간")  # the start-up zone of the 2nd floor
    assert dialog.form.areas.item(0).checkState() == Qt.CheckState.PartiallyChecked
    dialog.start()
    proposal = dialog.proposal
    assert proposal is not None
    with db.sessions() as s:
        zones = {s.get(Desk, seat.to_desk_id).zone.name for seat in proposal.assignments}
        roles = {s.get(Person, u.person_id).role for u in proposal.unplaced}
    assert zones <= {"창업보육공간"}
    assert_hard_rules(db, proposal)
    assert proposal.unplaced and Role.STARTUP_MEMBER not in roles
    model = dialog.results.unplaced
    reasons = {model.index(r, UnplacedModel.COL_REASON).data() for r in range(model.rowCount())}
    assert "선택한 층과 구역에 빈 개방형 사무실·실험실 좌석이 없습니다" in reasons
    assert "좌석을 받지 못했습니다" in dialog.results.summary.text()


def test_no_zone_ticked_is_refused_before_running(db, dialog):
    dialog.form.areas.set_all(False)
    dialog.start()
    assert dialog.proposal is None
    assert dialog.status.text() == "층이나 구역을 하나 이상 선택하세요."


def test_the_person_selected_in_the_people_list(db, page, tool):
    panel = page.people
    index = panel.proxy.index(0, 0)
    person_id = index.data(PeopleTableModel.PERSON_ID_ROLE)
    flags = QItemSelectionModel.SelectionFlag
    panel.view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
    dialog = tool.open()
    dialog.form.time_limit.setValue(1)
    assert dialog.form.who_selected.isEnabled()
    assert "(1명)" in dialog.form.who_selected.text()
    dialog.form.who_selected.setChecked(True)
    dialog.start()
    proposal = dialog.proposal
    assert proposal is not None
    newcomers = {seat.person_id for seat in proposal.assignments if seat.from_desk is None}
    assert newcomers == {person_id}
    dialog.reject()


def test_without_a_selection_that_choice_is_off(dialog):
    assert not dialog.form.who_selected.isEnabled()
    assert "(0명)" in dialog.form.who_selected.text()


def test_allowed_moves_stay_within_the_number_given(db, dialog):
    dialog.form.allow_moves.setChecked(True)
    dialog.form.max_moves.setValue(3)
    dialog.start()
    proposal = dialog.proposal
    assert proposal is not None
    moved = [seat for seat in proposal.assignments if seat.from_desk is not None]
    assert proposal.moved == len(moved) <= 3
    assert_hard_rules(db, proposal)


def test_without_keeping_teams_no_team_is_scored(db, dialog):
    dialog.form.keep_teams.setChecked(False)
    assert not dialog.form.adjacency.isEnabled()
    dialog.start()
    assert dialog.proposal is not None and dialog.proposal.teams == ()
    assert {s.person_id for s in dialog.proposal.assignments} == unseated(db)


def test_the_last_choices_come_back(db, tool, settings):
    dialog = tool.open()
    form = dialog.form
    form.who_task.setChecked(True)
    form.task_combo.setCurrentIndex(form.task_combo.findData("F-03"))
    form.adjacency.setValue(2.5)
    form.honour_needs.setChecked(False)
    form.allow_moves.setChecked(True)
    form.max_moves.setValue(4)
    form.time_limit.setValue(1)
    tick_only(dialog, "창업보육공간")
    dialog.start()
    dialog.reject()

    stored = load_choices(settings)
    assert (stored.who, stored.task_code, stored.allow_moves) == (WHO_TASK, "F-03", 4)
    again = tool.open()
    assert again.form.who_task.isChecked()
    assert again.form.task_code() == "F-03"
    assert again.form.adjacency.value() == 2.5
    assert not again.form.honour_needs.isChecked()
    assert again.form.allow_moves.isChecked() and again.form.max_moves.value() == 4
    floor_ids, zone_ids = again.form.areas.selection()
    with db.sessions() as s:
        startup = s.scalars(select(Desk.zone_id).where(Desk.zone_id.is_not(None))).all()
    assert zone_ids is not None and len(zone_ids) == 1 and zone_ids[0] in startup
    assert len(floor_ids) == 1
    again.reject()


def test_a_damaged_stored_choice_falls_back_to_its_default(settings):
    from ui.placement.choices import LAST_CHOICES

    settings.set(LAST_CHOICES, '{"who": 3, "adjacency_m": "far", "allow_moves": 2}')
    choices = load_choices(settings)
    assert choices.who == "unseated" and choices.adjacency_m == 2.0 and choices.allow_moves == 2
    settings.set(LAST_CHOICES, "not json")
    assert load_choices(settings).who == "unseated"


def test_item_models(check_models, dialog):
    check_models(ProposedSeatModel(), TeamScoreModel(), UnplacedModel(), AreaTreeModel())
    check_models(dialog.form.areas)
    dialog.start()
    check_models(*dialog.results.models(), *dialog.results.proxies)
    assert dialog.results.seats.rowCount() > 0


def test_the_start_up_zone_rule_can_be_switched_off(db, dialog):
    from planner.models import Organisation
    from tests.planner.factories import person

    with db.sessions() as s, s.begin():
        org = s.scalars(select(Organisation.id)).first()
        founder = person(s, org, "창업자", "founder@example.org", role=Role.STARTUP_MEMBER)
    # Open offices only: no start-up desk in reach, but a free desk for everyone else.
    tick_only(dialog, "개방형 사무실 A", "개방형 사무실 B", floor_name="4층")

    dialog.start()
    assert [u.person_id for u in dialog.proposal.unplaced] == [founder]
    model = dialog.results.unplaced
    reasons = [model.index(r, UnplacedModel.COL_REASON).data() for r in range(model.rowCount())]
    assert reasons == ["선택한 층과 구역에 빈 창업 구역 좌석이 없습니다"]

    dialog.form.startup_rule.setChecked(False)
    dialog.start()
    placed = {seat.person_id for seat in dialog.proposal.assignments}
    assert founder in placed and not dialog.proposal.unplaced, dialog.proposal.unplaced
