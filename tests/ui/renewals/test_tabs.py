"""The comparison, summary and audit tabs, and every model they use."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.models import Decision, Track
from planner.services.renewals import compare_with_previous
from tests.ui.renewals.helpers import answer_decision_dialog, row_of
from ui.models.base import ROW_ROLE
from ui.renewals.colours import DECISION_TINTS
from ui.renewals.comparison_models import RenewalComparisonModel
from ui.renewals.data import UNDECIDED
from ui.renewals.decision_dialog import DecisionDialog


def test_comparison_totals_match_the_service(workspace, db):
    with db.sessions() as s:
        expected = compare_with_previous(s, 2025)
    totals = workspace.comparison_tab.totals_model.rows()
    assert [
        (t.track, t.budget_before, t.budget_after, t.tasks_before, t.tasks_after)
        for t in totals[:-1]
    ] == [
        (t.track, t.budget_before, t.budget_after, t.tasks_before, t.tasks_after)
        for t in expected.totals
    ]
    everything = totals[-1]
    assert everything.track is None
    assert (everything.budget_before, everything.budget_after) == (
        expected.budget_before,
        expected.budget_after,
    )
    assert "2024" in workspace.comparison_tab.title_label.text()


def test_comparison_highlights_new_modified_and_concluded(workspace):
    model = workspace.comparison_tab.model
    colours = {}
    for row in range(model.rowCount()):
        index = model.index(row, RenewalComparisonModel.COL_CODE)
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        colours[index.data()] = brush.color() if brush is not None else None
    assert colours["F-15"] == DECISION_TINTS[Decision.NEW]
    assert colours["F-04"] == DECISION_TINTS[Decision.MODIFY]
    assert colours["F-11"] == DECISION_TINTS[Decision.CONCLUDE]
    assert colours["F-01"] is None
    f04 = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "F-04")
    assert model.index(f04, RenewalComparisonModel.COL_DELTA).data() == "+100,000,000"
    assert model.index(f04, RenewalComparisonModel.COL_DELTA_PCT).data() == "+23.3%"


def test_summary_counts_and_lazy_chart(workspace):
    summary = workspace.summary_tab
    assert summary.chart_view is None  # QtCharts waits until the tab is looked at
    workspace.tabs.setCurrentWidget(summary)
    assert summary.chart_view is not None
    numbers = {key: number.text() for key, (number, _c) in summary.count_labels.items()}
    assert numbers == {"continue": "16", "modify": "2", "conclude": "1", "new": "1", UNDECIDED: "0"}
    series = summary.chart_view.chart().series()[0]
    assert [s.count() for s in series.barSets()] == [2, 2]  # 2024 and 2025, two tracks


def test_audit_tab_shows_the_change_newest_first(workspace_2026, monkeypatch):
    def modify(dialog: DecisionDialog) -> None:
        dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData(Decision.MODIFY))
        panel = dialog.budget_panel  # the budget changes by its lines (issue #20)
        panel.category_combo.setCurrentIndex(panel.category_combo.findData("equipment"))
        panel.party_combo.setCurrentIndex(panel.party_combo.findData("kt"))
        panel.amount_edit.set_amount(70_000_000)
        panel.add_button.click()
        dialog.reason_edit.setPlainText("증액")

    answer_decision_dialog(monkeypatch, modify)
    workspace_2026.edit_renewal(row_of(workspace_2026, "F-04"))
    audit = workspace_2026.audit_tab
    first = audit.proxy.index(0, 0).data(ROW_ROLE)
    assert first.subject == "F-04"
    shown = [
        [audit.proxy.index(r, c).data() for c in range(audit.proxy.columnCount())]
        for r in range(audit.proxy.rowCount())
    ]
    budget = next(row for row in shown if row[2] == "F-04" and row[5] == "530,000,000")
    assert budget[6] == "607,000,000"  # 70,000,000 and its 10 % indirect cost
    assert any(row[2] == "F-04" and row[6] == "증액" for row in shown)
    ids = [audit.proxy.index(r, 0).data(ROW_ROLE).id for r in range(audit.proxy.rowCount())]
    assert ids == sorted(ids, reverse=True)


def test_filters_by_track_and_decision(workspace):
    tab = workspace.tasks_tab
    tab.track_combo.setCurrentIndex(tab.track_combo.findData(Track.INDUSTRIAL.value))
    assert tab.proxy.rowCount() == 5
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData(Decision.MODIFY.value))
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["I-02"]
    tab.track_combo.setCurrentIndex(0)
    assert tab.proxy.rowCount() == 2
    tab.decision_combo.setCurrentIndex(0)
    assert tab.proxy.rowCount() == 20
    assert "20" in tab.count_label.text()


def test_budget_shown_with_separators(workspace):
    model = workspace.tasks_tab.model
    row = next(i for i, r in enumerate(model.rows()) if r.code == "F-04")
    assert model.index(row, model.COL_BUDGET).data() == "530,000,000"


MODELS = {
    "tasks": lambda w: w.tasks_tab.model,
    "tasks filtered": lambda w: w.tasks_tab.proxy,
    "comparison": lambda w: w.comparison_tab.model,
    "track totals": lambda w: w.comparison_tab.totals_model,
    "track and area totals": lambda w: w.summary_tab.totals_model,
    "audit": lambda w: w.audit_tab.model,
}


@pytest.mark.parametrize("name", MODELS)
def test_every_model(workspace, qtmodeltester, name):
    model = MODELS[name](workspace)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    workspace.refresh()  # a reset after the check is watched by the tester too


def test_a_task_concluded_last_year_is_not_listed_again(workspace_2026):
    codes = [r.task_code for r in workspace_2026.comparison_tab.model.rows()]
    assert "F-11" not in codes and "F-10" in codes
    assert "2025" in workspace_2026.comparison_tab.title_label.text()


def test_building_the_workspace_does_not_load_qtcharts(renewal_demo, tmp_path):
    copy = tmp_path / "d.sqlite3"
    shutil.copyfile(renewal_demo, copy)
    code = (
        "import sys, datetime as dt\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QUndoStack\n"
        "app = QApplication([])\n"
        "from planner.storage import open_database\n"
        "from ui.renewals.workspace import RenewalWorkspace\n"
        f"db = open_database({str(copy)!r})\n"
        "w = RenewalWorkspace(db.sessions, QUndoStack(), today=lambda: dt.date(2025, 11, 25))\n"
        "w.show(); app.processEvents()\n"
        "sys.exit(1 if 'PySide6.QtCharts' in sys.modules else 0)\n"
    )
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
