"""The import preview that helps: every problem at once, corrections typed in place and
checked as typed, and "skip rows with problems" writing them to a file beside the source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from sqlalchemy import select

from planner.io.import_jobs import PEOPLE
from planner.io.read_table import read_table
from planner.models import Person
from tests.ui.conftest import open_page
from tests.ui.imports.conftest import write_csv, write_xlsx
from ui.background import SynchronousPool
from ui.imports.dialog import ImportDialog
from ui.imports.models import PreviewTableModel

HEADERS = ("성명", "소속", "직급", "이메일", "입주일", "과제코드")
GOOD = [
    ("가나다", "KAIST", "연구원", "ganada@kaist.ac.kr", "2025-03-01", "F-01"),
    ("라마바", "KT", "KT 직원", "ramabah@kt.com", "2025.4.1", ""),
]
BAD = [  # rows 3, 4 and 5, with 6, 2 and 2 problems
    ("", "없는기관", "우주인", "bad-mail", "2025-13-01", "Z-99"),
    ("박둘", "KAIST", "연구원", "ganada@kaist.ac.kr", "25.3.1", ""),
    ("정넷", "네이버랩스", "총장님", "net@naver.com", "2025-03-01", "F-01"),
]
ROWS = [HEADERS, GOOD[0], *BAD, GOOD[1]]


def _dialog(qtbot, path, database) -> ImportDialog:
    dialog = ImportDialog(path, PEOPLE, database.sessions, pool=SynchronousPool())
    qtbot.addWidget(dialog)
    return dialog


def _item(dialog: ImportDialog, row_number: int):
    return next(item for item in dialog.model.rows() if item.row == row_number)


def _cell(dialog: ImportDialog, row_number: int, field: str):
    model = dialog.model
    row = next(n for n, item in enumerate(model.rows()) if item.row == row_number)
    return model.index(row, model.column_of_field(field))


def test_three_bad_rows_show_every_problem_at_once(qtbot, tmp_path, database, check_models):
    dialog = _dialog(qtbot, write_csv(tmp_path / "people.csv", ROWS), database)
    model = dialog.model
    check_models(model, dialog.proxy)
    assert [item.row for item in model.rows()] == [2, 3, 4, 5, 6]
    problems = {
        n: model.display(_item(dialog, n), PreviewTableModel.COL_MESSAGES).split(" · ")
        for n in (3, 4, 5)
    }
    assert problems[3] == [
        "성명: 이름이 없습니다",
        "소속: 등록되지 않은 소속 '없는기관'",
        "직급: 알 수 없는 역할 '우주인' (교수, 연구원, KT 직원, 학생연구원, 인턴, "
        "스타트업 구성원, 방문자)",
        "이메일: 'bad-mail'은(는) 이메일 주소가 아닙니다",  # a Latin word: either particle
        "입주일: '2025-13-01'은 달력에 없는 날짜입니다",
        "과제코드: 등록되지 않은 과제 코드: Z-99",
    ]
    assert len(problems[4]) == 2 and len(problems[5]) == 2
    assert all(model.display(_item(dialog, n), 1) == "오류" for n in (3, 4, 5))
    # The file's columns are shown and the cells with a problem are marked, saying why.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["행", "상태", "문제", *HEADERS]
    email = _cell(dialog, 3, "email")
    assert email.data() == "bad-mail" and email.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert email.data(Qt.ItemDataRole.ToolTipRole) == "'bad-mail'은(는) 이메일 주소가 아닙니다"
    assert _cell(dialog, 2, "email").data(Qt.ItemDataRole.BackgroundRole) is None
    assert not dialog.import_button.isEnabled()
    assert "문제가 있는 행이 3개" in dialog.blocked_label.text()

    # Under the rows, every problem on its own line; choosing one goes to its cell.
    panel = dialog.preview_panel
    check_models(panel.problems, panel.problems_proxy)
    lines = [(line.row, line.issue.column) for line in panel.problems.rows()]
    assert len(lines) == 10 and lines[3] == (3, "이메일")
    panel.problem_view.setCurrentIndex(panel.problems_proxy.index(3, 2))
    current = dialog.proxy.mapToSource(dialog.view.currentIndex())
    assert current == email


def test_a_cell_is_checked_again_as_it_is_typed(qtbot, tmp_path, database):
    rows = [HEADERS, GOOD[0], ("박둘", "KAIST", "연구원", "없음", "2025-03-01", "")]
    dialog = _dialog(qtbot, write_csv(tmp_path / "people.csv", rows), database)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.display(_item(dialog, 3), 1) == "오류"
    assert not dialog.import_button.isEnabled()

    view, email = dialog.view, dialog.proxy.mapFromSource(_cell(dialog, 3, "email"))
    view.setCurrentIndex(email)
    view.edit(email)
    editor = view.indexWidget(email)
    assert isinstance(editor, QLineEdit) and editor.text() == "없음"
    editor.selectAll()
    qtbot.keyClicks(editor, "dul@kaist")
    # Still typing: the row is being checked, and says what is wrong once checked.
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert "'dul@kaist'은(는) 이메일 주소가 아닙니다" in dialog.model.display(_item(dialog, 3), 2)
    qtbot.keyClicks(editor, ".ac.kr")
    assert dialog.model.display(_item(dialog, 3), 1) == "확인 중…"
    assert not dialog.import_button.isEnabled()  # nothing is imported from a stale check
    qtbot.waitUntil(lambda: dialog.model.display(_item(dialog, 3), 1) == "새로 추가", timeout=5000)
    assert view.state() == QAbstractItemView.State.EditingState  # the editor stayed open
    assert dialog.model.display(_item(dialog, 3), 2) == ""
    assert dialog.import_button.isEnabled()
    assert dialog.table.rows[1].cells[3] == "dul@kaist.ac.kr"


def test_skip_imports_the_rest_and_writes_the_problems_file(qtbot, tmp_path, own_window):
    page = open_page(qtbot, own_window, "people")
    path = write_xlsx(tmp_path / "명단.xlsx", {"명단": ROWS})
    dialog = own_window.import_spreadsheet("people", path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert not dialog.import_button.isEnabled()

    # A correction first: 정넷's role is fixed in the preview; her organisation is still unknown.
    dialog.model.setData(_cell(dialog, 5, "role"), "연구원")
    qtbot.waitUntil(lambda: len(_item(dialog, 5).errors) == 1, timeout=10000)

    dialog.skip_problems.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.blocked_label.text() == (
        "2행을 가져옵니다. 문제가 있는 3행은 건너뛰고 그 이유와 함께 명단-problems.xlsx에 "
        "저장합니다."
    )
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert dialog.summary.added == ("가나다", "라마바") and dialog.summary.skipped == (3, 4, 5)
    problems = tmp_path / "명단-problems.xlsx"
    assert dialog.problems_file == problems and "명단-problems.xlsx" in dialog.blocked_label.text()
    written = read_table(problems)
    assert written.headers == ("문제", *HEADERS)
    assert [row.cells[1] for row in written.rows] == [None, "박둘", "정넷"]
    assert written.rows[2].cells[3] == "연구원"  # as corrected in the preview
    assert written.rows[2].cells[0] == "소속: 등록되지 않은 소속 '네이버랩스'"
    assert written.rows[0].cells[0].splitlines()[0] == "성명: 이름이 없습니다"

    def names() -> set[str]:
        return {row.name_ko for row in page.model.rows()}

    qtbot.waitUntil(lambda: {"가나다", "라마바"} <= names(), timeout=5000)
    stack = own_window.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert not {"가나다", "라마바", "박둘", "정넷"} & names()
    stack.redo()  # the same rows, the bad ones left out again
    assert {"가나다", "라마바"} <= names() and not {"박둘", "정넷"} & names()
    with own_window.database.sessions() as session:
        emails = set(session.scalars(select(Person.email)))
    assert "ganada@kaist.ac.kr" in emails and "net@naver.com" not in emails


def test_a_template_saved_from_the_menu_filled_imports_cleanly(
    qtbot, tmp_path, own_window, settings, monkeypatch
):
    from openpyxl import load_workbook

    from ui.imports import actions
    from ui.settings import LAST_FOLDER

    offered = []

    def save_name(parent, caption, start, filters):
        offered.append(start)
        return str(tmp_path / "양식"), filters  # no suffix typed: .xlsx is added

    monkeypatch.setattr(actions.QFileDialog, "getSaveFileName", save_name)
    own_window.menus.people_template.trigger()
    path = tmp_path / "양식.xlsx"
    assert offered[0].endswith("인원 가져오기 양식.xlsx") and path.exists()
    assert settings.get(LAST_FOLDER) == str(tmp_path)
    assert str(path) in own_window.statusBar().currentMessage()

    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert [cell.value for cell in sheet[1]][:4] == ["이름", "영문명", "소속", "역할"]
    sheet.append(["김양식", "Kim Template", "KT", "KT 직원", "form@kt.com"])
    book.save(path)
    dialog = own_window.import_spreadsheet("people", path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.preview.errors == () and dialog.preview.would_add == 2  # sample and ours
    assert dialog.import_button.isEnabled()
