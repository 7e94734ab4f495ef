"""Finding people: Korean substrings, e-mail, several words; sorting by value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

import ui.pages.people
from tests.ui.conftest import open_page
from ui.models.base import ROW_ROLE
from ui.models.people import PeopleTableModel


def shown_rows(page):
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


def matching(rows, needle: str):
    needle = needle.casefold()
    return [
        r
        for r in rows
        if needle
        in " ".join((r.name_ko, r.name_en, r.organisation, *r.task_codes, r.email)).casefold()
    ]


def test_filter_by_korean_name_substring(qtbot, window):
    page = open_page(qtbot, window, "people")
    everyone = list(page.model.rows())
    assert len(everyone) == page.proxy.rowCount() == 204
    # The given name of someone in the middle of the list: a substring, not a prefix.
    person = sorted(everyone, key=lambda r: r.person_id)[len(everyone) // 2]
    needle = person.name_ko[1:]
    page.search.insert(needle)  # as an input method commits Hangul (keyClicks is ASCII only)
    page.search.apply()
    expected = matching(everyone, needle)
    assert 1 <= page.proxy.rowCount() == len(expected) < len(everyone)
    shown_names = [
        page.proxy.index(r, PeopleTableModel.COL_NAME_KO).data()
        for r in range(page.proxy.rowCount())
    ]
    assert person.name_ko in shown_names
    assert all(needle in name for name in shown_names)
    assert page.count_label.text() == f"204명 중 {len(expected)}명"


def test_filter_by_email_ignores_case(qtbot, window):
    page = open_page(qtbot, window, "people")
    person = next(r for r in page.model.rows() if r.email)
    page.search.setText(person.email.upper())
    page.search.apply()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, PeopleTableModel.COL_NAME_KO).data() == person.name_ko
    assert page.proxy.index(0, PeopleTableModel.COL_EMAIL).data() == person.email


def test_filter_by_task_and_organisation_words(qtbot, window):
    page = open_page(qtbot, window, "people")
    rows = list(page.model.rows())
    page.search.setText("kaist f-01")
    page.search.apply()
    expected = [r for r in rows if "KAIST" in r.organisation.upper() and "F-01" in r.task_codes]
    assert expected and {r.person_id for r in shown_rows(page)} == {r.person_id for r in expected}
    page.search.clear()
    page.search.apply()
    assert page.proxy.rowCount() == len(rows)


def test_search_follows_typing_after_a_short_pause(qtbot, window):
    page = open_page(qtbot, window, "people")
    page.search.setText("zzz-nobody")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=2000)


def test_role_is_translated_and_stay_end_sorts_open_ended_last(qtbot, window):
    page = open_page(qtbot, window, "people")
    roles = {
        page.model.index(r, PeopleTableModel.COL_ROLE).data() for r in range(page.model.rowCount())
    }
    assert "학생연구원" in roles and "student" not in roles
    page.view.sortByColumn(PeopleTableModel.COL_STAY_END, Qt.SortOrder.AscendingOrder)
    ends = [row.stay_end for row in shown_rows(page)]
    dated = [d for d in ends if d is not None]
    assert dated == sorted(dated)
    assert ends[: len(dated)] == dated  # every open-ended stay after the dated ones


def test_a_database_failure_while_loading_is_a_message_not_a_crash(qtbot, window, monkeypatch):
    def broken(_session, _day):
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    shown = []
    monkeypatch.setattr(ui.pages.people, "people_listing", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    page = open_page(qtbot, window, "people")
    assert page.model.rowCount() == 0
    assert len(shown) == 1 and "disk I/O error" in shown[0]
