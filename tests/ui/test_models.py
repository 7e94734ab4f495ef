"""Every item model of every page passes Qt's model tester, before and after loading."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner.services.listings import PersonListing
from tests.ui.conftest import open_page
from ui.main_window import PAGES
from ui.models.base import ROW_ROLE, SEARCH_ROLE, SORT_ROLE, SearchProxyModel
from ui.models.people import PeopleTableModel
from ui.models.tasks import CycleTableModel, krw


@pytest.mark.parametrize("key", [key for key, _ in PAGES])
def test_models_of_each_page(qtbot, check_models, window, key):
    page = open_page(qtbot, window, key)
    models = page.models()
    # embedded workspaces (floor plan, renewals) check their own models in their own tests
    proxies = [p for p in page.findChildren(SearchProxyModel) if p.sourceModel() in models]
    assert models and len(proxies) == len(models)
    check_models(*models, *proxies)
    page.reload()  # a reset with the testers watching


def _person(pid: int, name_ko: str, email: str) -> PersonListing:
    return PersonListing(pid, name_ko, "", "KAIST", "student", email, ("F-01",), None, None, None)


def test_proxy_filters_sorts_and_follows_resets_under_the_tester(check_models):
    model = PeopleTableModel()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    check_models(model, proxy)
    people = [
        _person(i, name, f"p{i}@kaist.ac.kr")
        for i, name in enumerate(["김민준", "이서연", "박지후", "김서윤"], start=1)
    ]
    model.set_rows(people)
    proxy.sort(PeopleTableModel.COL_NAME_KO, Qt.SortOrder.DescendingOrder)
    proxy.set_search("김")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["김서윤", "김민준"]
    model.retranslate()
    model.set_rows(people[:2])
    assert proxy.rowCount() == 1
    # New rows keep the order the user chose (the model sorts them as they come).
    model.set_rows(reversed(people))
    proxy.set_search("")
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["이서연", "박지후", "김서윤", "김민준"]


def test_a_sort_keeps_the_selected_person_selected(qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from ui.pages.base import make_table_view

    model = PeopleTableModel()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = make_table_view(proxy)
    qtbot.addWidget(view)
    model.set_rows(
        [
            _person(i, name, f"p{i}@kaist.ac.kr")
            for i, name in enumerate(["김민준", "이서연", "박지후", "김서윤"], start=1)
        ]
    )
    chosen = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "박지후")
    view.selectionModel().select(
        proxy.index(chosen, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(PeopleTableModel.COL_NAME_KO, Qt.SortOrder.DescendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["박지후"]
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "이서연", "박지후", "김서윤", "김민준"
    ]


def test_people_model_alone_resets_and_searches(qtmodeltester):
    model = PeopleTableModel()
    qtmodeltester.check(model, force_py=True)  # empty; the tester re-checks on every signal
    model.set_rows(
        [_person(1, "김민준", "minjun@kaist.ac.kr"), _person(2, "이서연", "SEO@kaist.ac.kr")]
    )
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert model.index(1, 0).data(ROW_ROLE).person_id == 2
    assert "seo@kaist.ac.kr" in model.index(1, 0).data(SEARCH_ROLE)
    assert model.headerData(PeopleTableModel.COL_NAME_KO, Qt.Orientation.Horizontal) == "이름"
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("서연")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert proxy.rowCount() == 2
    model.set_rows([])
    assert proxy.rowCount() == 0


def test_cycle_budget_has_thousands_separators_and_sorts_as_number(qtbot, window):
    page = open_page(qtbot, window, "tasks")
    model = page.cycle_model
    budgets = [model.index(r, CycleTableModel.COL_BUDGET).data() for r in range(model.rowCount())]
    assert all("," in text for text in budgets)
    assert (
        model.index(0, CycleTableModel.COL_BUDGET).data(SORT_ROLE)
        == model.row_at(0).total_budget_krw
    )
    assert krw(11_010_000_000) == "11,010,000,000"


def test_move_outs_are_within_thirty_days(qtbot, window):
    page = open_page(qtbot, window, "reports")
    today = dt.date(2025, 11, 25)
    for row in page.move_out_model.rows():
        assert today <= row.last_day <= today + dt.timedelta(days=30)
    floors = page.occupancy_model.rows()
    assert len(floors) == 4 and all(f.seats and f.seats >= f.occupied for f in floors)
