"""The budget lines in the renewal's editor (issue #20): one command per edit, the indirect
line computed unless set by hand with a reason, sortable, and the summary's table by category
showing the same figures as the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from planner.services import budget
from planner.services.totals import cycle_totals
from tests.ui.renewals.helpers import renewal, row_of
from ui.renewals.budget_model import BudgetLinesModel
from ui.renewals.decision_dialog import DecisionDialog


def _dialog(workspace, code: str) -> DecisionDialog:
    return DecisionDialog(
        workspace.sessions, row_of(workspace, code), push=workspace._push, year=workspace.year,
        parent=workspace,
    )


def _line(panel, category: str, party: str):
    return next(r for r in panel.model.rows() if (r.category, r.party) == (category, party))


def test_an_amount_typed_in_the_table_is_one_undoable_command(workspace_2026, with_2026, stack,
                                                              qtmodeltester):  # fmt: skip
    dialog = _dialog(workspace_2026, "F-01")
    panel = dialog.budget_panel
    qtmodeltester.check(panel.model)
    before = renewal(with_2026, 2026, "F-01").budget_krw
    personnel = _line(panel, "personnel", "kt")
    row = panel.model.rows().index(personnel)
    index = panel.model.index(row, BudgetLinesModel.COL_AMOUNT)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert panel.model.setData(index, f"{personnel.amount_krw + 10_000_000:,}")
    assert stack.count() == 1 and stack.undoText() == "Set Personnel KT of F-01"
    # 10,000,000 more and KT's computed indirect line 1,000,000 more: total and field follow.
    assert renewal(with_2026, 2026, "F-01").budget_krw == before + 11_000_000
    assert dialog.budget_edit.amount() == before + 11_000_000 == panel.model.total_krw()
    assert f"{before + 11_000_000:,}" in panel.total_label.text()
    stack.undo()
    assert renewal(with_2026, 2026, "F-01").budget_krw == before
    assert panel.model.total_krw() == before
    assert row_of(workspace_2026, "F-01").budget_krw == before


def test_the_indirect_line_is_overridden_with_a_reason_and_back(workspace_2026, with_2026, stack,
                                                                monkeypatch):  # fmt: skip
    dialog = _dialog(workspace_2026, "I-01")
    panel = dialog.budget_panel
    indirect = _line(panel, "indirect", "kt")
    assert indirect.amount_krw == indirect.computed_krw and not indirect.overridden
    row = panel.model.rows().index(indirect)
    asked = []

    def answer(_parent, _title, question, *args, **kwargs):
        asked.append(question)
        return "KT 내부 간접비 기준", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    panel.model.setData(panel.model.index(row, BudgetLinesModel.COL_AMOUNT), "1000")
    assert asked and f"{indirect.computed_krw:,}" in asked[0]  # the computed figure is named
    changed = _line(panel, "indirect", "kt")
    assert (changed.amount_krw, changed.override_reason) == (1000, "KT 내부 간접비 기준")
    assert changed.computed_krw == indirect.computed_krw  # still shown beside it
    index = panel.model.index(panel.model.rows().index(changed), BudgetLinesModel.COL_REASON)
    assert panel.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    # The reason cleared: back to the rate.
    panel.model.setData(index, "")
    assert _line(panel, "indirect", "kt").amount_krw == indirect.computed_krw
    assert stack.count() == 2 and stack.undoText() == "Compute Indirect costs KT of I-01 from the rate"


def test_lines_are_added_removed_and_sorted(workspace_2026, with_2026, stack, qtbot):
    dialog = _dialog(workspace_2026, "F-02")
    panel = dialog.budget_panel
    count = panel.model.rowCount()
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("materials"))
    panel.party_combo.setCurrentIndex(panel.party_combo.findData("kaist"))
    qtbot.keyClicks(panel.amount_edit, "2500000")
    panel.add_button.click()
    assert panel.model.rowCount() == count + 1
    added = _line(panel, "materials", "kaist")
    panel.table.selectRow(panel.proxy.mapFromSource(
        panel.model.index(panel.model.rows().index(added), 0)).row())  # fmt: skip
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert panel.model.rowCount() == count and stack.count() == 2
    panel.table.sortByColumn(BudgetLinesModel.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    shown = [panel.proxy.index(r, BudgetLinesModel.COL_AMOUNT).data(Qt.ItemDataRole.DisplayRole)
             for r in range(panel.proxy.rowCount())]  # fmt: skip
    amounts = [int(text.replace(",", "")) for text in shown]
    assert amounts == sorted(amounts, reverse=True)


def test_the_summary_shows_the_budget_by_category_of_both_years(workspace, db, qtmodeltester):
    summary = workspace.summary_tab
    model = summary.category_model
    qtmodeltester.check(model)
    with db.sessions() as s:
        expected = budget.category_comparison(s, 2025)
        total = cycle_totals(s, 2025).budget_krw
    assert [r.category.code for r in model.rows()] == [c.category.code for c in expected]
    assert sum(r.after_krw for r in model.rows()) == total
    first = model.index(0, model.COL_AFTER).data()
    assert first == f"{expected[0].after_krw:,}"
