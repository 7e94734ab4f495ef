"""The Participants, KPIs and IP tabs of the Tasks & Renewals page: refusals in the user's
words, every edit undoable, tables sortable and filterable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from planner.models import ParticipantRole
from planner.services import ip, kpis, participants
from planner.storage import Database, open_database
from tests.ui.conftest import open_page
from ui.models.base import ROW_ROLE
from ui.research.participation import dialogs


@pytest.fixture
def database(demo_copy) -> Iterator[Database]:
    """A private copy: these tests change the data."""
    db = open_database(demo_copy)
    yield db
    db.close()


@pytest.fixture
def research(qtbot, window):
    page = open_page(qtbot, window, "tasks")
    assert page.research is not None
    return page.research


def _select(tab, wanted) -> None:
    for r in range(tab.proxy.rowCount()):
        index = tab.proxy.index(r, 0)
        if wanted(index.data(ROW_ROLE)):
            tab.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError("no such row")


def _someone_at_60(database: Database):
    """A participant at 60 % in F-01 in 2025 who takes part in nothing else that year."""
    with database.sessions() as s:
        rows = participants.participant_rows(s, 2025, task_code="F-01")
        return next(r for r in rows if r.rate_pct == 60 and participants.person_load(s, r.person_id, 2025) == 60)


def test_the_window_refuses_a_rate_past_100_percent_naming_both_tasks(research, database, window, messages, check_models):
    check_models(research.participants.model, research.kpis.model, research.ip.model)
    assert research.data.year == 2025
    person = _someone_at_60(database)
    f02 = next(r for code, r, *_ in research.data.renewals if code == "F-02")
    stack = window.undo_stack
    depth = stack.count()
    values = {"renewal_id": f02, "person_id": person.person_id, "role": ParticipantRole.MEMBER,
              "rate_pct": 50, "period_start": dt.date(2025, 3, 1), "period_end": dt.date(2026, 2, 28)}
    assert not research.add_participant(values)
    assert len(messages.warnings) == 1
    assert "F-01 60 % + F-02 50 % > 100 %" in messages.warnings[0]
    assert "참여율" in messages.warnings[0]  # in Korean, the user's language
    assert stack.count() == depth

    # 40 % fits: added, then undone and redone.
    shown = research.participants.model.rowCount()
    assert research.add_participant({**values, "rate_pct": 40})
    assert research.participants.model.rowCount() == shown + 1
    assert research.participants.model.totals[person.person_id] == 100
    stack.undo()
    assert research.participants.model.rowCount() == shown
    stack.redo()
    assert research.participants.model.rowCount() == shown + 1


def test_edit_and_remove_a_participant_through_the_dialog_and_undo(research, database, window, monkeypatch):
    person = _someone_at_60(database)
    tab = research.participants
    _select(tab, lambda row: row.person_id == person.person_id and row.task_code == "F-01")

    def answer(dialog):
        dialog.rate.setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.ParticipantDialog, "exec", answer)
    tab.edit_button.click()
    with database.sessions() as s:
        assert participants.person_load(s, person.person_id, 2025) == 30
    window.undo_stack.undo()
    with database.sessions() as s:
        assert participants.person_load(s, person.person_id, 2025) == 60

    _select(tab, lambda row: row.person_id == person.person_id and row.task_code == "F-01")
    tab.remove_button.click()
    with database.sessions() as s:
        assert participants.person_load(s, person.person_id, 2025) == 0
    window.undo_stack.undo()
    with database.sessions() as s:
        assert participants.person_load(s, person.person_id, 2025) == 60


def test_filters_and_sorting(research):
    tab = research.participants
    tab.task_combo.setCurrentIndex(tab.task_combo.findData("F-02"))
    rows = [tab.proxy.index(r, 0).data(ROW_ROLE) for r in range(tab.proxy.rowCount())]
    assert rows and {row.task_code for row in rows} == {"F-02"}
    tab.view.sortByColumn(tab.model.COL_RATE, Qt.SortOrder.DescendingOrder)
    rates = [tab.proxy.index(r, 0).data(ROW_ROLE).rate_pct for r in range(tab.proxy.rowCount())]
    assert rates == sorted(rates, reverse=True)
    tab.task_combo.setCurrentIndex(0)
    tab.search.setText(rows[0].name_ko)
    tab.search.apply()
    assert tab.proxy.rowCount() >= 1
    assert all(rows[0].name_ko in tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount()))
    # The signed year is read only.
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2024))
    assert research.data.year == 2024
    assert not tab.add_button.isEnabled() and not tab.note.isHidden()
    assert "2024" in tab.note.text()


def test_kpi_and_ip_edits_are_undoable(research, database, window):
    f01 = next(r for code, r, *_ in research.data.renewals if code == "F-01")
    assert research.add_kpi({"renewal_id": f01, "name": "오픈소스 공개", "unit": "건", "target": 2.0, "actual": None})
    with database.sessions() as s:
        assert [k.name for k in kpis.kpi_rows(s, 2025, task_code="F-01")].count("오픈소스 공개") == 1
    window.undo_stack.undo()
    with database.sessions() as s:
        assert "오픈소스 공개" not in [k.name for k in kpis.kpi_rows(s, 2025, task_code="F-01")]

    person = _someone_at_60(database)
    count = research.ip.model.rowCount()
    assert research.add_ip({"title": "새 발명", "title_en": "", "disclosed_on": dt.date(2025, 9, 1),
                            "kt_share_pct": 30, "kaist_share_pct": 70, "filing_no": None,
                            "state": "disclosed", "notes": "", "inventor_ids": [person.person_id],
                            "task_ids": []})
    assert research.ip.model.rowCount() == count + 1
    _select(research.ip, lambda row: row.title == "새 발명")
    research.ip.remove_button.click()
    assert research.ip.model.rowCount() == count
    window.undo_stack.undo()
    with database.sessions() as s:
        assert [r.kt_share_pct for r in ip.ip_rows(s) if r.title == "새 발명"] == [30]
