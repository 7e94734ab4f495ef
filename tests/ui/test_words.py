"""Clean words in both languages: what the user reads is whole, in their language, and where
it belongs (issue 18, "Words")."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from planner.storage import open_database
from tests.ui.conftest import TODAY, open_page
from ui.app import create_main_window
from ui.floorplan.people_panel import PeopleTableModel
from ui.i18n import fill, load_translations, parse_ts

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"


def test_deadline_reminder_leaves_the_database_path_in_view(qtbot, database, settings):
    # A year after the demo's day its 2025 cycle is past its deadlines: the reminder comes at
    # opening.
    import datetime as dt

    window = create_main_window(database, settings, today=lambda: TODAY + dt.timedelta(days=365))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert "마감" in window.statusBar().currentMessage()
    location = window.location_label
    assert location.isVisible() and database.location in location.toolTip()
    assert location.text().startswith("데이터베이스: ")
    # Switched to English, no Korean message is left under the English window.
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: location.text().startswith("Database: "))
    assert window.statusBar().currentMessage() == ""
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
    reasons = [renewals.display(r, renewals.COL_REASON) for r in renewals.rows() if r.reason_en]
    assert reasons and not any(_hangul(t) for t in reasons)

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
    # The letters beside them are English initials too ("DV", not "딥").
    badges = {entry.badge for entry in plan.legend.entries if entry.badge}
    assert badges and not any(map(_hangul, badges)), badges
    # Seating ▸ Occupancy by organisation and by research task.
    occupancy = seating.occupancy_tab
    seating.tabs.setCurrentWidget(occupancy)
    for grouping in ("organisation", "task"):
        occupancy.group_combo.setCurrentIndex(occupancy.group_combo.findData(grouping))
        qtbot.waitUntil(lambda: occupancy.model.rowCount() > 0)
        groups = [occupancy.model.display(r, 0) for r in occupancy.model.rows()]
        assert not any(map(_hangul, groups)), groups

    # Reports: the move-outs of the next 30 days.
    reports = open_page(qtbot, window, "reports")
    move_outs = next(m for m in reports.models() if type(m).__name__ == "MoveOutTableModel")
    shown = {move_outs.display(r, move_outs.COL_ORGANISATION) for r in move_outs.rows()}
    assert shown and not any(map(_hangul, shown)), shown
    # …and the floor changes beside them.
    changes = next(m for m in reports.models() if type(m).__name__ == "FloorChangeTableModel")
    english = {changes.display(r, changes.COL_ORGANISATION) for r in changes.rows()}
    assert "KT Corporation" in english and not any(map(_hangul, english)), english

    # Back in Korean, the Korean names come back without reloading.
    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "인원")
    assert any(entry.label == "방문기관" for entry in plan.legend.entries) or any(
        _hangul(entry.label) for entry in plan.legend.entries
    )
    assert any(_hangul(entry.badge) for entry in plan.legend.entries)
    assert "딥보이스랩" in {
        people.model.display(r, people.model.COL_ORGANISATION) for r in people.model.rows()
    }
    korean = {move_outs.display(r, move_outs.COL_ORGANISATION) for r in move_outs.rows()}
    assert any(map(_hangul, korean)), korean


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


# Particles written for the translator's convenience ("이(가)") that a name must replace.
LEFTOVER = re.compile(
    r"이\(가\)|가\(이\)|와\(과\)|과\(와\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|\(으\)로|\(이\)나"
    r"|\(이\)라|년으로부터"
)
# What fills the places: Korean names ending in a vowel, a consonant and ㄹ, desk codes,
# organisations in Latin letters, years and counts.
SAMPLES = (
    ("강아서", "김진승", "3F-A-012", "KT", "2025", "이서울", "12", "KAIST", "F-01"),
    ("김진승", "KAIST", "이서울", "2F", "Deep Voice Lab", "박하", "2026", "Kim", "7"),
    ("이서울", "Vision Wave", "강아서", "Robolink", "3", "KT", "F-15", "2024", "정도"),
)


def _korean_table() -> dict[tuple[str, str], tuple[str, ...]]:
    table = load_translations("ko")
    for part in sorted(UI_ROOT.glob("*/*_ko.ts")):
        for key, forms in parse_ts(part).items():
            table.setdefault(key, forms)
    return table


def test_particles_are_picked_for_every_name_a_message_gets():
    seen = 0
    for (context, source), forms in _korean_table().items():
        for form in forms:
            if not LEFTOVER.search(form) or not re.search(r"%\d|\{field\}", form):
                assert not LEFTOVER.search(form), f"{context}: {form!r} has no name to follow"
                continue
            seen += 1
            for sample in SAMPLES:
                text = fill(form.replace("{field}", "영문 이름"), *sample)
                assert not _leftovers(text), f"{context}: {source!r} gives {text!r}"
    assert seen > 50  # the scan found the messages that take names


def _leftovers(text: str) -> list[str]:
    """Particles left unpicked, except after a Latin value quoted as typed ('kim@kaist'),
    whose reading nobody can tell: there "은(는)" is the honest way to write it."""
    return [
        m[0]
        for m in LEFTOVER.finditer(text)
        if not re.search(r"[A-Za-z@.\-_][’'\"”]$", text[: m.start()])
    ]


def test_messages_with_particles_go_through_fill():
    """A message whose Korean has "이(가)" must be filled by ui.i18n.fill, which picks the
    particle: str.replace('%1', name) would leave "강아서이(가)"."""
    table = _korean_table()
    offenders = []
    for path in sorted(UI_ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).startswith(("%", "{"))
            ):
                continue
            inner = node.func.value
            while isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") == "replace":
                inner = inner.func.value  # .replace("%1", a).replace("%2", b)
            sources = [
                arg.value
                for arg in getattr(inner, "args", [])
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
            for (_context, source), forms in table.items():
                if source in sources and any(LEFTOVER.search(form) for form in forms):
                    offenders.append(f"{path.relative_to(UI_ROOT.parent)}:{node.lineno} {source!r}")
    assert not offenders, offenders


# Calls whose text argument the user reads, and widgets built with their label.
_SHOWN_BY = frozenset(
    {
        "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
        "setWhatsThis", "setTitle", "addAction", "addMenu", "setHeaderLabels",
        "setHorizontalHeaderLabels", "showMessage", "addTab", "insertTab", "setTabText",
        "setLabelText", "setAccessibleName", "setAccessibleDescription", "setInformativeText",
        "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "addRow",
        "setItemText", "addItem", "insertItem", "addItems", "setHtml", "setPlainText",
        "setButtonText", "setCancelButtonText", "warning", "information", "question",
        "critical", "about", "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton",
        "QGroupBox", "QToolButton", "QMenu", "QMessageBox", "QProgressDialog",
        "QCommandLinkButton", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem",
        "QStandardItem",
    }  # fmt: skip
)
_FIRST_ONLY = frozenset({"addItem", "insertItem", "setItemText", "addTab", "insertTab"})
# Developer tools run as `python -m ui.<x>.preview`, never reached from the window.
_NOT_IN_THE_WINDOW = {"floorplan/preview.py", "renewals/preview.py"}
_WORDS = re.compile(r"[A-Za-z가-힣]{2,}")


def _words_in(node: ast.AST) -> str | None:
    """The words of a literal (plain, f-string, concatenation, conditional) given as is."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]*>|&\w+;", "", node.value)
        return node.value if _WORDS.search(text) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if _WORDS.search(re.sub(r"<[^>]*>|&\w+;", "", text)) else None
    if isinstance(node, ast.BinOp):
        return _words_in(node.left) or _words_in(node.right)
    if isinstance(node, ast.IfExp):
        return _words_in(node.body) or _words_in(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((w for w in map(_words_in, node.elts) if w), None)
    return None


def untranslated_texts() -> list[str]:
    found = []
    for path in sorted(UI_ROOT.rglob("*.py")):
        where = path.relative_to(UI_ROOT).as_posix()
        if where in _NOT_IN_THE_WINDOW:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in _SHOWN_BY:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in (
                "log", "logger", "_log", "LOG", "warnings",
            ):  # fmt: skip
                continue  # a log line, not the window
            args = node.args[:1] if name in _FIRST_ONLY else node.args
            args = [*args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
            for arg in args:
                words = _words_in(arg)
                if words:
                    found.append(f"ui/{where}:{node.lineno} {name}({words!r})")
    return found


def test_every_text_the_window_shows_goes_through_translation():
    assert not untranslated_texts(), (
        "texts shown as written, in neither language's hands: wrap them in self.tr() or "
        "QCoreApplication.translate()\n" + "\n".join(untranslated_texts())
    )


def test_qt_dialogs_and_dates_follow_the_language_at_run_time(qtbot, window):
    from PySide6.QtCore import QCoreApplication, QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    seating = open_page(qtbot, window, "seating")
    day_edit = seating.findChild(QDateEdit)
    calendar = day_edit.calendarWidget()
    korean, english = QLocale.Language.Korean, QLocale.Language.English
    assert day_edit.locale().language() == korean and calendar.locale().language() == korean
    # Qt's own file dialog and dates, from PySide6's qtbase_ko.
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QLocale().toString(QDate(2026, 12, 7), QLocale.FormatType.LongFormat).startswith(
        "2026년 12월 7일"
    )

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "People")
    assert day_edit.locale().language() == english and calendar.locale().language() == english
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert "December" in QLocale().toString(QDate(2026, 12, 7), QLocale.FormatType.LongFormat)

    window.menus.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "인원")
    assert calendar.locale().language() == korean


def _cut_headers(window) -> list[str]:
    """Header titles of the shown tables that do not fit their column."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    cut = []
    for view in window.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header, model = view.horizontalHeader(), view.model()
        metrics = header.fontMetrics()
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header.sectionSize(column) < metrics.horizontalAdvance(title) + metrics.height():
                cut.append(f"{type(model).__name__}: {title!r} in {header.sectionSize(column)} px")
    return cut


def test_headers_are_whole_after_switching_language(qtbot, window):
    from PySide6.QtWidgets import QTabWidget

    pages = {key: open_page(qtbot, window, key) for key in ("people", "tasks", "seating")}
    tasks = pages["tasks"]
    tasks.workspace.tabs.setCurrentIndex(1)  # the year-over-year comparison
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "People")
    problems = []
    for key, page in pages.items():
        window.show_page(key)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(50)
                problems += _cut_headers(window)
    assert not problems, problems
