"""Clean words in both languages: what the user reads is whole, in their language, and where
it belongs (issue 18, "Words")."""

from __future__ import annotations

import re
import shutil

from planner.storage import open_database
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.floorplan.people_panel import PeopleTableModel


def test_deadline_reminder_leaves_the_database_path_in_view(qtbot, window, database):
    # The demo's 2025 cycle is past its consultation deadline: the reminder comes at opening.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert "마감" in window.statusBar().currentMessage()
    location = window.location_label
    assert location.isVisible() and database.location in location.toolTip()
    assert location.text().startswith("데이터베이스: ")
    # The message is drawn left of the permanent widgets, so never over the path.
    bar = window.statusBar()
    message_room = bar.width() - sum(
        w.width() for w in (location, window.counts_label) if w.isVisible()
    )
    assert message_room > 0 and location.geometry().left() > 0


def test_a_long_database_path_is_shortened_in_the_middle(qtbot, demo_file, settings, tmp_path):
    folder = tmp_path.joinpath(*["a-very-deep-folder-of-the-institute"] * 8)
    folder.mkdir(parents=True)
    shutil.copyfile(demo_file, folder / "planner.sqlite3")
    database = open_database(folder / "planner.sqlite3")
    main = create_main_window(database, settings, today=lambda: TODAY)
    qtbot.addWidget(main)
    try:
        text = main.location_label.text()
        assert text.endswith("planner.sqlite3") and "…" in text
        assert main.location_label.toolTip() == database.location
        # The path does not widen the window beyond a laptop screen.
        assert main.location_label.sizeHint().width() < 600
    finally:
        main.close()
        database.close()


def test_page_titles_in_the_view_menu_are_plain_text(qtbot, window):
    window.menus.language_actions["en"].trigger()
    action = window.menus.page_actions["tasks"]
    qtbot.waitUntil(lambda: "Renewals" in action.text())
    # "&" is doubled so the menu shows "Tasks & Renewals", not "Tasks_Renewals".
    assert action.text() == "Tasks && Renewals"
    assert action.iconText() == "Tasks & Renewals"


def test_people_list_keeps_whole_korean_names_with_or_without_the_desk_column(qtbot, page):
    panel = page.people
    view, header = panel.view, panel.view.horizontalHeader()
    for unseated_only in (True, False):
        panel.unseated.setChecked(unseated_only)
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
        assert view.isColumnHidden(PeopleTableModel.COL_DESK) == unseated_only
        width = header.sectionSize(PeopleTableModel.COL_NAME)
        metrics = view.fontMetrics()
        widest = max(metrics.horizontalAdvance(row.name_ko) for row in panel.model.rows())
        assert width >= widest + 2 * metrics.averageCharWidth(), (unseated_only, width)


def test_english_window_names_tasks_and_organisations_in_english(qtbot, window):
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "People")

    # The renewal list and the year-over-year comparison: the tasks' English titles.
    tasks = open_page(qtbot, window, "tasks")
    renewals = tasks.workspace.tasks_tab.model
    qtbot.waitUntil(lambda: renewals.rowCount() > 0)
    titles = [renewals.display(r, renewals.COL_TITLE) for r in renewals.rows()]
    assert "Conversational speech recognition and synthesis" in titles
    assert not any(_hangul(t) for t in titles)

    # The People page, the floor plan's people list and its legend: the organisations'.
    people = open_page(qtbot, window, "people")
    shown = {
        people.model.display(r, people.model.COL_ORGANISATION) for r in people.model.rows()
    }
    assert {"Deep Voice Lab", "Visiting institutions"} <= shown and not any(map(_hangul, shown))
    seating = open_page(qtbot, window, "seating")
    plan = seating.floor_page
    qtbot.waitUntil(lambda: plan.people.model.rowCount() > 0)
    organisations = {
        plan.people.model.index(n, PeopleTableModel.COL_ORGANISATION).data()
        for n in range(plan.people.model.rowCount())
    }
    assert organisations and not any(map(_hangul, organisations))
    legend = {entry.label for entry in plan.legend.entries}
    assert "Deep Voice Lab" in legend or "Visiting institutions" in legend

    # Back in Korean, the Korean names come back without reloading.
    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "인원")
    assert any(entry.label == "방문기관" for entry in plan.legend.entries) or any(
        _hangul(entry.label) for entry in plan.legend.entries
    )
    assert "딥보이스랩" in {
        people.model.display(r, people.model.COL_ORGANISATION) for r in people.model.rows()
    }


def _hangul(text: str) -> bool:
    return any("가" <= ch <= "힣" for ch in text)


def test_a_file_that_is_no_spreadsheet_is_refused_in_korean(tmp_path):
    from planner.io.errors import SpreadsheetError
    from planner.io.read_table import read_table
    from ui.imports.messages import reading_problem

    samples = {
        "report.csv": b"%PDF-1.7\n...",
        "people.xlsx": "이름,소속\n김민수,KT\n".encode(),
        "photo.xlsx": b"\xff\xd8\xff\xe0JFIF",
        "binary.csv": b"name,org\nKim,K\x00T\n",
        "blank.csv": b"",
    }
    for name, content in samples.items():
        path = tmp_path / name
        path.write_bytes(content)
        try:
            read_table(path)
        except SpreadsheetError as error:
            text = str(reading_problem(error))
        else:
            raise AssertionError(f"{name} was read")
        # Only the file's name, format names and sizes are left in Latin letters.
        words = set(re.findall(r"[A-Za-z]{3,}", text.replace(name, "")))
        assert words <= {"PDF", "JPEG", "Excel", "CSV", "NUL", "xlsx"}, (name, text)
