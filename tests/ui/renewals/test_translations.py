"""The workspace's strings with their Korean file (resources/translations/renewals_ko.ts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

import ui.renewals
from ui.i18n import TsTranslator, install_language, parse_ts

TS_FILE = Path(ui.renewals.__file__).parents[2] / "resources" / "translations" / "renewals_ko.ts"


@pytest.fixture
def renewals_korean(english):
    """Korean as the window installs it, plus this package's file (until it moves to
    resources/translations, where install_language finds it by itself)."""
    install_language("ko")
    translator = TsTranslator(parse_ts(TS_FILE), "ko")
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_string_of_the_package_has_a_korean_translation():
    from tests.ui.test_i18n import translatable_strings  # the window's own scanner

    table = parse_ts(TS_FILE)  # unfinished entries are not loaded
    ours = {key for key, where in translatable_strings().items() if "/ui/renewals/" in where}
    assert len(ours) > 150
    # The budget lines (issue #20) bring their own file, merged at load time like the others.
    parts = set(table) | set(parse_ts(TS_FILE.with_name("budget_ko.ts")))
    assert sorted(ours - parts) == []  # every string translated
    assert sorted(set(table) - ours) == []  # and no stale entry


def test_the_workspace_speaks_korean(renewals_korean, late_workspace, qtbot):
    workspace = late_workspace  # on a day its deadlines have passed
    qtbot.waitUntil(lambda: workspace.tabs.tabText(0) == "과제")
    assert workspace.bar.open_button.text() == "다음 연도 갱신 주기 열기"
    assert workspace.tasks_tab.add_button.text() == "과제 추가…"
    model = workspace.tasks_tab.model
    assert model.headerData(model.COL_BUDGET, Qt.Orientation.Horizontal) == "연구비 (원)"
    assert "기한 경과" in workspace.bar.overdue_label.text()
    summary = workspace.summary_tab
    assert summary.chart_box.title() == "연도별 수행 과제 연구비 (백만원)"
