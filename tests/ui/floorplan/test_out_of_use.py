"""Desks out of use on the plan: blocked next week, hatched on those days, a drop refused then;
a held desk asks what to do; every step undone and redone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from planner.services import availability
from tests.ui.floorplan.conftest import TODAY, desk_on, drop
from tests.ui.floorplan.test_seating_changes import seated_desks, unseated_row, vacant_desk
from ui.floorplan import colours, out_of_use

NEXT_MONDAY = TODAY + dt.timedelta(days=(7 - TODAY.weekday()))
NEXT_FRIDAY = NEXT_MONDAY + dt.timedelta(days=4)


def _blocks(db):
    with db.sessions() as s:
        return [(b.label, b.start, b.end, b.reason) for b in availability.list_blocks(s)]


def _key(page, desk_id):
    layer = page.scene.desk_layer
    return layer._keys[layer.index_of[desk_id]]


def test_a_desk_blocked_next_week_is_hatched_then_and_refuses_a_drop(page, db, stack, messages):
    desk = vacant_desk(page)
    assert page.block(desk.id, None, desk.code, NEXT_MONDAY, NEXT_FRIDAY, "의자 교체")
    assert _blocks(db) == [(desk.code, NEXT_MONDAY, NEXT_FRIDAY, "의자 교체")]
    assert stack.count() == 1 and "사용 중지" in stack.undoText()
    # Today it is as it was; next Tuesday it is out of use, hatched (a pattern, not only colour).
    assert page.scene.desk_layer.desk(desk.id).out_of_use == ""
    page.day_edit.setDate(QDate(NEXT_MONDAY + dt.timedelta(days=1)))
    spot = page.scene.desk_layer.desk(desk.id)
    assert spot.out_of_use == "의자 교체"
    assert _key(page, desk.id) == colours.OUT_OF_USE
    assert colours.FIXED_SWATCHES[colours.OUT_OF_USE].pattern.value == "grid"
    assert "사용 중지: 의자 교체" in page.view.tooltip_html(spot)
    # A person dropped on it that day: refused, in Korean, nothing written.
    n, person = unseated_row(page)
    drop(page, page.people.model.mimeData([page.people.model.index(n, 0)]), desk.id)
    assert messages.warnings and "사용 중지" in messages.warnings[-1]
    assert desk_on(db, person.id, NEXT_MONDAY + dt.timedelta(days=1)) is None
    assert stack.count() == 1
    # Undo: back in use, no longer hatched; redo blocks it again.
    stack.undo()
    assert _blocks(db) == []
    assert page.scene.desk_layer.desk(desk.id).out_of_use == ""
    stack.redo()
    assert _blocks(db) == [(desk.code, NEXT_MONDAY, NEXT_FRIDAY, "의자 교체")]
    assert _key(page, desk.id) == colours.OUT_OF_USE


def test_blocking_a_held_desk_asks_and_ends_the_seating_the_day_before(page, db, stack, monkeypatch):
    desk = seated_desks(page, 1)[0]
    person = desk.occupant.person_id
    asked = []

    def answer(_parent, target, holders, start):
        asked.append((target, holders, start))
        return out_of_use.CANCEL

    monkeypatch.setattr(page, "ask_holders", answer)
    assert not page.block(desk.id, None, desk.code, NEXT_MONDAY, None, "공사")
    assert asked and desk.occupant.name_ko in asked[0][1][0]
    assert _blocks(db) == [] and stack.count() == 0  # cancelled: nothing at all
    monkeypatch.setattr(page, "ask_holders", lambda *_a: out_of_use.END_SEATING)
    assert page.block(desk.id, None, desk.code, NEXT_MONDAY, None, "공사")
    assert desk_on(db, person, NEXT_MONDAY - dt.timedelta(days=1)) == desk.id
    assert desk_on(db, person, NEXT_MONDAY) is None
    assert len(_blocks(db)) == 1
    stack.undo()  # one step: the block goes and the seat comes back
    assert _blocks(db) == [] and desk_on(db, person, NEXT_MONDAY + dt.timedelta(days=30)) == desk.id
    stack.redo()
    assert len(_blocks(db)) == 1 and desk_on(db, person, NEXT_MONDAY) is None


def test_or_makes_a_draft_move_plan_for_them(page, db, stack, monkeypatch):
    from sqlalchemy import select

    from planner.models import MovePlan

    desk = seated_desks(page, 1)[0]
    monkeypatch.setattr(page, "ask_holders", lambda *_a: out_of_use.MOVE_PLAN)
    assert page.block(desk.id, None, desk.code, NEXT_MONDAY, None, "공사")
    with db.sessions() as s:
        [plan] = s.scalars(select(MovePlan).where(MovePlan.name == f"{desk.code} 사용 중지")).all()
        assert plan.effective_date == NEXT_MONDAY
        assert [m.person_id for m in plan.moves] == [desk.occupant.person_id]
    assert _blocks(db) == []  # not yet: they still sit there
    stack.undo()
    with db.sessions() as s:
        assert s.scalars(select(MovePlan).where(MovePlan.name == f"{desk.code} 사용 중지")).all() == []


def test_the_desk_menu_offers_out_of_use_and_back_in_use(page, db, stack):
    desk = vacant_desk(page)
    texts = [a.text() for a in page.desk_menu(desk.id).actions()]
    assert "좌석 사용 중지(&O)…" in texts
    page.block(desk.id, None, desk.code, TODAY, None, "수리")
    menu = page.desk_menu(desk.id)
    back = next(a for a in menu.actions() if a.text().startswith("다시 사용"))
    back.trigger()
    assert _blocks(db) == [] and stack.count() == 2
    stack.undo()
    assert len(_blocks(db)) == 1
