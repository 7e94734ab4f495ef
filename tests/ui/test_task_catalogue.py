"""The task catalogue: filters, the task dialog, undoable edits, the floor-plan jump."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from planner.models import ResearchTask, TaskMember
from planner.services.listings import people_listing
from planner.storage import Database, open_database
from tests.ui.conftest import TODAY, open_page
from ui.models.base import ROW_ROLE
from ui.pages.tasks import TasksPage
from ui.tasks.task_dialog import PeopleCheckModel, PeopleFilterProxy, TaskDialog


@pytest.fixture
def database(demo_copy) -> Iterator[Database]:
    """A private copy: these tests change the data."""
    db = open_database(demo_copy)
    yield db
    db.close()


@pytest.fixture
def page(qtbot, window) -> TasksPage:
    page = open_page(qtbot, window, "tasks")
    page.tabs.setCurrentWidget(page.catalogue)
    return page


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def capture(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, capture)
    return shown


def _people(database: Database):
    with database.sessions() as s:
        return people_listing(s, TODAY)


def _task(database: Database, code: str) -> ResearchTask | None:
    with database.sessions() as s:
        task = s.scalar(select(ResearchTask).where(ResearchTask.code == code))
        if task is not None:
            s.expunge(task)
        return task


def _members(database: Database, code: str) -> set[int]:
    with database.sessions() as s:
        return set(
            s.scalars(
                select(TaskMember.person_id).join(ResearchTask).where(ResearchTask.code == code)
            )
        )


def _select(page: TasksPage, code: str) -> None:
    proxy = page.task_proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(ROW_ROLE).code == code:
            page.task_view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{code} not shown")


def _answer_dialog(monkeypatch, fill) -> None:
    """TaskDialog.exec fills the fields with ``fill(dialog)`` and presses OK."""

    def exec_(dialog: TaskDialog) -> int:
        fill(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.hint.text()
        ok.click()
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", exec_)


def test_create_undo_redo(page, database, monkeypatch, messages):
    people = _people(database)
    chosen = {people[0].person_id, people[3].person_id}

    def fill(dialog: TaskDialog) -> None:
        dialog.code_edit.setText("F-99")
        dialog.title_ko_edit.setText("새 원천기술 과제")
        dialog.title_en_edit.setText("A new foundational task")
        dialog.track_combo.setCurrentIndex(dialog.track_combo.findData("foundational"))
        dialog.area_edit.setText("Vision")
        dialog.pi_combo.setCurrentIndex(dialog.pi_combo.findData(people[1].person_id))
        dialog.year_spin.setValue(2026)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("proposed"))
        for row in range(dialog.members_model.rowCount()):
            index = dialog.members_model.index(row)
            if index.data(dialog.members_model.PERSON_ID_ROLE) in chosen:
                dialog.members_model.setData(
                    index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
                )

    _answer_dialog(monkeypatch, fill)
    before = page.task_model.rowCount()
    assert page.new_task()
    task = _task(database, "F-99")
    assert task is not None and task.pi_id == people[1].person_id and task.start_year == 2026
    assert task.status.value == "proposed"
    assert _members(database, "F-99") == chosen
    assert page.task_model.rowCount() == before + 1

    page.undo_stack.undo()
    assert _task(database, "F-99") is None
    assert page.task_model.rowCount() == before
    page.undo_stack.redo()
    assert _task(database, "F-99") is not None and _members(database, "F-99") == chosen
    assert not messages


def test_ok_waits_for_code_and_korean_title(qtbot, database):
    dialog = TaskDialog(_people(database))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.hint.text()
    dialog.code_edit.setText("X-1")
    assert not ok.isEnabled()
    dialog.title_ko_edit.setText("과제")
    assert ok.isEnabled() and not dialog.hint.isVisibleTo(dialog)
    dialog.pi_combo.setEditText("nobody by this name")
    assert not ok.isEnabled()


def test_member_filter(qtbot, database):
    dialog = TaskDialog(_people(database))
    qtbot.addWidget(dialog)
    total = dialog.members_proxy.rowCount()
    dialog.member_filter.setText(_people(database)[5].name_ko)
    assert 0 < dialog.members_proxy.rowCount() < total
    dialog.members_model.set_checked_ids([_people(database)[5].person_id])
    assert dialog.values().member_ids == (_people(database)[5].person_id,)


def test_member_models(database, check_models):
    model = PeopleCheckModel(_people(database))
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    check_models(model, proxy)
    proxy.set_search(_people(database)[5].name_ko)
    model.setData(model.index(5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == (_people(database)[5].person_id,)


def test_edit_title_is_one_undoable_command(page, database, monkeypatch, messages):
    _select(page, "F-02")
    old = _task(database, "F-02").title_ko
    _answer_dialog(monkeypatch, lambda d: d.title_ko_edit.setText("바뀐 과제명"))
    count = page.undo_stack.count()
    assert page.edit_task()
    assert page.undo_stack.count() == count + 1
    assert _task(database, "F-02").title_ko == "바뀐 과제명"
    page.undo_stack.undo()
    assert _task(database, "F-02").title_ko == old
    page.undo_stack.redo()
    assert _task(database, "F-02").title_ko == "바뀐 과제명"
    assert not messages


def test_cancel_changes_nothing(page, database, monkeypatch):
    _select(page, "F-02")
    monkeypatch.setattr(TaskDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    count = page.undo_stack.count()
    assert not page.edit_task()
    assert page.undo_stack.count() == count


def test_delete_refused_for_a_task_in_a_cycle(page, database, messages):
    _select(page, "F-01")
    count = page.undo_stack.count()
    assert not page.delete_task()
    assert _task(database, "F-01") is not None
    assert page.undo_stack.count() == count
    assert len(messages) == 1 and "F-01" in messages[0]


def test_duplicate_code_is_refused_and_pushes_nothing(page, database, monkeypatch, messages):
    _answer_dialog(
        monkeypatch, lambda d: (d.code_edit.setText("F-01"), d.title_ko_edit.setText("중복"))
    )
    count = page.undo_stack.count()
    assert not page.new_task()
    assert page.undo_stack.count() == count and len(messages) == 1


def test_delete_then_undo_restores_the_task(page, database, monkeypatch, messages):
    people = _people(database)
    _answer_dialog(
        monkeypatch,
        lambda d: (
            d.code_edit.setText("I-90"),
            d.title_ko_edit.setText("지울 과제"),
            d.members_model.set_checked_ids([people[2].person_id]),
        ),
    )
    assert page.new_task()
    _select(page, "I-90")
    assert page.delete_task()
    assert _task(database, "I-90") is None
    page.undo_stack.undo()
    assert _task(database, "I-90") is not None
    assert _members(database, "I-90") == {people[2].person_id}
    assert not messages


def test_filters_change_the_row_count(page, qtmodeltester):
    proxy = page.task_proxy
    total = proxy.rowCount()
    assert total == 20
    page.track_combo.setCurrentIndex(page.track_combo.findData("industrial"))
    assert proxy.rowCount() == 5
    page.track_combo.setCurrentIndex(0)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2022))
    assert 0 < proxy.rowCount() < total
    page.status_combo.setCurrentIndex(page.status_combo.findData("concluded"))
    assert proxy.rowCount() == 0
    assert page.count_label.text()
    qtmodeltester.check(proxy, force_py=True)
    page.status_combo.setCurrentIndex(0)
    page.year_combo.setCurrentIndex(0)
    assert proxy.rowCount() == total


def test_buttons_follow_the_selection(page):
    page.task_view.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    _select(page, "F-03")
    assert page.edit_button.isEnabled() and page.floor_button.isEnabled()


def test_show_members_on_the_floor_plan(page, window, database, qtbot, messages):
    people = {p.person_id: p for p in _people(database)}
    code = next(
        c
        for c in ("F-01", "F-02", "F-03", "I-01", "I-02")
        if any(people[m].desk_code for m in _members(database, c))
    )
    _select(page, code)
    assert page.show_members_on_floor_plan()
    assert window.current_page_key() == "seating"
    seating = window.page("seating")
    assert seating.floor_page is not None and seating.floor_page.selected_desk_id is not None
    from ui.floorplan.colours import ColourMode

    # every member shows in the team's colour, and the legend names the task
    assert seating.floor_page.mode_combo.currentData() == ColourMode.TASK
    assert any(code in entry.label for entry in seating.floor_page.legend.entries)
