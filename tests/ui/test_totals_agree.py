"""One figure, one function: a cycle's totals are the same in the catalogue's list of cycles,
the renewal workspace, ``planner cycle list/show``, the renewal summary and the agreement, for
every cycle of the demo — with a concluded task that keeps its budget on record (issue #14,
case 1: the catalogue added it, everything else did not)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.cli import main
from planner.export.agreement_data import TRACK_LABELS
from planner.export.korean import thousand_won, won_in_english_words, won_in_words
from planner.models import Decision, RenewalCycle, ResearchTask, TaskRenewal
from planner.services import renewals
from planner.services.listings import cycle_listing
from planner.services.totals import all_cycle_totals, cycle_totals
from planner.storage import Database, open_database
from tests.planner.export.pdfcheck import squeezed, text_of
from tests.ui.conftest import TODAY, open_page
from ui.models.tasks import CycleTableModel, krw
from ui.renewals.data import load_workspace


def conclude_keeping_budget(db: Database, year: int, code: str) -> int:
    """Conclude ``code`` in ``year`` as the decision dialog does: the figures stay on record.
    Returns the budget it keeps."""
    with db.sessions() as s, s.begin():
        renewal = s.scalars(
            select(TaskRenewal)
            .join(RenewalCycle)
            .join(ResearchTask)
            .where(RenewalCycle.year == year, ResearchTask.code == code)
        ).one()
        renewals.update_task_renewal(
            s, renewal.id, decision=Decision.CONCLUDE, reason="목표 달성으로 종료"
        )
        return renewal.budget_krw


@pytest.fixture
def opened(demo_copy) -> Iterator[Database]:
    """The demo with next year's cycle opened and F-14 concluded in it (its budget kept)."""
    db = open_database(demo_copy)
    with db.sessions() as s, s.begin():
        latest = max(c.year for c in renewals.list_cycles(s))
        renewals.open_next_cycle(s, latest + 1, today=TODAY)
    yield db
    db.close()


@pytest.fixture
def database(opened) -> Database:
    return opened  # the window fixture opens this one


def test_catalogue_lists_the_total_the_renewals_tab_shows(qtbot, window, opened):
    with opened.sessions() as s:
        year = max(c.year for c in renewals.list_cycles(s))
    kept = conclude_keeping_budget(opened, year, "F-14")
    assert kept > 0
    with opened.sessions() as s:
        expected = cycle_totals(s, year)

    page = open_page(qtbot, window, "tasks")
    qtbot.waitUntil(lambda: page.workspace is not None, timeout=5000)
    page.workspace.show_year(year)
    listed = next(r for r in page.cycle_model.rows() if r.year == year)
    shown = page.cycle_model.index(
        page.cycle_model.rows().index(listed), CycleTableModel.COL_BUDGET
    ).data()
    count = page.workspace.tasks_tab.count_label.text()

    # The catalogue's cell, the renewals tab's line and the service say the same.
    assert shown == krw(expected.budget_krw)
    assert krw(expected.budget_krw) in count
    assert krw(expected.budget_krw + kept) not in (shown, count)
    everything = page.workspace.comparison_tab.totals_model.rows()[-1]
    assert everything.budget_after == expected.budget_krw
    # The concluded task reads 0, greyed, with its recorded budget in the tooltip.
    model = page.workspace.tasks_tab.model
    f14 = next(i for i, r in enumerate(model.rows()) if r.code == "F-14")
    cell = model.index(f14, model.COL_BUDGET)
    assert cell.data() == "0"
    assert krw(kept) in cell.data(Qt.ItemDataRole.ToolTipRole)
    # Every year's line of the catalogue's list of cycles, and every year's renewals tab.
    with opened.sessions() as s:
        service = all_cycle_totals(s)
    assert sorted(r.year for r in page.cycle_model.rows()) == sorted(service)
    for row, listed_year in enumerate(page.cycle_model.rows()):
        cell = page.cycle_model.index(row, CycleTableModel.COL_BUDGET).data()
        assert cell == krw(service[listed_year.year].budget_krw), listed_year.year
        page.workspace.show_year(listed_year.year)
        assert krw(service[listed_year.year].budget_krw) in (
            page.workspace.tasks_tab.count_label.text()
        )


def _cli_json(capsys, command: str):
    assert main(command.split()) == 0
    return json.loads(capsys.readouterr().out)


def _cli_pdf(capsys, target: Path, command: str) -> str:
    """The text of the PDF the command writes to ``target``, without white space."""
    assert main([*command.split(), "-o", str(target)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return squeezed(text_of(target))


def test_every_place_that_shows_a_cycle_total_agrees(opened, demo_copy, capsys, tmp_path):
    with opened.sessions() as s:
        years = sorted(c.year for c in renewals.list_cycles(s))
    conclude_keeping_budget(opened, years[-1], "F-14")
    with opened.sessions() as s:
        service = all_cycle_totals(s)
        listing = {c.year: c for c in cycle_listing(s)}
        workspaces = {year: load_workspace(s, year, TODAY) for year in years}
    assert sorted(service) == years and len(years) >= 3
    database = str(demo_copy)
    listed = {c["year"]: c for c in _cli_json(capsys, f"cycle list --json --database {database}")}

    for year in years:
        totals = service[year]
        budget, tasks = totals.budget_krw, totals.tasks
        # Task catalogue ▸ Renewal cycles
        assert (listing[year].total_budget_krw, listing[year].task_count) == (budget, tasks)
        # The renewal workspace: the tasks tab's line, the summary, the comparison
        workspace = workspaces[year]
        assert workspace.totals == totals
        assert workspace.comparison.budget_after == budget
        assert sum(t.tasks_after for t in workspace.comparison.totals) == tasks
        assert dict(next(b for b in workspace.budgets if b.year == year).by_track) == {
            track: t.budget_krw for track, t in totals.by_track
        }
        # planner cycle list / show --json
        assert (listed[year]["budget_krw"], listed[year]["tasks_going_on"]) == (budget, tasks)
        shown = _cli_json(capsys, f"cycle show {year} --json --database {database}")
        assert shown["budget_krw"] == budget
        assert shown["comparison"]["budget_after_krw"] == budget
        assert sum(t["budget_krw"] for t in shown["totals"]) == budget
        assert sum(t["tasks"] for t in shown["totals"]) == tasks
        # The renewal summary (PDF)
        report = _cli_pdf(
            capsys, tmp_path / "r.pdf", f"report renewals --year {year} --database {database}"
        )
        assert f"연구과제{tasks}개,연구비총{thousand_won(budget)}천원" in report
        # The agreement, Korean and English: the total in words and in the annex
        agreement = f"export agreement --year {year} --database {database} --lang"
        korean = _cli_pdf(capsys, tmp_path / "ko.pdf", f"{agreement} ko")
        assert squeezed(won_in_words(budget)) in korean
        assert thousand_won(budget) in korean
        english = _cli_pdf(capsys, tmp_path / "en.pdf", f"{agreement} en")
        assert squeezed(won_in_english_words(budget)) in english
        assert thousand_won(budget) in english
        # The annex of tasks: each track's subtotal line and the total line, with the
        # service's counts and budgets (in thousands of won).
        for track, t in totals.by_track:
            if not t.tasks:
                continue
            ko_line = squeezed(f"{TRACK_LABELS['ko'][track]} 소계 ({t.tasks}개 과제)")
            assert ko_line + thousand_won(t.budget_krw) in korean, (year, track)
            en_line = squeezed(f"{TRACK_LABELS['en'][track]} subtotal ({t.tasks} tasks)")
            assert en_line + thousand_won(t.budget_krw) in english, (year, track)
        assert squeezed(f"합계 ({tasks}개 과제)") + thousand_won(budget) in korean
        assert squeezed(f"Total ({tasks} tasks)") + thousand_won(budget) in english
