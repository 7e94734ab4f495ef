"""People page: add, edit and remove a person through the form, each undoable; a refusal
brings the form back as typed; the role gate takes the editing away; the floor plan's list
shows a new person when the user goes there."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from planner.dbtools.roles import Permissions
from planner.errors import InUse, PlannerError
from planner.services import people
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.connection.role_gate import apply_permissions
from ui.errors import error_message
from ui.models.base import ROW_ROLE
from ui.people.dialog import PersonDialog


class Form:
    """Answers the person form as a user would: ``changes`` typed over what it shows."""

    def __init__(self, monkeypatch, *answers: dict[str, Any] | None) -> None:
        self.answers = list(answers)
        self.seen: list[dict[str, Any]] = []  # what the form showed each time
        monkeypatch.setattr(PersonDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: PersonDialog) -> int:
        self.seen.append(dialog.values())
        changes = self.answers.pop(0)
        if changes is None:
            return QDialog.DialogCode.Rejected
        for name, value in changes.items():
            if name in ("name_ko", "name_en", "email"):
                getattr(dialog, name).setText(value)
            elif name == "stay_end":
                dialog.stay_end.enabled.setChecked(True)
                dialog.stay_end.date.setDate(value)
            elif name == "organisation":
                dialog.organisation.setCurrentIndex(dialog.organisation.findText(value))
            elif name == "new_organisation":  # typed into the New… organisation dialog
                dialog._add_new_organisation(*value)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def window(qtbot, db, settings):
    main = create_main_window(db, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.resize(1400, 860)
    main.show()
    yield main
    main.close()


def _listing(page, name: str):
    return next((row for row in page.model.rows() if row.name_ko == name), None)


def _select(page, person_id: int) -> None:
    for row, listing in enumerate(page.model.rows()):
        if listing.person_id == person_id:
            index = page.proxy.mapFromSource(page.model.index(row, 0))
            page.view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"person {person_id} is not listed")


def test_add_a_person_then_undo_and_redo(qtbot, window, monkeypatch, messages):
    page = open_page(qtbot, window, "people")
    count = page.model.rowCount()
    Form(
        monkeypatch,
        {
            "name_ko": "한소망",
            "name_en": "So-mang Han",
            "email": "somang@kaist.ac.kr",
            "organisation": "KAIST",
        },
    )

    assert page.add_person()

    added = _listing(page, "한소망")
    assert (
        added is not None and added.organisation == "KAIST" and added.email == "somang@kaist.ac.kr"
    )
    assert page.model.rowCount() == count + 1
    assert page.selected_person() == added.person_id  # the new row is chosen and shown
    window.undo_stack.undo()
    assert _listing(page, "한소망") is None and page.model.rowCount() == count
    window.undo_stack.redo()
    assert _listing(page, "한소망") is not None
    assert messages.warnings == []


def test_a_new_start_up_is_created_with_its_first_member_and_undone_with_them(
    qtbot, window, db, monkeypatch, messages
):
    page = open_page(qtbot, window, "people")
    Form(monkeypatch, {"name_ko": "창업자", "new_organisation": ("새싹로보틱스", "startup")})

    assert page.add_person()

    assert _listing(page, "창업자").organisation == "새싹로보틱스"
    with db.sessions() as s:
        names = {o.name: o.kind.value for o in people.list_organisations(s)}
    assert names["새싹로보틱스"] == "startup"
    assert window.undo_stack.count() == 1  # one step for the person and their organisation
    window.undo_stack.undo()
    with db.sessions() as s:
        assert "새싹로보틱스" not in {o.name for o in people.list_organisations(s)}
    assert _listing(page, "창업자") is None


def test_edit_keeps_what_was_not_touched_and_undo_restores(
    qtbot, window, db, monkeypatch, messages
):
    page = open_page(qtbot, window, "people")
    person = page.model.rows()[0]
    with db.sessions() as s:
        before = people.person_values(s, person.person_id)
    _select(page, person.person_id)
    form = Form(monkeypatch, {"name_en": "Renamed Person", "stay_end": dt.date(2026, 8, 31)})

    page.view.doubleClicked.emit(page.proxy.index(0, 0))  # as a double-click would

    assert form.seen[0]["name_ko"] == before["name_ko"]  # the form showed the stored values
    with db.sessions() as s:
        after = people.person_values(s, person.person_id)
    assert after == before | {"name_en": "Renamed Person", "stay_end": dt.date(2026, 8, 31)}
    window.undo_stack.undo()
    with db.sessions() as s:
        assert people.person_values(s, person.person_id) == before


def test_a_refused_form_comes_back_as_typed(qtbot, window, db, monkeypatch, messages):
    page = open_page(qtbot, window, "people")
    taken = next(row.email for row in page.model.rows() if row.email)
    form = Form(monkeypatch, {"name_ko": "중복메일", "email": taken}, None)  # then Cancel

    assert not page.add_person()

    with db.sessions() as s, pytest.raises(PlannerError) as refused:
        people.create_person(s, **form.seen[1])
    assert messages.warnings == [error_message(refused.value)]  # the service's refusal, in Korean
    assert form.seen[1]["name_ko"] == "중복메일" and form.seen[1]["email"] == taken
    assert window.undo_stack.count() == 0 and _listing(page, "중복메일") is None


def test_remove_only_someone_without_history(qtbot, window, db, monkeypatch, messages):
    page = open_page(qtbot, window, "people")
    seated = next(row for row in page.model.rows() if row.desk_code)
    _select(page, seated.person_id)
    assert not page.remove_person()
    with db.sessions() as s, pytest.raises(InUse) as refused:
        people.remove_person(s, seated.person_id)
    assert messages.warnings == [error_message(refused.value)]
    assert (
        seated.name_ko in messages.warnings[0] and "desk assignment" not in messages.warnings[0]
    )  # said in Korean
    assert _listing(page, seated.name_ko) is not None and window.undo_stack.count() == 0

    Form(monkeypatch, {"name_ko": "오입력", "organisation": "KT"})
    assert page.add_person()
    new = _listing(page, "오입력")
    _select(page, new.person_id)
    assert page.remove_person()
    assert _listing(page, "오입력") is None
    window.undo_stack.undo()
    assert _listing(page, "오입력") is not None


def test_a_viewer_gets_no_editing(qtbot, window, monkeypatch, messages):
    page = open_page(qtbot, window, "people")
    apply_permissions(
        window.pages(), Permissions("planner_viewer", may_seat=False, may_edit_tasks=False)
    )
    assert (
        page.add_button.isHidden() and page.edit_button.isHidden() and page.remove_button.isHidden()
    )
    form = Form(monkeypatch, {"name_en": "x"})
    _select(page, page.model.rows()[0].person_id)
    page.view.doubleClicked.emit(page.proxy.index(0, 0))
    assert form.seen == [] and window.undo_stack.count() == 0


def test_the_floor_plan_lists_a_person_added_on_the_people_page(
    qtbot, window, monkeypatch, messages
):
    seating = open_page(qtbot, window, "seating")
    qtbot.waitUntil(lambda: seating.floor_page is not None)
    floor = seating.floor_page
    zoom = floor.view.transform().m11()
    page = open_page(qtbot, window, "people")
    Form(monkeypatch, {"name_ko": "새인턴", "organisation": "KAIST"})
    assert page.add_person()

    window.show_page("seating")
    qtbot.waitUntil(lambda: any(r.name_ko == "새인턴" for r in floor.people.model.rows()))
    assert floor.view.transform().m11() == zoom  # the plan kept its zoom


def test_organisations_are_renamed_re_kinded_and_removed_when_empty(
    qtbot, window, db, monkeypatch, messages
):
    from ui.people.dialog import OrganisationForm
    from ui.people.organisations import OrganisationsDialog

    page = open_page(qtbot, window, "people")
    answers: list[dict | None] = []

    def form_exec(form: OrganisationForm) -> int:
        changes = answers.pop(0)
        if changes is None:
            return QDialog.DialogCode.Rejected
        form.name.setText(changes.get("name", form.name.text()))
        if "kind" in changes:
            form.kind.setCurrentIndex(form.kind.findData(changes["kind"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OrganisationForm, "exec", form_exec)
    monkeypatch.setattr(OrganisationsDialog, "exec", lambda dialog: 0)
    dialog = page.show_organisations()

    def row(name):
        return next((r for r in dialog.model.rows() if r.name == name), None)

    # A visiting institution that turns out to be a start-up: renamed and re-kinded.
    visiting = row("방문기관")
    dialog.view.selectRow(
        next(
            n
            for n in range(dialog.proxy.rowCount())
            if dialog.proxy.index(n, 0).data(ROW_ROLE) is visiting
        )
    )
    assert not dialog.remove_button.isEnabled()  # five people belong to it
    answers.append({"name": "방문연구소", "kind": "startup"})
    assert dialog.edit()
    assert row("방문연구소").kind == "startup" and row("방문기관") is None
    assert any(
        listing.organisation == "방문연구소" for listing in page.model.rows()
    )  # the page too

    answers.append({"name": "빈 회사"})
    assert dialog.add()
    assert dialog.selected().name == "빈 회사" and dialog.remove_button.isEnabled()
    assert dialog.remove()
    assert row("빈 회사") is None

    window.undo_stack.undo()  # the removal
    assert row("빈 회사") is not None
    window.undo_stack.undo()  # the addition
    window.undo_stack.undo()  # the rename
    assert row("방문기관") is not None and row("방문기관").kind == "other"
    assert messages.warnings == []
